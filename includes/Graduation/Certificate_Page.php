<?php
/**
 * The public certificate page: /mentorship-certificate/<token>/.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Graduation;

defined( 'ABSPATH' ) || exit;

/**
 * Anyone with the address can verify a certificate. The page is its own small
 * document (no theme), never indexed, and prints on one page.
 *
 * Answers: 200 with "Verified certificate", 410 when revoked, 404 when the address
 * matches no certificate. It is not a post, so it is in no sitemap, search or feed.
 *
 * @since 0.3.0
 */
final class Certificate_Page {

	public const QUERY_VAR = 'mentorship_certificate';
	public const PATH      = 'mentorship-certificate';

	/**
	 * Changes when the rewrite rule changes, so sites flush once.
	 */
	public const REWRITE_VERSION = '1';
	public const REWRITE_OPTION  = 'mentorship_program_certificate_rewrite';

	/**
	 * Adds the rewrite rule and the query variable.
	 *
	 * @since 0.3.0
	 */
	public function add_rewrite_rule(): void {
		add_rewrite_rule( '^' . self::PATH . '/([A-Za-z0-9]{1,128})/?$', 'index.php?' . self::QUERY_VAR . '=$matches[1]', 'top' );
	}

	/**
	 * Flushes rewrite rules once after the rule is new or changed.
	 *
	 * @since 0.3.0
	 */
	public function maybe_flush_rewrite_rules(): void {
		if ( self::REWRITE_VERSION === get_option( self::REWRITE_OPTION ) ) {
			return;
		}
		flush_rewrite_rules( false );
		update_option( self::REWRITE_OPTION, self::REWRITE_VERSION, true );
	}

	/**
	 * Registers the query variable.
	 *
	 * @since 0.3.0
	 *
	 * @param string[] $vars Query variables.
	 * @return string[]
	 */
	public function add_query_var( $vars ): array {
		$vars   = (array) $vars;
		$vars[] = self::QUERY_VAR;
		return $vars;
	}

	/**
	 * Serves the page when the address asks for a certificate.
	 *
	 * @since 0.3.0
	 */
	public function maybe_render(): void {
		$token = get_query_var( self::QUERY_VAR );
		if ( ! is_string( $token ) || '' === $token ) {
			return;
		}
		$page = self::page( $token );
		status_header( $page['status'] );
		nocache_headers();
		header( 'X-Robots-Tag: noindex, nofollow', true );
		// The address is the secret: do not hand it to the sites linked from the page.
		header( 'Referrer-Policy: no-referrer', true );
		header( 'Content-Type: text/html; charset=' . get_option( 'blog_charset' ), true );
		echo $page['html']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built by render(), every value escaped there.
		exit;
	}

	/**
	 * The page for a token: its HTTP status and its document.
	 *
	 * @since 0.3.0
	 *
	 * @param string $token Token from the address.
	 * @return array{status: int, html: string}
	 */
	public static function page( string $token ): array {
		$id   = Certificates::find( $token );
		$view = $id ? Certificates::view( $id ) : null;
		if ( ! $view ) {
			return array(
				'status' => 404,
				'html'   => self::render( null ),
			);
		}
		return array(
			'status' => $view['revoked'] ? 410 : 200,
			'html'   => self::render( $view ),
		);
	}

