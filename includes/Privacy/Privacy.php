<?php
/**
 * Personal data export and erasure, the privacy policy text, and retention.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Privacy;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Applications\Fields;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Mentorship\Mentor_View;
use Mentorship_Program\Settings\Settings;

/**
 * Hooks into WordPress's privacy tools.
 *
 * @since 0.1.0
 */
final class Privacy extends Personal_Data {

	public const RETENTION_HOOK = 'mentorship_program_retention';

	/**
	 * The applications' eraser runs after the features' own, which look the applications up.
	 */
	protected const ERASER_PRIORITY = 10;

	/**
	 * Adds hooks.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		parent::register();
		add_action( 'init', array( $this, 'schedule_retention' ) );
		add_action( self::RETENTION_HOOK, array( self::class, 'apply_retention' ) );
	}

	/**
	 * The exporter's and eraser's key.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	protected function key(): string {
		return 'mentorship-program';
	}

	/**
	 * The exporter's and eraser's name.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	protected function name(): string {
		return __( 'Mentorship applications', 'mentorship-program' );
	}

	/**
	 * The title of the suggested privacy policy text.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	protected function policy_title(): string {
		return __( 'Mentorship Program', 'mentorship-program' );
	}

	/**
	 * Application IDs that belong to an e-mail address (by field or linked user), one page,
	 * unconfirmed ones included.
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page, from 1.
	 * @return int[]
	 */
	private static function ids_for( string $email, int $page ): array {
		return self::applications( $email, $page, array( \Mentorship_Program\Applications\Status_Links::UNCONFIRMED_STATUS ) );
	}

	/**
	 * Exports one page of a person's applications.
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page.
	 * @return array{data: array<int, array<string, mixed>>, done: bool}
	 */
	public static function export( $email, $page = 1 ): array {
		$ids  = self::ids_for( (string) $email, (int) $page );
		$data = array();
		foreach ( $ids as $id ) {
			$application = Applications::get( $id );
			if ( ! $application ) {
				continue;
			}
			$items = array(
				self::field( __( 'Type', 'mentorship-program' ), $application['type'] ),
				self::field( __( 'Stage', 'mentorship-program' ), Stages::label( $application['stage'] ) ),
				self::field( __( 'Submitted', 'mentorship-program' ), $application['created'] ),
			);
			foreach ( Fields::definitions() as $name => $field ) {
				if ( ! array_key_exists( $name, $application['fields'] ) ) {
					continue;
				}
				$value = $application['fields'][ $name ];
				if ( 'availability' === $name && is_array( $value ) ) {
					$value = implode( '; ', array_map( static fn( $s ) => $s['day'] . ' ' . $s['start'] . '-' . $s['end'], $value ) );
				}
				$items[] = self::field( $field['label'], is_array( $value ) ? implode( ', ', $value ) : ( is_bool( $value ) ? ( $value ? __( 'Yes', 'mentorship-program' ) : __( 'No', 'mentorship-program' ) ) : (string) $value ) );
			}
			$items[] = self::field( __( 'Consent to the code of conduct given at', 'mentorship-program' ), $application['consent']['code_of_conduct'] );
			$items[] = self::field( __( 'Consent to the privacy notice given at', 'mentorship-program' ), $application['consent']['privacy'] );
			// Which texts were agreed to, when the application recorded them.
			$texts = array(
				'code_of_conduct' => array(
					__( 'Code of conduct agreed to (address)', 'mentorship-program' ),
					__( 'Code of conduct agreed to (version)', 'mentorship-program' ),
				),
				'privacy'         => array(
					__( 'Privacy notice agreed to (address)', 'mentorship-program' ),
					__( 'Privacy notice agreed to (version)', 'mentorship-program' ),
				),
			);
			foreach ( $texts as $key => list( $url_label, $version_label ) ) {
				$text = $application['consent_texts'][ $key ] ?? array();
				if ( '' !== (string) ( $text['url'] ?? '' ) ) {
					$items[] = self::field( $url_label, (string) $text['url'] );
				}
				if ( '' !== (string) ( $text['version'] ?? '' ) ) {
					$items[] = self::field( $version_label, (string) $text['version'] );
				}
			}
			$items  = array_merge( $items, self::program_record( $application ) );
			$data[] = self::item( 'mentorship-applications', __( 'Mentorship applications', 'mentorship-program' ), __( 'Applications to the mentorship program, as mentee or mentor.', 'mentorship-program' ), 'mentorship-application-' . $id, $items );
		}
		return self::exported( $data, count( $ids ) );
	}

