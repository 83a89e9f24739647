<?php
/**
 * Who submits an application, and so which of the submission rules apply.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Security\Rate_Limiter;

/**
 * A visitor on the public form (REST or no-JavaScript) passes every guard: honeypot,
 * login setting, form token, rate limits and event codes, and may only apply to an
 * open cohort. An import or the demo content is trusted for those guards (it runs on
 * the command line or for an administrator) but its answers are checked like anyone's.
 *
 * @since 0.2.0
 */
final class Submission_Context {

	/**
	 * Addresses already taken in this run (type|address), for a batch such as an import.
	 *
	 * @var array<string, true>
	 */
	private array $taken = array();

	/**
	 * Sets what applies.
	 *
	 * @param int       $user_id   Linked user (name and e-mail default to theirs), or 0.
	 * @param string    $ip        Client address the network limits count against ('' when trusted).
	 * @param bool      $guarded   Whether the public form's guards apply: honeypot, login setting, token, rate limits.
	 * @param int       $cohort_id The cohort to apply to (0: the one asked for, else the open one).
	 * @param bool      $any_cohort Whether a closed cohort is accepted too.
	 * @param bool|null $confirmed Whether the address is known to be the applicant's (null: only when it is the user's own).
	 * @param bool      $dry_run   Check everything, store nothing.
	 * @param bool      $batch     Whether one address may appear only once per type in this run.
	 */
	private function __construct(
		public readonly int $user_id,
		public readonly string $ip,
		public readonly bool $guarded,
		public readonly int $cohort_id,
		public readonly bool $any_cohort,
		public readonly ?bool $confirmed,
		public readonly bool $dry_run,
		public readonly bool $batch
	) {}

	/**
	 * The person in this request, on the public form: every rule applies.
	 *
	 * @since 0.2.0
	 *
	 * @return self
	 */
	public static function visitor(): self {
		return new self( get_current_user_id(), Rate_Limiter::client_ip(), true, 0, false, null, false, false );
	}

	/**
	 * Rows of a spreadsheet imported into a cohort (open or not): the answers are
	 * checked, the addresses count as confirmed, and an address may appear once per
	 * type in the run.
	 *
	 * @since 0.2.0
	 *
	 * @param int  $cohort_id Cohort.
	 * @param bool $dry_run   Check only.
	 * @return self
	 */
	public static function import( int $cohort_id, bool $dry_run = false ): self {
		return new self( 0, '', false, $cohort_id, true, true, $dry_run, true );
	}

	/**
	 * Example applications the plugin seeds itself (demo content): checked like any
	 * other, into the given cohort, with confirmed addresses.
	 *
	 * @since 0.2.0
	 *
	 * @param int $cohort_id Cohort.
	 * @param int $user_id   Linked user, or 0.
	 * @return self
	 */
	public static function seed( int $cohort_id, int $user_id = 0 ): self {
		return new self( $user_id, '', false, $cohort_id, true, true, false, false );
	}

	/**
	 * Takes an address for a type in this run; false when an earlier row took it.
	 *
	 * @since 0.2.0
	 *
	 * @param string $type  mentee or mentor.
	 * @param string $email Address.
	 * @return bool
	 */
	public function take( string $type, string $email ): bool {
		$key = $type . '|' . strtolower( $email );
		if ( isset( $this->taken[ $key ] ) ) {
			return false;
		}
		$this->taken[ $key ] = true;
		return true;
	}
}
