<?php
/**
 * The Mentorship admin page that mounts the coordinators' React app.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Admin;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Post_Types;

/**
 * Adds the top-level "Mentorship" menu and loads the app only on its own screen.
 *
 * @since 0.1.0
 */
final class Admin_Page {

	/**
	 * Menu slug, also the page query argument.
	 */
	public const SLUG = 'mentorship-program';

	/**
	 * Capability needed to see the menu.
	 */
	public const CAPABILITY = 'mentorship_view_app';

	/**
	 * Handle of the app's entry script.
	 */
	public const HANDLE = 'mentorship-program-admin';

	/**
	 * Hook suffix returned by add_menu_page().
	 *
	 * @var string
	 */
	private string $hook_suffix = '';

	/**
	 * REST paths answered with the page (see first_requests()).
	 *
	 * @var string[]
	 */
	private array $preloads = array();

	/**
	 * Adds hooks.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_action( 'admin_menu', array( $this, 'add_menu' ) );
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue_assets' ) );
		add_action( 'load-post.php', array( $this, 'keep_applications_out_of_the_post_editor' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( MENTORSHIP_PROGRAM_FILE ), array( $this, 'action_links' ) );
	}

	/**
	 * Applications have no screen in WordPress's post editor (their post types have no
	 * UI), where core would answer every visitor with a 500 error page. Reviewers are
	 * sent to the application in the app; everyone else is refused with a 403.
	 *
	 * @since 0.1.0
	 */
	public function keep_applications_out_of_the_post_editor(): void {
		// phpcs:disable WordPress.Security.NonceVerification -- only reads which post is asked for, to refuse or redirect.
		$post_id = isset( $_GET['post'] ) ? absint( wp_unslash( $_GET['post'] ) ) : ( isset( $_POST['post_ID'] ) ? absint( wp_unslash( $_POST['post_ID'] ) ) : 0 );
		// phpcs:enable WordPress.Security.NonceVerification
		if ( ! $post_id || '' === Post_Types::type_of( (string) get_post_type( $post_id ) ) ) {
			return;
		}
		if ( current_user_can( 'mentorship_review' ) ) {
			wp_safe_redirect(
				add_query_arg(
					array(
						'page' => self::SLUG,
						'view' => 'applications',
						'id'   => $post_id,
					),
					admin_url( 'admin.php' )
				)
			);
			exit;
		}
		wp_die(
			esc_html__( 'Sorry, you are not allowed to edit this item.', 'mentorship-program' ),
			esc_html__( 'Not allowed', 'mentorship-program' ),
			array(
				'response'  => 403,
				'back_link' => true,
			)
		);
	}

	/**
	 * Adds "Get started" to the plugin's row on the Plugins screen, for those who may
	 * open the app.
	 *
	 * @since 0.2.0
	 *
	 * @param array<int|string, string> $links Links.
	 * @return array<int|string, string>
	 */
	public function action_links( $links ): array {
		$links = (array) $links;
		if ( ! current_user_can( self::CAPABILITY ) ) {
			return $links;
		}
		return array_merge(
			array(
				'get-started' => sprintf(
					'<a href="%1$s">%2$s</a>',
					esc_url( admin_url( 'admin.php?page=' . self::SLUG ) ),
					esc_html__( 'Get started', 'mentorship-program' )
				),
			),
			$links
		);
	}

	/**
	 * Adds the menu page.
	 *
	 * @since 0.1.0
	 */
	public function add_menu(): void {
		$this->hook_suffix = (string) add_menu_page(
			__( 'Mentorship', 'mentorship-program' ),
			__( 'Mentorship', 'mentorship-program' ),
			self::CAPABILITY,
			self::SLUG,
			array( $this, 'render' ),
			'dashicons-groups',
			26
		);
	}

	/**
	 * Prints the root element the app mounts into, with a message for when scripts fail.
	 *
	 * @since 0.1.0
	 */
	public function render(): void {
		printf(
			'<div class="wrap"><div id="mentorship-program-admin" class="mentorship-program-admin"><p class="mentorship-program-admin__loading">%s</p></div><noscript><p>%s</p></noscript></div>',
			esc_html__( 'Loading the mentorship app…', 'mentorship-program' ),
			esc_html__( 'The mentorship app needs JavaScript. Please enable it in your browser.', 'mentorship-program' )
		);
	}

