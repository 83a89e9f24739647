<?php
/**
 * Legacy time zone names.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Support;

use Mentorship_Program\Applications\Fields;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Support\Time_Zones;
use Mentorship_Program\Security\Form_Token;
use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * Every backward-compatible zone name PHP knows is accepted and stored as a zone the
 * form's select offers, with the same offset; the form prints the map for its script.
 */
final class Time_Zones_Test extends TestCase {

	use Fixtures;

	/**
	 * The time zone select's option values, from the rendered form.
	 *
	 * @return string[]
	 */
	private function offered_by_the_form(): array {
		$this->make_cohort();
		$html = do_blocks( '<!-- wp:mentorship-program/application-form /-->' );
		$this->assertSame( 1, preg_match( '/<select[^>]*name="mentorship\[timezone\]".*?<\/select>/s', $html, $select ) );
		preg_match_all( '/<option value="([^"]*)"/', $select[0], $values );
		return array_values( array_filter( $values[1] ) );
	}

	public function test_known_aliases_map_to_their_canonical_zones(): void {
		$aliases = Time_Zones::aliases();
		foreach ( array(
			'Asia/Calcutta'        => 'Asia/Kolkata',
			'America/Buenos_Aires' => 'America/Argentina/Buenos_Aires',
			'Europe/Kiev'          => 'Europe/Kyiv',
			'Asia/Saigon'          => 'Asia/Ho_Chi_Minh',
			'Asia/Katmandu'        => 'Asia/Kathmandu',
			'Asia/Rangoon'         => 'Asia/Yangon',
			'US/Eastern'           => 'America/New_York',
			'US/Pacific'           => 'America/Los_Angeles',
			'Etc/UTC'              => 'UTC',
		) as $alias => $canonical ) {
			$this->assertSame( $canonical, $aliases[ $alias ] ?? null, $alias );
		}
	}

	public function test_every_legacy_name_is_accepted_and_stored_as_a_zone_the_select_offers(): void {
		$offered = array_flip( $this->offered_by_the_form() );
		$legacy  = array_diff( \DateTimeZone::listIdentifiers( \DateTimeZone::ALL_WITH_BC ), \DateTimeZone::listIdentifiers( \DateTimeZone::ALL ) );
		$this->assertGreaterThan( 100, count( $legacy ) );
		$now     = new \DateTimeImmutable( '2026-01-15 12:00:00 UTC' );
		$checked = 0;
		foreach ( $legacy as $alias ) {
			try {
				$zone = new \DateTimeZone( $alias );
			} catch ( \Exception $e ) {
				continue; // Some systems list data files (leapseconds, tzdata.zi): no zone, nothing to accept.
			}
			++$checked;
			$values = $this->values( 'mentee', array( 'timezone' => $alias ) );
			$this->assertArrayNotHasKey( 'timezone', Fields::validate( 'mentee', $values ), $alias );
			$stored = Fields::sanitize( array( 'timezone' => $alias ) )['timezone'];
			$this->assertArrayHasKey( $stored, $offered, "$alias is stored as $stored, which the form offers" );
			if ( false !== $zone->getTransitions( $now->getTimestamp(), $now->getTimestamp() + DAY_IN_SECONDS ) ) {
				$this->assertSame( $zone->getOffset( $now ), ( new \DateTimeZone( $stored ) )->getOffset( $now ), "$alias and $stored share today's offset" );
			} else {
				// PHP reads CET, EST5EDT as fixed abbreviations; ICU knows their rules.
				$raw = 0;
				$dst = 0;
				\IntlTimeZone::createTimeZone( $alias )->getOffset( $now->getTimestamp() * 1000.0, false, $raw, $dst );
				$this->assertSame( ( $raw + $dst ) / 1000, ( new \DateTimeZone( $stored ) )->getOffset( $now ), "$alias and $stored share today's offset" );
			}
		}
		$this->assertGreaterThan( 100, $checked );
		$this->assertArrayHasKey( 'timezone', Fields::validate( 'mentee', $this->values( 'mentee', array( 'timezone' => 'Mars/Olympus' ) ) ) );
	}

	public function test_an_application_sent_with_a_legacy_name_stores_the_canonical_zone(): void {
		Settings::update( array( 'rate_limit_count' => 1000 ) );
		$this->make_cohort();
		foreach ( array( 'Asia/Calcutta' => 'Asia/Kolkata', 'Europe/Kiev' => 'Europe/Kyiv', 'America/Buenos_Aires' => 'America/Argentina/Buenos_Aires' ) as $alias => $canonical ) {
			$values   = $this->values( 'mentee', array( 'timezone' => $alias ) );
			$response = $this->rest(
				'POST',
				'/mentorship/v1/applications',
				array_merge(
					array(
						'type'  => 'mentee',
						'token' => Form_Token::issue(),
					),
					$values
				)
			);
			$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
			$this->assertSame( $canonical, $this->application_by_email( $values['email'] )['fields']['timezone'] );
		}
	}

	public function test_the_form_gives_its_script_the_map(): void {
		$this->make_cohort();
		$html = do_blocks( '<!-- wp:mentorship-program/application-form /-->' );
		$this->assertSame( 1, preg_match( "/data-wp-context='([^']*)'/", $html, $match ) );
		$context = json_decode( html_entity_decode( $match[1], ENT_QUOTES ), true );
		$this->assertSame( Time_Zones::aliases(), $context['zoneAliases'] );
		$this->assertSame( 'Asia/Kolkata', $context['zoneAliases']['Asia/Calcutta'] );
	}
}
