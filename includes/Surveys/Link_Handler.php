<?php
/**
 * The survey and follow-up pages: private links without an account, and the same
 * forms for logged-in people.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Surveys;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Teams\Taxonomies;
use WP_Error;
use Mentorship_Program\Notifications\Mailer;
use Mentorship_Program\Privacy\Private_Link_Page;

/**
 * Works as the status links do (see Blocks\Status_Link_Handler):
 *
 * 1. the e-mailed link is `{status page}?mentorship_survey={id}.{secret}` (or
 *    `mentorship_followup=` for a retention follow-up);
 * 2. before anything renders, the token is checked, moved into an HttpOnly,
 *    SameSite=Lax cookie for this browser session, and the browser is sent on with a
 *    303 to the page without it;
 * 3. the page is sent with `Referrer-Policy: no-referrer`, `X-Robots-Tag: noindex`
 *    and no caching.
 *
 * The form shows on the page of the "My application" block, in place of the block,
 * for whoever holds the link; a logged-in person opens their survey from the My
 * mentorship block (`?mentorship_survey_id=`) and posts with a nonce instead. Every
 * form is a plain POST: no JavaScript needed.
 *
 * @since 0.3.0
 */
final class Link_Handler {

	public const COOKIE_SURVEY   = 'mentorship_survey';
	public const COOKIE_FOLLOWUP = 'mentorship_followup';
	public const NOTICE          = 'mentorship_notice';
	public const SURVEY_ID       = 'mentorship_survey_id';
	public const ACTION_ANSWER   = 'survey_answer';
	public const ACTION_FOLLOWUP = 'followup_answer';
	public const ACTION_STOP     = 'followup_stop';
	public const ACTION_FORGET   = 'survey_forget';

	/**
	 * Errors and values of a form posted in this request.
	 *
	 * @var array{errors: array<string, string>, values: array<string, mixed>, message: string}|null
	 */
	private static ?array $posted = null;

	/**
	 * Adds hooks.
	 *
	 * @since 0.3.0
	 */
	public function register(): void {
		add_action( 'template_redirect', array( $this, 'handle' ), 1 );
		add_filter( 'render_block_mentorship-program/my-application', array( self::class, 'render_status_block' ), 10, 1 );
		add_filter( 'render_block_mentorship-program/my-mentorship', array( self::class, 'append_open_surveys' ), 10, 1 );
	}

	/**
	 * Forgets a form posted in this request (between tests).
	 *
	 * @since 0.3.0
	 */
	public static function reset(): void {
		self::$posted = null;
	}

	/**
	 * Opens a link, or runs a posted form.
	 *
	 * @since 0.3.0
	 */
	public function handle(): void {
		// phpcs:disable WordPress.Security.NonceVerification -- the link's secret and a keyed check field stand in for nonces for visitors; logged-in forms carry a nonce, checked in act().
		foreach ( array(
			Invitations::QUERY_ARG => self::COOKIE_SURVEY,
			Followups::QUERY_ARG   => self::COOKIE_FOLLOWUP,
		) as $arg => $cookie ) {
			if ( isset( $_GET[ $arg ] ) ) {
				Private_Link_Page::protect();
				$token = is_string( $_GET[ $arg ] ) ? sanitize_text_field( wp_unslash( $_GET[ $arg ] ) ) : '';
				$valid = Invitations::QUERY_ARG === $arg ? null !== Invitations::verify( $token ) : null !== Followups::verify( $token );
				Private_Link_Page::keep_token( $cookie, $valid ? $token : '' );
				$keep = Followups::QUERY_ARG === $arg && isset( $_GET['mentorship_do'] ) && 'stop' === $_GET['mentorship_do'] ? array( 'mentorship_do' => 'stop' ) : array();
				self::redirect( $valid ? '' : 'survey_invalid', $keep );
				return;
			}
		}
		$method = isset( $_SERVER['REQUEST_METHOD'] ) ? strtoupper( sanitize_key( wp_unslash( $_SERVER['REQUEST_METHOD'] ) ) ) : '';
		$action = isset( $_POST['mentorship_action'] ) && is_string( $_POST['mentorship_action'] ) ? sanitize_key( wp_unslash( $_POST['mentorship_action'] ) ) : '';
		if ( 'POST' === $method && in_array( $action, array( self::ACTION_ANSWER, self::ACTION_FOLLOWUP, self::ACTION_STOP, self::ACTION_FORGET ), true ) ) {
			Private_Link_Page::protect();
			$notice = self::act( $action, wp_unslash( $_POST ) );
			if ( null !== $notice ) {
				self::redirect( $notice, isset( $_GET[ self::SURVEY_ID ] ) ? array( self::SURVEY_ID => absint( $_GET[ self::SURVEY_ID ] ) ) : array() );
			}
			return;
		}
		if ( self::current_survey() || self::current_followup() || isset( $_GET[ self::SURVEY_ID ] ) ) {
			Private_Link_Page::protect();
		}
		// phpcs:enable WordPress.Security.NonceVerification
	}

