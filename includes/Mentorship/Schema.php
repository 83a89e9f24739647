<?php
/**
 * Storage of the running cohort: check-ins, who each concerns, and mentees' goals.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Mentorship;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Database\Custom_Tables;

/**
 * Creates and drops the tables of check-ins and goals.
 *
 * Why own tables and not a (non-public) custom post type:
 * - the "needs attention" rules read the latest check-ins and the last two sessions of
 *   every mentee of a cohort (10,000 mentees at the design's scale) in one indexed query
 *   each; post meta cannot be indexed by (mentee, date) and would need a join per field;
 * - attendance is a relation (one check-in, many mentees, attended or not), which a
 *   post stores only as serialized meta that no query can read;
 * - a check-in holds personal data and a mentor's private note: rows in the plugin's own
 *   tables never reach wp/v2, search, feeds, sitemaps, oEmbed or the revisions UI, by
 *   construction rather than by a list of opt-outs;
 * - optimistic locking (a revision number updated in the same UPDATE) is one statement.
 * The Installer's DB_VERSION bump makes dbDelta add these tables on existing sites.
 *
 * @since 0.2.0
 */
final class Schema extends Custom_Tables {

	/**
	 * The tables: short name => name without the site's prefix, and the columns and keys
	 * of its CREATE TABLE statement, for dbDelta.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, array{0: string, 1: string}>
	 */
	protected static function definitions(): array {
		return array(
			'checkins'        => array(
				'mentorship_checkins',
				'  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  cohort_id bigint(20) unsigned NOT NULL DEFAULT 0,
  mentor_id bigint(20) unsigned NOT NULL,
  held_on date NOT NULL,
  kind varchar(12) NOT NULL,
  covered text NOT NULL,
  next_steps text NOT NULL,
  needs_help tinyint(1) unsigned NOT NULL DEFAULT 0,
  private_note text NOT NULL,
  revision int(10) unsigned NOT NULL DEFAULT 1,
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY mentor_held (mentor_id,held_on),
  KEY cohort_id (cohort_id)',
			),
			'checkin_mentees' => array(
				'mentorship_checkin_mentees',
				'  checkin_id bigint(20) unsigned NOT NULL,
  mentee_id bigint(20) unsigned NOT NULL,
  attended tinyint(1) unsigned NOT NULL DEFAULT 1,
  held_on date NOT NULL,
  kind varchar(12) NOT NULL,
  PRIMARY KEY  (checkin_id,mentee_id),
  KEY mentee_held (mentee_id,held_on)',
			),
			'goals'           => array(
				'mentorship_goals',
				"  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  mentee_id bigint(20) unsigned NOT NULL,
  title varchar(200) NOT NULL,
  status varchar(8) NOT NULL DEFAULT 'open',
  due_week tinyint(3) unsigned NULL,
  revision int(10) unsigned NOT NULL DEFAULT 1,
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  done_at datetime NULL,
  PRIMARY KEY  (id),
  KEY mentee_id (mentee_id)",
			),
		);
	}
}
