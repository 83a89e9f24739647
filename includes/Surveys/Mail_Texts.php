<?php
/**
 * The e-mails of surveys and follow-ups, editable with the site's other templates.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Surveys;

defined( 'ABSPATH' ) || exit;

/**
 * Adds the survey invitation and the "still contributing?" follow-up to the site's
 * e-mail templates (Settings → E-mails), with their placeholders.
 *
 * @since 0.3.0
 */
final class Mail_Texts {

	/**
	 * Placeholders these e-mails use.
	 */
	public const PLACEHOLDERS = array( '{survey}', '{survey_url}', '{closes_on}', '{days}', '{followup_url}', '{opt_out_url}' );

	/**
	 * The default texts.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, array{enabled: bool, subject: string, body: string}>
	 */
	public static function templates(): array {
		return array(
			Invitations::TEMPLATE => array(
				'enabled' => true,
				'subject' => __( 'A few questions about {cohort}', 'mentorship-program' ),
				'body'    => __( "Hi {name},\n\nHow is it going? Please answer a few short questions: {survey}.\n\n{survey_url}\n\nThe link is yours alone, and needs no account. You can change your answers until {closes_on}. Mentors never see what you answer; coordinators see totals of five people or more.\n\n— {site}", 'mentorship-program' ),
			),
			Followups::TEMPLATE   => array(
				'enabled' => true,
				'subject' => __( 'Are you still contributing?', 'mentorship-program' ),
				'body'    => __( "Hi {name},\n\nYou graduated from {cohort} {days} days ago. Are you still contributing to WordPress? Two quick questions:\n\n{followup_url}\n\nNo more of these e-mails: {opt_out_url}\n\n— {site}", 'mentorship-program' ),
			),
		);
	}
}