	/**
	 * Sends the browser on to this page without the token, with a notice.
	 *
	 * @param string               $notice Notice, or ''.
	 * @param array<string, mixed> $keep   Query arguments to keep.
	 */
	private static function redirect( string $notice, array $keep = array() ): void {
		Private_Link_Page::redirect(
			array( Invitations::QUERY_ARG, Followups::QUERY_ARG, self::NOTICE, 'mentorship_do', self::SURVEY_ID ),
			array_merge( $keep, '' !== $notice ? array( self::NOTICE => $notice ) : array() )
		);
	}

	/**
	 * The survey link held by this browser, checked, or null.
	 *
	 * @return array<string, mixed>|null
	 */
	public static function current_survey(): ?array {
		$token = Private_Link_Page::held_token( self::COOKIE_SURVEY );
		return '' !== $token ? Invitations::verify( $token ) : null;
	}

	/**
	 * The follow-up link held by this browser, checked, or null.
	 *
	 * @return array<string, mixed>|null
	 */
	public static function current_followup(): ?array {
		$token = Private_Link_Page::held_token( self::COOKIE_FOLLOWUP );
		return '' !== $token ? Followups::verify( $token ) : null;
	}

	/**
	 * The logged-in person's application that a survey asks, or null.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed> $survey  Survey.
	 * @param int                  $user_id User.
	 * @return array<string, mixed>|null
	 */
	public static function user_application( array $survey, int $user_id ): ?array {
		if ( ! $user_id ) {
			return null;
		}
		$ids         = get_posts(
			array(
				'post_type'      => 'mentor' === $survey['audience'] ? Post_Types::MENTOR : Post_Types::MENTEE,
				'post_status'    => Applications::statuses(),
				'author'         => $user_id,
				'fields'         => 'ids',
				'posts_per_page' => 1,
				'no_found_rows'  => true,
				'tax_query'      => array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_tax_query -- one person's posts.
					array(
						'taxonomy' => Taxonomies::COHORT,
						'field'    => 'term_id',
						'terms'    => (int) $survey['cohort_id'],
					),
				),
			)
		);
		$application = $ids ? Applications::get( (int) $ids[0] ) : null;
		return $application && Surveys::asks( $survey, $application ) ? $application : null;
	}

	/**
	 * The survey this request shows and whose answer it is: from the link held, or for
	 * the logged-in person.
	 *
	 * @return array{survey: array<string, mixed>, application: array<string, mixed>, hash: string}|null
	 */
	private static function survey_context(): ?array {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- which survey to show; the answer is the user's own.
		$asked = isset( $_GET[ self::SURVEY_ID ] ) ? absint( $_GET[ self::SURVEY_ID ] ) : 0;
		if ( $asked && is_user_logged_in() ) {
			$survey      = Surveys::get( $asked );
			$application = $survey ? self::user_application( $survey, get_current_user_id() ) : null;
			return $survey && $application ? array(
				'survey'      => $survey,
				'application' => $application,
				'hash'        => '',
			) : null;
		}
		$link = self::current_survey();
		return $link ? array(
			'survey'      => $link['survey'],
			'application' => $link['application'],
			'hash'        => $link['hash'],
		) : null;
	}

	/**
	 * The value a form posted by a link's holder must carry: bound to the link's stored
	 * hash, so a form made elsewhere, or for another link, does nothing.
	 *
	 * @param string $hash    Stored hash of the link.
	 * @param string $purpose What the form does.
	 * @return string
	 */
	private static function proof( string $hash, string $purpose ): string {
		return hash_hmac( 'sha256', $purpose . '|' . $hash, wp_salt( 'nonce' ) );
	}

	/**
	 * Whether a posted form carries the right check: the link's proof, or a nonce for
	 * logged-in forms.
	 *
	 * @param array<string, mixed> $post    Unslashed $_POST.
	 * @param string               $hash    Link hash, '' for logged-in forms.
	 * @param string               $purpose Purpose.
	 * @return bool
	 */
	private static function checked( array $post, string $hash, string $purpose ): bool {
		$given = is_string( $post['mentorship_check'] ?? null ) ? $post['mentorship_check'] : '';
		if ( '' === $hash ) {
			return (bool) wp_verify_nonce( $given, 'mentorship-' . $purpose );
		}
		return hash_equals( self::proof( $hash, $purpose ), $given );
	}

	/**
	 * The check field of a form.
	 *
	 * @param string $hash    Link hash, '' for logged-in forms.
	 * @param string $purpose Purpose.
	 * @return string
	 */
	private static function check_value( string $hash, string $purpose ): string {
		return '' === $hash ? wp_create_nonce( 'mentorship-' . $purpose ) : self::proof( $hash, $purpose );
	}

	/**
	 * Runs a posted form.
	 *
	 * @since 0.3.0
	 *
	 * @param string               $action Action.
	 * @param array<string, mixed> $post   Unslashed $_POST.
	 * @return string|null Notice to redirect with, or null to show the form again with its errors.
	 */
	public static function act( string $action, array $post ): ?string {
		if ( self::ACTION_FORGET === $action ) {
			Private_Link_Page::keep_token( self::COOKIE_SURVEY, '' );
			Private_Link_Page::keep_token( self::COOKIE_FOLLOWUP, '' );
			return 'survey_forgotten';
		}
		if ( self::ACTION_ANSWER === $action ) {
			$context = self::survey_context();
			if ( ! $context || (int) ( $post['mentorship_survey'] ?? 0 ) !== (int) $context['survey']['id'] || ! self::checked( $post, $context['hash'], 'survey-' . $context['survey']['id'] ) ) {
				return 'survey_invalid';
			}
			$raw    = isset( $post['mentorship_answer'] ) && is_array( $post['mentorship_answer'] ) ? $post['mentorship_answer'] : array();
			$result = Answers::save( (int) $context['survey']['id'], (int) $context['application']['id'], $raw );
			if ( is_wp_error( $result ) ) {
				self::keep_posted( $result, $raw );
				return null;
			}
			return $result['created'] ? 'survey_saved' : 'survey_updated';
		}
		$followup = self::current_followup();
		if ( ! $followup || ! self::checked( $post, (string) $followup['token_hash'], $action ) ) {
			return 'survey_invalid';
		}
		if ( self::ACTION_STOP === $action ) {
			Followups::opt_out( (int) $followup['application_id'] );
			return 'followup_stopped';
		}
		$result = Followups::answer( (int) $followup['id'], $post );
		if ( is_wp_error( $result ) ) {
			self::keep_posted( $result, $post );
			return null;
		}
		return 'followup_saved';
	}

	/**
	 * Keeps a refused form's values and errors, so the page shows it again with them.
	 *
	 * @param WP_Error             $error  The refusal (its params name the fields).
	 * @param array<string, mixed> $values The values posted.
	 */
	private static function keep_posted( WP_Error $error, array $values ): void {
		$data         = (array) $error->get_error_data();
		self::$posted = array(
			'errors'  => isset( $data['params'] ) ? (array) $data['params'] : array(),
			'values'  => $values,
			'message' => $error->get_error_message(),
		);
	}

	/**
	 * Texts of the notices.
	 *
	 * @return array<string, array{0: string, 1: string}>
	 */
	private static function notices(): array {
		return array(
			'survey_saved'     => array( __( 'Thank you: your answers are saved.', 'mentorship-program' ), 'success' ),
			'survey_updated'   => array( __( 'Your changes are saved.', 'mentorship-program' ), 'success' ),
			'survey_invalid'   => array( __( 'This link does not work. It may be mistyped, or it is no longer valid.', 'mentorship-program' ), 'error' ),
			'survey_forgotten' => array( __( 'This device no longer holds your link.', 'mentorship-program' ), 'info' ),
			'followup_saved'   => array( __( 'Thank you for telling us.', 'mentorship-program' ), 'success' ),
			'followup_stopped' => array( __( 'Done: we will not ask you again.', 'mentorship-program' ), 'success' ),
		);
	}

	/**
	 * The notice's markup, or ''.
	 *
	 * @return string
	 */
	private static function notice_html(): string {
		return Private_Link_Page::notice_html( self::notices(), Private_Link_Page::notice( self::NOTICE ) );
	}

	/**
	 * The status page's block: the survey or follow-up of the link held, in its place.
	 *
	 * @since 0.3.0
	 *
	 * @param string $content The block's own markup.
	 * @return string
	 */
	public static function render_status_block( $content ): string {
		$survey   = self::survey_context();
		$followup = $survey ? null : self::current_followup();
		$notice   = Private_Link_Page::notice( self::NOTICE );
		if ( ! $survey && ! $followup ) {
			$notice_html = str_starts_with( $notice, 'survey_' ) || str_starts_with( $notice, 'followup_' ) ? self::notice_html() : '';
			if ( '' === $notice_html ) {
				return (string) $content;
			}
			return '<div class="wp-block-mentorship-program-my-application mentorship-status mentorship-survey">' . $notice_html . '</div>';
		}
		ob_start();
		?>
		<div class="wp-block-mentorship-program-my-application mentorship-status mentorship-survey">
			<?php echo self::notice_html(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in the helper. ?>
			<?php
			if ( $survey ) {
				self::render_survey( $survey );
			} else {
				self::render_followup( $followup );
			}
			?>
			<?php if ( ! $survey || '' !== $survey['hash'] ) : ?>
				<form class="mentorship-status-forget" method="post" action="<?php echo esc_url( remove_query_arg( array( self::NOTICE ) ) ); ?>">
					<input type="hidden" name="mentorship_action" value="<?php echo esc_attr( self::ACTION_FORGET ); ?>" />
					<button type="submit" class="mentorship-status-link-button"><?php esc_html_e( 'Forget my link on this device', 'mentorship-program' ); ?></button>
				</form>
			<?php endif; ?>
		</div>
		<?php
		return (string) ob_get_clean();
	}

	/**
	 * A survey's form (or why it cannot be answered).
	 *
	 * @param array{survey: array<string, mixed>, application: array<string, mixed>, hash: string} $context Context.
	 */
	private static function render_survey( array $context ): void {
		$survey  = $context['survey'];
		$id_base = wp_unique_id( 'mentorship-survey-' );
		$cohort  = Cohorts::get( (int) $survey['cohort_id'] );
		$mine    = Answers::of( (int) $survey['id'], (int) $context['application']['id'] );
		$values  = self::$posted ? self::$posted['values'] : (array) $mine;
		$errors  = self::$posted ? self::$posted['errors'] : array();
		$closed  = Answers::closed_error( $survey );
		$format  = (string) get_option( 'date_format' );
		$closes  = $survey['closes_on'] ? wp_date( $format, (int) strtotime( $survey['closes_on'] . ' 12:00:00 UTC' ) ) : '';
		$here    = remove_query_arg( array( self::NOTICE ) );
		?>
		<section class="mentorship-survey-section" aria-labelledby="<?php echo esc_attr( $id_base . '-title' ); ?>">
			<h2 class="mentorship-status-title" id="<?php echo esc_attr( $id_base . '-title' ); ?>">
				<?php echo esc_html( (string) $survey['title'] ); ?>
				<?php if ( $cohort ) : ?>
					<span class="mentorship-status-cohort"><?php echo esc_html( (string) $cohort['name'] ); ?></span>
				<?php endif; ?>
			</h2>
			<?php if ( $closed ) : ?>
				<p class="mentorship-survey-closed" role="status"><?php echo esc_html( $closed->get_error_message() ); ?></p>
				<?php if ( null !== $mine ) : ?>
					<p><?php esc_html_e( 'Thank you: your answers are counted.', 'mentorship-program' ); ?></p>
				<?php endif; ?>
				<?php
				return;
			endif;
			?>
			<p class="mentorship-survey-intro">
				<?php esc_html_e( 'Your answers are private: mentors never see them, and coordinators see only totals of five people or more.', 'mentorship-program' ); ?>
				<?php
				if ( '' !== $closes ) {
					/* translators: %s: closing date. */
					echo esc_html( sprintf( __( 'You can change your answers until %s.', 'mentorship-program' ), $closes ) );
				}
				?>
			</p>
			<?php if ( null !== $mine && ! self::$posted ) : ?>
				<p class="mentorship-survey-answered"><?php esc_html_e( 'You have answered this survey. Change anything below and save again.', 'mentorship-program' ); ?></p>
			<?php endif; ?>
			<form class="mentorship-survey-form" method="post" action="<?php echo esc_url( $here ); ?>" novalidate>
				<?php if ( self::$posted ) : ?>
					<div class="mentorship-status-notice is-error" role="alert" tabindex="-1">
						<p><?php echo esc_html( self::$posted['message'] ); ?></p>
						<?php if ( $errors ) : ?>
							<ul>
								<?php foreach ( $survey['questions'] as $question ) : ?>
									<?php if ( isset( $errors[ $question['key'] ] ) ) : ?>
										<li><a href="#<?php echo esc_attr( $id_base . '-' . $question['key'] ); ?>"><?php echo esc_html( $question['label'] . ' — ' . $errors[ $question['key'] ] ); ?></a></li>
									<?php endif; ?>
								<?php endforeach; ?>
							</ul>
						<?php endif; ?>
					</div>
				<?php endif; ?>
				<input type="hidden" name="mentorship_action" value="<?php echo esc_attr( self::ACTION_ANSWER ); ?>" />
				<input type="hidden" name="mentorship_survey" value="<?php echo esc_attr( (string) $survey['id'] ); ?>" />
				<input type="hidden" name="mentorship_check" value="<?php echo esc_attr( self::check_value( $context['hash'], 'survey-' . $survey['id'] ) ); ?>" />
				<?php foreach ( $survey['questions'] as $question ) : ?>
					<?php self::render_question( $question, $values[ $question['key'] ] ?? '', $errors[ $question['key'] ] ?? '', $id_base . '-' . $question['key'] ); ?>
				<?php endforeach; ?>
				<p><button type="submit" class="wp-element-button"><?php echo null === $mine ? esc_html__( 'Send my answers', 'mentorship-program' ) : esc_html__( 'Save my changes', 'mentorship-program' ); ?></button></p>
			</form>
		</section>
		<?php
	}

	/**
	 * One question.
	 *
	 * @param array<string, mixed> $question Question.
	 * @param mixed                $value    Current answer.
	 * @param string               $error    Error, or ''.
	 * @param string               $id       Element ID.
	 */
	private static function render_question( array $question, $value, string $error, string $id ): void {
		$name     = 'mentorship_answer[' . $question['key'] . ']';
		$value    = is_scalar( $value ) ? (string) $value : '';
		$describe = '' !== $error ? ' aria-describedby="' . esc_attr( $id . '-error' ) . '"' : '';
		$optional = empty( $question['required'] ) ? ' <span class="mentorship-form-optional">' . esc_html__( '(optional)', 'mentorship-program' ) . '</span>' : '';
		if ( 'text' === $question['kind'] ) {
			?>
			<p class="mentorship-form-field">
				<label class="mentorship-form-label" for="<?php echo esc_attr( $id ); ?>"><?php echo esc_html( (string) $question['label'] ) . $optional; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above. ?></label>
				<textarea id="<?php echo esc_attr( $id ); ?>" name="<?php echo esc_attr( $name ); ?>" rows="4" maxlength="<?php echo esc_attr( (string) Questions::MAX_TEXT ); ?>"<?php echo $describe . ( '' !== $error ? ' aria-invalid="true"' : '' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above. ?>><?php echo esc_textarea( $value ); ?></textarea>
				<?php if ( '' !== $error ) : ?>
					<span class="mentorship-form-error" id="<?php echo esc_attr( $id . '-error' ); ?>"><?php echo esc_html( $error ); ?></span>
				<?php endif; ?>
			</p>
			<?php
			return;
		}
		if ( isset( Questions::SCALES[ $question['kind'] ] ) ) {
			list( $low, $high ) = Questions::SCALES[ $question['kind'] ];
			$options            = array();
			for ( $n = $low; $n <= $high; $n++ ) {
				$options[ (string) $n ] = (string) $n;
			}
			$hint = 'nps' === $question['kind']
				? __( '0 means not at all likely, 10 extremely likely.', 'mentorship-program' )
				: __( '1 means not at all, 5 very much.', 'mentorship-program' );
		} else {
			$options = array_combine( (array) $question['options'], (array) $question['options'] );
			$hint    = '';
		}
		$describe_ids = trim( ( '' !== $hint ? $id . '-hint ' : '' ) . ( '' !== $error ? $id . '-error' : '' ) );
		?>
		<fieldset class="mentorship-form-field mentorship-survey-question is-<?php echo esc_attr( (string) $question['kind'] ); ?>" id="<?php echo esc_attr( $id ); ?>"<?php echo '' !== $describe_ids ? ' aria-describedby="' . esc_attr( $describe_ids ) . '"' : ''; ?>>
			<legend class="mentorship-form-label"><?php echo esc_html( (string) $question['label'] ) . $optional; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above. ?></legend>
			<?php if ( '' !== $hint ) : ?>
				<p class="mentorship-form-hint" id="<?php echo esc_attr( $id . '-hint' ); ?>"><?php echo esc_html( $hint ); ?></p>
			<?php endif; ?>
			<span class="mentorship-survey-options">
				<?php foreach ( $options as $option_value => $option_label ) : ?>
					<label class="mentorship-survey-option">
						<input type="radio" name="<?php echo esc_attr( $name ); ?>" value="<?php echo esc_attr( (string) $option_value ); ?>"<?php checked( $value, (string) $option_value ); ?><?php echo ! empty( $question['required'] ) ? ' required' : ''; ?> />
						<span><?php echo esc_html( (string) $option_label ); ?></span>
					</label>
				<?php endforeach; ?>
			</span>
			<?php if ( '' !== $error ) : ?>
				<span class="mentorship-form-error" id="<?php echo esc_attr( $id . '-error' ); ?>"><?php echo esc_html( $error ); ?></span>
			<?php endif; ?>
		</fieldset>
		<?php
	}

	/**
	 * A follow-up's two questions, or the confirmation of stopping them.
	 *
	 * @param array<string, mixed> $followup Follow-up row with its application.
	 */
	private static function render_followup( array $followup ): void {
		$id_base = wp_unique_id( 'mentorship-followup-' );
		$here    = remove_query_arg( array( self::NOTICE, 'mentorship_do' ) );
		$values  = self::$posted ? self::$posted['values'] : array(
			'contributing' => null === $followup['contributing'] ? '' : ( (int) $followup['contributing'] ? 'yes' : 'no' ),
			'where'        => (string) $followup['where_text'],
			'where_url'    => (string) $followup['where_url'],
		);
		$errors  = self::$posted ? self::$posted['errors'] : array();
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- which step to show.
		$stopping = isset( $_GET['mentorship_do'] ) && 'stop' === $_GET['mentorship_do'];
		$stopped  = (bool) get_post_meta( (int) $followup['application_id'], Followups::OPT_OUT_META, true );
		?>
		<section class="mentorship-survey-section" aria-labelledby="<?php echo esc_attr( $id_base . '-title' ); ?>">
			<h2 class="mentorship-status-title" id="<?php echo esc_attr( $id_base . '-title' ); ?>">
				<?php
				/* translators: %d: days since graduation. */
				echo esc_html( sprintf( __( '%d days after graduating', 'mentorship-program' ), (int) $followup['days'] ) );
				?>
			</h2>
			<?php if ( $stopping && ! $stopped ) : ?>
				<form method="post" action="<?php echo esc_url( $here ); ?>">
					<p><?php esc_html_e( 'Stop these e-mails? We will not ask you again whether you still contribute.', 'mentorship-program' ); ?></p>
					<input type="hidden" name="mentorship_action" value="<?php echo esc_attr( self::ACTION_STOP ); ?>" />
					<input type="hidden" name="mentorship_check" value="<?php echo esc_attr( self::proof( (string) $followup['token_hash'], self::ACTION_STOP ) ); ?>" />
					<p><button type="submit" class="wp-element-button"><?php esc_html_e( 'Yes, stop asking me', 'mentorship-program' ); ?></button></p>
				</form>
			<?php endif; ?>
			<form class="mentorship-survey-form" method="post" action="<?php echo esc_url( $here ); ?>" novalidate>
				<?php if ( self::$posted ) : ?>
					<p class="mentorship-status-notice is-error" role="alert"><?php echo esc_html( self::$posted['message'] ); ?></p>
				<?php endif; ?>
				<input type="hidden" name="mentorship_action" value="<?php echo esc_attr( self::ACTION_FOLLOWUP ); ?>" />
				<input type="hidden" name="mentorship_check" value="<?php echo esc_attr( self::proof( (string) $followup['token_hash'], self::ACTION_FOLLOWUP ) ); ?>" />
				<fieldset class="mentorship-form-field mentorship-survey-question"<?php echo isset( $errors['contributing'] ) ? ' aria-describedby="' . esc_attr( $id_base . '-contributing-error' ) . '"' : ''; ?>>
					<legend class="mentorship-form-label"><?php esc_html_e( 'Are you still contributing?', 'mentorship-program' ); ?></legend>
					<span class="mentorship-survey-options">
						<label class="mentorship-survey-option"><input type="radio" name="contributing" value="yes" required<?php checked( $values['contributing'] ?? '', 'yes' ); ?> /> <span><?php esc_html_e( 'Yes', 'mentorship-program' ); ?></span></label>
						<label class="mentorship-survey-option"><input type="radio" name="contributing" value="no"<?php checked( $values['contributing'] ?? '', 'no' ); ?> /> <span><?php esc_html_e( 'No', 'mentorship-program' ); ?></span></label>
					</span>
					<?php if ( isset( $errors['contributing'] ) ) : ?>
						<span class="mentorship-form-error" id="<?php echo esc_attr( $id_base . '-contributing-error' ); ?>"><?php echo esc_html( $errors['contributing'] ); ?></span>
					<?php endif; ?>
				</fieldset>
				<p class="mentorship-form-field">
					<label class="mentorship-form-label" for="<?php echo esc_attr( $id_base . '-where' ); ?>"><?php esc_html_e( 'Where?', 'mentorship-program' ); ?> <span class="mentorship-form-optional"><?php esc_html_e( '(optional)', 'mentorship-program' ); ?></span></label>
					<input type="text" id="<?php echo esc_attr( $id_base . '-where' ); ?>" name="where" maxlength="200" value="<?php echo esc_attr( is_string( $values['where'] ?? null ) ? $values['where'] : '' ); ?>" />
				</p>
				<p class="mentorship-form-field">
					<label class="mentorship-form-label" for="<?php echo esc_attr( $id_base . '-url' ); ?>"><?php esc_html_e( 'Link', 'mentorship-program' ); ?> <span class="mentorship-form-optional"><?php esc_html_e( '(optional)', 'mentorship-program' ); ?></span></label>
					<input type="url" id="<?php echo esc_attr( $id_base . '-url' ); ?>" name="where_url" maxlength="300" inputmode="url" value="<?php echo esc_attr( is_string( $values['where_url'] ?? null ) ? $values['where_url'] : '' ); ?>"<?php echo isset( $errors['where_url'] ) ? ' aria-invalid="true" aria-describedby="' . esc_attr( $id_base . '-url-error' ) . '"' : ''; ?> />
					<?php if ( isset( $errors['where_url'] ) ) : ?>
						<span class="mentorship-form-error" id="<?php echo esc_attr( $id_base . '-url-error' ); ?>"><?php echo esc_html( $errors['where_url'] ); ?></span>
					<?php endif; ?>
				</p>
				<p><button type="submit" class="wp-element-button"><?php esc_html_e( 'Send', 'mentorship-program' ); ?></button></p>
			</form>
		</section>
		<?php
	}

	/**
	 * The My mentorship block: the surveys open for the logged-in person, each with a
	 * link to its form.
	 *
	 * @since 0.3.0
	 *
	 * @param string $content The block's markup.
	 * @return string
	 */
	public static function append_open_surveys( $content ): string {
		$user_id = get_current_user_id();
		if ( ! $user_id ) {
			return (string) $content;
		}
		$ids   = get_posts(
			array(
				'post_type'      => array( Post_Types::MENTEE, Post_Types::MENTOR ),
				'post_status'    => Applications::statuses(),
				'author'         => $user_id,
				'fields'         => 'ids',
				'posts_per_page' => 20,
				'no_found_rows'  => true,
			)
		);
		$items = array();
		foreach ( array_map( 'intval', $ids ) as $id ) {
			$application = Applications::get( $id );
			foreach ( $application ? Surveys::open_for( $application ) : array() as $survey ) {
				$done    = null !== Answers::of( (int) $survey['id'], $id );
				$items[] = '<li><a href="' . esc_url( add_query_arg( self::SURVEY_ID, (int) $survey['id'], Mailer::status_url() ) ) . '">' . esc_html( (string) $survey['title'] ) . '</a>'
					. ( $done ? ' <span class="mentorship-survey-done">' . esc_html__( '(answered — you can still change it)', 'mentorship-program' ) . '</span>' : '' ) . '</li>';
			}
		}
		if ( ! $items ) {
			return (string) $content;
		}
		$section = '<section class="mentorship-my-surveys"><h3>' . esc_html__( 'Surveys for you', 'mentorship-program' ) . '</h3><ul>' . implode( '', $items ) . '</ul></section>';
		// Inside the block's wrapper, before its closing tag.
		$position = strrpos( (string) $content, '</div>' );
		return false === $position ? $content . $section : substr_replace( (string) $content, $section, $position, 0 );
	}
}
