<?php
/**
 * Default e-mail texts and placeholder rendering.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Notifications;

defined( 'ABSPATH' ) || exit;

/**
 * E-mail templates per event, with {placeholders}.
 *
 * @since 0.1.0
 */
final class Mail_Templates {

	/**
	 * Placeholders a template may use.
	 */
	public const PLACEHOLDERS = array( '{name}', '{site}', '{cohort}', '{stage}', '{stage_explanation}', '{status_url}', '{mentor}', '{note}', '{confirm}', '{mentee}', '{previous_mentor}' );

	/**
	 * Default templates: submitted (confirmation), one per stage, cohort_start, the
	 * three of a reassignment (to the mentee, the new mentor and the previous mentor) and
	 * the word to a mentee whose mentor stepped back.
	 *
	 * @return array<string, array{enabled: bool, subject: string, body: string}>
	 */
	public static function defaults(): array {
		$stage    = static fn( string $subject ) => array(
			'enabled' => true,
			'subject' => $subject,
			'body'    => __( "Hi {name},\n\nYour mentorship application for {cohort} is now: {stage}.\n\n{stage_explanation}\n\n{note}\n\nFollow your application: {status_url}\n\n— {site}", 'mentorship-program' ),
		);
		$defaults = array(
			'submitted'             => array(
				'enabled' => true,
				'subject' => __( 'We received your mentorship application', 'mentorship-program' ),
				'body'    => __( "Hi {name},\n\nThank you for applying to {cohort}.\n\n{confirm}\n\nYour private link, to see where your application stands and to withdraw it if you need to: {status_url}\n\nKeep it to yourself: whoever has it can see your application.\n\n— {site}", 'mentorship-program' ),
			),
			'in_review'             => $stage( __( 'Your mentorship application is in review', 'mentorship-program' ) ),
			'accepted'              => $stage( __( 'You are accepted to the mentorship program', 'mentorship-program' ) ),
			'waitlisted'            => $stage( __( 'You are on the mentorship waiting list', 'mentorship-program' ) ),
			'declined'              => $stage( __( 'About your mentorship application', 'mentorship-program' ) ),
			'approved'              => $stage( __( 'You are approved as a mentor', 'mentorship-program' ) ),
			'active'                => $stage( __( 'Your mentorship cohort has started', 'mentorship-program' ) ),
			'graduated'             => $stage( __( 'Congratulations on graduating!', 'mentorship-program' ) ),
			'placed'                => $stage( __( 'Welcome to your contributor team', 'mentorship-program' ) ),
			'completed'             => $stage( __( 'Thank you for mentoring', 'mentorship-program' ) ),
			'withdrawn'             => $stage( __( 'Your mentorship application was withdrawn', 'mentorship-program' ) ),
			'cohort_start'          => array(
				'enabled' => true,
				'subject' => __( '{cohort} starts now', 'mentorship-program' ),
				'body'    => __( "Hi {name},\n\n{cohort} starts now. Your mentor: {mentor}.\n\nSee your sessions and next steps: {status_url}\n\n— {site}", 'mentorship-program' ),
			),
			'reassigned_mentee'     => array(
				'enabled' => true,
				'subject' => __( 'Your new mentor: {mentor}', 'mentorship-program' ),
				'body'    => __( "Hi {name},\n\nYour mentor in {cohort} is now {mentor}. They will get in touch with you soon; your goals and check-ins so far stay with you.\n\n— {site}", 'mentorship-program' ),
			),
			'reassigned_new_mentor' => array(
				'enabled' => true,
				'subject' => __( 'You are now mentoring {mentee}', 'mentorship-program' ),
				'body'    => __( "Hi {name},\n\nThank you for taking over: you are now the mentor of {mentee} in {cohort}. Please say hello soon and plan your first check-in; you see them in My mentorship.\n\n— {site}", 'mentorship-program' ),
			),
			'mentor_stepped_back'   => array(
				'enabled' => true,
				'subject' => __( 'About your mentor in {cohort}', 'mentorship-program' ),
				'body'    => __( "Hi {name},\n\n{previous_mentor} can no longer be your mentor in {cohort}. The coordinators know and will find you a new mentor soon; your goals and check-ins so far stay with you.\n\nSee where things stand: {status_url}\n\n— {site}", 'mentorship-program' ),
			),
			'reassigned_old_mentor' => array(
				'enabled' => true,
				'subject' => __( '{mentee} has a new mentor', 'mentorship-program' ),
				'body'    => __( "Hi {name},\n\n{mentee} in {cohort} is now mentored by {mentor}. Thank you for the time you gave them.\n\n— {site}", 'mentorship-program' ),
			),
		);
		/**
		 * Filters the e-mail templates and their default texts; features add their own
		 * e-mails here, and the Settings screen edits them with the others.
		 *
		 * @since 0.3.0
		 *
		 * @param array<string, array{enabled: bool, subject: string, body: string}> $defaults Templates.
		 */
		return (array) apply_filters( 'mentorship_program_mail_templates', $defaults );
	}

	/**
	 * Adds a feature's e-mails and the placeholders they use to the site's templates, so
	 * the Settings screen lists and edits them with the others.
	 *
	 * @since 0.4.0
	 *
	 * @param callable $templates    Gives the feature's default e-mails; called when the templates are read, so their texts are in the reader's language.
	 * @param string[] $placeholders The placeholders they use, with braces.
	 *
	 * @phpstan-param callable(): array<string, array{enabled: bool, subject: string, body: string}> $templates
	 */
	public static function add_feature_mail( callable $templates, array $placeholders ): void {
		add_filter( 'mentorship_program_mail_templates', static fn( $all ): array => array_merge( (array) $all, $templates() ) );
		add_filter( 'mentorship_program_mail_placeholders', static fn( $all ): array => array_merge( (array) $all, $placeholders ) );
	}

	/**
	 * Placeholders the templates may use, those of features included.
	 *
	 * @since 0.3.0
	 *
	 * @return string[]
	 */
	public static function placeholders(): array {
		/**
		 * Filters the placeholders e-mail templates may use, with braces.
		 *
		 * @since 0.3.0
		 *
		 * @param string[] $placeholders Placeholders.
		 */
		return array_values( array_unique( (array) apply_filters( 'mentorship_program_mail_placeholders', self::PLACEHOLDERS ) ) );
	}

	/**
	 * Fills placeholders. Values are plain text; mail is sent as text/plain.
	 *
	 * @param string                $text   Template text.
	 * @param array<string, string> $values Placeholder (without braces) => value.
	 * @return string
	 */
	public static function render( string $text, array $values ): string {
		$map = array();
		foreach ( $values as $key => $value ) {
			$map[ '{' . $key . '}' ] = wp_strip_all_tags( (string) $value );
		}
		foreach ( self::placeholders() as $placeholder ) {
			$map[ $placeholder ] = $map[ $placeholder ] ?? '';
		}
		return trim( (string) preg_replace( "/\n{3,}/", "\n\n", strtr( $text, $map ) ) );
	}
}
