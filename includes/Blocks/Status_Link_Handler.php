<?php
/**
 * The private status link on the public site: opening it, the page it lands on, and
 * what its holder may do there (withdraw, ask for the link again, forget it).
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Blocks;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Applications\Audit_Trail;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Applications\My_Applications;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Applications\Status_Links;
use Mentorship_Program\Notifications\Mailer;
use Mentorship_Program\Privacy\Private_Link_Page;
use Mentorship_Program\Security\Form_Token;
use Mentorship_Program\Security\Rate_Limiter;

/**
 * Keeps the secret out of the address bar, logs, analytics and other sites:
 *
 * 1. the link in the e-mail is `{status page}?mentorship_link={id}.{secret}`;
 * 2. before anything is rendered (so no analytics script, embed or image ever sees
 *    that address), the secret is checked, moved into an HttpOnly, SameSite=Lax
 *    cookie limited to this site's path, and the browser is sent on with a 303 to
 *    the same page without it;
 * 3. the page itself is sent with `Referrer-Policy: no-referrer`, `X-Robots-Tag:
 *    noindex` and no-store caching, so neither links on it, search engines nor page
 *    caches get anything.
 *
 * The one place the secret is written is the web server's own access log line of the
 * first request; see docs/security.md.
 *
 * Works without JavaScript: every action is a plain form posted to the page.
 *
 * @since 0.2.0
 */
final class Status_Link_Handler {

	/**
	 * Cookie that holds the token on this device, for this browser session.
	 */
	public const COOKIE = 'mentorship_link';

	/**
	 * Query argument of a notice to show after a redirect (never a secret).
	 */
	public const NOTICE = 'mentorship_notice';

	/**
	 * Query argument of the withdrawal confirmation step.
	 */
	public const STEP = 'mentorship_step';

	/**
	 * Form actions (the mentorship_action field).
	 */
	public const ACTION_WITHDRAW = 'status_withdraw';
	public const ACTION_RESEND   = 'status_resend';
	public const ACTION_FORGET   = 'status_forget';

	/**
	 * The link of this request, once resolved: false until then.
	 *
	 * @var array<string, mixed>|null|false
	 */
	private static $current = false;

	/**
	 * Adds hooks.
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		add_action( 'template_redirect', array( $this, 'handle' ), 1 );
	}

	/**
	 * Opens a link, runs a posted action, and protects the status page.
	 *
	 * @since 0.2.0
	 */
	public function handle(): void {
		// phpcs:disable WordPress.Security.NonceVerification -- the link's secret, a keyed check field and the form token stand in for nonces: visitors have no session.
		if ( isset( $_GET[ Status_Links::QUERY_ARG ] ) ) {
			Private_Link_Page::protect();
			$token = is_string( $_GET[ Status_Links::QUERY_ARG ] ) ? sanitize_text_field( wp_unslash( $_GET[ Status_Links::QUERY_ARG ] ) ) : '';
			self::redirect( self::open( $token ) );
		}
		$method = isset( $_SERVER['REQUEST_METHOD'] ) ? strtoupper( sanitize_key( wp_unslash( $_SERVER['REQUEST_METHOD'] ) ) ) : '';
		$action = isset( $_POST['mentorship_action'] ) && is_string( $_POST['mentorship_action'] ) ? sanitize_key( wp_unslash( $_POST['mentorship_action'] ) ) : '';
		if ( 'POST' === $method && in_array( $action, array( self::ACTION_WITHDRAW, self::ACTION_RESEND, self::ACTION_FORGET ), true ) ) {
			Private_Link_Page::protect();
			self::redirect( self::act( $action, wp_unslash( $_POST ) ) );
		}
		// phpcs:enable WordPress.Security.NonceVerification
		if ( self::is_status_page() ) {
			Private_Link_Page::protect();
		}
	}

	/**
	 * Whether this request shows the "My application" block.
	 *
	 * @return bool
	 */
	private static function is_status_page(): bool {
		$post = get_queried_object();
		return is_singular() && $post instanceof \WP_Post && has_block( 'mentorship-program/my-application', $post );
	}

