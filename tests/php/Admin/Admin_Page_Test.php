<?php
/**
 * The admin app's screens are chunks loaded on demand; their translations still reach
 * the page, looked up by each chunk's own file the way WordPress names them.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Admin;

use Mentorship_Program\Admin\Admin_Page;
use Mentorship_Program\Tests\TestCase;

/**
 * Needs the build (npm run build): it reads build/admin/chunks.php.
 */
final class Admin_Page_Test extends TestCase {

	/**
	 * A string that only the Applications screen's chunk holds.
	 */
	private const APPLICATIONS_ONLY = 'Export CSV';

	/**
	 * Translation files written by a test, removed after it.
	 *
	 * @var string[]
	 */
	private array $written = array();

	/**
	 * Globals replaced by a test.
	 *
	 * @var array<string, mixed>
	 */
	private array $saved_globals = array();

	protected function setUp(): void {
		parent::setUp();
		$this->assertFileExists( MENTORSHIP_PROGRAM_DIR . '/build/admin/chunks.php', 'Run npm run build first.' );
		foreach ( array( 'wp_scripts', 'wp_plugin_paths' ) as $name ) {
			$this->saved_globals[ $name ] = $GLOBALS[ $name ] ?? null;
		}
		// The plugin as a site installs it: wp-content/plugins/mentorship-program (the
		// tests load it from the checkout, the way WordPress sees a symlinked plugin).
		$GLOBALS['wp_plugin_paths'][ wp_normalize_path( WP_PLUGIN_DIR . '/mentorship-program' ) ] = wp_normalize_path( MENTORSHIP_PROGRAM_DIR );
		$GLOBALS['wp_scripts'] = new \WP_Scripts();
		wp_set_current_user( $this->create_user( 'administrator' ) );
	}

