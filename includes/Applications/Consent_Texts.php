<?php
/**
 * The texts applicants agree to: the code of conduct and the privacy notice.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Settings\Settings;

/**
 * Which address and which version of each consent text is current, and what an
 * application records when its consent is given.
 *
 * A version says which text someone saw: for a page of this site, the time the page
 * was last changed; for another site's address, the time the address was saved in the
 * settings.
 *
 * @since 0.2.0
 */
final class Consent_Texts {

	/**
	 * Consent field => the setting that holds its text's address.
	 */
	public const FIELDS = array(
		'consent_coc'     => 'code_of_conduct_url',
		'consent_privacy' => 'privacy_notice_url',
	);

	/**
	 * Consent field => its key in an application's consent records.
	 */
	public const KEYS = array(
		'consent_coc'     => 'code_of_conduct',
		'consent_privacy' => 'privacy',
	);

	/**
	 * Versions looked up in this request, by address.
	 *
	 * @var array<string, string>
	 */
	private static array $versions = array();

	/**
	 * Registers the hooks.
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		add_action( 'clean_page_cache', array( self::class, 'forget' ) );
	}

	/**
	 * Forgets what was looked up: a page changed, so a version or the code of conduct
	 * page may have.
	 *
	 * @since 0.2.0
	 */
	public static function forget(): void {
		self::$versions = array();
		Settings::forget_site_defaults();
	}

	/**
	 * The current text of one consent field.
	 *
	 * @param string $field consent_coc or consent_privacy.
	 * @return array{url: string, version: string}
	 */
	public static function current( string $field ): array {
		$setting = self::FIELDS[ $field ] ?? '';
		$url     = '' === $setting ? '' : (string) Settings::get( $setting );
		if ( '' === $url ) {
			return array(
				'url'     => '',
				'version' => '',
			);
		}
		if ( ! isset( self::$versions[ $url ] ) ) {
			$page_id                = url_to_postid( $url );
			$page                   = $page_id ? get_post( $page_id ) : null;
			self::$versions[ $url ] = $page instanceof \WP_Post && 'publish' === $page->post_status
				? mysql_to_rfc3339( $page->post_modified_gmt ) . 'Z'
				: '';
		}
		return array(
			'url'     => $url,
			// Another site's text: the time its address was saved here.
			'version' => '' !== self::$versions[ $url ] ? self::$versions[ $url ] : Settings::changed_at( $setting ),
		);
	}

	/**
	 * The meta rows (name without prefix, value) a new application stores for the
	 * consents it gives: the time, the text's address and its version.
	 *
	 * @param array<string, mixed> $values Sanitised values.
	 * @param string               $now    Time (UTC, ISO 8601).
	 * @return array<int, array{0: string, 1: string}>
	 */
	public static function rows( array $values, string $now ): array {
		$rows = array();
		foreach ( array_keys( self::FIELDS ) as $field ) {
			if ( empty( $values[ $field ] ) ) {
				continue;
			}
			$text   = self::current( $field );
			$rows[] = array( $field . '_at', $now );
			$rows[] = array( $field . '_url', $text['url'] );
			$rows[] = array( $field . '_version', $text['version'] );
		}
		return $rows;
	}

	/**
	 * What an application recorded for each consent, from its meta.
	 *
	 * @param array<string, array<int, string>> $meta The post's meta (get_post_meta( $id )).
	 * @return array<string, array{at: string, url: string, version: string}> code_of_conduct, privacy.
	 */
	public static function recorded( array $meta ): array {
		$records = array();
		foreach ( self::KEYS as $field => $key ) {
			$records[ $key ] = array(
				'at'      => (string) ( $meta[ Applications::META_PREFIX . $field . '_at' ][0] ?? '' ),
				'url'     => (string) ( $meta[ Applications::META_PREFIX . $field . '_url' ][0] ?? '' ),
				'version' => (string) ( $meta[ Applications::META_PREFIX . $field . '_version' ][0] ?? '' ),
			);
		}
		return $records;
	}
}
