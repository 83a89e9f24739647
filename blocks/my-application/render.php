<?php
/**
 * Server render of "My application": the logged-in person's own applications, each
 * with its pipeline, cohort, mentor, next sessions and a way to withdraw. Nobody
 * else's data: the list comes from the current user's ID only.
 *
 * @package Mentorship_Program
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Blocks\Blocks;
use Mentorship_Program\Blocks\Status_Link_Handler;
use Mentorship_Program\Applications\My_Applications;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Teams\Taxonomies;

$mentorship_wrapper = get_block_wrapper_attributes( array( 'class' => 'mentorship-status' ) );

// Whoever holds a private link (kept in a cookie, see Status_Link_Handler) sees that
// one application, with or without an account.
$mentorship_link_html = Status_Link_Handler::render_block( $mentorship_wrapper );
if ( null !== $mentorship_link_html ) {
	echo $mentorship_link_html; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in the handler.
	return;
}

if ( ! is_user_logged_in() ) {
	$mentorship_here = get_permalink();
	?>
	<div <?php echo $mentorship_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?>>
		<?php echo Status_Link_Handler::notice_html(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in the handler. ?>
		<p>
			<?php esc_html_e( 'Open the private link from the e-mail we sent you when you applied, or log in to see where your application stands.', 'mentorship-program' ); ?>
			<a href="<?php echo esc_url( wp_login_url( $mentorship_here ? $mentorship_here : home_url( '/' ) ) ); ?>"><?php esc_html_e( 'Log in', 'mentorship-program' ); ?></a>
		</p>
		<?php echo Status_Link_Handler::resend_form( wp_unique_id( 'mentorship-status-' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in the handler. ?>
	</div>
	<?php
	return;
}

$mentorship_applications = My_Applications::for_user( get_current_user_id() );
$mentorship_id           = wp_unique_id( 'mentorship-status-' );
$mentorship_utc          = new DateTimeZone( 'UTC' );
$mentorship_format       = trim( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ) );
$mentorship_when         = static function ( string $start ) use ( $mentorship_format, $mentorship_utc ): string {
	/* translators: %s: date and time in UTC. */
	return sprintf( __( '%s UTC', 'mentorship-program' ), wp_date( $mentorship_format, (int) strtotime( $start ), $mentorship_utc ) );
};
// A mentor or mentee as this block names them: their name, then their chat handle if they gave one.
$mentorship_person = static function ( array $person ): string {
	if ( '' === (string) $person['slack_username'] ) {
		return (string) $person['name'];
	}
	/* translators: %s: chat username. */
	return $person['name'] . ' ' . sprintf( __( '(chat: @%s)', 'mentorship-program' ), ltrim( (string) $person['slack_username'], '@' ) );
};

wp_interactivity_state(
	'mentorship-program/my-application',
	array(
		'texts' => array(
			'confirm'              => __( 'Withdraw this application? You cannot undo this, but you can apply again to a later cohort.', 'mentorship-program' ),
			'withdrawn'            => __( 'Your application was withdrawn.', 'mentorship-program' ),
			/* translators: %s: the reason given by the server. */
			'failed'               => __( 'The application could not be withdrawn. %s', 'mentorship-program' ),
			'withdrawnLabel'       => Stages::label( 'withdrawn' ),
			'withdrawnExplanation' => Stages::explanation( 'mentee', 'withdrawn' ),
		),
	)
);