	/**
	 * Loads the app's script and styles on its own screen only.
	 *
	 * @since 0.1.0
	 *
	 * @param string $hook_suffix Current admin screen.
	 */
	public function enqueue_assets( string $hook_suffix ): void {
		if ( '' === $this->hook_suffix || $hook_suffix !== $this->hook_suffix ) {
			return;
		}
		$asset_file = MENTORSHIP_PROGRAM_DIR . '/build/admin/index.asset.php';
		if ( ! is_readable( $asset_file ) ) {
			return;
		}
		$asset = require $asset_file;
		$url   = plugins_url( 'build/admin/', MENTORSHIP_PROGRAM_FILE );
		wp_enqueue_script( self::HANDLE, $url . 'index.js', $asset['dependencies'], $asset['version'], true );
		wp_set_script_translations( self::HANDLE, 'mentorship-program', MENTORSHIP_PROGRAM_DIR . '/languages' );
		$this->add_chunk_translations( $url, (string) $asset['version'] );
		wp_add_inline_script(
			self::HANDLE,
			'window.mentorshipProgramAdmin = ' . wp_json_encode( $this->boot_data() ) . ';',
			'before'
		);
		$this->preloads = $this->first_requests();
		if ( $this->preloads ) {
			// After the page's own scripts (printed at priority 10), see print_preloaded().
			add_action( 'admin_print_footer_scripts', array( $this, 'print_preloaded' ), 20 );
		}
		wp_enqueue_style( 'wp-components' );
		if ( is_readable( MENTORSHIP_PROGRAM_DIR . '/build/admin/index.css' ) ) {
			wp_enqueue_style( 'mentorship-program-admin', $url . 'index.css', array( 'wp-components' ), $asset['version'] );
			wp_style_add_data( 'mentorship-program-admin', 'rtl', 'replace' );
		}
	}

	/**
	 * The REST requests the opened screen makes for its first view, exactly as the app
	 * asks for them (same path and query), so the preloaded answers are the ones it uses.
	 *
	 * Only the Applications screen for now: its table, the cohorts and teams its columns
	 * and filters name, and (for reviewers) the funnel its language filter lists. The
	 * view is the app's default one (src/admin/routes/Applications.tsx defaultView());
	 * a user whose saved view differs asks the server as usual.
	 *
	 * @since 0.2.0
	 *
	 * @return string[] Paths below the REST root, with their query.
	 */
	public function first_requests(): array {
		// phpcs:disable WordPress.Security.NonceVerification -- only reads which screen is opened, as the app does.
		$view = isset( $_GET['view'] ) ? sanitize_key( wp_unslash( $_GET['view'] ) ) : '';
		$type = isset( $_GET['type'] ) ? sanitize_key( wp_unslash( $_GET['type'] ) ) : '';
		// phpcs:enable WordPress.Security.NonceVerification
		$review = current_user_can( 'mentorship_review' );
		// Without a view, reviewers start on the dashboard and mentors on their mentees.
		if ( 'applications' !== $view && ( '' !== $view || $review ) ) {
			return array();
		}
		$query = array(
			'type'     => $review && 'mentor' === $type ? 'mentor' : 'mentee',
			'page'     => 1,
			'per_page' => 20,
			'orderby'  => 'date',
			'order'    => 'desc',
		);
		$paths = array(
			'/mentorship/v1/applications?' . build_query( $query ),
			'/mentorship/v1/cohorts',
			'/mentorship/v1/teams',
		);
		if ( $review ) {
			$paths[] = '/mentorship/v1/stats/funnel?cohort=0';
		}
		return $paths;
	}

