<?php
/**
 * Matching for one cohort: loads its people, runs the engine, applies a proposal.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Matching;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Cohorts\Roster;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Matching\Matcher;
use Mentorship_Program\Matching\Reasons;
use Mentorship_Program\Matching\Weights;

/**
 * Glue between stored applications and the pure matching engine.
 *
 * @since 0.1.0
 */
final class Cohort_Matching {

	/**
	 * The JSON schema of what propose() returns.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function proposal_schema(): array {
		$id      = array(
			'type'    => 'integer',
			'minimum' => 1,
		);
		$integer = array( 'type' => 'integer' );
		$number  = array( 'type' => 'number' );
		$string  = array( 'type' => 'string' );
		$boolean = array( 'type' => 'boolean' );
		$strings = array(
			'type'  => 'array',
			'items' => $string,
		);
		$part    = static fn( array $details ): array => array(
			'type'       => 'object',
			'properties' => array( 'points' => $number ) + $details,
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'mentorship-match-proposal',
			'type'       => 'object',
			'properties' => array(
				'pairs'       => self::list_of(
					array(
						'mentee_id'   => $id,
						'mentor_id'   => $id,
						'mentee_name' => $string,
						'mentor_name' => $string,
						'score'       => $number,
						'pinned'      => $boolean,
						'existing'    => array(
							'type'        => 'boolean',
							'description' => __( 'Whether the pair is already assigned.', 'mentorship-program' ),
						),
						'breakdown'   => array(
							'description' => __( 'Points per criterion, and what earned them.', 'mentorship-program' ),
							'type'        => 'object',
							'properties'  => array(
								'language'      => $part( array( 'shared' => $strings ) ),
								'overlap_hours' => $part(
									array(
										'hours' => $number,
										'known' => $boolean,
									)
								),
								'teams'         => $part( array( 'shared' => $strings ) ),
								'format'        => $part(
									array(
										'wanted'  => $string,
										'offered' => $strings,
									)
								),
							),
						),
					) + self::explanations_schema(),
					array( 'mentee_id', 'mentor_id', 'score', 'pinned', 'existing', 'explanations', 'reasons_text' )
				),
				'unmatched'   => self::list_of(
					array(
						'mentee_id'   => $id,
						'mentee_name' => $string,
						'reason'      => $string,
						'reason_text' => $string,
						'candidates'  => $integer,
					),
					array( 'mentee_id', 'reason', 'reason_text' )
				),
				'excluded'    => self::list_of(
					array(
						'type'   => array(
							'type' => 'string',
							'enum' => Stages::types(),
						),
						'id'     => $integer,
						'reason' => $string,
					)
				),
				'warnings'    => self::list_of(
					array(
						'code'      => $string,
						'mentee_id' => $integer,
						'mentor_id' => $integer,
						'timezone'  => $string,
						'team'      => $string,
					),
					array( 'code' )
				),
				'stats'       => array(
					'type'       => 'object',
					'properties' => array(
						'mentees'         => $integer,
						'mentors'         => $integer,
						'mentor_capacity' => $integer,
						'matched'         => $integer,
						'pinned'          => $integer,
						'unmatched'       => $integer,
						'total_score'     => $number,
						'mentors_used'    => $integer,
						'reference_date'  => array(
							'type'   => 'string',
							'format' => 'date',
						),
						'algorithm'       => array(
							'type' => 'string',
							'enum' => array( 'min_cost_flow', 'greedy' ),
						),
						'optimal'         => $boolean,
						'top_k'           => $integer,
						'allowed_pairs'   => $integer,
						'edges'           => $integer,
						'rounds'          => $integer,
						'settled_nodes'   => $integer,
						'seconds'         => $number,
					),
				),
				'total_score' => $number,
			),
			'required'   => array( 'pairs', 'unmatched', 'excluded', 'warnings', 'stats', 'total_score' ),
		);
	}

	/**
	 * The JSON schema of what the apply route answers: apply()'s counts and the roster.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function apply_schema(): array {
		$count = static fn( string $description ): array => array(
			'type'        => 'integer',
			'description' => $description,
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'mentorship-match-applied',
			'type'       => 'object',
			'properties' => array(
				'applied'   => $count( __( 'Pairs assigned now.', 'mentorship-program' ) ),
				'unchanged' => $count( __( 'Pairs that were already assigned.', 'mentorship-program' ) ),
				'failed'    => self::list_of(
					array(
						'mentee_id' => array( 'type' => 'integer' ),
						'mentor_id' => array( 'type' => 'integer' ),
						'code'      => array( 'type' => 'string' ),
						'message'   => array( 'type' => 'string' ),
					),
					array( 'mentee_id', 'mentor_id', 'code', 'message' )
				),
				'roster'    => array_merge(
					array_diff_key( Roster::schema(), array_flip( array( '$schema', 'title' ) ) ),
					array( 'description' => __( 'The cohort roster after the change.', 'mentorship-program' ) )
				),
			),
			'required'   => array( 'applied', 'unchanged', 'failed', 'roster' ),
		);
	}

	/**
	 * Schema of a list of objects.
	 *
	 * @param array<string, mixed> $properties Each object's properties.
	 * @param string[]             $required   Those always present.
	 * @return array<string, mixed>
	 */
	private static function list_of( array $properties, array $required = array() ): array {
		$item = array(
			'type'       => 'object',
			'properties' => $properties,
		);
		if ( $required ) {
			$item['required'] = $required;
		}
		return array(
			'type'  => 'array',
			'items' => $item,
		);
	}

