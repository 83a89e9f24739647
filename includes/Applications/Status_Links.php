<?php
/**
 * Private status links: an unguessable secret per application, so an applicant
 * without an account can follow and withdraw their application, and so that opening
 * the link from the confirmation e-mail proves the address is theirs.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Database\Schema;
use Mentorship_Program\Notifications\Mailer;
use Mentorship_Program\Security\Rate_Limiter;
use WP_Error;

/**
 * Issues, checks and rotates the secrets of status links; confirms e-mail addresses;
 * links confirmed applications to the account of the same e-mail; expires what was
 * never confirmed.
 *
 * Each application has up to two secrets, of which only keyed hashes are stored:
 *
 * - the mail secret, sent only to the application's e-mail address. Whoever opens it
 *   has shown they read that mailbox: it confirms the address and may withdraw.
 * - the receipt secret, shown to whoever submitted the form. Until the address is
 *   confirmed it shows only that the application waits for confirmation; confirming
 *   revokes it, so someone who applied with another person's address keeps no access.
 *
 * A link is `{status page}?mentorship_link={id}.{secret}`; see
 * includes/Blocks/Status_Link_Handler.php for how the secret leaves the address bar.
 *
 * @since 0.2.0
 */
final class Status_Links {

	/**
	 * Post status of an application whose e-mail address is not confirmed yet. It is
	 * not a stage: coordinators' lists, counts and matching never see it.
	 */
	public const UNCONFIRMED_STATUS = 'mp_unconfirmed';

	/**
	 * Days an unconfirmed application is kept before it is deleted.
	 */
	public const CONFIRM_DAYS = 7;

	/**
	 * Query argument that carries a link's token.
	 */
	public const QUERY_ARG = 'mentorship_link';

	/**
	 * Meta keys of the secrets' hashes.
	 */
	public const META_MAIL    = '_mp_link_mail';
	public const META_RECEIPT = '_mp_link_receipt';

	/**
	 * Meta key of the time the address was confirmed (UTC, ISO 8601).
	 */
	public const META_CONFIRMED = '_mp_email_confirmed_at';

	/**
	 * "E-mail me my link again": per address and per network, per hour.
	 */
	public const RESEND_PER_EMAIL   = 3;
	public const RESEND_PER_NETWORK = 20;

	/**
	 * Secrets issued in this request, by application ID and kind, so the receipt can
	 * carry its link without the secret ever being stored or passed to hooks.
	 *
	 * @var array<int, array<string, string>>
	 */
	private static array $issued = array();

	/**
	 * Adds hooks.
	 *
	 * @since 0.2.0
	 */
	public function register(): void {
		add_action( 'init', array( self::class, 'register_status' ) );
		add_action( 'wp_login', array( self::class, 'link_to_user_on_login' ), 10, 2 );
		add_action( 'mentorship_program_retention', array( self::class, 'expire_unconfirmed' ) );
	}

	/**
	 * Registers the hidden post status of unconfirmed applications.
	 *
	 * @since 0.2.0
	 */
	public static function register_status(): void {
		Post_Types::register_hidden_status( self::UNCONFIRMED_STATUS, __( 'Waiting for e-mail confirmation', 'mentorship-program' ) );
	}

	/**
	 * A new random secret: 128 bits, as 32 hexadecimal characters.
	 *
	 * @return string
	 */
	public static function new_secret(): string {
		return bin2hex( random_bytes( 16 ) );
	}

	/**
	 * The keyed hash stored for a secret. Bound to the application and the kind, so a
	 * hash copied to another row or kind matches nothing.
	 *
	 * @param int    $id     Application.
	 * @param string $kind   mail or receipt.
	 * @param string $secret Secret.
	 * @return string
	 */
	public static function hash( int $id, string $kind, string $secret ): string {
		return hash_hmac( 'sha256', 'mentorship-link|' . get_current_blog_id() . '|' . $kind . '|' . $id . '|' . $secret, wp_salt( 'auth' ) );
	}

