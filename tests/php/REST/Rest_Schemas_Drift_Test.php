<?php
/**
 * The committed description of the REST API (src/shared/rest-schemas.json), which the
 * TypeScript types are generated from, is what the server describes today.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\REST;

use Mentorship_Program\REST\Contract;
use Mentorship_Program\Tests\TestCase;

/**
 * Drift between the live schemas and the committed file.
 */
final class Rest_Schemas_Drift_Test extends TestCase {

	/**
	 * The committed file.
	 */
	private const FILE = 'src/shared/rest-schemas.json';

	public function test_the_committed_schemas_are_the_live_ones(): void {
		$dump = Contract::dump();
		$this->assertSame( array(), $dump['clashes'], 'Two different schemas share a title; give each its own.' );
		$json = (string) wp_json_encode( $dump, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) . "\n";
		$json = str_replace( '    ', "\t", $json );
		$path = dirname( __DIR__, 3 ) . '/' . self::FILE;
		if ( getenv( 'MENTORSHIP_WRITE_SCHEMAS' ) ) {
			file_put_contents( $path, $json ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents
		}
		$this->assertFileExists( $path, 'Run `npm run generate:types` to write ' . self::FILE . '.' );
		$this->assertSame(
			(string) file_get_contents( $path ), // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
			$json,
			'The REST schemas changed and ' . self::FILE . ' is out of date. Run `npm run generate:types` (it rewrites the file and src/shared/rest-types.ts), check the difference and commit both.'
		);
	}
}