	/**
	 * A proposal for a cohort. Existing assignments are kept as pins, so they count
	 * against capacity and the proposal only fills what is free.
	 *
	 * @param array<string, mixed> $cohort  Cohort.
	 * @param array<string, mixed> $options pins, forbidden ([[mentee, mentor]]), allow_no_shared_language, prefer_coverage.
	 * @return array<string, mixed>
	 */
	public static function propose( array $cohort, array $options = array() ): array {
		$people  = self::people( $cohort );
		$current = array();
		foreach ( Assignments::in_cohort( (int) $cohort['id'] ) as $row ) {
			$current[] = array( (int) $row['mentee_id'], (int) $row['mentor_id'] );
		}
		$assigned = array_column( $current, 0 );
		$pins     = $current;
		foreach ( (array) ( $options['pins'] ?? array() ) as $pin ) {
			if ( ! in_array( (int) $pin[0], $assigned, true ) ) {
				$pins[] = array( (int) $pin[0], (int) $pin[1] );
			}
		}
		$weights = self::weights();
		$result  = ( new Matcher() )->match(
			$people['mentees'],
			$people['mentors'],
			array(
				'pins'                     => $pins,
				'forbidden'                => array_map( static fn( $p ) => array( (int) $p[0], (int) $p[1] ), (array) ( $options['forbidden'] ?? array() ) ),
				'allow_no_shared_language' => ! empty( $options['allow_no_shared_language'] ),
				'prefer_coverage'          => ! empty( $options['prefer_coverage'] ),
				'reference_date'           => $cohort['starts_on'] ? $cohort['starts_on'] : gmdate( 'Y-m-d' ),
				'weights'                  => $weights,
			)
		)->to_array();

		$names = array();
		foreach ( array_merge( $people['mentees'], $people['mentors'] ) as $person ) {
			$names[ $person['id'] ] = $person['name'];
		}
		$texts = self::texts();
		foreach ( $result['pairs'] as &$pair ) {
			$pair['mentee_name']  = $names[ $pair['mentee_id'] ] ?? '';
			$pair['mentor_name']  = $names[ $pair['mentor_id'] ] ?? '';
			$pair['existing']     = in_array( array( (int) $pair['mentee_id'], (int) $pair['mentor_id'] ), $current, true );
			$pair['reasons_text'] = self::reasons_text( (array) ( $pair['explanations'] ?? array() ), $texts );
		}
		unset( $pair );
		foreach ( $result['unmatched'] as &$left ) {
			$left['mentee_name'] = $names[ $left['mentee_id'] ] ?? '';
			$left['reason_text'] = $texts[ $left['reason'] ] ?? $left['reason'];
		}
		unset( $left );
		$result['total_score'] = $result['stats']['total_score'] ?? 0;
		return $result;
	}