	/**
	 * Remembers a secret issued for an application in this request.
	 *
	 * @param int    $id     Application.
	 * @param string $kind   mail or receipt.
	 * @param string $secret Secret.
	 */
	public static function remember( int $id, string $kind, string $secret ): void {
		self::$issued[ $id ][ $kind ] = $secret;
	}

	/**
	 * The link of a secret issued in this request, or '' when none was.
	 *
	 * @param int    $id   Application.
	 * @param string $kind mail or receipt.
	 * @return string
	 */
	public static function issued_url( int $id, string $kind ): string {
		return isset( self::$issued[ $id ][ $kind ] ) ? self::url( $id, self::$issued[ $id ][ $kind ] ) : '';
	}

	/**
	 * The status link of an application and secret.
	 *
	 * @param int    $id     Application.
	 * @param string $secret Secret.
	 * @return string
	 */
	public static function url( int $id, string $secret ): string {
		return add_query_arg( self::QUERY_ARG, $id . '.' . $secret, Mailer::status_url() );
	}

	/**
	 * Issues a new secret of a kind, replacing the previous one (links that carried
	 * it stop working).
	 *
	 * @param int    $id   Application.
	 * @param string $kind mail or receipt.
	 * @return string The secret.
	 */
	public static function rotate( int $id, string $kind = 'mail' ): string {
		$secret = self::new_secret();
		update_post_meta( $id, 'mail' === $kind ? self::META_MAIL : self::META_RECEIPT, self::hash( $id, $kind, $secret ) );
		self::remember( $id, $kind, $secret );
		return $secret;
	}

	/**
	 * Checks a token: the application it opens and which kind of secret it carried.
	 *
	 * @param string $token `{id}.{secret}`.
	 * @return array{application: array<string, mixed>, kind: string, hash: string}|null
	 */
	public static function verify( string $token ): ?array {
		if ( ! preg_match( '/^([1-9]\d{0,18})\.([a-f0-9]{32})$/', $token, $m ) ) {
			return null;
		}
		$id   = (int) $m[1];
		$post = get_post( $id );
		if ( ! $post || '' === Post_Types::type_of( $post->post_type ) ) {
			return null;
		}
		foreach ( array(
			'mail'    => self::META_MAIL,
			'receipt' => self::META_RECEIPT,
		) as $kind => $key ) {
			$stored = (string) get_post_meta( $id, $key, true );
			$hash   = self::hash( $id, $kind, $m[2] );
			if ( '' !== $stored && hash_equals( $stored, $hash ) ) {
				$application = Applications::get( $id );
				return $application ? array(
					'application' => $application,
					'kind'        => $kind,
					'hash'        => $stored,
				) : null;
			}
		}
		return null;
	}

	/**
	 * Whether an application waits for its e-mail address to be confirmed.
	 *
	 * @param int $id Application.
	 * @return bool
	 */
	public static function is_unconfirmed( int $id ): bool {
		return self::UNCONFIRMED_STATUS === get_post_status( $id );
	}

