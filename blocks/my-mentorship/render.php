<?php
/**
 * Server render of "My mentorship": for a mentor, each assigned mentee with goals, last
 * check-in and a check-in form; for a mentee, their mentor, goals and check-ins. Built
 * from the current user's own records only. Every form posts without JavaScript too.
 *
 * @package Mentorship_Program
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Mentorship\Checkins;
use Mentorship_Program\Mentorship\Form_Handler;
use Mentorship_Program\Mentorship\My_Mentorship;
use Mentorship_Program\Reassignment\Form_Handler as Reassignment_Form_Handler;
use Mentorship_Program\Reassignment\Reassignment;

$mentorship_wrapper = get_block_wrapper_attributes( array( 'class' => 'mentorship-my' ) );

if ( ! is_user_logged_in() ) {
	$mentorship_here = get_permalink();
	?>
	<div <?php echo $mentorship_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?>>
		<p>
			<?php esc_html_e( 'Log in to see your mentorship.', 'mentorship-program' ); ?>
			<a href="<?php echo esc_url( wp_login_url( $mentorship_here ? $mentorship_here : home_url( '/' ) ) ); ?>"><?php esc_html_e( 'Log in', 'mentorship-program' ); ?></a>
		</p>
	</div>
	<?php
	return;
}

$mentorship_view = My_Mentorship::for_user( get_current_user_id() );
if ( ! wp_is_serving_rest_request() ) {
	// Opening My mentorship counts as being seen (at most one write an hour).
	Mentorship_Program\Mentorship\Last_Seen::record( get_current_user_id() );
}
$mentorship_uid   = wp_unique_id( 'mentorship-my-' );
$mentorship_kinds = Checkins::kind_labels();
$mentorship_today = wp_date( 'Y-m-d' );
$mentorship_nonce = wp_create_nonce( Form_Handler::NONCE_ACTION );
$mentorship_date  = static fn( string $ymd ): string => wp_date( (string) get_option( 'date_format' ), (int) strtotime( $ymd . ' 12:00 UTC' ) );
// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a display flag set by our own redirect.
$mentorship_saved = isset( $_GET['mentorship-saved'] ) ? sanitize_key( wp_unslash( $_GET['mentorship-saved'] ) ) : '';
$mentorship_notes = array(
	'log_checkin'    => __( 'Check-in saved.', 'mentorship-program' ),
	'add_goal'       => __( 'Goal added.', 'mentorship-program' ),
	'goal_done'      => __( 'Goal marked done. Well done!', 'mentorship-program' ),
	'step_back'      => __( 'Thank you for telling us. The coordinators will find a new mentor and let your mentee know.', 'mentorship-program' ),
	'mentor_request' => __( 'Your request is with the coordinators. They will be in touch soon.', 'mentorship-program' ),
	'backup'         => __( 'Availability saved.', 'mentorship-program' ),
);
$mentorship_last  = static function ( ?array $checkin ) use ( $mentorship_date ): string {
	if ( ! $checkin ) {
		return __( 'No check-in yet.', 'mentorship-program' );
	}
	/* translators: 1: date, 2: kind of check-in, 3: what was covered. */
	return sprintf( __( '%1$s (%2$s): %3$s', 'mentorship-program' ), $mentorship_date( (string) $checkin['held_on'] ), (string) $checkin['kind_label'], wp_trim_words( (string) $checkin['covered'], 20 ) );
};
// A field's error, if this request posted that form and the field was refused.
$mentorship_error       = static function ( ?array $result, string $field ): string {
	return $result && isset( $result['errors'][ $field ] ) ? (string) $result['errors'][ $field ] : '';
};
$mentorship_field_attrs = static function ( string $id, string $error ): string {
	return '' === $error ? '' : ' aria-invalid="true" aria-describedby="' . esc_attr( $id . '-error' ) . '"';
};
$mentorship_error_text  = static function ( string $id, string $error ): void {
	if ( '' !== $error ) {
		echo '<span class="mentorship-my-error" id="' . esc_attr( $id . '-error' ) . '">' . esc_html( $error ) . '</span>';
	}
};
$mentorship_hidden      = static function ( string $action, int $target ) use ( $mentorship_nonce ): void {
	echo '<input type="hidden" name="mentorship_action" value="' . esc_attr( $action ) . '" />';
	echo '<input type="hidden" name="mentorship_nonce" value="' . esc_attr( $mentorship_nonce ) . '" />';
	echo '<input type="hidden" name="target" value="' . esc_attr( (string) $target ) . '" />';
};
// A section's heading: whose mentorship it is, and in which cohort.
$mentorship_heading = static function ( string $id, string $title, ?array $cohort ): void {
	?>
	<h2 id="<?php echo esc_attr( $id ); ?>">
		<?php echo esc_html( $title ); ?>
		<?php if ( $cohort ) : ?>
			<span class="mentorship-my-cohort"><?php echo esc_html( (string) $cohort['name'] ); ?></span>
		<?php endif; ?>
	</h2>
	<?php
};
// What was wrong with a refused form, at its top.
$mentorship_summary = static function ( ?array $result ): void {
	if ( $result && '' !== $result['message'] ) {
		echo '<p class="mentorship-my-summary" role="alert">' . esc_html( (string) $result['message'] ) . '</p>';
	}
};
// A text area with its label, the posted value kept and the field's error, if refused.
$mentorship_text_area = static function ( string $id, string $name, string $label, ?array $result, int $maxlength, bool $required = false ) use ( $mentorship_error, $mentorship_field_attrs, $mentorship_error_text ): void {
	$error = $mentorship_error( $result, $name );
	?>
	<p>
		<label for="<?php echo esc_attr( $id ); ?>"><?php echo esc_html( $label ); ?></label>
		<textarea id="<?php echo esc_attr( $id ); ?>" name="<?php echo esc_attr( $name ); ?>" rows="2"<?php echo $required ? ' required' : ''; ?> maxlength="<?php echo esc_attr( (string) $maxlength ); ?>"<?php echo $mentorship_field_attrs( $id, $error ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in the closure. ?>><?php echo esc_textarea( (string) ( $result['values'][ $name ] ?? '' ) ); ?></textarea>
		<?php $mentorship_error_text( $id, $error ); ?>
	</p>
	<?php
};
// The date of a check-in: today, or the date posted; no later than tomorrow.
$mentorship_checkin_date = static function ( string $form, ?array $result ) use ( $mentorship_today, $mentorship_error, $mentorship_field_attrs, $mentorship_error_text ): void {
	$error = $mentorship_error( $result, 'held_on' );
	?>
	<p>
		<label for="<?php echo esc_attr( $form . '-date' ); ?>"><?php esc_html_e( 'Date', 'mentorship-program' ); ?></label>
		<input type="date" id="<?php echo esc_attr( $form . '-date' ); ?>" name="held_on" required max="<?php echo esc_attr( gmdate( 'Y-m-d', time() + DAY_IN_SECONDS ) ); ?>" value="<?php echo esc_attr( (string) ( $result['values']['held_on'] ?? $mentorship_today ) ); ?>"<?php echo $mentorship_field_attrs( $form . '-date', $error ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in the closure. ?> />
		<?php $mentorship_error_text( $form . '-date', $error ); ?>
	</p>
	<?php
};
// What a check-in covered and what comes next, the mentor's call for help and private
// note, and the save button: the same in the one-to-one and the group check-in form.
$mentorship_checkin_notes = static function ( string $form, ?array $result, string $note_label, string $button ) use ( $mentorship_text_area ): void {
	$mentorship_text_area( $form . '-covered', 'covered', __( 'What you covered', 'mentorship-program' ), $result, Checkins::MAX_TEXT, true );
	$mentorship_text_area( $form . '-next', 'next_steps', __( 'Next steps (optional)', 'mentorship-program' ), $result, Checkins::MAX_TEXT );
	?>
	<p class="mentorship-my-check">
		<input type="checkbox" id="<?php echo esc_attr( $form . '-help' ); ?>" name="needs_help" value="1"<?php checked( ! empty( $result['values']['needs_help'] ) ); ?> />
		<label for="<?php echo esc_attr( $form . '-help' ); ?>"><?php esc_html_e( 'I need help from a coordinator', 'mentorship-program' ); ?></label>
	</p>
	<?php $mentorship_text_area( $form . '-note', 'private_note', $note_label, $result, Checkins::MAX_TEXT ); ?>
	<p><button type="submit" class="wp-element-button" data-wp-bind--aria-disabled="context.busy"><?php echo esc_html( $button ); ?></button></p>
	<?php
};
// "I can't continue" and "Ask for a new mentor": a reason only the coordinators read.
// Closed, unless this request posted it and it was refused.
$mentorship_reason_form = static function ( string $action, int $target, array $texts ) use ( $mentorship_hidden, $mentorship_summary, $mentorship_text_area ): void {
	$result = Reassignment_Form_Handler::result_for( $action, $target );
	?>
	<details class="<?php echo esc_attr( 'mentorship-my-log ' . $texts['class'] ); ?>"<?php echo $result ? ' open' : ''; ?>>
		<summary><?php echo esc_html( $texts['summary'] ); ?></summary>
		<form method="post" action="<?php echo esc_url( '#mentorship-' . $target ); ?>" class="mentorship-my-form">
			<?php $mentorship_hidden( $action, $target ); ?>
			<p><?php echo esc_html( $texts['intro'] ); ?></p>
			<?php $mentorship_summary( $result ); ?>
			<?php $mentorship_text_area( $texts['field'], 'reason', __( 'Why (only coordinators see this)', 'mentorship-program' ), $result, Reassignment::MAX_REASON, true ); ?>
			<p><button type="submit" class="wp-element-button"><?php echo esc_html( $texts['button'] ); ?></button></p>
		</form>
	</details>
	<?php
};

wp_interactivity_state(
	'mentorship-program/my-mentorship',
	array(
		'texts' => array(
			'saved'     => $mentorship_notes['log_checkin'],
			'goalAdded' => $mentorship_notes['add_goal'],
			'goalDone'  => $mentorship_notes['goal_done'],
			'done'      => __( 'Done', 'mentorship-program' ),
			'failed'    => __( 'This could not be saved. Please try again.', 'mentorship-program' ),
			/* translators: 1: date, 2: kind of check-in, 3: what was covered. */
			'last'      => __( '%1$s (%2$s): %3$s', 'mentorship-program' ),
		),
		'kinds' => $mentorship_kinds,
	)
);
$mentorship_context = array(
	'restRoot' => rest_url( 'mentorship/v1/' ),
	// Printed for the logged-in person only; this page is not cached for them.
	'nonce'    => wp_create_nonce( 'wp_rest' ),
);
?>
<div <?php echo $mentorship_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?> data-wp-interactive="mentorship-program/my-mentorship" <?php echo wp_interactivity_data_wp_context( $mentorship_context ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?>>
	<?php if ( isset( $mentorship_notes[ $mentorship_saved ] ) ) : ?>
		<p class="mentorship-my-notice" role="status"><?php echo esc_html( $mentorship_notes[ $mentorship_saved ] ); ?></p>
	<?php endif; ?>

	<?php if ( ! $mentorship_view['mentoring'] && ! $mentorship_view['mentored'] ) : ?>
		<p><?php esc_html_e( 'You have no running mentorship yet. Once you are matched, your mentor or mentees, goals and check-ins appear here.', 'mentorship-program' ); ?></p>
	<?php endif; ?>

	<?php foreach ( $mentorship_view['mentoring'] as $mentorship_group ) : ?>
		<section class="mentorship-my-section" aria-labelledby="<?php echo esc_attr( $mentorship_uid . '-mentor-' . $mentorship_group['id'] ); ?>">
			<?php $mentorship_heading( $mentorship_uid . '-mentor-' . $mentorship_group['id'], __( 'Your mentees', 'mentorship-program' ), $mentorship_group['cohort'] ); ?>
			<?php echo Mentorship_Program\Graduation\Block_Section::mentor( (int) $mentorship_group['id'], get_current_user_id() ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in Block_Section. ?>
			<?php
			$mentorship_gid = (int) $mentorship_group['id'];
			if ( ! $mentorship_group['mentees'] ) :
				?>
				<p><?php esc_html_e( 'No mentees are assigned to you yet.', 'mentorship-program' ); ?></p>
			<?php endif; ?>
			<div class="mentorship-my-availability" id="<?php echo esc_attr( 'mentorship-' . $mentorship_gid ); ?>">
				<?php if ( $mentorship_group['can_backup'] ) : ?>
					<?php $mentorship_result = Reassignment_Form_Handler::result_for( 'backup', $mentorship_gid ); ?>
					<h3 id="<?php echo esc_attr( $mentorship_uid . '-availability-' . $mentorship_gid ); ?>"><?php esc_html_e( 'Availability', 'mentorship-program' ); ?></h3>
					<form method="post" action="<?php echo esc_url( '#mentorship-' . $mentorship_gid ); ?>" class="mentorship-my-form" aria-labelledby="<?php echo esc_attr( $mentorship_uid . '-availability-' . $mentorship_gid ); ?>">
						<?php $mentorship_hidden( 'backup', $mentorship_gid ); ?>
						<?php $mentorship_summary( $mentorship_result ); ?>
						<p class="mentorship-my-check">
							<input type="checkbox" id="<?php echo esc_attr( $mentorship_uid . '-backup-' . $mentorship_gid ); ?>" name="backup" value="1"<?php checked( $mentorship_group['backup'] ); ?> />
							<label for="<?php echo esc_attr( $mentorship_uid . '-backup-' . $mentorship_gid ); ?>"><?php esc_html_e( 'I can be a backup mentor: I can take over a mentee in this cohort if their mentor cannot continue.', 'mentorship-program' ); ?></label>
						</p>
						<p><button type="submit" class="wp-element-button is-small"><?php esc_html_e( 'Save availability', 'mentorship-program' ); ?></button></p>
					</form>
				<?php endif; ?>

				<?php
				if ( count( $mentorship_group['mentees'] ) > 1 ) :
					$mentorship_form   = $mentorship_uid . '-group-' . $mentorship_gid;
					$mentorship_result = Form_Handler::result_for( 'log_checkin', $mentorship_gid );
					$mentorship_values = $mentorship_result ? $mentorship_result['values'] : array();
					$mentorship_card   = array(
						'mentee'  => $mentorship_gid,
						'last'    => '',
						'message' => '',
						'busy'    => false,
					);
					?>
					<div class="mentorship-my-group" <?php echo wp_interactivity_data_wp_context( $mentorship_card ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?>>
						<details class="mentorship-my-log"<?php echo $mentorship_result ? ' open' : ''; ?>>
							<summary><?php esc_html_e( 'Log a group session', 'mentorship-program' ); ?></summary>
							<form method="post" action="<?php echo esc_url( '#mentorship-' . $mentorship_gid ); ?>" class="mentorship-my-form" data-wp-on--submit="actions.logCheckin">
								<?php $mentorship_hidden( 'log_checkin', $mentorship_gid ); ?>
								<input type="hidden" name="kind" value="group" />
								<?php foreach ( $mentorship_group['mentees'] as $mentorship_mentee ) : ?>
									<input type="hidden" name="mentees[]" value="<?php echo esc_attr( (string) $mentorship_mentee['id'] ); ?>" />
								<?php endforeach; ?>
								<?php $mentorship_summary( $mentorship_result ); ?>
								<?php $mentorship_checkin_date( $mentorship_form, $mentorship_result ); ?>
								<?php $mentorship_err = $mentorship_error( $mentorship_result, 'attendees' ); ?>
								<fieldset class="mentorship-my-attendees">
									<legend><?php esc_html_e( 'Who attended', 'mentorship-program' ); ?></legend>
									<?php foreach ( $mentorship_group['mentees'] as $mentorship_mentee ) : ?>
										<?php $mentorship_aid = $mentorship_form . '-who-' . (int) $mentorship_mentee['id']; ?>
										<p class="mentorship-my-check">
											<input type="checkbox" id="<?php echo esc_attr( $mentorship_aid ); ?>" name="attendees[]" value="<?php echo esc_attr( (string) $mentorship_mentee['id'] ); ?>"<?php checked( ! $mentorship_result || in_array( (int) $mentorship_mentee['id'], (array) ( $mentorship_values['attendees'] ?? array() ), true ) ); ?> />
											<label for="<?php echo esc_attr( $mentorship_aid ); ?>"><?php echo esc_html( (string) $mentorship_mentee['name'] ); ?></label>
										</p>
									<?php endforeach; ?>
									<?php $mentorship_error_text( $mentorship_form . '-who', $mentorship_err ); ?>
								</fieldset>
								<?php $mentorship_checkin_notes( $mentorship_form, $mentorship_result, __( 'Private note (never shown to mentees)', 'mentorship-program' ), __( 'Save group session', 'mentorship-program' ) ); ?>
							</form>
						</details>
						<p class="mentorship-my-message" role="status" tabindex="-1" data-wp-text="context.message"></p>
					</div>
				<?php endif; ?>
			</div>
			<?php
			foreach ( $mentorship_group['mentees'] as $mentorship_mentee ) :
				$mentorship_mid    = (int) $mentorship_mentee['id'];
				$mentorship_form   = $mentorship_uid . '-checkin-' . $mentorship_mid;
				$mentorship_result = Form_Handler::result_for( 'log_checkin', $mentorship_mid );
				$mentorship_values = $mentorship_result ? $mentorship_result['values'] : array();
				$mentorship_card   = array(
					'mentee'  => $mentorship_mid,
					'last'    => $mentorship_last( $mentorship_mentee['last_checkin'] ),
					'message' => '',
					'busy'    => false,
				);
				?>
				<article class="mentorship-my-card" id="<?php echo esc_attr( 'mentorship-' . $mentorship_mid ); ?>" aria-labelledby="<?php echo esc_attr( $mentorship_form . '-name' ); ?>" <?php echo wp_interactivity_data_wp_context( $mentorship_card ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?>>
					<h3 id="<?php echo esc_attr( $mentorship_form . '-name' ); ?>">
						<?php echo esc_html( (string) $mentorship_mentee['name'] ); ?>
						<?php if ( '' !== $mentorship_mentee['chat'] ) : ?>
							<span class="mentorship-my-chat">
								<?php
								/* translators: %s: chat username. */
								echo esc_html( sprintf( __( '(chat: @%s)', 'mentorship-program' ), $mentorship_mentee['chat'] ) );
								?>
							</span>
						<?php endif; ?>
					</h3>
					<p class="mentorship-my-last"><strong><?php esc_html_e( 'Last check-in:', 'mentorship-program' ); ?></strong> <span data-wp-text="context.last"><?php echo esc_html( $mentorship_card['last'] ); ?></span></p>
					<h4><?php esc_html_e( 'Goals', 'mentorship-program' ); ?></h4>
					<?php if ( $mentorship_mentee['goals'] ) : ?>
						<ul class="mentorship-my-goals">
							<?php foreach ( $mentorship_mentee['goals'] as $mentorship_goal ) : ?>
								<li class="<?php echo esc_attr( 'is-' . $mentorship_goal['status'] ); ?>">
									<?php echo esc_html( (string) $mentorship_goal['title'] ); ?>
									<span class="mentorship-my-goal-status">
										<?php
										echo esc_html(
											'done' === $mentorship_goal['status'] ? __( '(done)', 'mentorship-program' ) : ( null === $mentorship_goal['due_week'] ? __( '(open)', 'mentorship-program' )
											/* translators: %d: week number. */
											: sprintf( __( '(open, due in week %d)', 'mentorship-program' ), (int) $mentorship_goal['due_week'] ) )
										);
										?>
									</span>
								</li>
							<?php endforeach; ?>
						</ul>
					<?php else : ?>
						<p><?php esc_html_e( 'No goals set yet.', 'mentorship-program' ); ?></p>
					<?php endif; ?>

					<details class="mentorship-my-log"<?php echo $mentorship_result ? ' open' : ''; ?>>
						<summary>
							<?php
							/* translators: %s: mentee name. */
							echo esc_html( sprintf( __( 'Log a check-in with %s', 'mentorship-program' ), (string) $mentorship_mentee['name'] ) );
							?>
						</summary>
						<form method="post" action="<?php echo esc_url( '#mentorship-' . $mentorship_mid ); ?>" class="mentorship-my-form" data-wp-on--submit="actions.logCheckin">
							<?php $mentorship_hidden( 'log_checkin', $mentorship_mid ); ?>
							<input type="hidden" name="mentees[]" value="<?php echo esc_attr( (string) $mentorship_mid ); ?>" />
							<?php $mentorship_summary( $mentorship_result ); ?>
							<div class="mentorship-my-row">
								<?php $mentorship_checkin_date( $mentorship_form, $mentorship_result ); ?>
								<p>
									<?php $mentorship_err = $mentorship_error( $mentorship_result, 'kind' ); ?>
									<label for="<?php echo esc_attr( $mentorship_form . '-kind' ); ?>"><?php esc_html_e( 'Kind', 'mentorship-program' ); ?></label>
									<select id="<?php echo esc_attr( $mentorship_form . '-kind' ); ?>" name="kind"<?php echo $mentorship_field_attrs( $mentorship_form . '-kind', $mentorship_err ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in the closure. ?>>
										<?php foreach ( array( 'one-to-one', 'async' ) as $mentorship_kind ) : ?>
											<option value="<?php echo esc_attr( $mentorship_kind ); ?>"<?php selected( (string) ( $mentorship_values['kind'] ?? 'one-to-one' ), $mentorship_kind ); ?>><?php echo esc_html( $mentorship_kinds[ $mentorship_kind ] ); ?></option>
										<?php endforeach; ?>
									</select>
									<?php $mentorship_error_text( $mentorship_form . '-kind', $mentorship_err ); ?>
								</p>
							</div>
							<p class="mentorship-my-check">
								<input type="checkbox" id="<?php echo esc_attr( $mentorship_form . '-attended' ); ?>" name="attendees[]" value="<?php echo esc_attr( (string) $mentorship_mid ); ?>"<?php checked( ! $mentorship_result || in_array( $mentorship_mid, (array) ( $mentorship_values['attendees'] ?? array() ), true ) ); ?> />
								<label for="<?php echo esc_attr( $mentorship_form . '-attended' ); ?>">
									<?php
									/* translators: %s: mentee name. */
									echo esc_html( sprintf( __( '%s attended', 'mentorship-program' ), (string) $mentorship_mentee['name'] ) );
									?>
								</label>
							</p>
							<?php
							$mentorship_checkin_notes(
								$mentorship_form,
								$mentorship_result,
								/* translators: %s: mentee name. */
								sprintf( __( 'Private note (never shown to %s)', 'mentorship-program' ), (string) $mentorship_mentee['name'] ),
								__( 'Save check-in', 'mentorship-program' )
							);
							?>
						</form>
					</details>
					<?php
					$mentorship_reason_form(
						'step_back',
						$mentorship_mid,
						array(
							'class'   => 'mentorship-my-step-back',
							'field'   => $mentorship_form . '-reason',
							/* translators: %s: mentee name. */
							'summary' => sprintf( __( 'I can\'t continue mentoring %s', 'mentorship-program' ), (string) $mentorship_mentee['name'] ),
							'intro'   => __( 'The coordinators will find a new mentor. Your check-ins so far stay with the mentee\'s record.', 'mentorship-program' ),
							'button'  => __( 'Hand back to the coordinators', 'mentorship-program' ),
						)
					);
					?>
					<p class="mentorship-my-message" role="status" tabindex="-1" data-wp-text="context.message"></p>
					<?php echo Mentorship_Program\Graduation\Block_Section::mentee( $mentorship_mid, get_current_user_id() ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in Block_Section. ?>
				</article>
			<?php endforeach; ?>
		</section>
	<?php endforeach; ?>

	<?php foreach ( $mentorship_view['mentored'] as $mentorship_own ) : ?>
		<?php
		$mentorship_mid     = (int) $mentorship_own['id'];
		$mentorship_form    = $mentorship_uid . '-goal-' . $mentorship_mid;
		$mentorship_result  = Form_Handler::result_for( 'add_goal', $mentorship_mid );
		$mentorship_done    = Form_Handler::result_for( 'goal_done', $mentorship_mid );
		$mentorship_values  = $mentorship_result ? $mentorship_result['values'] : array();
		$mentorship_own_ctx = array(
			'mentee'  => $mentorship_mid,
			'message' => '',
			'busy'    => false,
		);
		?>
		<section class="mentorship-my-section" id="<?php echo esc_attr( 'mentorship-' . $mentorship_mid ); ?>" aria-labelledby="<?php echo esc_attr( $mentorship_form . '-title' ); ?>" <?php echo wp_interactivity_data_wp_context( $mentorship_own_ctx ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?>>
			<?php $mentorship_heading( $mentorship_form . '-title', __( 'Your mentorship', 'mentorship-program' ), $mentorship_own['cohort'] ); ?>
			<p class="mentorship-my-mentor">
				<?php if ( $mentorship_own['mentor'] ) : ?>
					<strong><?php esc_html_e( 'Your mentor:', 'mentorship-program' ); ?></strong>
					<?php echo esc_html( (string) $mentorship_own['mentor']['name'] ); ?>
					<?php if ( '' !== $mentorship_own['mentor']['chat'] ) : ?>
						<?php
						/* translators: %s: chat username. */
						echo esc_html( sprintf( __( '(chat: @%s)', 'mentorship-program' ), $mentorship_own['mentor']['chat'] ) );
						?>
					<?php endif; ?>
				<?php else : ?>
					<?php esc_html_e( 'Your mentor will be introduced here once you are matched.', 'mentorship-program' ); ?>
				<?php endif; ?>
			</p>
			<?php if ( count( $mentorship_own['history'] ) > 1 || ( $mentorship_own['history'] && ! $mentorship_own['history'][0]['current'] ) ) : ?>
				<h3><?php esc_html_e( 'Your mentors so far', 'mentorship-program' ); ?></h3>
				<ul class="mentorship-my-history">
					<?php foreach ( $mentorship_own['history'] as $mentorship_span ) : ?>
						<li>
							<?php
							$mentorship_from = wp_date( (string) get_option( 'date_format' ), (int) strtotime( (string) $mentorship_span['started'] ) );
							echo esc_html(
								$mentorship_span['current']
									/* translators: 1: mentor name, 2: date. */
									? sprintf( __( '%1$s, since %2$s', 'mentorship-program' ), (string) $mentorship_span['mentor']['name'], $mentorship_from )
									/* translators: 1: mentor name, 2: date, 3: date. */
									: sprintf( __( '%1$s, %2$s to %3$s', 'mentorship-program' ), (string) $mentorship_span['mentor']['name'], $mentorship_from, wp_date( (string) get_option( 'date_format' ), (int) strtotime( (string) $mentorship_span['ended'] ) ) )
							);
							?>
						</li>
					<?php endforeach; ?>
				</ul>
			<?php endif; ?>
			<?php if ( $mentorship_own['request'] ) : ?>
				<p class="mentorship-my-request" role="note">
					<?php
					echo esc_html(
						'mentor' === $mentorship_own['request']['by']
							? __( 'Your mentor could not continue. The coordinators will introduce a new mentor soon.', 'mentorship-program' )
							/* translators: %s: date. */
							: sprintf( __( 'You asked for a new mentor on %s. The coordinators will be in touch.', 'mentorship-program' ), wp_date( (string) get_option( 'date_format' ), (int) strtotime( $mentorship_own['request']['at'] . ' UTC' ) ) )
					);
					?>
				</p>
			<?php elseif ( $mentorship_own['can_ask'] ) : ?>
				<?php
				$mentorship_reason_form(
					'mentor_request',
					$mentorship_mid,
					array(
						'class'   => 'mentorship-my-ask',
						'field'   => $mentorship_uid . '-ask-' . $mentorship_mid,
						'summary' => __( 'Ask for a new mentor', 'mentorship-program' ),
						'intro'   => __( 'A coordinator reads your request and finds you a new mentor. Your mentor keeps working with you until then.', 'mentorship-program' ),
						'button'  => __( 'Send to the coordinators', 'mentorship-program' ),
					)
				);
				?>
			<?php endif; ?>

			<h3><?php esc_html_e( 'Your goals', 'mentorship-program' ); ?></h3>
			<?php $mentorship_summary( $mentorship_done ); ?>
			<?php if ( $mentorship_own['goals'] ) : ?>
				<ul class="mentorship-my-goals">
					<?php foreach ( $mentorship_own['goals'] as $mentorship_goal ) : ?>
						<?php
						$mentorship_goal_ctx = array(
							'goal' => (int) $mentorship_goal['id'],
							'done' => 'done' === $mentorship_goal['status'],
						);
						?>
						<li class="<?php echo esc_attr( 'is-' . $mentorship_goal['status'] ); ?>" <?php echo wp_interactivity_data_wp_context( $mentorship_goal_ctx ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?> data-wp-class--is-done="context.done">
							<span class="mentorship-my-goal-title"><?php echo esc_html( (string) $mentorship_goal['title'] ); ?></span>
							<?php if ( null !== $mentorship_goal['due_week'] ) : ?>
								<span class="mentorship-my-goal-status">
									<?php
									/* translators: %d: week number. */
									echo esc_html( sprintf( __( 'due in week %d', 'mentorship-program' ), (int) $mentorship_goal['due_week'] ) );
									?>
								</span>
							<?php endif; ?>
							<?php if ( 'done' === $mentorship_goal['status'] ) : ?>
								<strong class="mentorship-my-goal-done"><?php esc_html_e( 'Done', 'mentorship-program' ); ?></strong>
							<?php elseif ( $mentorship_own['can_edit'] ) : ?>
								<strong class="mentorship-my-goal-done" hidden data-wp-bind--hidden="!context.done"><?php esc_html_e( 'Done', 'mentorship-program' ); ?></strong>
								<form method="post" action="<?php echo esc_url( '#mentorship-' . $mentorship_mid ); ?>" class="mentorship-my-inline" data-wp-on--submit="actions.markDone" data-wp-bind--hidden="context.done">
									<?php $mentorship_hidden( 'goal_done', $mentorship_mid ); ?>
									<input type="hidden" name="goal" value="<?php echo esc_attr( (string) $mentorship_goal['id'] ); ?>" />
									<button type="submit" class="wp-element-button is-small">
										<?php esc_html_e( 'Mark done', 'mentorship-program' ); ?>
										<span class="mentorship-visually-hidden"><?php echo esc_html( ': ' . $mentorship_goal['title'] ); ?></span>
									</button>
								</form>
							<?php endif; ?>
						</li>
					<?php endforeach; ?>
				</ul>
			<?php else : ?>
				<p><?php esc_html_e( 'Set your goals for the cohort in week one: what you want to have done by the end.', 'mentorship-program' ); ?></p>
			<?php endif; ?>

			<?php if ( $mentorship_own['can_edit'] ) : ?>
				<form method="post" action="<?php echo esc_url( '#mentorship-' . $mentorship_mid ); ?>" class="mentorship-my-form" data-wp-on--submit="actions.addGoal">
					<?php $mentorship_hidden( 'add_goal', $mentorship_mid ); ?>
					<?php $mentorship_summary( $mentorship_result ); ?>
					<div class="mentorship-my-row">
						<p class="mentorship-my-grow">
							<?php $mentorship_err = $mentorship_error( $mentorship_result, 'title' ); ?>
							<label for="<?php echo esc_attr( $mentorship_form . '-new' ); ?>"><?php esc_html_e( 'New goal', 'mentorship-program' ); ?></label>
							<input type="text" id="<?php echo esc_attr( $mentorship_form . '-new' ); ?>" name="title" required maxlength="200" value="<?php echo esc_attr( (string) ( $mentorship_values['title'] ?? '' ) ); ?>"<?php echo $mentorship_field_attrs( $mentorship_form . '-new', $mentorship_err ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in the closure. ?> />
							<?php $mentorship_error_text( $mentorship_form . '-new', $mentorship_err ); ?>
						</p>
						<p>
							<?php $mentorship_err = $mentorship_error( $mentorship_result, 'due_week' ); ?>
							<label for="<?php echo esc_attr( $mentorship_form . '-week' ); ?>"><?php esc_html_e( 'Due in week (optional)', 'mentorship-program' ); ?></label>
							<input type="number" id="<?php echo esc_attr( $mentorship_form . '-week' ); ?>" name="due_week" min="1" max="52" value="<?php echo esc_attr( (string) ( $mentorship_values['due_week'] ?? '' ) ); ?>"<?php echo $mentorship_field_attrs( $mentorship_form . '-week', $mentorship_err ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in the closure. ?> />
							<?php $mentorship_error_text( $mentorship_form . '-week', $mentorship_err ); ?>
						</p>
					</div>
					<p><button type="submit" class="wp-element-button" data-wp-bind--aria-disabled="context.busy"><?php esc_html_e( 'Add goal', 'mentorship-program' ); ?></button></p>
				</form>
			<?php endif; ?>
			<p class="mentorship-my-message" role="status" tabindex="-1" data-wp-text="context.message"></p>

			<h3><?php esc_html_e( 'Check-ins', 'mentorship-program' ); ?></h3>
			<?php if ( $mentorship_own['checkins'] ) : ?>
				<ul class="mentorship-my-checkins">
					<?php foreach ( $mentorship_own['checkins'] as $mentorship_checkin ) : ?>
						<li>
							<strong><time datetime="<?php echo esc_attr( (string) $mentorship_checkin['held_on'] ); ?>"><?php echo esc_html( $mentorship_date( (string) $mentorship_checkin['held_on'] ) ); ?></time></strong>
							— <?php echo esc_html( (string) $mentorship_checkin['kind_label'] ); ?>
							<?php if ( empty( $mentorship_checkin['attended'] ) ) : ?>
								<em><?php esc_html_e( '(you were not there)', 'mentorship-program' ); ?></em>
							<?php endif; ?>
							<p><?php echo esc_html( (string) $mentorship_checkin['covered'] ); ?></p>
							<?php if ( '' !== (string) $mentorship_checkin['next_steps'] ) : ?>
								<p><strong><?php esc_html_e( 'Next steps:', 'mentorship-program' ); ?></strong> <?php echo esc_html( (string) $mentorship_checkin['next_steps'] ); ?></p>
							<?php endif; ?>
						</li>
					<?php endforeach; ?>
				</ul>
			<?php else : ?>
				<p><?php esc_html_e( 'No check-ins yet. Your mentor logs each meeting here.', 'mentorship-program' ); ?></p>
			<?php endif; ?>
			<?php echo Mentorship_Program\Graduation\Block_Section::mentee( $mentorship_mid, get_current_user_id(), 3 ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in Block_Section. ?>
		</section>
	<?php endforeach; ?>

	<?php echo \Mentorship_Program\Nudges\Opt_Out::render_toggle( get_current_user_id() ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside. ?>
</div>