$mentorship_context = array(
	'restRoot' => rest_url( 'mentorship/v1/applications/' ),
	// Printed for the logged-in owner only; this page is not cached for them.
	'nonce'    => wp_create_nonce( 'wp_rest' ),
	'js'       => false,
);
?>
<div <?php echo $mentorship_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?> data-wp-interactive="mentorship-program/my-application" <?php echo wp_interactivity_data_wp_context( $mentorship_context ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?> data-wp-init="callbacks.start">
	<?php if ( ! $mentorship_applications ) : ?>
		<p><?php esc_html_e( 'You have no applications yet.', 'mentorship-program' ); ?></p>
	<?php endif; ?>

	<?php
	foreach ( $mentorship_applications as $mentorship_index => $mentorship_app ) :
		$mentorship_app_id  = $mentorship_id . '-' . $mentorship_index;
		$mentorship_cohort  = $mentorship_app['cohort'];
		$mentorship_closed  = in_array( $mentorship_app['stage'], array( 'withdrawn', 'declined' ), true );
		$mentorship_title   = 'mentor' === $mentorship_app['type'] ? __( 'Your mentor application', 'mentorship-program' ) : __( 'Your mentee application', 'mentorship-program' );
		$mentorship_app_ctx = array(
			'id'          => (int) $mentorship_app['id'],
			'stageLabel'  => (string) $mentorship_app['stage_label'],
			'explanation' => (string) $mentorship_app['explanation'],
			'canWithdraw' => (bool) $mentorship_app['can_withdraw'],
			'withdrawn'   => false,
			'busy'        => false,
			'message'     => '',
		);
		?>
		<section class="mentorship-status-application" aria-labelledby="<?php echo esc_attr( $mentorship_app_id . '-title' ); ?>" <?php echo wp_interactivity_data_wp_context( $mentorship_app_ctx ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?>>
			<h2 class="mentorship-status-title" id="<?php echo esc_attr( $mentorship_app_id . '-title' ); ?>">
				<?php echo esc_html( $mentorship_title ); ?>
				<?php if ( $mentorship_cohort ) : ?>
					<span class="mentorship-status-cohort"><?php echo esc_html( (string) $mentorship_cohort['name'] ); ?></span>
				<?php endif; ?>
			</h2>

			<p class="mentorship-status-stage">
				<?php esc_html_e( 'Status:', 'mentorship-program' ); ?>
				<strong data-wp-text="context.stageLabel"><?php echo esc_html( (string) $mentorship_app['stage_label'] ); ?></strong>
			</p>
			<p class="mentorship-status-explanation" data-wp-text="context.explanation"><?php echo esc_html( (string) $mentorship_app['explanation'] ); ?></p>

			<?php if ( ! $mentorship_closed ) : ?>
				<ol class="mentorship-status-pipeline" aria-label="<?php esc_attr_e( 'Steps of your application', 'mentorship-program' ); ?>" data-wp-bind--hidden="context.withdrawn">
					<?php foreach ( $mentorship_app['pipeline'] as $mentorship_step ) : ?>
						<li class="mentorship-status-step is-<?php echo esc_attr( (string) $mentorship_step['state'] ); ?>"<?php echo 'current' === $mentorship_step['state'] ? ' aria-current="step"' : ''; ?>>
							<span class="mentorship-visually-hidden">
								<?php
								if ( 'done' === $mentorship_step['state'] ) {
									esc_html_e( 'Done:', 'mentorship-program' );
								} elseif ( 'current' === $mentorship_step['state'] ) {
									esc_html_e( 'Now:', 'mentorship-program' );
								} else {
									esc_html_e( 'Later:', 'mentorship-program' );
								}
								?>
							</span>
							<?php echo esc_html( (string) $mentorship_step['label'] ); ?>
						</li>
					<?php endforeach; ?>
				</ol>
			<?php endif; ?>

			<dl class="mentorship-status-facts">
				<?php if ( $mentorship_cohort && ( $mentorship_cohort['starts_on'] || $mentorship_cohort['ends_on'] ) ) : ?>
					<div>
						<dt><?php esc_html_e( 'Cohort dates', 'mentorship-program' ); ?></dt>
						<dd>
							<?php
							echo esc_html(
								trim(
									( $mentorship_cohort['starts_on'] ? wp_date( (string) get_option( 'date_format' ), (int) strtotime( $mentorship_cohort['starts_on'] . ' 12:00 UTC' ) ) : '' )
									. ' – '
									. ( $mentorship_cohort['ends_on'] ? wp_date( (string) get_option( 'date_format' ), (int) strtotime( $mentorship_cohort['ends_on'] . ' 12:00 UTC' ) ) : '' ),
									' –'
								)
							);
							?>
						</dd>
					</div>
				<?php endif; ?>
				<?php if ( $mentorship_cohort && '' !== (string) $mentorship_cohort['channel_url'] ) : ?>
					<div>
						<dt><?php esc_html_e( 'Cohort chat', 'mentorship-program' ); ?></dt>
						<dd><a href="<?php echo esc_url( (string) $mentorship_cohort['channel_url'] ); ?>"><?php esc_html_e( 'Join the cohort channel', 'mentorship-program' ); ?></a></dd>
					</div>
				<?php endif; ?>
				<?php if ( $mentorship_app['mentor'] ) : ?>
					<div>
						<dt><?php esc_html_e( 'Your mentor', 'mentorship-program' ); ?></dt>
						<dd>
							<?php echo esc_html( $mentorship_person( $mentorship_app['mentor'] ) ); ?>
							<?php if ( '' !== (string) $mentorship_app['mentor']['wporg_username'] ) : ?>
								<a href="<?php echo esc_url( 'https://profiles.wordpress.org/' . rawurlencode( (string) $mentorship_app['mentor']['wporg_username'] ) . '/' ); ?>"><?php esc_html_e( 'WordPress.org profile', 'mentorship-program' ); ?></a>
							<?php endif; ?>
						</dd>
					</div>
				<?php endif; ?>
				<?php if ( $mentorship_app['mentees'] ) : ?>
					<div>
						<dt><?php esc_html_e( 'Your mentees', 'mentorship-program' ); ?></dt>
						<dd>
							<ul>
								<?php foreach ( $mentorship_app['mentees'] as $mentorship_mentee ) : ?>
									<li><?php echo esc_html( $mentorship_person( $mentorship_mentee ) ); ?></li>
								<?php endforeach; ?>
							</ul>
						</dd>
					</div>
				<?php endif; ?>
				<?php if ( '' !== (string) $mentorship_app['placed_team'] ) : ?>
					<div>
						<dt><?php esc_html_e( 'Your team', 'mentorship-program' ); ?></dt>
						<?php $mentorship_team = get_term_by( 'slug', (string) $mentorship_app['placed_team'], Taxonomies::TEAM ); ?>
						<dd><?php echo esc_html( $mentorship_team ? $mentorship_team->name : (string) $mentorship_app['placed_team'] ); ?></dd>
					</div>
				<?php endif; ?>
				<?php $mentorship_certificate = \Mentorship_Program\Graduation\Certificates::describe( (int) $mentorship_app['id'] ); ?>
				<?php if ( $mentorship_certificate ) : ?>
					<div class="mentorship-status-certificate">
						<dt><?php esc_html_e( 'Your certificate', 'mentorship-program' ); ?></dt>
						<dd>
							<?php if ( $mentorship_certificate['revoked'] ) : ?>
								<?php esc_html_e( 'Revoked', 'mentorship-program' ); ?>
							<?php else : ?>
								<a href="<?php echo esc_url( (string) $mentorship_certificate['url'] ); ?>"><?php esc_html_e( 'Open your certificate', 'mentorship-program' ); ?></a>
							<?php endif; ?>
						</dd>
					</div>
				<?php endif; ?>
			</dl>

			<?php if ( $mentorship_app['next_sessions'] ) : ?>
				<div class="mentorship-status-sessions" data-wp-bind--hidden="context.withdrawn">
					<h3><?php esc_html_e( 'Next sessions', 'mentorship-program' ); ?></h3>
					<?php
					// The note carries its own texts, so the browser can rewrite it as soon
					// as the element is hydrated, with nothing else to wait for.
					$mentorship_zone_ctx = Blocks::zone_note_context();
					?>
					<p class="mentorship-status-zone" <?php echo wp_interactivity_data_wp_context( $mentorship_zone_ctx ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?> data-wp-init="callbacks.zoneNote" data-wp-text="context.note"><?php echo esc_html( $mentorship_zone_ctx['note'] ); ?></p>
					<ul>
						<?php foreach ( $mentorship_app['next_sessions'] as $mentorship_session ) : ?>
							<?php
							$mentorship_time_ctx = array(
								'start' => (string) $mentorship_session['start'],
								'end'   => (string) $mentorship_session['end'],
								'label' => $mentorship_when( (string) $mentorship_session['start'] ),
							);
							?>
							<li>
								<time datetime="<?php echo esc_attr( (string) $mentorship_session['start'] ); ?>" <?php echo wp_interactivity_data_wp_context( $mentorship_time_ctx ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?> data-wp-init="callbacks.localize" data-wp-text="context.label"><?php echo esc_html( $mentorship_time_ctx['label'] ); ?></time>
								<?php if ( '' !== (string) $mentorship_session['title'] ) : ?>
									— <?php echo esc_html( (string) $mentorship_session['title'] ); ?>
								<?php endif; ?>
							</li>
						<?php endforeach; ?>
					</ul>
				</div>
			<?php endif; ?>

			<?php
			$mentorship_can_share = class_exists( \Mentorship_Program\Stories\Stories::class )
				&& \Mentorship_Program\Stories\Stories::is_eligible( $mentorship_app )
				&& 0 === \Mentorship_Program\Stories\Stories::story_for_application( (int) $mentorship_app['id'] );
			?>
			<?php if ( $mentorship_can_share ) : ?>
				<p class="mentorship-status-story">
					<?php esc_html_e( 'Your journey can help the next newcomer. Would you share it?', 'mentorship-program' ); ?>
					<a href="<?php echo esc_url( \Mentorship_Program\Stories\Stories::share_url( (int) $mentorship_app['id'] ) ); ?>"><?php esc_html_e( 'Share your story', 'mentorship-program' ); ?></a>
				</p>
			<?php endif; ?>

			<p class="mentorship-status-message" tabindex="-1" role="status" data-wp-text="context.message"></p>

			<?php if ( $mentorship_app['can_withdraw'] ) : ?>
				<p class="mentorship-status-actions" hidden data-wp-bind--hidden="!state.canWithdraw">
					<button type="button" class="wp-element-button mentorship-status-withdraw" data-wp-on--click="actions.withdraw" data-wp-bind--aria-disabled="context.busy">
						<?php esc_html_e( 'Withdraw this application', 'mentorship-program' ); ?>
					</button>
				</p>
			<?php endif; ?>
		</section>
	<?php endforeach; ?>
</div>
