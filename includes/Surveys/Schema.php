<?php
/**
 * Storage of surveys, answers, invitations and retention follow-ups.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Surveys;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Database\Custom_Tables;

/**
 * Creates and drops the tables of the surveys feature.
 *
 * Own tables, as check-ins have: answers are personal data that must never reach
 * wp/v2, search, feeds or revisions; "one answer per person per survey" and "one
 * invitation per person per survey" are UNIQUE keys, so a double submit or two cron
 * runs at once cannot make a second row; and an erased person's answer row keeps its
 * ratings with `application_id` set to NULL (a UNIQUE key allows many NULLs), so the
 * aggregates stay right without keeping who answered.
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
			'surveys'     => array(
				'mentorship_surveys',
				'  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  cohort_id bigint(20) unsigned NOT NULL,
  audience varchar(8) NOT NULL,
  kind varchar(10) NOT NULL,
  questions longtext NOT NULL,
  opens_on date NULL,
  closes_on date NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY cohort_survey (cohort_id,audience,kind)',
			),
			'answers'     => array(
				'mentorship_survey_answers',
				'  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  survey_id bigint(20) unsigned NOT NULL,
  application_id bigint(20) unsigned NULL,
  answers longtext NOT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY one_answer (survey_id,application_id),
  KEY application_id (application_id)',
			),
			'invitations' => array(
				'mentorship_survey_invitations',
				'  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  survey_id bigint(20) unsigned NOT NULL,
  application_id bigint(20) unsigned NOT NULL,
  token_hash char(64) NOT NULL,
  mail_id bigint(20) unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY one_invitation (survey_id,application_id),
  KEY application_id (application_id)',
			),
			'followups'   => array(
				'mentorship_followups',
				"  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  cohort_id bigint(20) unsigned NOT NULL,
  application_id bigint(20) unsigned NULL,
  days smallint(5) unsigned NOT NULL,
  due_on date NOT NULL,
  token_hash char(64) NOT NULL DEFAULT '',
  sent_at datetime NULL,
  skipped tinyint(1) unsigned NOT NULL DEFAULT 0,
  answered_at datetime NULL,
  contributing tinyint(1) unsigned NULL,
  where_text varchar(200) NOT NULL DEFAULT '',
  where_url varchar(300) NOT NULL DEFAULT '',
  PRIMARY KEY  (id),
  UNIQUE KEY one_followup (application_id,days),
  KEY due (sent_at,due_on),
  KEY cohort_days (cohort_id,days)",
			),
		);
	}
}