	/**
	 * Answers the first view's REST requests while the page is built and hands the
	 * answers to the app's API client, the way the block editor preloads its own: the
	 * screen then renders without one round trip per request after its scripts have
	 * run. A request that fails is left out, so the app asks for it and shows the error.
	 *
	 * Printed last, after the page's scripts: the app asks for nothing before the
	 * document has loaded, and the browser fetches and runs those scripts while the
	 * server answers, once what the page has written so far is sent (only when nothing
	 * but PHP's own output buffer holds it, so no other code's buffer is flushed early).
	 *
	 * @since 0.2.0
	 */
	public function print_preloaded(): void {
		if ( ! $this->preloads ) {
			return;
		}
		$level = ob_get_level();
		if ( 0 === $level || ( 1 === $level && 'default output handler' === ( ob_get_status()['name'] ?? '' ) ) ) {
			if ( $level ) {
				ob_flush();
			}
			flush();
		}
		$data = array_reduce( $this->preloads, 'rest_preload_api_request', array() );
		if ( $data ) {
			wp_print_inline_script_tag( sprintf( 'wp.apiFetch.use( wp.apiFetch.createPreloadingMiddleware( %s ) );', wp_json_encode( $data ) ) );
		}
	}

	/**
	 * Gives the entry script the translations of every chunk it may load later.
	 *
	 * Each screen is a chunk the entry loads on demand (build/admin/chunks.php lists
	 * them); WordPress looks up script translations per script file, by the file's
	 * path (languages/mentorship-program-{locale}-{md5 of "build/admin/<file>"}.json),
	 * and only prints them for enqueued scripts. So each chunk is registered (never
	 * enqueued) under its own handle, so core's lookup, with its filters and the
	 * language packs folder, finds its file; what it finds is added to the locale
	 * data before the entry runs, the way core prints an enqueued script's.
	 *
	 * @since 0.1.0
	 *
	 * @param string $url     URL of the build/admin/ folder.
	 * @param string $version Version of the build, for the registered sources.
	 */
	private function add_chunk_translations( string $url, string $version ): void {
		$chunks_file = MENTORSHIP_PROGRAM_DIR . '/build/admin/chunks.php';
		if ( ! is_readable( $chunks_file ) ) {
			return;
		}
		$chunks = require $chunks_file;
		$files  = is_array( $chunks ) && isset( $chunks['files'] ) ? (array) $chunks['files'] : array();
		foreach ( $files as $file ) {
			$file = (string) $file;
			if ( ! preg_match( '/^[\w~.-]+\.js$/', $file ) ) {
				continue;
			}
			$handle = self::HANDLE . '-chunk-' . sanitize_key( str_replace( '~', '-', basename( $file, '.js' ) ) );
			wp_register_script( $handle, $url . $file, array(), $version, true );
			$json = load_script_textdomain( $handle, 'mentorship-program', MENTORSHIP_PROGRAM_DIR . '/languages' );
			if ( ! is_string( $json ) || '' === $json ) {
				continue;
			}
			wp_add_inline_script(
				self::HANDLE,
				sprintf(
					'( function( domain, translations ) { var localeData = translations.locale_data[ domain ] || translations.locale_data.messages; localeData[""].domain = domain; wp.i18n.setLocaleData( localeData, domain ); } )( "mentorship-program", %s );',
					$json
				),
				'before'
			);
		}
	}

	/**
	 * What the app needs to know at start: where it lives and what the user may do.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	private function boot_data(): array {
		return array(
			'basePath'     => 'admin.php?page=' . self::SLUG,
			'restNonce'    => wp_create_nonce( 'wp_rest' ),
			'restRoot'     => esc_url_raw( rest_url() ),
			'userId'       => get_current_user_id(),
			// First run: the steps left, computed from the site (see Setup_Checklist).
			'setup'        => Setup_Checklist::for_dashboard(),
			// Language names for the codes applications store (pt-br: Portuguese (Brazil)).
			'languages'    => (object) array_change_key_case( \Mentorship_Program\Applications\Fields::languages(), CASE_LOWER ),
			// Stages, their labels and legal moves, fields, e-mail placeholders: the
			// server's rules, so the app keeps no copy of its own.
			'rules'        => \Mentorship_Program\Applications\Program_Rules::for_client(),
			'capabilities' => array(
				'review'   => current_user_can( 'mentorship_review' ),
				'manage'   => current_user_can( 'mentorship_manage_cohorts' ),
				'settings' => current_user_can( 'mentorship_manage_settings' ),
			),
		);
	}
}