	protected function tearDown(): void {
		foreach ( $this->written as $file ) {
			if ( is_file( $file ) ) {
				unlink( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions.unlink_unlink
			}
		}
		foreach ( $this->saved_globals as $name => $value ) {
			$GLOBALS[ $name ] = $value;
		}
		remove_all_filters( 'determine_locale' );
		parent::tearDown();
	}

	/**
	 * Writes a Jed JSON translation file named the way WordPress looks it up for a
	 * script of this plugin (as `wp i18n make-json` names it, in the language packs
	 * folder), with one translated string.
	 *
	 * @param string $script      Script path relative to the plugin, e.g. build/admin/applications.js.
	 * @param string $original    String.
	 * @param string $translation Its translation.
	 */
	private function install_translation( string $script, string $original, string $translation ): void {
		$dir = WP_LANG_DIR . '/plugins';
		wp_mkdir_p( $dir );
		$file = $dir . '/mentorship-program-de_DE-' . md5( $script ) . '.json';
		file_put_contents( // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents
			$file,
			(string) wp_json_encode(
				array(
					'translation-revision-date' => '2025-01-01 00:00+0000',
					'generator'                 => 'Admin_Page_Test',
					'source'                    => $script,
					'domain'                    => 'messages',
					'locale_data'               => array(
						'messages' => array(
							''        => array(
								'domain'       => 'messages',
								'lang'         => 'de_DE',
								'plural-forms' => 'nplurals=2; plural=(n != 1);',
							),
							$original => array( $translation ),
						),
					),
				)
			)
		);
		$this->written[] = $file;
	}

	/**
	 * Opens the app's screen: the menu, then the scripts it enqueues.
	 *
	 * @return string The inline scripts printed before the entry script.
	 */
	private function open_app(): string {
		$page = new Admin_Page();
		$page->add_menu();
		$page->enqueue_assets( 'toplevel_page_' . Admin_Page::SLUG );
		$this->assertTrue( wp_script_is( Admin_Page::HANDLE, 'enqueued' ) );
		return implode( "\n", (array) wp_scripts()->get_data( Admin_Page::HANDLE, 'before' ) );
	}

	public function test_the_applications_screen_gets_its_translations_though_it_loads_later(): void {
		$chunks = require MENTORSHIP_PROGRAM_DIR . '/build/admin/chunks.php';
		$this->assertContains( 'applications.js', $chunks['files'] );
		$entry = (string) file_get_contents( MENTORSHIP_PROGRAM_DIR . '/build/admin/index.js' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$this->assertStringNotContainsString( self::APPLICATIONS_ONLY, $entry, 'The string should live only in the chunk.' );

		add_filter( 'determine_locale', static fn() => 'de_DE' );
		$this->install_translation( 'build/admin/applications.js', self::APPLICATIONS_ONLY, 'CSV exportieren' );

		$before = $this->open_app();

		$this->assertStringContainsString( 'wp.i18n.setLocaleData', $before );
		$this->assertStringContainsString( 'CSV exportieren', $before );
		$this->assertStringContainsString( '"mentorship-program"', $before );
		// Registered for the lookup only: the chunk itself still loads on demand.
		$this->assertTrue( wp_script_is( Admin_Page::HANDLE . '-chunk-applications', 'registered' ) );
		$this->assertFalse( wp_script_is( Admin_Page::HANDLE . '-chunk-applications', 'enqueued' ) );
	}

	public function test_a_shared_chunk_is_looked_up_by_its_own_file(): void {
		$chunks = require MENTORSHIP_PROGRAM_DIR . '/build/admin/chunks.php';
		$shared = array_values( array_filter( $chunks['files'], static fn( $f ) => str_contains( $f, '~' ) ) );
		if ( ! $shared ) {
			$this->markTestSkipped( 'This build has no shared chunk.' );
		}
		add_filter( 'determine_locale', static fn() => 'de_DE' );
		$this->install_translation( 'build/admin/' . $shared[0], 'A string of a shared chunk', 'Ein Text eines geteilten Teils' );

		$this->assertStringContainsString( 'Ein Text eines geteilten Teils', $this->open_app() );
	}

	public function test_no_locale_data_is_printed_without_translation_files(): void {
		add_filter( 'determine_locale', static fn() => 'de_DE' );

		$before = $this->open_app();

		$this->assertStringNotContainsString( 'setLocaleData', $before );
		$this->assertStringContainsString( 'window.mentorshipProgramAdmin', $before );
	}
	/**
	 * The preloaded answers printed after the API client, by path.
	 *
	 * @return array<string, mixed>
	 */
	private function preloaded( Admin_Page $page ): array {
		ob_start();
		$page->print_preloaded();
		$printed = (string) ob_get_clean();
		if ( ! preg_match( '/createPreloadingMiddleware\( (.*) \) \);/s', $printed, $found ) ) {
			return array();
		}
		return (array) json_decode( $found[1], true );
	}

	public function test_the_applications_screen_comes_with_the_answers_its_first_view_asks_for(): void {
		$_GET['view'] = 'applications';
		try {
			$page = new Admin_Page();
			$page->add_menu();
			$page->enqueue_assets( 'toplevel_page_' . Admin_Page::SLUG );
		} finally {
			unset( $_GET['view'] );
		}
		$this->assertSame( 20, has_action( 'admin_print_footer_scripts', array( $page, 'print_preloaded' ) ), 'Printed after the scripts.' );
		remove_action( 'admin_print_footer_scripts', array( $page, 'print_preloaded' ), 20 );
		$preloaded = $this->preloaded( $page );
		// The paths exactly as the app asks for them (src/admin/utils/query.ts of the
		// default view), so the API client answers from them instead of the server.
		$this->assertSame(
			array(
				'/mentorship/v1/applications?type=mentee&page=1&per_page=20&orderby=date&order=desc',
				'/mentorship/v1/cohorts',
				'/mentorship/v1/teams',
				'/mentorship/v1/stats/funnel?cohort=0',
			),
			array_keys( $preloaded )
		);
		$list = $preloaded['/mentorship/v1/applications?type=mentee&page=1&per_page=20&orderby=date&order=desc'];
		$this->assertSame( array(), $list['body'] );
		$this->assertSame( '0', (string) $list['headers']['X-WP-Total'] );
	}

	public function test_a_mentor_gets_their_list_without_the_funnel_and_other_screens_get_nothing(): void {
		// Without the right to review, the app opens on the list of one's mentees.
		wp_set_current_user( $this->create_user( 'subscriber' ) );
		$this->assertSame(
			array(
				'/mentorship/v1/applications?type=mentee&page=1&per_page=20&orderby=date&order=desc',
				'/mentorship/v1/cohorts',
				'/mentorship/v1/teams',
			),
			( new Admin_Page() )->first_requests()
		);
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$page = new Admin_Page();
		$this->assertSame( array(), $page->first_requests(), 'A reviewer starts on the dashboard.' );
		$_GET['view'] = 'cohorts';
		$this->assertSame( array(), $page->first_requests() );
		$_GET['view'] = 'applications';
		$_GET['type'] = 'mentor';
		try {
			$this->assertSame( '/mentorship/v1/applications?type=mentor&page=1&per_page=20&orderby=date&order=desc', $page->first_requests()[0] );
		} finally {
			unset( $_GET['view'], $_GET['type'] );
		}
	}
}
