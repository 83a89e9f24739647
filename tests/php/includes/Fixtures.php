<?php
/**
 * Valid data for tests: cohorts, application values, stored applications.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Cohorts;

/**
 * Builders shared by the integration tests.
 */
trait Fixtures {

	/**
	 * An open cohort (applications open now), with a schedule.
	 *
	 * @param array<string, mixed> $overrides Values.
	 * @return array<string, mixed>
	 */
	protected function make_cohort( array $overrides = array() ): array {
		static $n = 0;
		++$n;
		$cohort = Cohorts::save(
			array_merge(
				array(
					'name'        => 'Cohort ' . $n . ' ' . wp_generate_password( 4, false ),
					'opens_at'    => gmdate( 'Y-m-d\TH:i:s\Z', time() - DAY_IN_SECONDS ),
					'closes_at'   => gmdate( 'Y-m-d\TH:i:s\Z', time() + 10 * DAY_IN_SECONDS ),
					'starts_on'   => gmdate( 'Y-m-d', time() + 14 * DAY_IN_SECONDS ),
					'ends_on'     => gmdate( 'Y-m-d', time() + 60 * DAY_IN_SECONDS ),
					'capacity'    => 50,
					'tracks'      => array( 'one-to-one', 'project-group' ),
					'schedule'    => array(
						'rule'     => 'monthly',
						'weekday'  => 4,
						'weeks'    => array( 2, 4 ),
						'times'    => array( '12:00', '21:00' ),
						'duration' => 60,
					),
					'channel_url' => 'https://example.org/chat',
				),
				$overrides
			)
		);
		$this->assertIsArray( $cohort, is_wp_error( $cohort ) ? $cohort->get_error_message() : '' );
		return $cohort;
	}

	/**
	 * Valid form values for a type.
	 *
	 * @param string               $type      mentee or mentor.
	 * @param array<string, mixed> $overrides Values.
	 * @return array<string, mixed>
	 */
	protected function values( string $type = 'mentee', array $overrides = array() ): array {
		static $n = 0;
		++$n;
		$common   = array(
			'name'            => 'Person ' . $n,
			'email'           => 'person' . $n . '-' . wp_generate_password( 5, false, false ) . '@example.com',
			'wporg_username'  => 'person' . $n,
			'slack_username'  => 'person' . $n,
			'timezone'        => 'Europe/Lisbon',
			'languages'       => array( 'en', 'pt' ),
			'region'          => 'Europe',
			'teams'           => array( 'core', 'docs' ),
			'availability'    => array(
				array(
					'day'   => 3,
					'start' => '12:00',
					'end'   => '15:00',
				),
			),
			'consent_coc'     => true,
			'consent_privacy' => true,
		);
		$specific = 'mentor' === $type
			? array(
				'formats'            => array( 'one-to-one' ),
				'capacity'           => 2,
				'years_contributing' => 5,
				'motivation'         => 'I like helping new contributors.',
			)
			: array(
				'experience'     => 'user',
				'goals'          => 'Make my first contribution to core.',
				'hours_per_week' => 4,
				'format'         => 'one-to-one',
			);
		return array_merge( $common, $specific, $overrides );
	}

	/**
	 * Stores an application directly through the service and optionally moves it along.
	 *
	 * @param string               $type      Type.
	 * @param int                  $cohort_id Cohort.
	 * @param string[]             $path      Stages to walk after "submitted".
	 * @param array<string, mixed> $overrides Values.
	 * @param int                  $user_id   Linked user.
	 * @return array<string, mixed>
	 */
	protected function make_application( string $type, int $cohort_id, array $path = array(), array $overrides = array(), int $user_id = 0 ): array {
		$application = Applications::create( $type, $this->values( $type, $overrides ), $cohort_id, $user_id );
		$this->assertIsArray( $application, is_wp_error( $application ) ? $application->get_error_message() : '' );
		foreach ( $path as $stage ) {
			$application = Applications::transition( (int) $application['id'], $stage, array( 'allow_unassigned' => true ) );
			$this->assertIsArray( $application, is_wp_error( $application ) ? $application->get_error_message() : '' );
		}
		return $application;
	}

	/**
	 * The stored application of an e-mail address in one type, or null: the public
	 * submit route does not tell anonymous submitters an ID.
	 *
	 * @param string $email E-mail.
	 * @param string $type  mentee or mentor.
	 * @return array<string, mixed>|null
	 */
	protected function application_by_email( string $email, string $type = '' ): ?array {
		$ids = get_posts(
			array(
				'post_type'      => '' === $type ? array( 'mp_mentee', 'mp_mentor' ) : array( 'mentor' === $type ? 'mp_mentor' : 'mp_mentee' ),
				'post_status'    => array_merge( Applications::statuses(), array( \Mentorship_Program\Applications\Status_Links::UNCONFIRMED_STATUS ) ),
				'fields'         => 'ids',
				'posts_per_page' => 2,
				'meta_key'       => '_mp_email',
				'meta_value'     => strtolower( $email ),
			)
		);
		$this->assertLessThan( 2, count( $ids ), 'One application per address and type.' );
		return $ids ? Applications::get( (int) $ids[0] ) : null;
	}

	/**
	 * A coordinator user, logged in.
	 *
	 * @return int
	 */
	protected function as_coordinator(): int {
		$id = $this->create_user( 'mentorship_coordinator' );
		wp_set_current_user( $id );
		return $id;
	}

	/**
	 * Counts rows that a write could touch, to prove a refused call changed nothing.
	 *
	 * @return array<string, mixed>
	 */
	protected function snapshot(): array {
		global $wpdb;
		$out = array(
			'posts'    => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->posts}" ),
			'postmeta' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->postmeta}" ),
			'statuses' => (string) $wpdb->get_var( "SELECT GROUP_CONCAT(post_status ORDER BY ID) FROM {$wpdb->posts}" ),
			'terms'    => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->terms}" ),
			'termmeta' => (string) $wpdb->get_var( "SELECT MD5(GROUP_CONCAT(meta_key, meta_value ORDER BY meta_id)) FROM {$wpdb->termmeta}" ),
			'settings' => (string) $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", 'mentorship_program_settings' ) ),
		);
		foreach ( \Mentorship_Program\Database\Schema::tables() as $name => $table ) {
			if ( 'rate' === $name ) {
				continue;
			}
			$out[ $name ] = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table}" );
		}
		foreach ( \Mentorship_Program\Mentorship\Schema::tables() as $name => $table ) {
			$out[ $name ] = (string) $wpdb->get_var( 'checkin_mentees' === $name ? "SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(attended), 0)) FROM {$table}" : "SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(revision), 0)) FROM {$table}" );
		}
		foreach ( \Mentorship_Program\Nudges\Schema::tables() as $name => $table ) {
			$out[ 'nudge_' . $name ] = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table}" );
		}
		$history               = \Mentorship_Program\Reassignment\Schema::table();
		$out['mentor_history'] = (string) $wpdb->get_var( "SELECT CONCAT(COUNT(*), '/', COUNT(ended_at)) FROM {$history}" );
		foreach ( \Mentorship_Program\Surveys\Schema::tables() as $name => $table ) {
			$out[ 'survey_' . $name ] = (string) $wpdb->get_var( 'surveys' === $name ? "SELECT MD5(GROUP_CONCAT(id, questions, COALESCE(opens_on, ''), COALESCE(closes_on, '') ORDER BY id)) FROM {$table}" : "SELECT COUNT(*) FROM {$table}" );
		}
		return $out;
	}
}