	/**
	 * Opens a link: confirms the address when it came from the e-mail, and keeps the
	 * token in a cookie for this browser session.
	 *
	 * @param string $token Token from the link.
	 * @return string Notice to show.
	 */
	public static function open( string $token ): string {
		$found = Status_Links::verify( $token );
		if ( ! $found ) {
			self::set_cookie( '' );
			return 'invalid';
		}
		$application = $found['application'];
		$id          = (int) $application['id'];
		if ( 'mail' !== $found['kind'] ) {
			self::set_cookie( $token );
			return '';
		}
		$notice = '';
		if ( empty( $application['confirmed'] ) ) {
			$standing = Status_Links::confirm( $id );
			$notice   = 'confirmed';
			if ( $standing && $standing !== $id ) {
				// The person had applied already: that application stands. Its old links
				// cannot be read back, so this device gets a fresh one, sent by mail too.
				$secret = Status_Links::rotate( $standing, 'mail' );
				$token  = $standing . '.' . $secret;
				self::mail_link( $standing );
				$notice = 'merged';
				$id     = $standing;
			} elseif ( ! $standing ) {
				self::set_cookie( '' );
				return 'invalid';
			}
		}
		$user = wp_get_current_user();
		if ( $user->exists() && strtolower( (string) $user->user_email ) === strtolower( (string) $application['fields']['email'] ) ) {
			Status_Links::link_to_user( (int) $user->ID, (string) $user->user_email );
		}
		self::set_cookie( $token );
		return $notice;
	}