	/**
	 * Confirms an application's e-mail address: the application enters the pipeline as
	 * "submitted" and claims its address in its cohort. When the address already has
	 * an application there (the person applied twice, or in the other role), that one
	 * stands and this one is deleted.
	 *
	 * @param int $id Application.
	 * @return int The application that stands for this address (this one or the earlier one).
	 */
	public static function confirm( int $id ): int {
		global $wpdb;
		if ( ! self::is_unconfirmed( $id ) ) {
			return $id;
		}
		$application = Applications::get( $id );
		if ( ! $application ) {
			return 0;
		}
		$table = Schema::table( 'claims' );
		$claim = Applications::claim_key( (string) $application['type'], (int) $application['cohort'], (string) $application['fields']['email'] );

		$suppress = $wpdb->suppress_errors( true );
		$claimed  = $wpdb->query( $wpdb->prepare( "INSERT INTO {$table} (claim_key, object_id, created_at) VALUES (%s, %d, %s)", $claim, $id, gmdate( 'Y-m-d H:i:s' ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table; the primary key settles races.
		$wpdb->suppress_errors( $suppress );
		if ( ! $claimed ) {
			$earlier = (int) $wpdb->get_var( $wpdb->prepare( "SELECT object_id FROM {$table} WHERE claim_key = %s", $claim ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
			if ( $earlier && $earlier !== $id && get_post( $earlier ) ) {
				Applications::delete( $id );
				return $earlier;
			}
			// A claim left by an application that is gone: take it over.
			$wpdb->update( $table, array( 'object_id' => $id ), array( 'claim_key' => $claim ), array( '%d' ), array( '%s' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
		}
		// One person, one role per cohort: when the address holds the other role there
		// already, that application stands and this one goes, as with a second one of
		// the same type.
		$role = Applications::role_claim_key( (int) $application['cohort'], (string) $application['fields']['email'] );
		if ( is_wp_error( Applications::claim_one_role( (string) $application['type'], (int) $application['cohort'], (string) $application['fields']['email'], $id ) ) ) {
			$holder = (int) $wpdb->get_var( $wpdb->prepare( "SELECT object_id FROM {$table} WHERE claim_key = %s", $role ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
			if ( $holder && $holder !== $id && get_post( $holder ) ) {
				Applications::delete( $id );
				return $holder;
			}
			$wpdb->update( $table, array( 'object_id' => $id ), array( 'claim_key' => $role ), array( '%d' ), array( '%s' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
		}
		// Compare-and-set, so two clicks at once confirm once.
		$changed = $wpdb->update( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a conditional update WordPress has no API for.
			$wpdb->posts,
			array( 'post_status' => Stages::to_status( 'submitted' ) ),
			array(
				'ID'          => $id,
				'post_status' => self::UNCONFIRMED_STATUS,
			)
		);
		clean_post_cache( $id );
		if ( $changed ) {
			update_post_meta( $id, self::META_CONFIRMED, gmdate( 'Y-m-d\TH:i:s\Z' ) );
			// Whoever filled in the form with this address keeps no access: the mailbox decides.
			delete_post_meta( $id, self::META_RECEIPT );
			wp_cache_set_posts_last_changed();
			// The application enters the pipeline: WordPress and other plugins hear of
			// it as of any stage move, once, from the same code path.
			Applications::announce_status( $id, self::UNCONFIRMED_STATUS );
			Applications::announce_stage( $id, '', 'submitted', 0 );
			/**
			 * Fires after an applicant confirmed their e-mail address from the private link.
			 *
			 * @since 0.2.0
			 *
			 * @param array<string, mixed> $application The application, now "submitted".
			 */
			do_action( 'mentorship_program_application_confirmed', Applications::get( $id ) );
		}
		return $id;
	}

	/**
	 * Sends fresh links for every application of an e-mail address. The answer is the
	 * same whether or not the address applied, and whether or not its own limit was
	 * reached; only the network limit is told, since it says nothing about the address.
	 *
	 * @param string $email E-mail address.
	 * @param string $ip    Client address.
	 * @return true|WP_Error Error only when the network asked too often.
	 */
	public static function resend( string $email, string $ip ) {
		if ( ! Rate_Limiter::hit( 'link-network', $ip, self::RESEND_PER_NETWORK, HOUR_IN_SECONDS ) ) {
			return new WP_Error( 'mentorship_rate_limited', __( 'Too many requests from your network. Please wait an hour and try again.', 'mentorship-program' ), array( 'status' => 429 ) );
		}
		$email = strtolower( trim( $email ) );
		if ( ! is_email( $email ) || ! Rate_Limiter::hit( 'link-email', $email, self::RESEND_PER_EMAIL, HOUR_IN_SECONDS ) ) {
			return true;
		}
		$ids = get_posts(
			array(
				'post_type'      => array( Post_Types::MENTEE, Post_Types::MENTOR ),
				'post_status'    => array_merge( Applications::statuses(), array( self::UNCONFIRMED_STATUS ) ),
				'fields'         => 'ids',
				'posts_per_page' => 5,
				'orderby'        => 'ID',
				'order'          => 'DESC',
				'no_found_rows'  => true,
				'meta_query'     => array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- rare, rate limited.
					array(
						'key'   => Applications::META_PREFIX . 'email',
						'value' => $email,
					),
				),
			)
		);
		if ( ! $ids ) {
			return true;
		}
		$lines = array();
		foreach ( array_map( 'intval', $ids ) as $id ) {
			$application = Applications::get( $id );
			if ( ! $application ) {
				continue;
			}
			$cohort  = $application['cohort'] ? Cohorts::get( (int) $application['cohort'] ) : null;
			$label   = 'mentor' === $application['type'] ? __( 'Mentor application', 'mentorship-program' ) : __( 'Mentee application', 'mentorship-program' );
			$lines[] = ( $cohort ? $label . ' — ' . $cohort['name'] : $label ) . "\n" . self::url( $id, self::rotate( $id, 'mail' ) );
		}
		$site = wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES );
		Mailer::queue(
			(int) $ids[0],
			$email,
			__( 'Your private link to your mentorship application', 'mentorship-program' ),
			sprintf(
				/* translators: 1: links, one per application, 2: site name. */
				__( "Hello,\n\nSomeone asked for the private link to the mentorship applications of this address. Here it is; earlier links no longer work.\n\n%1\$s\n\nKeep it to yourself: whoever has it can see and withdraw the application. If you did not ask for it, you can ignore this e-mail.\n\n— %2\$s", 'mentorship-program' ),
				implode( "\n\n", $lines ),
				$site
			)
		);
		return true;
	}

	/**
	 * Links confirmed applications of a user's e-mail address, made without an
	 * account, to the user who just logged in.
	 *
	 * @param string   $login User login.
	 * @param \WP_User $user  User.
	 * @return int How many applications were linked.
	 */
	public static function link_to_user_on_login( $login, $user ): int {
		unset( $login );
		if ( ! $user instanceof \WP_User || ! $user->exists() || '' === (string) $user->user_email ) {
			return 0;
		}
		return self::link_to_user( (int) $user->ID, (string) $user->user_email );
	}

	/**
	 * Links confirmed, unowned applications of an e-mail address to a user.
	 *
	 * @param int    $user_id User.
	 * @param string $email   The user's e-mail address.
	 * @return int How many applications were linked.
	 */
	public static function link_to_user( int $user_id, string $email ): int {
		$ids    = get_posts(
			array(
				'post_type'      => array( Post_Types::MENTEE, Post_Types::MENTOR ),
				'post_status'    => Applications::statuses(),
				'author'         => 0,
				'fields'         => 'ids',
				'posts_per_page' => 50,
				'no_found_rows'  => true,
				'meta_query'     => array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- once per login, by the indexed key.
					array(
						'key'   => Applications::META_PREFIX . 'email',
						'value' => strtolower( $email ),
					),
				),
			)
		);
		$linked = 0;
		foreach ( array_map( 'intval', $ids ) as $id ) {
			$post = get_post( $id );
			if ( ! $post || 0 !== (int) $post->post_author ) {
				continue;
			}
			wp_update_post(
				array(
					'ID'          => $id,
					'post_author' => $user_id,
				)
			);
			++$linked;
		}
		return $linked;
	}

	/**
	 * Deletes applications whose address was never confirmed, after CONFIRM_DAYS.
	 *
	 * @param int $limit At most this many per run.
	 * @return int Deleted.
	 */
	public static function expire_unconfirmed( $limit = 200 ): int {
		$ids = get_posts(
			array(
				'post_type'      => array( Post_Types::MENTEE, Post_Types::MENTOR ),
				'post_status'    => self::UNCONFIRMED_STATUS,
				'fields'         => 'ids',
				'posts_per_page' => max( 1, (int) $limit ), // phpcs:ignore WordPress.WP.PostsPerPage.posts_per_page_posts_per_page -- a bounded cron batch, IDs only.
				'no_found_rows'  => true,
				'date_query'     => array(
					array(
						'column' => 'post_date_gmt',
						'before' => gmdate( 'Y-m-d H:i:s', time() - self::CONFIRM_DAYS * DAY_IN_SECONDS ),
					),
				),
			)
		);
		foreach ( $ids as $id ) {
			Applications::delete( (int) $id );
		}
		return count( $ids );
	}
}
