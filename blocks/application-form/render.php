<?php
/**
 * Server render of the application form block.
 *
 * @package Mentorship_Program
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

$mentorship_role = ( isset( $attributes['role'] ) && 'mentor' === $attributes['role'] ) ? 'mentor' : 'mentee';
?>
<div <?php echo get_block_wrapper_attributes( array( 'class' => 'mentorship-application' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?> data-role="<?php echo esc_attr( $mentorship_role ); ?>">
	<h2 class="mentorship-application__title">
		<?php echo 'mentor' === $mentorship_role ? esc_html__( 'Apply to be a mentor', 'mentorship-program' ) : esc_html__( 'Apply to be a mentee', 'mentorship-program' ); ?>
	</h2>
</div>