	/**
	 * Mails the current link of one application (after it was rotated in this request).
	 *
	 * @param int $id Application.
	 */
	private static function mail_link( int $id ): void {
		$application = Applications::get( $id );
		$url         = Status_Links::issued_url( $id, 'mail' );
		if ( ! $application || '' === $url ) {
			return;
		}
		Mailer::queue(
			$id,
			(string) $application['fields']['email'],
			__( 'Your private link to your mentorship application', 'mentorship-program' ),
			sprintf(
				/* translators: 1: link, 2: site name. */
				__( "Hello,\n\nYou had already applied with this address, so your first application stands. Here is its private link; earlier links no longer work.\n\n%1\$s\n\n— %2\$s", 'mentorship-program' ),
				$url,
				wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES )
			)
		);
	}

	/**
	 * Runs a posted action.
	 *
	 * @param string               $action Action.
	 * @param array<string, mixed> $post   Unslashed $_POST.
	 * @return string Notice to show.
	 */
	public static function act( string $action, array $post ): string {
		if ( self::ACTION_FORGET === $action ) {
			self::set_cookie( '' );
			return 'forgotten';
		}
		if ( self::ACTION_RESEND === $action ) {
			// Bots fill the hidden field: the same answer as everyone, nothing sent.
			if ( isset( $post['website'] ) && '' !== trim( is_scalar( $post['website'] ) ? (string) $post['website'] : 'x' ) ) {
				return 'sent';
			}
			if ( ! is_string( $post['token'] ?? null ) || ! Form_Token::verify( $post['token'] ) ) {
				return 'expired';
			}
			$email  = isset( $post['mentorship_email'] ) && is_string( $post['mentorship_email'] ) ? sanitize_email( $post['mentorship_email'] ) : '';
			$result = Status_Links::resend( $email, Rate_Limiter::client_ip() );
			return is_wp_error( $result ) ? 'limited' : 'sent';
		}
		$link = self::current();
		if ( ! $link || 'mail' !== $link['kind'] ) {
			return 'invalid';
		}
		$application = $link['application'];
		if ( ! hash_equals( self::check( $link ), is_string( $post['mentorship_check'] ?? null ) ? $post['mentorship_check'] : '' ) ) {
			return 'invalid';
		}
		if ( empty( $post['mentorship_confirm'] ) ) {
			return '';
		}
		$result = Applications::transition(
			(int) $application['id'],
			'withdrawn',
			array(
				'note'   => __( 'Withdrawn by the applicant.', 'mentorship-program' ),
				'notify' => true,
				'actor'  => 0,
			)
		);
		return is_wp_error( $result ) ? 'failed' : 'withdrawn';
	}

	/**
	 * The value a withdrawal form must carry: bound to the link's stored hash, so a form
	 * made on another site, or for an older link, does nothing.
	 *
	 * @param array<string, mixed> $link Link from current().
	 * @return string
	 */
	private static function check( array $link ): string {
		return self::proof( $link, 'withdraw' );
	}

	/**
	 * The value a form posted by a link's holder must carry for one purpose: bound to
	 * the link's stored hash, so a form made on another site, or for an older link, does
	 * nothing. Visitors have no session, so this stands in for a nonce.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $link    Link from current().
	 * @param string               $purpose What the form does (e.g. withdraw, share-story).
	 * @return string
	 */
	public static function proof( array $link, string $purpose ): string {
		return hash_hmac( 'sha256', $purpose . '|' . (int) $link['application']['id'] . '|' . $link['hash'], wp_salt( 'nonce' ) );
	}

	/**
	 * Sends the browser on to this page without the secret, with a notice.
	 *
	 * @param string $notice Notice, or ''.
	 */
	private static function redirect( string $notice ): void {
		Private_Link_Page::redirect( array( Status_Links::QUERY_ARG, self::NOTICE, self::STEP ), '' !== $notice ? array( self::NOTICE => $notice ) : array() );
	}

	/**
	 * Stores the token in the browser (or clears it).
	 *
	 * @param string $token Token, or '' to forget.
	 */
	private static function set_cookie( string $token ): void {
		Private_Link_Page::keep_token( self::COOKIE, $token );
		self::$current = false;
	}

	/**
	 * The link held by this browser, checked, or null.
	 *
	 * @return array{application: array<string, mixed>, kind: string, hash: string}|null
	 */
	public static function current(): ?array {
		if ( false === self::$current ) {
			$token         = Private_Link_Page::held_token( self::COOKIE );
			self::$current = '' !== $token ? Status_Links::verify( $token ) : null;
		}
		return self::$current;
	}

	/**
	 * Forgets what was resolved in this request (between tests).
	 */
	public static function reset(): void {
		self::$current = false;
	}

	/**
	 * The notice of this request, if any.
	 *
	 * @return string
	 */
	private static function notice(): string {
		return Private_Link_Page::notice( self::NOTICE );
	}

	/**
	 * Texts of the notices.
	 *
	 * @return array<string, array{0: string, 1: string}> Notice => [ text, kind (success|error|info) ].
	 */
	private static function notices(): array {
		return array(
			'confirmed' => array( __( 'Thank you: your e-mail address is confirmed, and your application is with the coordinators.', 'mentorship-program' ), 'success' ),
			'merged'    => array( __( 'You had already applied with this address, so your first application stands; this is it. We have e-mailed you its new private link.', 'mentorship-program' ), 'info' ),
			'invalid'   => array( __( 'This link does not work. It may be mistyped, or a newer link replaced it. Ask for your link again below.', 'mentorship-program' ), 'error' ),
			'withdrawn' => array( __( 'Your application was withdrawn.', 'mentorship-program' ), 'success' ),
			'failed'    => array( __( 'The application could not be withdrawn. Please try again.', 'mentorship-program' ), 'error' ),
			'sent'      => array( __( 'If this address has an application, we have sent its private link to it. Please check your e-mail, and your spam folder.', 'mentorship-program' ), 'success' ),
			'limited'   => array( __( 'Too many requests from your network. Please wait an hour and try again.', 'mentorship-program' ), 'error' ),
			'expired'   => array( __( 'This form has expired. Please reload the page and try again.', 'mentorship-program' ), 'error' ),
			'forgotten' => array( __( 'This device no longer holds your link. Open the link in your e-mail to see your application again.', 'mentorship-program' ), 'info' ),
		);
	}

	/**
	 * The notice's markup, or ''.
	 *
	 * @return string
	 */
	public static function notice_html(): string {
		return Private_Link_Page::notice_html( self::notices(), self::notice() );
	}

	/**
	 * The "E-mail me my link again" form.
	 *
	 * @param string $id_base Unique ID prefix.
	 * @return string
	 */
	public static function resend_form( string $id_base ): string {
		ob_start();
		?>
		<form class="mentorship-status-resend" method="post" action="<?php echo esc_url( remove_query_arg( array( self::NOTICE, self::STEP ) ) ); ?>" aria-labelledby="<?php echo esc_attr( $id_base . '-resend-title' ); ?>">
			<h2 class="mentorship-status-title" id="<?php echo esc_attr( $id_base . '-resend-title' ); ?>"><?php esc_html_e( 'E-mail me my link again', 'mentorship-program' ); ?></h2>
			<p id="<?php echo esc_attr( $id_base . '-resend-hint' ); ?>"><?php esc_html_e( 'Applied without an account? Enter the address you applied with and we will send you a new private link to your application.', 'mentorship-program' ); ?></p>
			<input type="hidden" name="mentorship_action" value="<?php echo esc_attr( self::ACTION_RESEND ); ?>" />
			<input type="hidden" name="token" value="<?php echo esc_attr( Form_Token::issue() ); ?>" />
			<p>
				<label for="<?php echo esc_attr( $id_base . '-email' ); ?>"><?php esc_html_e( 'E-mail', 'mentorship-program' ); ?></label>
				<input type="email" id="<?php echo esc_attr( $id_base . '-email' ); ?>" name="mentorship_email" autocomplete="email" spellcheck="false" required aria-describedby="<?php echo esc_attr( $id_base . '-resend-hint' ); ?>" />
			</p>
			<div class="mentorship-form-trap" aria-hidden="true" hidden>
				<label for="<?php echo esc_attr( $id_base . '-website' ); ?>"><?php esc_html_e( 'Leave this field empty', 'mentorship-program' ); ?></label>
				<input type="text" id="<?php echo esc_attr( $id_base . '-website' ); ?>" name="website" value="" tabindex="-1" autocomplete="off" />
			</div>
			<p><button type="submit" class="wp-element-button"><?php esc_html_e( 'E-mail me my link', 'mentorship-program' ); ?></button></p>
		</form>
		<?php
		return (string) ob_get_clean();
	}

	/**
	 * The block's markup for a visitor who holds a link, or null to render as usual.
	 *
	 * @param string $wrapper Block wrapper attributes.
	 * @return string|null
	 */
	public static function render_block( string $wrapper ): ?string {
		$link = self::current();
		if ( ! $link ) {
			return null;
		}
		$application = $link['application'];
		$id_base     = wp_unique_id( 'mentorship-link-' );
		$here        = remove_query_arg( array( self::NOTICE, self::STEP ) );
		$title       = 'mentor' === $application['type'] ? __( 'Your mentor application', 'mentorship-program' ) : __( 'Your mentee application', 'mentorship-program' );
		$cohort      = $application['cohort'] ? Cohorts::get( (int) $application['cohort'] ) : null;
		ob_start();
		?>
		<div <?php echo $wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?>>
			<?php echo self::notice_html(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in the helper. ?>
			<section class="mentorship-status-application" aria-labelledby="<?php echo esc_attr( $id_base . '-title' ); ?>">
				<h2 class="mentorship-status-title" id="<?php echo esc_attr( $id_base . '-title' ); ?>">
					<?php echo esc_html( $title ); ?>
					<?php if ( $cohort ) : ?>
						<span class="mentorship-status-cohort"><?php echo esc_html( (string) $cohort['name'] ); ?></span>
					<?php endif; ?>
				</h2>
				<?php
				if ( empty( $application['confirmed'] ) ) {
					// Shown to whoever submitted the form: nothing they did not type themselves.
					?>
					<p class="mentorship-status-stage"><?php esc_html_e( 'Status:', 'mentorship-program' ); ?> <strong><?php esc_html_e( 'Waiting for you to confirm your e-mail address', 'mentorship-program' ); ?></strong></p>
					<p class="mentorship-status-explanation"><?php esc_html_e( 'We have sent a link to the address you gave. Open it to confirm that the address is yours; then your application goes to the coordinators. Unconfirmed applications are removed after a week.', 'mentorship-program' ); ?></p>
					<?php
				} else {
					self::render_application( $link, $id_base, $here );
				}
				?>
			</section>
			<form class="mentorship-status-forget" method="post" action="<?php echo esc_url( $here ); ?>">
				<input type="hidden" name="mentorship_action" value="<?php echo esc_attr( self::ACTION_FORGET ); ?>" />
				<button type="submit" class="mentorship-status-link-button"><?php esc_html_e( 'Forget my link on this device', 'mentorship-program' ); ?></button>
			</form>
		</div>
		<?php
		return (string) ob_get_clean();
	}

	/**
	 * The status, next step, history and withdrawal of a confirmed application.
	 *
	 * @param array<string, mixed> $link    Link from current().
	 * @param string               $id_base Unique ID prefix.
	 * @param string               $here    This page, clean.
	 */
	private static function render_application( array $link, string $id_base, string $here ): void {
		$view    = My_Applications::view( $link['application'] );
		$history = Audit_Trail::for_object( (int) $view['id'], array( 'stage' ) );
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- which step of the page to show.
		$step   = isset( $_GET[ self::STEP ] ) && 'withdraw' === $_GET[ self::STEP ];
		$format = (string) get_option( 'date_format' );
		?>
		<p class="mentorship-status-stage"><?php esc_html_e( 'Status:', 'mentorship-program' ); ?> <strong><?php echo esc_html( (string) $view['stage_label'] ); ?></strong></p>
		<h3><?php esc_html_e( 'Next step', 'mentorship-program' ); ?></h3>
		<p class="mentorship-status-explanation"><?php echo esc_html( (string) $view['explanation'] ); ?></p>
		<?php if ( ! in_array( $view['stage'], array( 'withdrawn', 'declined' ), true ) ) : ?>
			<ol class="mentorship-status-pipeline" aria-label="<?php esc_attr_e( 'Steps of your application', 'mentorship-program' ); ?>">
				<?php foreach ( $view['pipeline'] as $item ) : ?>
					<li class="mentorship-status-step is-<?php echo esc_attr( (string) $item['state'] ); ?>"<?php echo 'current' === $item['state'] ? ' aria-current="step"' : ''; ?>>
						<span class="mentorship-visually-hidden">
							<?php
							if ( 'done' === $item['state'] ) {
								esc_html_e( 'Done:', 'mentorship-program' );
							} elseif ( 'current' === $item['state'] ) {
								esc_html_e( 'Now:', 'mentorship-program' );
							} else {
								esc_html_e( 'Later:', 'mentorship-program' );
							}
							?>
						</span>
						<?php echo esc_html( (string) $item['label'] ); ?>
					</li>
				<?php endforeach; ?>
			</ol>
		<?php endif; ?>
		<?php if ( $view['mentor'] ) : ?>
			<p><?php esc_html_e( 'Your mentor:', 'mentorship-program' ); ?> <?php echo esc_html( (string) $view['mentor']['name'] ); ?></p>
		<?php endif; ?>
		<?php
		// Graduates are invited to share their story, until they have.
		$shareable = 'mail' === $link['kind'] ? \Mentorship_Program\Stories\Stories::shareable_for_link( (int) $view['id'] ) : array();
		?>
		<?php if ( $shareable && 0 === $shareable[0]['story_id'] ) : ?>
			<p class="mentorship-status-share">
				<?php esc_html_e( 'Your journey can help the next newcomer. Would you share it?', 'mentorship-program' ); ?>
				<a href="<?php echo esc_url( \Mentorship_Program\Stories\Stories::share_url( (int) $view['id'] ) ); ?>"><?php esc_html_e( 'Share your story', 'mentorship-program' ); ?></a>
			</p>
		<?php endif; ?>
		<?php if ( $history ) : ?>
			<h3 id="<?php echo esc_attr( $id_base . '-history' ); ?>"><?php esc_html_e( 'History', 'mentorship-program' ); ?></h3>
			<ul class="mentorship-status-history" aria-labelledby="<?php echo esc_attr( $id_base . '-history' ); ?>">
				<?php foreach ( $history as $event ) : ?>
					<?php
					if ( ! in_array( $event['to'], Stages::all_stages(), true ) ) {
						continue;
					}
					?>
					<li>
						<time datetime="<?php echo esc_attr( (string) $event['date'] ); ?>"><?php echo esc_html( wp_date( $format, (int) strtotime( (string) $event['date'] ) ) ); ?></time>:
						<?php echo esc_html( Stages::label( (string) $event['to'] ) ); ?>
					</li>
				<?php endforeach; ?>
			</ul>
		<?php endif; ?>
		<?php if ( $view['can_withdraw'] && 'mail' === $link['kind'] ) : ?>
			<?php if ( $step ) : ?>
				<form class="mentorship-status-confirm" method="post" action="<?php echo esc_url( $here ); ?>" aria-labelledby="<?php echo esc_attr( $id_base . '-confirm' ); ?>">
					<h3 id="<?php echo esc_attr( $id_base . '-confirm' ); ?>"><?php esc_html_e( 'Withdraw this application?', 'mentorship-program' ); ?></h3>
					<p><?php esc_html_e( 'You cannot undo this, but you can apply again to a later cohort.', 'mentorship-program' ); ?></p>
					<input type="hidden" name="mentorship_action" value="<?php echo esc_attr( self::ACTION_WITHDRAW ); ?>" />
					<input type="hidden" name="mentorship_check" value="<?php echo esc_attr( self::check( $link ) ); ?>" />
					<input type="hidden" name="mentorship_confirm" value="1" />
					<p class="mentorship-status-actions">
						<button type="submit" class="wp-element-button mentorship-status-withdraw"><?php esc_html_e( 'Yes, withdraw my application', 'mentorship-program' ); ?></button>
						<a href="<?php echo esc_url( $here ); ?>"><?php esc_html_e( 'No, keep it', 'mentorship-program' ); ?></a>
					</p>
				</form>
			<?php else : ?>
				<p class="mentorship-status-actions">
					<a class="wp-element-button mentorship-status-withdraw" href="<?php echo esc_url( add_query_arg( self::STEP, 'withdraw', $here ) ); ?>"><?php esc_html_e( 'Withdraw this application', 'mentorship-program' ); ?></a>
				</p>
			<?php endif; ?>
		<?php endif; ?>
		<?php
	}
}