	/**
	 * What the program recorded about a person beyond their answers: the cohort, the
	 * mentor (or how many mentees), the team they joined, every stage change, and the
	 * coordinators' notes and ratings about them.
	 *
	 * @param array<string, mixed> $application Application.
	 * @return array<int, array{name: string, value: string}>
	 */
	private static function program_record( array $application ): array {
		$items  = array();
		$cohort = $application['cohort'] ? Cohorts::get( (int) $application['cohort'] ) : null;
		if ( $cohort ) {
			$items[] = self::field( __( 'Cohort', 'mentorship-program' ), (string) $cohort['name'] );
		}
		if ( 'mentee' === $application['type'] ) {
			$mentor_id = Assignments::mentor_of( (int) $application['id'] );
			if ( $mentor_id ) {
				$items[] = self::field( __( 'Mentor', 'mentorship-program' ), (string) get_the_title( $mentor_id ) );
			}
		} else {
			$items[] = self::field( __( 'Mentees assigned', 'mentorship-program' ), (string) count( Assignments::mentees_of( (int) $application['id'] ) ) );
		}
		if ( '' !== $application['placed_team'] ) {
			$items[] = self::field( __( 'Joined team', 'mentorship-program' ), (string) $application['placed_team'] );
		}
		foreach ( Audit_Trail::for_object( (int) $application['id'] ) as $event ) {
			if ( 'stage' === $event['event'] ) {
				$items[] = array(
					/* translators: %s: date and time. */
					'name'  => sprintf( __( 'Stage changed on %s', 'mentorship-program' ), $event['date'] ),
					'value' => ( '' === $event['from'] ? '' : Stages::label( $event['from'] ) . ' → ' ) . Stages::label( $event['to'] ) . ( '' === $event['note'] ? '' : ' — ' . $event['note'] ),
				);
			} elseif ( 'note' === $event['event'] ) {
				$items[] = array(
					/* translators: %s: date and time. */
					'name'  => sprintf( __( 'Reviewer note on %s', 'mentorship-program' ), $event['date'] ),
					'value' => null === $event['rating']
						? $event['note']
						/* translators: 1: note, 2: rating from 1 to 5. */
						: sprintf( __( '%1$s (rating: %2$d of 5)', 'mentorship-program' ), $event['note'], $event['rating'] ),
				);
			}
		}
		return $items;
	}

	/**
	 * Erases one page of a person's applications (and their trails, assignments and mail).
	 *
	 * Erasing always takes the first page: the previous pages are gone.
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page (unused; see above).
	 * @return array{items_removed: int, items_retained: int, messages: string[], done: bool}
	 */
	public static function erase( $email, $page = 1 ): array {
		unset( $page );
		$ids      = self::ids_for( (string) $email, 1 );
		$retained = 0;
		$messages = array();
		foreach ( $ids as $id ) {
			$retained += self::unlink_story( $id, $messages );
			Applications::delete( $id );
		}
		return self::erased( count( $ids ), count( $ids ), $messages, $retained );
	}

