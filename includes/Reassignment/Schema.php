<?php
/**
 * Storage of who mentored whom, and when.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reassignment;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Database\Custom_Tables;

/**
 * Creates and drops the mentor history table.
 *
 * Why a table and not the audit trail: the history is read per mentee (the drawer, the
 * mentee's own block) and per mentor (the privacy exporter) as spans with a start, an
 * end and a reason; the audit trail keeps single events of one object. One row per span,
 * indexed both ways, answers every question with one query.
 *
 * @since 0.3.0
 */
final class Schema extends Custom_Tables {

	/**
	 * The tables: short name => name without the site's prefix, and the columns and keys
	 * of its CREATE TABLE statement, for dbDelta.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, array{0: string, 1: string}>
	 */
	protected static function definitions(): array {
		return array(
			'mentor_history' => array(
				'mentorship_mentor_history',
				"  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  mentee_id bigint(20) unsigned NOT NULL,
  mentor_id bigint(20) unsigned NOT NULL,
  cohort_id bigint(20) unsigned NOT NULL DEFAULT 0,
  started_at datetime NOT NULL,
  ended_at datetime NULL,
  end_reason varchar(20) NOT NULL DEFAULT '',
  note text NOT NULL,
  ended_by bigint(20) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (id),
  KEY mentee_started (mentee_id,started_at),
  KEY mentor_id (mentor_id)",
			),
		);
	}
}
