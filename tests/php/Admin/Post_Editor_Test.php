<?php
/**
 * WordPress's post editor refuses applications with a 403, not a 500.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Admin;

use Mentorship_Program\Tests\Fixtures;
use Mentorship_Program\Tests\TestCase;

/**
 * wp-admin/post.php?post=<application>&action=edit, as core runs it: the load-post.php
 * action fires before the editor's own checks, whose wp_die() answers 500.
 */
final class Post_Editor_Test extends TestCase {

	use Fixtures;

	/**
	 * Runs load-post.php for a post and returns how wp_die() was called, or null.
	 *
	 * @param int $post_id Post.
	 * @return array<string, mixed>|null
	 */
	private function open_in_editor( int $post_id ): ?array {
		$_GET['post']   = (string) $post_id;
		$_GET['action'] = 'edit';
		$died           = null;
		$handler        = static function () {
			return static function ( $message, $title, $args ) {
				throw new \RuntimeException( (string) wp_json_encode( array( 'message' => $message, 'args' => $args ) ) );
			};
		};
		add_filter( 'wp_die_handler', $handler );
		try {
			do_action( 'load-post.php' ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's hook.
		} catch ( \RuntimeException $e ) {
			$died = json_decode( $e->getMessage(), true );
		} finally {
			remove_filter( 'wp_die_handler', $handler );
		}
		return $died;
	}

	public function test_a_subscriber_opening_an_application_in_the_editor_gets_403(): void {
		$cohort = $this->make_cohort();
		$app    = $this->make_application( 'mentee', $cohort['id'] );
		wp_set_current_user( $this->create_user( 'subscriber' ) );
		$died = $this->open_in_editor( $app['id'] );
		$this->assertNotNull( $died, 'The editor is refused before core answers 500.' );
		$this->assertSame( 403, $died['args']['response'] );

		$post = wp_insert_post( array( 'post_title' => 'A normal post', 'post_status' => 'publish' ) );
		$this->assertNull( $this->open_in_editor( (int) $post ), 'Other posts are left to core.' );
	}
}
