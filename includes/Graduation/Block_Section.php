<?php
/**
 * The "Graduation" part of the My mentorship block: the criteria, met or not, the
 * contribution link, the mentor's confirmation, the name agreement and the certificate.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Graduation;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;

/**
 * Server-rendered markup that posts to Form_Handler without JavaScript. Shows only
 * what the current user may read, and fields only they may change.
 *
 * @since 0.3.0
 */
final class Block_Section {

	/**
	 * A mentee's graduation part, for the mentee themself or their mentor.
	 *
	 * @since 0.3.0
	 *
	 * @param int $mentee_id Mentee application.
	 * @param int $user_id   Current user.
	 * @param int $level     Heading level of the part (3 or 4).
	 * @return string HTML.
	 */
	public static function mentee( int $mentee_id, int $user_id, int $level = 4 ): string {
		$mentee = Applications::get( $mentee_id );
		if ( ! $mentee || 'mentee' !== $mentee['type'] || ! Progress::can_read( $user_id, $mentee_id ) ) {
			return '';
		}
		$result      = Evaluator::evaluate( $mentee );
		$progress    = Progress::get( $mentee_id );
		$writable    = Progress::writable_by( $user_id, $mentee );
		$own         = in_array( 'name_on_certificate', $writable, true );
		$certificate = $own ? Certificates::describe( $mentee_id ) : null;
		$id          = 'mentorship-graduation-' . $mentee_id;
		ob_start();
		?>
		<div class="mentorship-my-graduation" id="<?php echo esc_attr( $id ); ?>">
			<?php echo 3 === $level ? '<h3>' : '<h4>'; ?><?php esc_html_e( 'Graduation', 'mentorship-program' ); ?><?php echo 3 === $level ? '</h3>' : '</h4>'; ?>
			<?php self::notice( $mentee_id ); ?>
			<?php if ( $certificate ) : ?>
				<p class="mentorship-my-certificate">
					<?php if ( $certificate['revoked'] ) : ?>
						<?php esc_html_e( 'Your certificate was revoked.', 'mentorship-program' ); ?>
					<?php else : ?>
						<a href="<?php echo esc_url( $certificate['url'] ); ?>"><?php esc_html_e( 'Your certificate', 'mentorship-program' ); ?></a>
						— <?php esc_html_e( 'share this private link with anyone who should be able to check it.', 'mentorship-program' ); ?>
					<?php endif; ?>
				</p>
			<?php endif; ?>
			<?php echo self::checklist( $result['criteria'] ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in checklist(). ?>
			<?php if ( $writable ) : ?>
				<?php self::form( $mentee_id, $writable, $progress, $id ); ?>
			<?php elseif ( '' !== $progress['contribution_link'] ) : ?>
				<p><?php esc_html_e( 'First contribution:', 'mentorship-program' ); ?> <a href="<?php echo esc_url( $progress['contribution_link'] ); ?>"><?php echo esc_html( $progress['contribution_link'] ); ?></a></p>
			<?php endif; ?>
		</div>
		<?php
		return (string) ob_get_clean();
	}

	/**
	 * A mentor's own part for a cohort: their name agreement and their certificate.
	 *
	 * @since 0.3.0
	 *
	 * @param int $mentor_id Mentor application.
	 * @param int $user_id   Current user.
	 * @return string HTML.
	 */
	public static function mentor( int $mentor_id, int $user_id ): string {
		$mentor = Applications::get( $mentor_id );
		if ( ! $mentor || 'mentor' !== $mentor['type'] || ! in_array( 'name_on_certificate', Progress::writable_by( $user_id, $mentor ), true ) ) {
			return '';
		}
		$certificate = Certificates::describe( $mentor_id );
		$id          = 'mentorship-graduation-' . $mentor_id;
		ob_start();
		?>
		<div class="mentorship-my-graduation" id="<?php echo esc_attr( $id ); ?>">
			<?php self::notice( $mentor_id ); ?>
			<?php if ( $certificate && ! $certificate['revoked'] ) : ?>
				<p class="mentorship-my-certificate"><a href="<?php echo esc_url( $certificate['url'] ); ?>"><?php esc_html_e( 'Your mentor certificate for this cohort', 'mentorship-program' ); ?></a></p>
			<?php endif; ?>
			<?php self::form( $mentor_id, array( 'name_on_certificate' ), Progress::get( $mentor_id ), $id ); ?>
		</div>
		<?php
		return (string) ob_get_clean();
	}

	/**
	 * The criteria as a list, each with ✓ or ✗ and words.
	 *
	 * @since 0.3.0
	 *
	 * @param array<int, array<string, mixed>> $criteria Results of Evaluator::evaluate().
	 * @return string HTML.
	 */
	public static function checklist( array $criteria ): string {
		if ( ! $criteria ) {
			return '';
		}
		$html = '<ul class="mentorship-my-criteria">';
		foreach ( $criteria as $check ) {
			$html .= sprintf(
				'<li class="%1$s"><span aria-hidden="true">%2$s</span> <strong>%3$s</strong> %4$s — %5$s</li>',
				esc_attr( $check['met'] ? 'is-met' : 'is-unmet' ),
				$check['met'] ? '✓' : '✗',
				esc_html( $check['met'] ? __( 'Met:', 'mentorship-program' ) : __( 'Not met:', 'mentorship-program' ) ),
				esc_html( (string) $check['label'] ),
				esc_html( (string) $check['text'] )
			);
		}
		return $html . '</ul>';
	}

	/**
	 * The result of this request's post for a record, if any.
	 *
	 * @param int $target Application.
	 */
	private static function notice( int $target ): void {
		$result = Form_Handler::result_for( Form_Handler::ACTION, $target );
		if ( $result && '' !== $result['message'] ) {
			echo '<p class="mentorship-my-error" role="alert">' . esc_html( (string) $result['message'] ) . '</p>';
			return;
		}
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a display flag set by our own redirect.
		$saved = isset( $_GET[ Form_Handler::SAVED_ARG ] ) ? absint( wp_unslash( $_GET[ Form_Handler::SAVED_ARG ] ) ) : 0;
		if ( $saved === $target ) {
			echo '<p class="mentorship-my-notice" role="status">' . esc_html__( 'Graduation details saved.', 'mentorship-program' ) . '</p>';
		}
	}

	/**
	 * The form of the fields the user may change.
	 *
	 * @param int                  $target   Application.
	 * @param string[]             $writable Fields.
	 * @param array<string, mixed> $progress Current values.
	 * @param string               $id       Element ID prefix.
	 */
	private static function form( int $target, array $writable, array $progress, string $id ): void {
		$is_mentor_record = \Mentorship_Program\Applications\Post_Types::MENTOR === get_post_type( $target );
		?>
		<form method="post" class="mentorship-my-graduation-form">
			<input type="hidden" name="mentorship_action" value="<?php echo esc_attr( Form_Handler::ACTION ); ?>" />
			<input type="hidden" name="mentorship_nonce" value="<?php echo esc_attr( wp_create_nonce( Form_Handler::NONCE_ACTION ) ); ?>" />
			<input type="hidden" name="target" value="<?php echo esc_attr( (string) $target ); ?>" />
			<?php foreach ( $writable as $field ) : ?>
				<input type="hidden" name="fields[]" value="<?php echo esc_attr( $field ); ?>" />
			<?php endforeach; ?>
			<?php if ( in_array( 'contribution_link', $writable, true ) ) : ?>
				<p>
					<label for="<?php echo esc_attr( $id . '-link' ); ?>"><?php esc_html_e( 'Link to the first contribution', 'mentorship-program' ); ?></label>
					<input type="url" id="<?php echo esc_attr( $id . '-link' ); ?>" name="contribution_link" maxlength="<?php echo esc_attr( (string) Progress::MAX_LINK ); ?>" value="<?php echo esc_attr( (string) $progress['contribution_link'] ); ?>" placeholder="https://" />
				</p>
			<?php endif; ?>
			<?php if ( in_array( 'mentor_confirmed', $writable, true ) ) : ?>
				<p class="mentorship-my-check">
					<input type="checkbox" id="<?php echo esc_attr( $id . '-ready' ); ?>" name="mentor_confirmed" value="1" <?php checked( (bool) $progress['mentor_confirmed'] ); ?> />
					<label for="<?php echo esc_attr( $id . '-ready' ); ?>"><?php esc_html_e( 'I confirm this mentee is ready to graduate', 'mentorship-program' ); ?></label>
				</p>
			<?php endif; ?>
			<?php if ( in_array( 'name_on_certificate', $writable, true ) ) : ?>
				<p class="mentorship-my-check">
					<input type="checkbox" id="<?php echo esc_attr( $id . '-name' ); ?>" name="name_on_certificate" value="1" <?php checked( (bool) $progress['name_on_certificate'] ); ?> />
					<label for="<?php echo esc_attr( $id . '-name' ); ?>">
						<?php
						echo esc_html(
							$is_mentor_record
								? __( 'Show my name on my mentees\' certificates (only where they agree too)', 'mentorship-program' )
								: __( 'Show my mentor\'s name on my certificate (only if they agree too)', 'mentorship-program' )
						);
						?>
					</label>
				</p>
			<?php endif; ?>
			<p><button type="submit" class="wp-element-button"><?php esc_html_e( 'Save', 'mentorship-program' ); ?></button></p>
		</form>
		<?php
	}
}
