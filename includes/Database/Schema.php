<?php
/**
 * The plugin's own tables: audit trail, assignments, mail queue, claims, rate buckets and
 * the kept counts.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Database;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Stats\Counts;

/**
 * Creates and drops the tables. Unique keys do the work that must hold under
 * concurrency: one claim per e-mail and cohort, one seat per mentor slot.
 *
 * @since 0.1.0
 */
final class Schema extends Custom_Tables {

	/**
	 * The audit trail and the mail queue, written by every submission, skip WordPress's
	 * look-up of their columns: what Audit_Trail::record() and Mailer write fits the
	 * columns (values cut to length, addresses checked to at most 254 characters).
	 *
	 * @since 0.4.0
	 *
	 * @return string[]
	 */
	protected static function charset_known(): array {
		return array( 'events', 'mail' );
	}

	/**
	 * The tables: short name => name without the site's prefix, and the columns and keys
	 * of its CREATE TABLE statement, for dbDelta.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array{0: string, 1: string}>
	 */
	protected static function definitions(): array {
		return array(
			'events'        => array(
				'mentorship_events',
				"  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  object_id bigint(20) unsigned NOT NULL,
  event varchar(20) NOT NULL,
  from_value varchar(40) NOT NULL DEFAULT '',
  to_value varchar(40) NOT NULL DEFAULT '',
  note text NULL,
  rating tinyint(3) unsigned NULL,
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY object_event (object_id,event),
  KEY created_at (created_at)",
			),
			'assignments'   => array(
				'mentorship_assignments',
				"  mentee_id bigint(20) unsigned NOT NULL,
  mentor_id bigint(20) unsigned NOT NULL,
  seat smallint(5) unsigned NOT NULL,
  cohort_id bigint(20) unsigned NOT NULL DEFAULT 0,
  track varchar(20) NOT NULL DEFAULT 'one-to-one',
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  PRIMARY KEY  (mentee_id),
  UNIQUE KEY mentor_seat (mentor_id,seat),
  KEY cohort_id (cohort_id)",
			),
			'mail'          => array(
				'mentorship_mail',
				"  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  object_id bigint(20) unsigned NOT NULL DEFAULT 0,
  recipient varchar(254) NOT NULL,
  subject varchar(255) NOT NULL,
  body longtext NOT NULL,
  status varchar(10) NOT NULL DEFAULT 'queued',
  attempts smallint(5) unsigned NOT NULL DEFAULT 0,
  last_error varchar(255) NOT NULL DEFAULT '',
  next_attempt_at datetime NOT NULL,
  created_at datetime NOT NULL,
  sent_at datetime NULL,
  PRIMARY KEY  (id),
  KEY status_next (status,next_attempt_at),
  KEY object_id (object_id)",
			),
			'claims'        => array(
				'mentorship_claims',
				'  claim_key char(40) NOT NULL,
  object_id bigint(20) unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  PRIMARY KEY  (claim_key),
  KEY object_id (object_id)',
			),
			'rate'          => array(
				'mentorship_rate',
				'  bucket char(40) NOT NULL,
  hits int(10) unsigned NOT NULL DEFAULT 0,
  expires_at int(10) unsigned NOT NULL,
  PRIMARY KEY  (bucket),
  KEY expires_at (expires_at)',
			),
			// Kept counts (see Counts): one row per cohort (0 = all), dimension and key,
			// in the site's collation so keys group as GROUP BY on the meta table does.
			'counts'        => array(
				'mentorship_counts',
				"  scope bigint(20) unsigned NOT NULL,
  dim varchar(20) NOT NULL,
  k varchar(100) NOT NULL DEFAULT '',
  n bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY  (scope,dim,k)",
			),
			'count_members' => array(
				'mentorship_count_members',
				'  object_id bigint(20) unsigned NOT NULL,
  parts text NOT NULL,
  PRIMARY KEY  (object_id)',
			),
		);
	}
}
