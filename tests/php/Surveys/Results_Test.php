<?php
/**
 * The 2024 cohort's published figures, from its answers, through the service and the
 * report's filters; the small-group rule.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Surveys;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Surveys\Answers;
use Mentorship_Program\Surveys\Demo_Seeder;
use Mentorship_Program\Surveys\Results;
use Mentorship_Program\Reports\Small_Groups;
use Mentorship_Program\Surveys\Surveys;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

final class Results_Test extends TestCase {

	use Fixtures;

	/**
	 * The question of a section by key.
	 *
	 * @param array<string, mixed> $section Section.
	 * @param string               $key     Key.
	 * @return array<string, mixed>
	 */
	private function question( array $section, string $key ): array {
		foreach ( $section['questions'] as $question ) {
			if ( $question['key'] === $key ) {
				return $question;
			}
		}
		$this->fail( "No question $key" );
	}

	public function test_the_2024_cohort_gives_the_published_figures(): void {
		$seeded = Demo_Seeder::outcomes_2024();
		$this->assertIsArray( $seeded );
		$cohort = $seeded['cohort_id'];

		// The cohort's shape: 52 mentees, 28 mentors, 44 graduated.
		$this->assertCount( 52, $seeded['mentees'] );
		$this->assertCount( 28, $seeded['mentors'] );
		$stages = array_count_values( array_map( static fn( int $id ): string => Applications::get( $id )['stage'], $seeded['mentees'] ) );
		$this->assertSame( 44, $stages['graduated'] );
		$this->assertSame( 8, $stages['withdrawn'] );

		foreach ( array( Results::for_cohort( $cohort ), apply_filters( 'mentorship_program_report_surveys', array(), $cohort ) ) as $section ) {
			$this->assertSame( array( 'start' => 74, 'end' => 63 ), $section['respondents'] );
			$familiarity = $this->question( $section, 'familiarity' );
			$this->assertSame( 'rating', $familiarity['kind'] );
			$this->assertSame( 53.65, $familiarity['start'] );
			$this->assertSame( 80.24, $familiarity['end'] );
			$this->assertSame( 26.59, $familiarity['change'] );
			$this->assertSame( 63, $familiarity['respondents'] );
			$this->assertFalse( $familiarity['suppressed'] );
			$confidence = $this->question( $section, 'confidence' );
			$this->assertSame( 57.72, $confidence['start'] );
			$this->assertSame( 82.62, $confidence['end'] );
			$this->assertSame( 24.9, $confidence['change'] );
			$this->assertSame( 88.62, $this->question( $section, 'satisfaction' )['end'] );
			$this->assertSame( 'nps', $this->question( $section, 'recommend' )['kind'] );
			$helped = $this->question( $section, 'helped' );
			$this->assertSame( 'text', $helped['kind'] );
			$this->assertNull( $helped['end'] );
			foreach ( $section['questions'] as $question ) {
				$this->assertSame( array( 'key', 'label', 'kind', 'start', 'end', 'change', 'respondents', 'suppressed' ), array_keys( $question ) );
			}
		}

		// Every survey is closed now, in 2024: nobody can change the figures.
		$end = Surveys::find( $cohort, 'mentee', 'end' );
		$this->assertSame( 'closed', $end['status'] );
		$this->assertSame( '2024-02-29', $end['opens_on'] );
	}

	public function test_each_side_counts_the_same_and_is_its_mean_share_of_the_top_of_the_scale(): void {
		$cohort  = $this->make_cohort( array( 'starts_on' => gmdate( 'Y-m-d', time() - 3 * DAY_IN_SECONDS ) ) );
		$start_e = Surveys::find( $cohort['id'], 'mentee', 'start' );
		$start_r = Surveys::find( $cohort['id'], 'mentor', 'start' );
		$this->assertSame( 'open', $start_e['status'] );
		// Ten mentees answer 2 (40%), five mentors answer 5 (100%): 70%, not 60%.
		for ( $i = 0; $i < 10; $i++ ) {
			$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
			$this->assertIsArray( Answers::save( $start_e['id'], $mentee['id'], array( 'familiarity' => 2, 'confidence' => 1, 'satisfaction' => 3 ) ) );
		}
		for ( $i = 0; $i < 5; $i++ ) {
			$mentor = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ) );
			$this->assertIsArray( Answers::save( $start_r['id'], $mentor['id'], array( 'familiarity' => 5, 'confidence' => 5, 'satisfaction' => 5 ) ) );
		}
		$figure = Results::figure( $cohort['id'], 'start', 'familiarity' );
		$this->assertSame( 70.0, $figure['figure'] );
		$this->assertSame( 15, $figure['respondents'] );
		$this->assertFalse( $figure['hidden'] );
	}

	public function test_groups_of_fewer_than_five_are_hidden_everywhere(): void {
		$this->assertTrue( Small_Groups::hides( 4 ) );
		$this->assertFalse( Small_Groups::hides( 5 ) );
		$cohort = $this->make_cohort( array( 'starts_on' => gmdate( 'Y-m-d', time() - 3 * DAY_IN_SECONDS ) ) );
		$survey = Surveys::find( $cohort['id'], 'mentee', 'start' );
		$mentor = Surveys::find( $cohort['id'], 'mentor', 'start' );
		for ( $i = 0; $i < 4; $i++ ) {
			$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
			Answers::save( $survey['id'], $mentee['id'], array( 'familiarity' => 4, 'confidence' => 4, 'satisfaction' => 4 ) );
		}
		// Four mentee answers: nothing about them shows, in the report or the survey's own results.
		$familiarity = $this->question( Results::for_cohort( $cohort['id'] ), 'familiarity' );
		$this->assertNull( $familiarity['start'] );
		$this->assertTrue( $familiarity['suppressed'] );
		$own = Results::for_survey( Surveys::get( $survey['id'] ) );
		$this->assertTrue( $own['questions'][0]['suppressed'] );
		$this->assertNull( $own['questions'][0]['figure'] );
		$this->assertNull( $own['questions'][0]['distribution'] );

		// Five mentors answer: their side shows; the four mentees stay out of the figure.
		for ( $i = 0; $i < 5; $i++ ) {
			$person = $this->make_application( 'mentor', $cohort['id'], array( 'in_review', 'approved' ) );
			Answers::save( $mentor['id'], $person['id'], array( 'familiarity' => 5, 'confidence' => 5, 'satisfaction' => 5 ) );
		}
		$familiarity = $this->question( Results::for_cohort( $cohort['id'] ), 'familiarity' );
		$this->assertSame( 100.0, $familiarity['start'] );
		$this->assertSame( 5, Results::figure( $cohort['id'], 'start', 'familiarity' )['respondents'] );
		$this->assertTrue( $familiarity['suppressed'], 'A hidden side is reported as suppressed.' );

		// The fifth mentee: both sides show.
		$mentee = $this->make_application( 'mentee', $cohort['id'], array( 'in_review', 'accepted' ) );
		Answers::save( $survey['id'], $mentee['id'], array( 'familiarity' => 4, 'confidence' => 4, 'satisfaction' => 4 ) );
		$familiarity = $this->question( Results::for_cohort( $cohort['id'] ), 'familiarity' );
		$this->assertSame( 90.0, $familiarity['start'] );
		$this->assertFalse( Results::figure( $cohort['id'], 'start', 'familiarity' )['hidden'] );
		// Nobody answered the end survey yet: that figure is hidden, so the question says so.
		$this->assertNull( $familiarity['end'] );
		$this->assertTrue( $familiarity['suppressed'] );
		$own = Results::for_survey( Surveys::get( $survey['id'] ) );
		$this->assertSame( array( '4' => 5 ), $own['questions'][0]['distribution'] );
	}
}
