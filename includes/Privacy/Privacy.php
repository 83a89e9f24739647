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
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Applications\Fields;
use Mentorship_Program\Mentorship\Mentor_View;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Applications\Stages;

/**
 * Hooks into WordPress's privacy tools.
 *
 * @since 0.1.0
 */
final class Privacy {

	public const PER_PAGE = 20;

	public const RETENTION_HOOK = 'mentorship_program_retention';

	/**
	 * Adds hooks.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_filter( 'wp_privacy_personal_data_exporters', array( $this, 'register_exporter' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( $this, 'register_eraser' ) );
		add_action( 'admin_init', array( $this, 'add_policy_text' ) );
		add_action( 'init', array( $this, 'schedule_retention' ) );
		add_action( self::RETENTION_HOOK, array( self::class, 'apply_retention' ) );
	}

	/**
	 * Registers the exporter.
	 *
	 * @param array<string, mixed> $exporters Exporters.
	 * @return array<string, mixed>
	 */
	public function register_exporter( array $exporters ): array {
		$exporters['mentorship-program'] = array(
			'exporter_friendly_name' => __( 'Mentorship applications', 'mentorship-program' ),
			'callback'               => array( self::class, 'export' ),
		);
		return $exporters;
	}

	/**
	 * Registers the eraser.
	 *
	 * @param array<string, mixed> $erasers Erasers.
	 * @return array<string, mixed>
	 */
	public function register_eraser( array $erasers ): array {
		$erasers['mentorship-program'] = array(
			'eraser_friendly_name' => __( 'Mentorship applications', 'mentorship-program' ),
			'callback'             => array( self::class, 'erase' ),
		);
		return $erasers;
	}

	/**
	 * Application IDs that belong to an e-mail address (by field or linked user), one page.
	 *
	 * @param string $email E-mail.
	 * @param int    $page  Page, from 1.
	 * @return int[]
	 */
	private static function ids_for( string $email, int $page ): array {
		$user = get_user_by( 'email', $email );
		$args = array(
			'post_type'      => array( Post_Types::MENTEE, Post_Types::MENTOR ),
			'post_status'    => array_merge( Applications::statuses(), array( \Mentorship_Program\Applications\Status_Links::UNCONFIRMED_STATUS ) ),
			'fields'         => 'ids',
			'posts_per_page' => self::PER_PAGE, // phpcs:ignore WordPress.WP.PostsPerPage.posts_per_page_posts_per_page -- 20 per privacy page.
			'paged'          => $page,
			'orderby'        => 'ID',
			'order'          => 'ASC',
			'no_found_rows'  => true,
			'meta_query'     => array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- privacy requests are rare.
				array(
					'key'   => Applications::META_PREFIX . 'email',
					'value' => strtolower( $email ),
				),
			),
		);
		$ids  = get_posts( $args );
		if ( $user ) {
			unset( $args['meta_query'] );
			$args['author'] = $user->ID;
			$ids            = array_values( array_unique( array_merge( $ids, get_posts( $args ) ) ) );
		}
		return array_map( 'intval', $ids );
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
				array(
					'name'  => __( 'Type', 'mentorship-program' ),
					'value' => $application['type'],
				),
				array(
					'name'  => __( 'Stage', 'mentorship-program' ),
					'value' => Stages::label( $application['stage'] ),
				),
				array(
					'name'  => __( 'Submitted', 'mentorship-program' ),
					'value' => $application['created'],
				),
			);
			foreach ( Fields::definitions() as $name => $field ) {
				if ( ! array_key_exists( $name, $application['fields'] ) ) {
					continue;
				}
				$value = $application['fields'][ $name ];
				if ( 'availability' === $name && is_array( $value ) ) {
					$value = implode( '; ', array_map( static fn( $s ) => $s['day'] . ' ' . $s['start'] . '-' . $s['end'], $value ) );
				}
				$items[] = array(
					'name'  => $field['label'],
					'value' => is_array( $value ) ? implode( ', ', $value ) : ( is_bool( $value ) ? ( $value ? __( 'Yes', 'mentorship-program' ) : __( 'No', 'mentorship-program' ) ) : (string) $value ),
				);
			}
			$items[] = array(
				'name'  => __( 'Consent to the code of conduct given at', 'mentorship-program' ),
				'value' => $application['consent']['code_of_conduct'],
			);
			$items[] = array(
				'name'  => __( 'Consent to the privacy notice given at', 'mentorship-program' ),
				'value' => $application['consent']['privacy'],
			);
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
					$items[] = array(
						'name'  => $url_label,
						'value' => (string) $text['url'],
					);
				}
				if ( '' !== (string) ( $text['version'] ?? '' ) ) {
					$items[] = array(
						'name'  => $version_label,
						'value' => (string) $text['version'],
					);
				}
			}
			$items  = array_merge( $items, self::program_record( $application ) );
			$data[] = array(
				'group_id'          => 'mentorship-applications',
				'group_label'       => __( 'Mentorship applications', 'mentorship-program' ),
				'group_description' => __( 'Applications to the mentorship program, as mentee or mentor.', 'mentorship-program' ),
				'item_id'           => 'mentorship-application-' . $id,
				'data'              => $items,
			);
		}
		return array(
			'data' => $data,
			'done' => count( $ids ) < self::PER_PAGE,
		);
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
			$items[] = array(
				'name'  => __( 'Cohort', 'mentorship-program' ),
				'value' => (string) $cohort['name'],
			);
		}
		if ( 'mentee' === $application['type'] ) {
			$mentor_id = Assignments::mentor_of( (int) $application['id'] );
			if ( $mentor_id ) {
				$items[] = array(
					'name'  => __( 'Mentor', 'mentorship-program' ),
					'value' => (string) get_the_title( $mentor_id ),
				);
			}
		} else {
			$items[] = array(
				'name'  => __( 'Mentees assigned', 'mentorship-program' ),
				'value' => (string) count( Assignments::mentees_of( (int) $application['id'] ) ),
			);
		}
		if ( '' !== $application['placed_team'] ) {
			$items[] = array(
				'name'  => __( 'Joined team', 'mentorship-program' ),
				'value' => (string) $application['placed_team'],
			);
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
		return array(
			'items_removed'  => count( $ids ),
			'items_retained' => $retained,
			'messages'       => $messages,
			'done'           => count( $ids ) < self::PER_PAGE,
		);
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
	 * Suggested privacy policy text.
	 *
	 * @since 0.1.0
	 */
	public function add_policy_text(): void {
		if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
			return;
		}
		wp_add_privacy_policy_content( __( 'Mentorship Program', 'mentorship-program' ), wp_kses_post( self::policy_text() ) );
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