	/**
	 * Detaches a story from an erased application: an unpublished draft goes with the
	 * application; a published story, shared with the person's consent, stays until an
	 * editor unpublishes it, and the request says so.
	 *
	 * @param int      $application_id Application.
	 * @param string[] $messages       Messages for the request, added to.
	 * @return int 1 when a published story was kept, else 0.
	 */
	private static function unlink_story( int $application_id, array &$messages ): int {
		if ( ! class_exists( \Mentorship_Program\Stories\Stories::class ) ) {
			return 0;
		}
		$story_id = \Mentorship_Program\Stories\Stories::story_for_application( $application_id );
		if ( ! $story_id ) {
			return 0;
		}
		if ( 'publish' !== get_post_status( $story_id ) ) {
			wp_delete_post( $story_id, true );
			return 0;
		}
		delete_post_meta( $story_id, 'participant_id' );
		$messages[] = sprintf(
			/* translators: %s: story title. */
			__( 'The published contributor story "%s" was shared with consent and was kept; unpublish it if the person asks.', 'mentorship-program' ),
			get_the_title( $story_id )
		);
		return 1;
	}

	/**
	 * The suggested privacy policy text, as HTML. What mentors see comes from the list
	 * the REST answer is shaped by (Mentor_View), so the two cannot drift apart.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function policy_text(): string {
		$days = (int) Settings::get( 'retention_days' );
		return '<p>' . esc_html__( 'When you apply to the mentorship program as a mentee or a mentor, we store what you enter in the form: your name, e-mail address, WordPress.org and Slack usernames, time zone, languages, region, the teams you are interested in, your experience, goals and availability, and when you agreed to the code of conduct and this privacy notice. We also record how your application moves through the program (each stage and when), the notes and ratings coordinators write about it, your cohort and your mentor or mentees.', 'mentorship-program' ) . '</p>'
			. '<p>' . esc_html__( 'Program coordinators use this to review applications, form cohorts and match mentees with mentors.', 'mentorship-program' ) . ' ' . esc_html( Mentor_View::policy_sentence() ) . ' ' . esc_html__( 'Your mentees see your name, Slack username and WordPress.org username. Nothing is shown publicly unless you opt in to appear on the mentors and graduates wall.', 'mentorship-program' ) . '</p>'
			. '<p>' . ( $days > 0
				/* translators: %d: number of days. */
				? esc_html( sprintf( __( 'Declined and withdrawn applications are deleted automatically after %d days. You can ask for an export or erasure of your data at any time.', 'mentorship-program' ), $days ) )
				: esc_html__( 'You can ask for an export or erasure of your data at any time.', 'mentorship-program' ) ) . '</p>';
	}

	/**
	 * Keeps the daily retention run scheduled.
	 *
	 * @since 0.1.0
	 */
	public function schedule_retention(): void {
		if ( ! wp_next_scheduled( self::RETENTION_HOOK ) ) {
			wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', self::RETENTION_HOOK );
		}
	}

	/**
	 * Deletes declined and withdrawn applications older than the retention period.
	 *
	 * @param int $limit At most this many per run.
	 * @return int Deleted.
	 */
	public static function apply_retention( $limit = 200 ): int {
		$days = (int) Settings::get( 'retention_days' );
		if ( $days <= 0 ) {
			return 0;
		}
		$ids = get_posts(
			array(
				'post_type'      => array( Post_Types::MENTEE, Post_Types::MENTOR ),
				'post_status'    => array( Stages::to_status( 'declined' ), Stages::to_status( 'withdrawn' ) ),
				'fields'         => 'ids',
				'posts_per_page' => max( 1, (int) $limit ), // phpcs:ignore WordPress.WP.PostsPerPage.posts_per_page_posts_per_page -- a bounded cron batch, IDs only.
				'no_found_rows'  => true,
				'date_query'     => array(
					array(
						'column' => 'post_modified_gmt',
						'before' => gmdate( 'Y-m-d H:i:s', time() - $days * DAY_IN_SECONDS ),
					),
				),
			)
		);
		foreach ( $ids as $id ) {
			Applications::delete( (int) $id );
		}
		return count( $ids );
	}
}