	/**
	 * The site's matching weights over the defaults (the matcher and reassignment both
	 * score with them).
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, float>
	 */
	public static function weights(): array {
		return array_merge( Weights::DEFAULTS, array_map( 'floatval', (array) Settings::get( 'match_weights' ) ) );
	}

	/**
	 * Applies pairs: each through the seat-claiming assignment, so capacity holds even
	 * when two coordinators apply at once. Existing identical pairs are left alone.
	 *
	 * @param array<string, mixed>             $cohort Cohort.
	 * @param array<int, array<string, mixed>> $pairs  [{mentee_id, mentor_id, track?}].
	 * @return array{applied: int, unchanged: int, failed: array<int, array<string, mixed>>}
	 */
	public static function apply( array $cohort, array $pairs ): array {
		$out = array(
			'applied'   => 0,
			'unchanged' => 0,
			'failed'    => array(),
		);
		foreach ( $pairs as $pair ) {
			$mentee = (int) ( $pair['mentee_id'] ?? 0 );
			$mentor = (int) ( $pair['mentor_id'] ?? 0 );
			$a      = Applications::get( $mentee );
			$m      = Applications::get( $mentor );
			if ( ! $a || ! $m || 'mentee' !== $a['type'] || 'mentor' !== $m['type'] || $a['cohort'] !== (int) $cohort['id'] || $m['cohort'] !== (int) $cohort['id'] ) {
				$out['failed'][] = array(
					'mentee_id' => $mentee,
					'mentor_id' => $mentor,
					'code'      => 'mentorship_not_in_cohort',
					'message'   => __( 'This pair is not made of a mentee and a mentor of this cohort.', 'mentorship-program' ),
				);
				continue;
			}
			if ( Assignments::mentor_of( $mentee ) === $mentor ) {
				++$out['unchanged'];
				continue;
			}
			$result = Assignments::assign( $mentee, $mentor, (string) ( $pair['track'] ?? 'one-to-one' ) );
			if ( is_wp_error( $result ) ) {
				$out['failed'][] = array(
					'mentee_id' => $mentee,
					'mentor_id' => $mentor,
					'code'      => $result->get_error_code(),
					'message'   => $result->get_error_message(),
				);
				continue;
			}
			++$out['applied'];
		}
		return $out;
	}

	/**
	 * The cohort's eligible people in the engine's input shape.
	 *
	 * @param array<string, mixed> $cohort Cohort.
	 * @return array{mentees: array<int, array<string, mixed>>, mentors: array<int, array<string, mixed>>}
	 */
	public static function people( array $cohort ): array {
		$load    = static fn( string $type, array $stages ) => Applications::list(
			array(
				'type'     => $type,
				'stage'    => $stages,
				'cohort'   => (int) $cohort['id'],
				'per_page' => 10000,
				'order'    => 'asc',
			)
		)['items'];
		$person  = static fn( array $a ): array => array(
			'id'           => $a['id'],
			'name'         => (string) $a['fields']['name'],
			'languages'    => (array) $a['fields']['languages'],
			'timezone'     => (string) $a['fields']['timezone'],
			'availability' => (array) $a['fields']['availability'],
			'teams'        => (array) $a['fields']['teams'],
		);
		$mentees = array();
		foreach ( $load( 'mentee', Stages::RUNNING['mentee'] ) as $a ) {
			$mentees[] = $person( $a ) + array(
				'format' => (string) ( $a['fields']['format'] ? $a['fields']['format'] : 'any' ),
				'stage'  => $a['stage'],
			);
		}
		$mentors = array();
		foreach ( $load( 'mentor', Stages::RUNNING['mentor'] ) as $a ) {
			$mentors[] = $person( $a ) + array(
				'formats'  => (array) $a['fields']['formats'],
				'capacity' => max( 0, (int) $a['fields']['capacity'] ),
				'stage'    => $a['stage'],
			);
		}
		return compact( 'mentees', 'mentors' );
	}

