<?php
/**
 * The demo content used by `npm start` and the Playground preview.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Demo;

use Mentorship_Program\Demo\Demo_Content;
use Mentorship_Program\Domain\Applications;
use Mentorship_Program\Domain\Cohorts;
use Mentorship_Program\Notifications\Mailer;
use Mentorship_Program\Tests\TestCase;

/**
 * Seeding creates a working program once, and sends nothing.
 */
final class Demo_Content_Test extends TestCase {

	public function test_seed_creates_pages_an_open_cohort_and_people_once(): void {
		Demo_Content::seed();
		$this->assertNotNull( get_page_by_path( 'join' ) );
		$this->assertNotNull( get_page_by_path( 'my-application' ) );
		$open = Cohorts::current_open();
		$this->assertNotNull( $open );
		$this->assertNotEmpty( Cohorts::sessions( $open, 2 ) );
		$mentors = Applications::list( array( 'type' => 'mentor', 'stage' => array( 'approved' ), 'cohort' => $open['id'] ) );
		$mentees = Applications::list( array( 'type' => 'mentee', 'cohort' => $open['id'] ) );
		$this->assertSame( 4, $mentors['total'] );
		$this->assertSame( 8, $mentees['total'] );
		$assigned = array_filter( $mentees['items'], static fn( $m ) => \Mentorship_Program\Domain\Assignments::mentor_of( $m['id'] ) > 0 );
		$this->assertCount( 2, $assigned );
		$this->assertSame( 0, Mailer::counts()['queued'], 'Demo people get no mail.' );
		$this->assertStringEndsWith( '/my-application/', Mailer::status_url() );

		Demo_Content::seed();
		$this->assertSame( 8, Applications::list( array( 'type' => 'mentee', 'cohort' => $open['id'] ) )['total'], 'A second run adds nothing.' );
	}
}