	/**
	 * The document.
	 *
	 * @since 0.3.0
	 *
	 * @param array<string, mixed>|null $view What Certificates::view() returned, or null for an unknown address.
	 * @return string
	 */
	public static function render( ?array $view ): string {
		$site = wp_specialchars_decode( (string) get_bloginfo( 'name' ), ENT_QUOTES );
		if ( ! $view ) {
			$title = __( 'Certificate not found', 'mentorship-program' );
		} elseif ( $view['revoked'] ) {
			$title = __( 'Revoked certificate', 'mentorship-program' );
		} elseif ( 'mentor' === $view['kind'] ) {
			$title = __( 'Certificate of mentorship', 'mentorship-program' );
		} else {
			$title = __( 'Certificate of completion', 'mentorship-program' );
		}
		ob_start();
		?>
<!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php echo esc_attr( (string) get_option( 'blog_charset' ) ); ?>" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="robots" content="noindex, nofollow" />
<meta name="referrer" content="no-referrer" />
<title><?php echo esc_html( $title . ' – ' . $site ); ?></title>
<style><?php echo self::styles(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- a constant stylesheet. ?></style>
</head>
<body class="mentorship-certificate-page">
<main class="mentorship-certificate<?php echo $view && ! $view['revoked'] ? '' : ' is-invalid'; ?>">
		<?php if ( ! $view ) : ?>
	<h1><?php esc_html_e( 'Certificate not found', 'mentorship-program' ); ?></h1>
	<p class="mentorship-certificate__status mentorship-certificate__status--invalid" role="status"><?php esc_html_e( 'No certificate exists at this address. Check that the whole address was copied, or ask the person to send their certificate link again.', 'mentorship-program' ); ?></p>
	<p class="mentorship-certificate__issuer">
			<?php
			/* translators: %s: site name. */
			echo esc_html( sprintf( __( 'Certificates of %s are verified at their own address on this site.', 'mentorship-program' ), $site ) );
			?>
	</p>
		<?php else : ?>
			<?php if ( $view['revoked'] ) : ?>
	<p class="mentorship-certificate__status mentorship-certificate__status--invalid" role="status">
				<?php
				/* translators: 1: date, 2: site name. */
				echo esc_html( sprintf( __( 'This certificate was revoked on %1$s by %2$s. It is no longer valid.', 'mentorship-program' ), $view['revoked_on'], $site ) );
				?>
	</p>
			<?php else : ?>
	<p class="mentorship-certificate__status" role="status">
		<span class="mentorship-certificate__seal" aria-hidden="true">✓</span>
				<?php
				/* translators: 1: site name, 2: date. */
				echo esc_html( sprintf( __( 'Verified certificate, issued by %1$s on %2$s.', 'mentorship-program' ), $site, $view['issued_on'] ) );
				?>
	</p>
			<?php endif; ?>
	<p class="mentorship-certificate__eyebrow"><?php echo esc_html( $site ); ?></p>
	<h1><?php echo esc_html( 'mentor' === $view['kind'] ? __( 'Certificate of mentorship', 'mentorship-program' ) : __( 'Certificate of completion', 'mentorship-program' ) ); ?></h1>
	<p class="mentorship-certificate__lead"><?php esc_html_e( 'This certifies that', 'mentorship-program' ); ?></p>
	<p class="mentorship-certificate__name"><?php echo esc_html( (string) $view['name'] ); ?></p>
	<p class="mentorship-certificate__lead">
			<?php
			if ( 'mentor' === $view['kind'] ) {
				/* translators: 1: number of mentees, 2: cohort name. */
				echo esc_html( sprintf( _n( 'mentored %1$d new contributor in the %2$s cohort of the mentorship program', 'mentored %1$d new contributors in the %2$s cohort of the mentorship program', (int) $view['mentees'], 'mentorship-program' ), (int) $view['mentees'], $view['cohort'] ) );
			} else {
				/* translators: %s: cohort name. */
				echo esc_html( sprintf( __( 'completed the %s cohort of the mentorship program', 'mentorship-program' ), $view['cohort'] ) );
			}
			?>
	</p>
	<dl class="mentorship-certificate__facts">
			<?php if ( '' !== $view['starts_on'] || '' !== $view['ends_on'] ) : ?>
		<div>
			<dt><?php esc_html_e( 'Dates', 'mentorship-program' ); ?></dt>
			<dd>
				<?php
				/* translators: 1: start date, 2: end date. */
				echo esc_html( '' !== $view['starts_on'] && '' !== $view['ends_on'] ? sprintf( __( '%1$s – %2$s', 'mentorship-program' ), $view['starts_on'], $view['ends_on'] ) : ( '' !== $view['ends_on'] ? $view['ends_on'] : $view['starts_on'] ) );
				?>
			</dd>
		</div>
			<?php endif; ?>
			<?php if ( '' !== $view['team'] ) : ?>
		<div>
			<dt><?php esc_html_e( 'Contributor team', 'mentorship-program' ); ?></dt>
			<dd><?php echo esc_html( (string) $view['team'] ); ?></dd>
		</div>
			<?php endif; ?>
			<?php if ( '' !== $view['mentor'] ) : ?>
		<div>
			<dt><?php esc_html_e( 'Mentor', 'mentorship-program' ); ?></dt>
			<dd><?php echo esc_html( (string) $view['mentor'] ); ?></dd>
		</div>
			<?php endif; ?>
		<div>
			<dt><?php esc_html_e( 'Issued', 'mentorship-program' ); ?></dt>
			<dd><?php echo esc_html( (string) $view['issued_on'] ); ?></dd>
		</div>
	</dl>
	<p class="mentorship-certificate__issuer">
			<?php
			/* translators: %s: site name. */
			echo esc_html( sprintf( __( 'Issued by %s. Anyone with this page\'s address can check that it is genuine.', 'mentorship-program' ), $site ) );
			?>
		<br /><a href="<?php echo esc_url( (string) $view['site_url'] ); ?>"><?php echo esc_html( (string) $view['site_url'] ); ?></a>
	</p>
			<?php if ( ! $view['revoked'] ) : ?>
	<p class="mentorship-certificate__print"><?php esc_html_e( 'To keep a copy, print this page or save it as a PDF from your browser\'s Print menu.', 'mentorship-program' ); ?></p>
			<?php endif; ?>
		<?php endif; ?>
</main>
</body>
</html>
		<?php
		return (string) ob_get_clean();
	}

	/**
	 * The page's styles, screen and print.
	 *
	 * @return string
	 */
	private static function styles(): string {
		return <<<'CSS'
*,*::before,*::after{box-sizing:border-box}
html{background:#f3f1ec;color:#1e1e1e;font:16px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
body{margin:0;padding:2rem 1rem}
.mentorship-certificate{max-width:52rem;margin:0 auto;padding:3rem 3.5rem;background:#fff;border:3px double #6b5a2e;outline:1px solid #c9b98f;outline-offset:-14px;text-align:center}
.mentorship-certificate h1{margin:.25rem 0 1.5rem;font:400 2.4rem/1.2 Georgia,"Times New Roman",serif;letter-spacing:.02em}
.mentorship-certificate__eyebrow{margin:1.5rem 0 0;text-transform:uppercase;letter-spacing:.14em;font-size:.85rem;color:#5c4a1d}
.mentorship-certificate__lead{margin:.5rem 0;font-size:1.1rem}
.mentorship-certificate__name{margin:.5rem 0;font:italic 400 2.2rem/1.2 Georgia,"Times New Roman",serif;overflow-wrap:anywhere}
.mentorship-certificate__facts{display:flex;flex-wrap:wrap;justify-content:center;gap:1rem 2.5rem;margin:2rem 0 1.5rem}
.mentorship-certificate__facts div{min-width:9rem}
.mentorship-certificate__facts dt{font-size:.8rem;text-transform:uppercase;letter-spacing:.1em;color:#50575e}
.mentorship-certificate__facts dd{margin:.15rem 0 0;font-weight:600}
.mentorship-certificate__status{display:inline-flex;gap:.5rem;align-items:center;margin:0;padding:.5rem .9rem;border-radius:4px;background:#edfaef;color:#00450c;border:1px solid #008a20;font-weight:600}
.mentorship-certificate__status--invalid{background:#fcf0f1;color:#8a1f11;border-color:#d63638}
.mentorship-certificate__seal{font-size:1.2em}
.mentorship-certificate__issuer{margin:1.5rem 0 0;font-size:.9rem;color:#3c434a}
.mentorship-certificate__issuer a{color:#3c434a}
.mentorship-certificate__print{margin:1rem 0 0;font-size:.85rem;color:#50575e}
.mentorship-certificate.is-invalid h1{font-size:2rem}
@media (max-width:40rem){.mentorship-certificate{padding:2rem 1.25rem}.mentorship-certificate h1{font-size:1.8rem}.mentorship-certificate__name{font-size:1.7rem}}
@page{size:A4 landscape;margin:12mm}
@media print{
html,body{background:#fff;padding:0}
.mentorship-certificate{max-width:none;min-height:180mm;display:flex;flex-direction:column;justify-content:center;padding:14mm 18mm;border-width:4px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.mentorship-certificate__print{display:none}
.mentorship-certificate__status{background:none}
.mentorship-certificate__issuer a{text-decoration:none}
}
CSS;
	}
}
