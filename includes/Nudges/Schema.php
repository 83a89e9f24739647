<?php
/**
 * Storage of nudges: the log of reminders sent, and who opted out of them.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Nudges;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Database\Custom_Tables;

/**
 * Creates and drops the nudge log and the opt-out list.
 *
 * The log's UNIQUE nudge_key (person + kind + occurrence) is what makes each nudge
 * happen once: whoever inserts the key first sends, so two overlapping cron runs, a
 * late run after a gap, or a double click never send the same reminder twice. The
 * log also answers "how many reminders did this address get in seven days" from an
 * index, for the weekly cap.
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
			'nudges'  => array(
				'mentorship_nudges',
				'  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  nudge_key varchar(191) NOT NULL,
  kind varchar(12) NOT NULL,
  person_id bigint(20) unsigned NOT NULL,
  about_id bigint(20) unsigned NOT NULL DEFAULT 0,
  cohort_id bigint(20) unsigned NOT NULL DEFAULT 0,
  recipient varchar(100) NOT NULL,
  mail_id bigint(20) unsigned NOT NULL DEFAULT 0,
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY nudge_key (nudge_key),
  KEY recipient_created (recipient,created_at),
  KEY person_about (person_id,about_id),
  KEY created_at (created_at)',
			),
			'optouts' => array(
				'mentorship_nudge_optouts',
				'  recipient varchar(100) NOT NULL,
  source varchar(12) NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (recipient)',
			),
		);
	}
}
