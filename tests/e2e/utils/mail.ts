/**
 * Reads what the test site mailed, from its own mail queue (the site sends nothing
 * out: every mail is stored in the queue first, with its body).
 */

/**
 * External dependencies
 */
import type { Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { sitePhp } from './seed';

/** A private status link in a mail body, and its token. */
export const PRIVATE_LINK =
	/https?:\/\/\S*[?&]mentorship_link=(\d+\.[a-f0-9]{32})/;

/**
 * The newest mail the site queued or sent to an address.
 *
 * @param to Recipient.
 * @return Subject and body, or null.
 */
export function lastMailTo(
	to: string
): { subject: string; body: string } | null {
	return sitePhp( `
		global $wpdb;
		$table = \\Mentorship_Program\\Database\\Schema::table( 'mail' );
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT subject, body FROM {$table} WHERE recipient = %s ORDER BY id DESC LIMIT 1", ${ JSON.stringify(
			to.toLowerCase()
		) } ), ARRAY_A );
		echo "\\n" . wp_json_encode( $row ? $row : null );
	` );
}

/**
 * How many mails the site queued or sent to an address.
 *
 * @param to Recipient.
 * @return Count.
 */
export function mailCountTo( to: string ): number {
	return sitePhp< number >( `
		global $wpdb;
		$table = \\Mentorship_Program\\Database\\Schema::table( 'mail' );
		echo "\\n" . wp_json_encode( (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE recipient = %s", ${ JSON.stringify(
			to.toLowerCase()
		) } ) ) );
	` );
}

/**
 * Opens the private link of the newest mail to an address, as its owner does: this
 * confirms the address of an application made without an account.
 *
 * @param page Page.
 * @param to   Recipient.
 * @return The link that was opened.
 */
export async function openMailedLink(
	page: Page,
	to: string
): Promise< string > {
	const link = lastMailTo( to )?.body.match( PRIVATE_LINK )?.[ 0 ];
	if ( ! link ) {
		throw new Error( `No private link was mailed to ${ to }` );
	}
	await page.goto( link );
	return link;
}
