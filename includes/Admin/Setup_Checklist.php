<?php
/**
 * First run: what a new site still needs before people can apply.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Admin;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Blocks\Form_Page;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Teams\Taxonomies;

/**
 * The steps of setting up a program, each done or not, read from the site itself, with
 * the screen where it is done.
 *
 * @since 0.2.0
 */
final class Setup_Checklist {

	/**
	 * The steps, in order.
	 *
	 * @return array<int, array{key: string, label: string, done: bool, url: string, action: string}>
	 */
	public static function items(): array {
		$app       = admin_url( 'admin.php?page=' . Admin_Page::SLUG );
		$form_page = Form_Page::id();
		$cohorts   = (int) wp_count_terms(
			array(
				'taxonomy'   => Taxonomies::COHORT,
				'hide_empty' => false,
			)
		);
		return array(
			array(
				'key'    => 'teams',
				'label'  => __( 'Contributor teams are set up', 'mentorship-program' ),
				'done'   => array() !== Taxonomies::team_slugs(),
				'url'    => $app . '&view=settings&tab=teams',
				'action' => __( 'Edit the teams', 'mentorship-program' ),
			),
			array(
				'key'    => 'cohort',
				'label'  => __( 'A cohort exists', 'mentorship-program' ),
				'done'   => $cohorts > 0,
				'url'    => $app . '&view=cohorts',
				'action' => __( 'Add a cohort', 'mentorship-program' ),
			),
			array(
				'key'    => 'form',
				'label'  => __( 'The application form block is on a published page', 'mentorship-program' ),
				'done'   => $form_page > 0,
				'url'    => $form_page ? (string) ( get_edit_post_link( $form_page, 'raw' ) ?? get_permalink( $form_page ) ) : admin_url( 'post-new.php?post_type=page' ),
				'action' => $form_page ? __( 'Edit the page', 'mentorship-program' ) : __( 'Add a page with the form', 'mentorship-program' ),
			),
			array(
				'key'    => 'consent',
				'label'  => __( 'The code of conduct and privacy notice are linked', 'mentorship-program' ),
				'done'   => '' !== (string) Settings::get( 'code_of_conduct_url' ) && '' !== (string) Settings::get( 'privacy_notice_url' ),
				'url'    => $app . '&view=settings&tab=form',
				'action' => __( 'Set the links', 'mentorship-program' ),
			),
		);
	}

	/**
	 * Whether the program has no applications yet (of any type, in any stage).
	 *
	 * @return bool
	 */
	public static function program_is_empty(): bool {
		foreach ( array( Post_Types::MENTEE, Post_Types::MENTOR ) as $post_type ) {
			if ( array_sum( array_map( 'intval', (array) wp_count_posts( $post_type ) ) ) > 0 ) {
				return false;
			}
		}
		return true;
	}

	/**
	 * What the dashboard shows: the steps while the program is empty, else nothing.
	 *
	 * @return array{show: bool, items: array<int, array<string, mixed>>}
	 */
	public static function for_dashboard(): array {
		$show = current_user_can( 'mentorship_manage_settings' ) && self::program_is_empty();
		return array(
			'show'  => $show,
			'items' => $show ? self::items() : array(),
		);
	}
}