	/**
	 * Schema of a pair's explanation keys and their translated sentences.
	 *
	 * @since 0.3.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function explanations_schema(): array {
		$strings = array(
			'type'  => 'array',
			'items' => array( 'type' => 'string' ),
		);
		return array(
			'explanations' => $strings,
			'reasons_text' => $strings,
		);
	}

	/**
	 * Translated sentences for a pair's explanation keys, in their order; a key with no
	 * sentence is left out.
	 *
	 * @since 0.3.0
	 *
	 * @param string[]                   $explanations Explanation keys (see Reasons).
	 * @param array<string, string>|null $texts        The sentences of texts(), when a loop over many pairs has them already.
	 * @return string[]
	 */
	public static function reasons_text( array $explanations, ?array $texts = null ): array {
		$texts = $texts ?? self::texts();
		return array_values( array_filter( array_map( static fn( $k ) => $texts[ $k ] ?? '', $explanations ) ) );
	}

	/**
	 * Translated sentences for the engine's reason keys.
	 *
	 * @return array<string, string>
	 */
	public static function texts(): array {
		return array(
			Reasons::SHARED_LANGUAGE      => __( 'They share a language.', 'mentorship-program' ),
			Reasons::NO_SHARED_LANGUAGE   => __( 'No shared language.', 'mentorship-program' ),
			Reasons::OVERLAP_FULL         => __( 'Plenty of weekly time in common.', 'mentorship-program' ),
			Reasons::OVERLAP_PARTIAL      => __( 'Some weekly time in common.', 'mentorship-program' ),
			Reasons::OVERLAP_NONE         => __( 'No weekly time in common.', 'mentorship-program' ),
			Reasons::AVAILABILITY_UNKNOWN => __( 'Availability not given.', 'mentorship-program' ),
			Reasons::ALL_TEAMS_MATCH      => __( 'The mentor knows every team the mentee is interested in.', 'mentorship-program' ),
			Reasons::SOME_TEAMS_MATCH     => __( 'The mentor knows some of the mentee\'s teams.', 'mentorship-program' ),
			Reasons::NO_TEAM_MATCH        => __( 'No team in common.', 'mentorship-program' ),
			Reasons::NO_TEAM_PREFERENCE   => __( 'The mentee named no team.', 'mentorship-program' ),
			Reasons::FORMAT_OFFERED       => __( 'The mentor offers the preferred format.', 'mentorship-program' ),
			Reasons::FORMAT_ANY           => __( 'Any format suits the mentee.', 'mentorship-program' ),
			Reasons::FORMAT_NOT_OFFERED   => __( 'The mentor does not offer the preferred format.', 'mentorship-program' ),
			Reasons::PINNED               => __( 'Kept as pinned.', 'mentorship-program' ),
			Reasons::NO_MENTORS           => __( 'No eligible mentor has capacity left.', 'mentorship-program' ),
			Reasons::NO_OVERLAP           => __( 'No mentor who shares a language has enough weekly time in common.', 'mentorship-program' ),
			Reasons::FORBIDDEN            => __( 'Every mentor who would fit is in a rejected pair.', 'mentorship-program' ),
			Reasons::NO_POSITIVE_SCORE    => __( 'Every possible pair scores 0 with the current weights.', 'mentorship-program' ),
			Reasons::NO_TEAM_SEATS        => __( 'The seats for this mentee\'s first team went to better pairs.', 'mentorship-program' ),
			Reasons::NO_CAPACITY          => __( 'Fitting mentors are full with pairs that score higher overall.', 'mentorship-program' ),
		);
	}
}
