<?php
/**
 * Server render of the story form: graduates (and mentors who completed a cohort)
 * share their journey for review. Without JavaScript the form posts to this page
 * (includes/Stories/Story_Form_Handler.php); the view script sends it with fetch.
 *
 * @package Mentorship_Program
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Blocks\Status_Link_Handler;
use Mentorship_Program\Stories\Story_Form_Handler;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Stories\Stories;

$mentorship_id      = wp_unique_id( 'mentorship-share-' );
$mentorship_intro   = isset( $attributes['intro'] ) && is_string( $attributes['intro'] ) && '' !== trim( $attributes['intro'] )
	? $attributes['intro']
	: __( 'You made it through the mentorship program. Tell future contributors how: how you started, what helped you, and what you would tell a newcomer. An editor reviews every story with you before it is published.', 'mentorship-program' );
$mentorship_result  = Story_Form_Handler::result();
$mentorship_done    = $mentorship_result && $mentorship_result['ok'];
$mentorship_wrapper = get_block_wrapper_attributes(
	array(
		'class' => 'mentorship-share',
		'id'    => $mentorship_id,
	)
);
$mentorship_title   = __( 'Share your story', 'mentorship-program' );

$mentorship_simple = static function ( string $message, string $link = '', string $link_text = '' ) use ( $mentorship_wrapper, $mentorship_title ): void {
	?>
	<div <?php echo $mentorship_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?>>
		<h2 class="mentorship-share-title"><?php echo esc_html( $mentorship_title ); ?></h2>
		<p><?php echo esc_html( $message ); ?></p>
		<?php if ( '' !== $link ) : ?>
			<p><a href="<?php echo esc_url( $link ); ?>"><?php echo esc_html( $link_text ); ?></a></p>
		<?php endif; ?>
	</div>
	<?php
};

// A graduate without an account holds the private link from their e-mail instead.
$mentorship_link = is_user_logged_in() ? null : Status_Link_Handler::current();
if ( $mentorship_link && 'mail' !== $mentorship_link['kind'] ) {
	$mentorship_link = null;
}
if ( ! is_user_logged_in() && ! $mentorship_link ) {
	$mentorship_here = is_singular() ? (string) get_permalink() : home_url( '/' );
	if ( isset( $_GET['application'] ) && is_string( $_GET['application'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- kept in the link back only.
		$mentorship_here = add_query_arg( 'application', absint( $_GET['application'] ), $mentorship_here ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- as above.
	}
	$mentorship_simple(
		__( 'Log in with the account you applied with to share the story of your mentorship.', 'mentorship-program' ),
		wp_login_url( $mentorship_here ),
		__( 'Log in to share your story', 'mentorship-program' )
	);
	return;
}

$mentorship_archive = get_post_type_archive_link( 'mentorship_story' );
if ( $mentorship_done ) {
	$mentorship_simple( (string) $mentorship_result['message'], $mentorship_archive ? $mentorship_archive : '', __( 'Read other contributor stories', 'mentorship-program' ) );
	return;
}

$mentorship_shareable = $mentorship_link
	? Stories::shareable_for_link( (int) $mentorship_link['application']['id'] )
	: Stories::shareable_for_user( get_current_user_id() );
$mentorship_open      = array_values( array_filter( $mentorship_shareable, static fn( array $item ): bool => 0 === $item['story_id'] ) );
if ( ! $mentorship_shareable ) {
	$mentorship_simple( __( 'Stories are shared once your mentorship is complete: after you graduate as a mentee, or complete a cohort as a mentor. We will invite you when the time comes.', 'mentorship-program' ) );
	return;
}
if ( ! $mentorship_open ) {
	$mentorship_simple( __( 'Thank you: you have shared your story already. The editors will be in touch before it is published.', 'mentorship-program' ), $mentorship_archive ? $mentorship_archive : '', __( 'Read other contributor stories', 'mentorship-program' ) );
	return;
}

// Values shown in the fields: what was posted (after an error), else the invitation's application.
$mentorship_values = array(
	'application_id' => '',
	'title'          => '',
	'story'          => '',
	'consent'        => false,
);
if ( $mentorship_result ) {
	$mentorship_values = array_merge( $mentorship_values, (array) $mentorship_result['values'] );
} elseif ( isset( $_GET['application'] ) && is_string( $_GET['application'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- preselects a choice only.
	$mentorship_values['application_id'] = (string) absint( $_GET['application'] ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- as above.
}
$mentorship_errors  = $mentorship_result ? (array) $mentorship_result['errors'] : array();
$mentorship_fields  = array( 'application_id', 'title', 'story', 'consent' );
$mentorship_general = '';
if ( $mentorship_result && ! $mentorship_result['ok'] ) {
	$mentorship_general = array_intersect_key( $mentorship_errors, array_flip( $mentorship_fields ) )
		? __( 'Please correct the fields marked below.', 'mentorship-program' )
		: (string) $mentorship_result['message'];
}

$mentorship_context = array(
	// A link's holder has no session the REST API knows: their form posts to the page.
	'restUrl'   => $mentorship_link ? '' : rest_url( 'mentorship/v1/stories' ),
	'nonce'     => wp_create_nonce( 'wp_rest' ),
	'message'   => $mentorship_general,
	'failed'    => '' !== $mentorship_general,
	'done'      => false,
	'busy'      => false,
	'errors'    => array(),
	'invalid'   => array(),
	'sending'   => __( 'Sending your story…', 'mentorship-program' ),
	'network'   => __( 'Your story could not be sent. Check your connection and try again.', 'mentorship-program' ),
	'fixErrors' => __( 'Please correct the fields marked below.', 'mentorship-program' ),
);
foreach ( $mentorship_fields as $mentorship_field ) {
	$mentorship_context['errors'][ $mentorship_field ]  = (string) ( $mentorship_errors[ $mentorship_field ] ?? '' );
	$mentorship_context['invalid'][ $mentorship_field ] = isset( $mentorship_errors[ $mentorship_field ] );
}

$mentorship_error = static function ( string $field ) use ( $mentorship_id, $mentorship_errors ): string {
	$message = (string) ( $mentorship_errors[ $field ] ?? '' );
	return '<p class="mentorship-share-error" id="' . esc_attr( $mentorship_id . '-' . $field . '-error' ) . '" data-wp-text="' . esc_attr( 'context.errors.' . $field ) . '" data-wp-bind--hidden="' . esc_attr( '!context.errors.' . $field ) . '"' . ( '' === $message ? ' hidden' : '' ) . '>' . esc_html( $message ) . '</p>';
};
// No directives on the controls: re-rendering them would reset what the person typed.
$mentorship_invalid      = static function ( string $field ) use ( $mentorship_errors ): string {
	return isset( $mentorship_errors[ $field ] ) ? ' aria-invalid="true"' : '';
};
$mentorship_describe     = static function ( string $field, string $extra = '' ) use ( $mentorship_id ): string {
	return ' aria-describedby="' . esc_attr( trim( $extra . ' ' . $mentorship_id . '-' . $field . '-error' ) ) . '"';
};
$mentorship_choice_label = static function ( array $item ): string {
	$stage = Stages::label( (string) $item['stage'] );
	$role  = 'mentor' === $item['type'] ? __( 'Mentor', 'mentorship-program' ) : __( 'Mentee', 'mentorship-program' );
	/* translators: 1: Mentee or Mentor, 2: cohort name, 3: stage such as Graduated. */
	return '' !== $item['cohort'] ? sprintf( __( '%1$s in %2$s (%3$s)', 'mentorship-program' ), $role, $item['cohort'], $stage ) : sprintf( '%1$s (%2$s)', $role, $stage );
};
$mentorship_selected     = (int) $mentorship_values['application_id'];
if ( ! in_array( $mentorship_selected, array_column( $mentorship_open, 'id' ), true ) ) {
	$mentorship_selected = (int) $mentorship_open[0]['id'];
}
$mentorship_action = isset( $_SERVER['REQUEST_URI'] ) ? esc_url_raw( wp_unslash( $_SERVER['REQUEST_URI'] ) ) : home_url( '/' );
?>
<div <?php echo $mentorship_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?> data-wp-interactive="mentorship-program/share-story" <?php echo wp_interactivity_data_wp_context( $mentorship_context ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?>>
	<h2 class="mentorship-share-title"><?php echo esc_html( $mentorship_title ); ?></h2>
	<p class="mentorship-share-intro"><?php echo esc_html( $mentorship_intro ); ?></p>
	<div class="mentorship-share-status<?php echo '' !== $mentorship_general ? ' is-error' : ''; ?>" id="<?php echo esc_attr( $mentorship_id . '-status' ); ?>" role="status" tabindex="-1" data-wp-text="context.message" data-wp-class--is-error="context.failed" data-wp-class--is-done="context.done"><?php echo esc_html( $mentorship_general ); ?></div>
	<form class="mentorship-share-form" method="post" action="<?php echo esc_url( $mentorship_action . '#' . $mentorship_id ); ?>" data-wp-on--submit="actions.submit" data-wp-bind--hidden="context.done">
		<input type="hidden" name="mentorship_action" value="<?php echo esc_attr( Story_Form_Handler::ACTION ); ?>">
		<?php if ( $mentorship_link ) : ?>
			<input type="hidden" name="mentorship_check" value="<?php echo esc_attr( Status_Link_Handler::proof( $mentorship_link, Story_Form_Handler::ACTION ) ); ?>">
		<?php else : ?>
			<input type="hidden" name="mentorship_nonce" value="<?php echo esc_attr( wp_create_nonce( Story_Form_Handler::NONCE_ACTION ) ); ?>">
		<?php endif; ?>
		<?php if ( 1 === count( $mentorship_open ) ) : ?>
			<input type="hidden" name="application_id" value="<?php echo esc_attr( (string) $mentorship_selected ); ?>">
			<p class="mentorship-share-about"><?php echo esc_html( $mentorship_choice_label( $mentorship_open[0] ) ); ?></p>
			<?php echo $mentorship_error( 'application_id' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above. ?>
		<?php else : ?>
			<div class="mentorship-share-field">
				<label for="<?php echo esc_attr( $mentorship_id . '-application' ); ?>"><?php esc_html_e( 'Which mentorship is your story about?', 'mentorship-program' ); ?></label>
				<select id="<?php echo esc_attr( $mentorship_id . '-application' ); ?>" name="application_id"<?php echo $mentorship_describe( 'application_id' ) . $mentorship_invalid( 'application_id' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above. ?>>
					<?php foreach ( $mentorship_open as $mentorship_item ) : ?>
						<option value="<?php echo esc_attr( (string) $mentorship_item['id'] ); ?>" <?php selected( $mentorship_selected, (int) $mentorship_item['id'] ); ?>><?php echo esc_html( $mentorship_choice_label( $mentorship_item ) ); ?></option>
					<?php endforeach; ?>
				</select>
				<?php echo $mentorship_error( 'application_id' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above. ?>
			</div>
		<?php endif; ?>

		<div class="mentorship-share-field">
			<label for="<?php echo esc_attr( $mentorship_id . '-title' ); ?>"><?php esc_html_e( 'Title', 'mentorship-program' ); ?> <span class="mentorship-share-required"><?php esc_html_e( '(required)', 'mentorship-program' ); ?></span></label>
			<input type="text" id="<?php echo esc_attr( $mentorship_id . '-title' ); ?>" name="title" maxlength="<?php echo esc_attr( (string) Stories::MAX_TITLE ); ?>" required value="<?php echo esc_attr( (string) $mentorship_values['title'] ); ?>"<?php echo $mentorship_describe( 'title' ) . $mentorship_invalid( 'title' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above. ?>>
			<?php echo $mentorship_error( 'title' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above. ?>
		</div>

		<div class="mentorship-share-field">
			<label for="<?php echo esc_attr( $mentorship_id . '-story' ); ?>"><?php esc_html_e( 'Your story', 'mentorship-program' ); ?> <span class="mentorship-share-required"><?php esc_html_e( '(required)', 'mentorship-program' ); ?></span></label>
			<p class="mentorship-share-hint" id="<?php echo esc_attr( $mentorship_id . '-story-hint' ); ?>">
				<?php
				printf(
					/* translators: %s: maximum number of characters. */
					esc_html__( 'How you started, what helped you, what you would tell a newcomer. Leave a blank line between paragraphs. Up to %s characters.', 'mentorship-program' ),
					esc_html( number_format_i18n( Stories::MAX_STORY ) )
				);
				?>
			</p>
			<textarea id="<?php echo esc_attr( $mentorship_id . '-story' ); ?>" name="story" rows="12" maxlength="<?php echo esc_attr( (string) Stories::MAX_STORY ); ?>" required<?php echo $mentorship_describe( 'story', $mentorship_id . '-story-hint' ) . $mentorship_invalid( 'story' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above. ?>><?php echo esc_textarea( (string) $mentorship_values['story'] ); ?></textarea>
			<?php echo $mentorship_error( 'story' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above. ?>
		</div>

		<div class="mentorship-share-field mentorship-share-consent">
			<input type="checkbox" id="<?php echo esc_attr( $mentorship_id . '-consent' ); ?>" name="consent" value="1" required <?php checked( (bool) $mentorship_values['consent'] ); ?><?php echo $mentorship_describe( 'consent' ) . $mentorship_invalid( 'consent' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above. ?>>
			<label for="<?php echo esc_attr( $mentorship_id . '-consent' ); ?>"><?php esc_html_e( 'I agree that this story may be published on this site with my name, my WordPress.org username, my teams and my cohort. It is reviewed by an editor first.', 'mentorship-program' ); ?></label>
			<?php echo $mentorship_error( 'consent' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above. ?>
		</div>

		<button type="submit" class="wp-element-button mentorship-share-submit" data-wp-bind--aria-disabled="context.busy"><?php esc_html_e( 'Send my story for review', 'mentorship-program' ); ?></button>
	</form>
	<p class="mentorship-share-next" hidden data-wp-bind--hidden="!context.done">
		<?php if ( $mentorship_archive ) : ?>
			<a href="<?php echo esc_url( $mentorship_archive ); ?>"><?php esc_html_e( 'Read other contributor stories', 'mentorship-program' ); ?></a>
		<?php endif; ?>
	</p>
</div>
