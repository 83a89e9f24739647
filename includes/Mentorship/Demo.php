<?php
/**
 * Demo content of a running cohort: pairs, check-ins, goals, rows that need attention.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Demo\Demo_Applicant;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Cohorts\Cohorts;

/**
 * Seeds a cohort three weeks in, with a mentor and a mentee who can log in
 * ("demo-mentor" and "demo-mentee", password "password") and a "My mentorship" page.
 *
 * @since 0.2.0
 */
final class Demo {

	/**
	 * Password of the demo accounts (a local demo site only).
	 */
	public const PASSWORD = 'password';

	/**
	 * Seeds the running cohort.
	 *
	 * @since 0.2.0
	 *
	 * @param callable $ensure_page Creates a page: (slug, title, content) => ID.
	 */
	public static function seed( callable $ensure_page ): void {
		$day    = DAY_IN_SECONDS;
		$cohort = Cohorts::save(
			array(
				'name'        => __( 'Spring cohort (running)', 'mentorship-program' ),
				'description' => __( 'Three weeks in: check-ins, goals and who needs attention.', 'mentorship-program' ),
				'opens_at'    => gmdate( 'Y-m-d\\TH:i:s\\Z', time() - 60 * $day ),
				'closes_at'   => gmdate( 'Y-m-d\\TH:i:s\\Z', time() - 30 * $day ),
				'starts_on'   => gmdate( 'Y-m-d', time() - 21 * $day ),
				'ends_on'     => gmdate( 'Y-m-d', time() + 21 * $day ),
				'capacity'    => 10,
				'tracks'      => array( 'one-to-one', 'cohort-group' ),
				'channel_url' => 'https://make.wordpress.org/chat/',
			)
		);
		if ( ! is_array( $cohort ) ) {
			return;
		}
		add_filter( 'mentorship_program_queue_mail', '__return_false' );
		$mentor_user = self::user( 'demo-mentor', 'Grace Mentor' );
		$mentee_user = self::user( 'demo-mentee', 'Mina Mentee' );
		$grace       = self::person( 'mentor', 'Grace Mentor', 'grace', (int) $cohort['id'], $mentor_user, 2 );
		$omar        = self::person( 'mentor', 'Omar Haddad', 'omar', (int) $cohort['id'], 0, 1 );
		$mina        = self::person( 'mentee', 'Mina Mentee', 'mina', (int) $cohort['id'], $mentee_user );
		$tom         = self::person( 'mentee', 'Tom Novak', 'tom', (int) $cohort['id'] );
		$jo          = self::person( 'mentee', 'Jo Park', 'jo', (int) $cohort['id'] );
		self::person( 'mentee', 'Zoe Lind', 'zoe', (int) $cohort['id'] );
		if ( ! $grace || ! $omar || ! $mina || ! $tom || ! $jo ) {
			remove_filter( 'mentorship_program_queue_mail', '__return_false' );
			return;
		}
		Assignments::assign( $mina, $grace );
		Assignments::assign( $tom, $grace );
		Assignments::assign( $jo, $omar );
		// The cohort is running: the paired people have started, so the funnel shows them.
		foreach ( array( $grace, $omar, $mina, $tom, $jo ) as $started ) {
			Applications::transition( $started, 'active' );
		}
		$date = static fn( int $days ) => gmdate( 'Y-m-d', time() - $days * $day );
		// The demo runs without a logged-in user; a coordinator's rights log for the mentors.
		$admins      = get_users(
			array(
				'role'   => 'administrator',
				'number' => 1,
				'fields' => 'ID',
			)
		);
		$coordinator = (int) ( $admins[0] ?? 0 );
		$log         = static fn( array $values ) => Checkins::create( $values, $coordinator );
		// Two group sessions, both missed by Tom.
		$group = array(
			12 => __( 'How the contributor teams work; picking a first ticket.', 'mentorship-program' ),
			5  => __( 'Setting up a local environment together.', 'mentorship-program' ),
		);
		foreach ( $group as $days => $covered ) {
			$log(
				array(
					'held_on'   => $date( $days ),
					'kind'      => 'group',
					'mentees'   => array( $mina, $tom ),
					'attendees' => array( $mina ),
					'covered'   => $covered,
				)
			);
		}
		$log(
			array(
				'held_on'      => $date( 2 ),
				'kind'         => 'one-to-one',
				'mentees'      => array( $mina ),
				'covered'      => __( 'Reviewed Mina\'s first documentation pull request.', 'mentorship-program' ),
				'next_steps'   => __( 'Address the review comments; join the docs team meeting.', 'mentorship-program' ),
				'private_note' => __( 'Confident with Git; ready for a bigger ticket.', 'mentorship-program' ),
			)
		);
		$log(
			array(
				'held_on'    => $date( 17 ),
				'kind'       => 'one-to-one',
				'mentees'    => array( $jo ),
				'covered'    => __( 'Introductions and goals for the cohort.', 'mentorship-program' ),
				'needs_help' => true,
			)
		);
		$first = Goals::create(
			$mina,
			array(
				'title'    => __( 'Get a documentation fix merged', 'mentorship-program' ),
				'due_week' => 3,
			),
			$coordinator
		);
		if ( is_array( $first ) ) {
			Goals::update( (int) $first['id'], array( 'status' => 'done' ), $coordinator );
		}
		Goals::create(
			$mina,
			array(
				'title'    => __( 'Attend two docs team meetings', 'mentorship-program' ),
				'due_week' => 5,
			),
			$coordinator
		);
		Goals::create( $tom, array( 'title' => __( 'Triage five tickets', 'mentorship-program' ) ), $coordinator );
		// Grace was reminded about Tom two days ago, Omar about Jo yesterday.
		\Mentorship_Program\Nudges\Demo::seed( array( array( $grace, $tom, 2 ), array( $omar, $jo, 1 ) ), $coordinator );
		remove_filter( 'mentorship_program_queue_mail', '__return_false' );

		$ensure_page(
			'my-mentorship',
			__( 'My mentorship', 'mentorship-program' ),
			'<!-- wp:paragraph --><p>' . esc_html__( 'Your mentor or mentees, your goals and your check-ins. Log in as demo-mentor or demo-mentee (password: password) to try it.', 'mentorship-program' ) . '</p><!-- /wp:paragraph -->'
			. "\n\n<!-- wp:mentorship-program/my-mentorship /-->"
		);
	}

	/**
	 * A demo account.
	 *
	 * @param string $login Login.
	 * @param string $name  Display name.
	 * @return int
	 */
	private static function user( string $login, string $name ): int {
		$existing = get_user_by( 'login', $login );
		if ( $existing ) {
			return (int) $existing->ID;
		}
		$id = wp_insert_user(
			array(
				'user_login'   => $login,
				'user_pass'    => self::PASSWORD,
				'user_email'   => $login . '@example.org',
				'display_name' => $name,
				'role'         => 'subscriber',
			)
		);
		return is_wp_error( $id ) ? 0 : (int) $id;
	}

	/**
	 * An accepted mentee or approved mentor of the cohort.
	 *
	 * @param string $type     mentee or mentor.
	 * @param string $name     Name.
	 * @param string $chat     Chat handle.
	 * @param int    $cohort   Cohort.
	 * @param int    $user     Linked user.
	 * @param int    $capacity Mentor capacity.
	 * @return int Application ID, or 0.
	 */
	private static function person( string $type, string $name, string $chat, int $cohort, int $user = 0, int $capacity = 2 ): int {
		return Demo_Applicant::admitted( $type, $name, $chat, $chat . '.running@example.org', 'Europe/Lisbon', $cohort, $user, $capacity );
	}
}
