<?php
/**
 * Server render of the journey timeline: the story's milestones, oldest first, as an
 * ordered list with machine-readable dates.
 *
 * @package Mentorship_Program
 *
 * @var array<string, mixed> $attributes Block attributes.
 * @var WP_Block             $block      Block instance.
 */

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Stories\Story_Post_Type;

$mentorship_post_id = isset( $block->context['postId'] ) ? (int) $block->context['postId'] : (int) get_the_ID();
if ( ! $mentorship_post_id || Story_Post_Type::POST_TYPE !== get_post_type( $mentorship_post_id ) ) {
	return;
}
// Sanitised again on the way out: stored values may predate today's rules.
$mentorship_milestones = Story_Post_Type::sanitize_milestones( get_post_meta( $mentorship_post_id, 'milestones', true ) );
if ( ! $mentorship_milestones ) {
	return;
}

$mentorship_kinds   = array(
	'first_contribution' => __( 'First contribution', 'mentorship-program' ),
	'joined_cohort'      => __( 'Joined a cohort', 'mentorship-program' ),
	'graduated'          => __( 'Graduated', 'mentorship-program' ),
	'joined_team'        => __( 'Joined a team', 'mentorship-program' ),
	'first_release'      => __( 'First release', 'mentorship-program' ),
	'other'              => __( 'Milestone', 'mentorship-program' ),
);
$mentorship_heading = isset( $attributes['heading'] ) && is_string( $attributes['heading'] ) ? trim( wp_strip_all_tags( html_entity_decode( $attributes['heading'], ENT_QUOTES, 'UTF-8' ) ) ) : '';
if ( '' === $mentorship_heading ) {
	$mentorship_heading = __( 'My journey', 'mentorship-program' );
}
$mentorship_heading_id = wp_unique_id( 'mentorship-timeline-' );
$mentorship_wrapper    = get_block_wrapper_attributes(
	array(
		'class'           => 'mentorship-timeline',
		'aria-labelledby' => $mentorship_heading_id,
	)
);
?>
<section <?php echo $mentorship_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?>>
	<h2 class="mentorship-timeline-heading" id="<?php echo esc_attr( $mentorship_heading_id ); ?>"><?php echo esc_html( $mentorship_heading ); ?></h2>
	<ol class="mentorship-timeline-list">
		<?php foreach ( $mentorship_milestones as $mentorship_milestone ) : ?>
			<li class="mentorship-timeline-item is-kind-<?php echo esc_attr( str_replace( '_', '-', $mentorship_milestone['kind'] ) ); ?>">
				<time class="mentorship-timeline-date" datetime="<?php echo esc_attr( $mentorship_milestone['date'] ); ?>"><?php echo esc_html( wp_date( (string) get_option( 'date_format' ), (int) strtotime( $mentorship_milestone['date'] . ' 12:00:00 UTC' ), new DateTimeZone( 'UTC' ) ) ); ?></time>
				<span class="mentorship-timeline-kind"><?php echo esc_html( $mentorship_kinds[ $mentorship_milestone['kind'] ] ?? $mentorship_kinds['other'] ); ?><span class="screen-reader-text">:</span></span>
				<span class="mentorship-timeline-label"><?php echo esc_html( $mentorship_milestone['label'] ); ?></span>
			</li>
		<?php endforeach; ?>
	</ol>
</section>
