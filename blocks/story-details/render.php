<?php
/**
 * Server render of the story details card: contributor, WordPress.org profile, role,
 * teams, cohort, languages and location. Nothing else about the person is shown.
 *
 * @package Mentorship_Program
 *
 * @var array<string, mixed> $attributes Block attributes.
 * @var WP_Block             $block      Block instance.
 */

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Stories\Story_Post_Type;
use Mentorship_Program\Teams\Taxonomies;

$mentorship_post_id = isset( $block->context['postId'] ) ? (int) $block->context['postId'] : (int) get_the_ID();
if ( ! $mentorship_post_id || Story_Post_Type::POST_TYPE !== get_post_type( $mentorship_post_id ) ) {
	return;
}

$mentorship_name     = (string) get_post_meta( $mentorship_post_id, 'contributor_name', true );
$mentorship_username = Story_Post_Type::sanitize_username( get_post_meta( $mentorship_post_id, 'wporg_username', true ) );
$mentorship_role     = Story_Post_Type::sanitize_role( get_post_meta( $mentorship_post_id, 'program_role', true ) );
$mentorship_location = (string) get_post_meta( $mentorship_post_id, 'location', true );
$mentorship_langs    = Story_Post_Type::sanitize_languages( get_post_meta( $mentorship_post_id, 'languages', true ) );
$mentorship_teams    = get_the_terms( $mentorship_post_id, Taxonomies::TEAM );
$mentorship_cohorts  = get_the_terms( $mentorship_post_id, Taxonomies::COHORT );
$mentorship_archive  = get_post_type_archive_link( Story_Post_Type::POST_TYPE );
$mentorship_roles    = array(
	'mentee' => __( 'Mentee', 'mentorship-program' ),
	'mentor' => __( 'Mentor', 'mentorship-program' ),
	'other'  => __( 'Contributor', 'mentorship-program' ),
);

/*
 * Links to the stories archive filtered by a term, so readers find similar journeys.
 */
$mentorship_term_links = static function ( $terms, string $param ) use ( $mentorship_archive ): string {
	if ( ! is_array( $terms ) || ! $terms ) {
		return '';
	}
	$links = array();
	foreach ( $terms as $term ) {
		$url     = $mentorship_archive ? add_query_arg( $param, $term->slug, $mentorship_archive ) : '';
		$links[] = $url
			? '<a href="' . esc_url( $url ) . '">' . esc_html( $term->name ) . '</a>'
			: esc_html( $term->name );
	}
	return implode( ', ', $links );
};

$mentorship_language_names = array();
foreach ( $mentorship_langs as $mentorship_code ) {
	$mentorship_label = class_exists( 'Locale' ) ? (string) Locale::getDisplayLanguage( str_replace( '-', '_', $mentorship_code ), determine_locale() ) : '';
	// Locale answers with the code itself when it does not know the language.
	$mentorship_language_names[] = '' !== $mentorship_label && strtolower( $mentorship_label ) !== strtolower( $mentorship_code ) ? $mentorship_label : $mentorship_code;
}

$mentorship_rows = array();
if ( '' !== $mentorship_username ) {
	$mentorship_rows[] = array(
		__( 'WordPress.org', 'mentorship-program' ),
		sprintf(
			'<a href="%1$s">@%2$s</a>',
			esc_url( 'https://profiles.wordpress.org/' . rawurlencode( $mentorship_username ) . '/' ),
			esc_html( $mentorship_username )
		),
	);
}
$mentorship_rows[]    = array( __( 'Role', 'mentorship-program' ), esc_html( $mentorship_roles[ $mentorship_role ] ) );
$mentorship_team_html = $mentorship_term_links( $mentorship_teams, 'story_team' );
if ( '' !== $mentorship_team_html ) {
	$mentorship_rows[] = array( is_array( $mentorship_teams ) && count( $mentorship_teams ) > 1 ? __( 'Teams', 'mentorship-program' ) : __( 'Team', 'mentorship-program' ), $mentorship_team_html );
}
$mentorship_cohort_html = $mentorship_term_links( $mentorship_cohorts, 'story_cohort' );
if ( '' !== $mentorship_cohort_html ) {
	$mentorship_rows[] = array( __( 'Cohort', 'mentorship-program' ), $mentorship_cohort_html );
}
if ( $mentorship_language_names ) {
	$mentorship_rows[] = array( __( 'Languages', 'mentorship-program' ), esc_html( implode( ', ', $mentorship_language_names ) ) );
}
if ( '' !== $mentorship_location ) {
	$mentorship_rows[] = array( __( 'Location', 'mentorship-program' ), esc_html( $mentorship_location ) );
}

$mentorship_wrapper = get_block_wrapper_attributes(
	array(
		'class'      => 'mentorship-story-details',
		'aria-label' => __( 'About the contributor', 'mentorship-program' ),
	)
);
?>
<aside <?php echo $mentorship_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?>>
	<?php if ( '' !== $mentorship_name ) : ?>
		<p class="mentorship-story-details-name"><?php echo esc_html( $mentorship_name ); ?></p>
	<?php endif; ?>
	<dl class="mentorship-story-details-list">
		<?php foreach ( $mentorship_rows as list( $mentorship_term, $mentorship_value ) ) : ?>
			<div class="mentorship-story-details-row">
				<dt><?php echo esc_html( $mentorship_term ); ?></dt>
				<dd><?php echo $mentorship_value; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every part escaped above. ?></dd>
			</div>
		<?php endforeach; ?>
	</dl>
</aside>
