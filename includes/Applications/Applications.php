<?php
/**
 * Applications (mentees and mentors): create, read, edit, move through the pipeline, list.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Cohorts\Assignments;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Database\Schema;
use Mentorship_Program\Database\Transaction;
use Mentorship_Program\Stats\Counts;
use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Notifications\Mailer;
use Mentorship_Program\Support\Field_Errors;
use WP_Error;
use WP_Post;
use WP_Query;

/**
 * The application service. REST, blocks, cron and the command line all call this.
 *
 * @since 0.1.0
 */
final class Applications {

	public const META_PREFIX = '_mp_';

	/**
	 * Every post status that stores a stage.
	 *
	 * @return string[]
	 */
	public static function statuses(): array {
		return array_map( array( Stages::class, 'to_status' ), Stages::all_stages() );
	}

	/**
	 * Stores a new application in the "submitted" stage, then queues the confirmation.
	 *
	 * Nothing half-done is kept: a failure part-way removes what was written.
	 *
	 * An application whose e-mail address is not confirmed yet (`confirmed` false, for
	 * the public form) is stored outside the pipeline and claims nothing: it does not
	 * block the address, and it enters the pipeline when its private link is opened
	 * (see Status_Links). Every application gets the secrets of its private links;
	 * the confirmation mail carries one.
	 *
	 * @param string               $type      mentee or mentor.
	 * @param array<string, mixed> $values    Sanitised, validated field values.
	 * @param int                  $cohort_id Cohort term ID.
	 * @param int                  $user_id   Linked user, or 0.
	 * @param array<string, mixed> $options   confirmed (bool, default true): whether the address is known to be the applicant's.
	 * @return array<string, mixed>|WP_Error The application.
	 */
	public static function create( string $type, array $values, int $cohort_id, int $user_id = 0, array $options = array() ) {
		global $wpdb;
		$email     = strtolower( (string) $values['email'] );
		$claim     = self::claim_key( $type, $cohort_id, $email );
		$table     = Schema::table( 'claims' );
		$confirmed = (bool) ( $options['confirmed'] ?? true );
		$secrets   = array(
			'mail'    => Status_Links::new_secret(),
			'receipt' => $confirmed ? '' : Status_Links::new_secret(),
		);

		// One transaction: the claim, the post, its fields and terms, and the first audit
		// entry are stored together or not at all, even if the database goes away.
		$post_id = Transaction::run(
			static function () use ( $wpdb, $type, $values, $cohort_id, $user_id, $claim, $table, $confirmed, $secrets, $email ) {
				// The primary key makes a second claim fail even when two requests race.
				// Two claims in one statement: this type's, and the person's one role in the
				// cohort (a mentee cannot also mentor in it).
				$claimed = true;
				if ( $confirmed ) {
					$suppress = $wpdb->suppress_errors( true );
					$claimed  = $wpdb->query( $wpdb->prepare( "INSERT INTO {$table} (claim_key, object_id, created_at) VALUES (%s, 0, %s), (%s, 0, %s)", $claim, gmdate( 'Y-m-d H:i:s' ), self::role_claim_key( $cohort_id, $email ), gmdate( 'Y-m-d H:i:s' ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
					$wpdb->suppress_errors( $suppress );
					if ( ! $claimed && ! $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$table} WHERE claim_key = %s", $claim ) ) ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
						return self::role_taken( $type );
					}
				}
				if ( ! $claimed ) {
					return Field_Errors::on_field( 'mentorship_duplicate', __( 'An application with this e-mail address already exists for this cohort.', 'mentorship-program' ), 409, 'email' );
				}
				$post_type = Post_Types::post_type( $type );
				$uuid      = wp_generate_uuid4();
				// A new post has no terms, so the term recount core runs on its first
				// status is a no-op; skipping it saves a query per taxonomy.
				$recount = has_action( 'transition_post_status', '_update_term_count_on_transition_post_status' );
				if ( false !== $recount ) {
					remove_action( 'transition_post_status', '_update_term_count_on_transition_post_status', $recount );
				}
				// Whether anything else gave the new post meta or terms while it was
				// inserted (a hook of another plugin): then what is stored below is not
				// all there is, and it is read back rather than put in the cache as is.
				$others = false;
				$watch  = static function () use ( &$others ): void {
					$others = true;
				};
				add_action( 'added_post_meta', $watch );
				add_action( 'set_object_terms', $watch );
				try {
					$post_id = wp_insert_post(
						array(
							'post_type'   => $post_type,
							'post_status' => $confirmed ? Stages::to_status( 'submitted' ) : Status_Links::UNCONFIRMED_STATUS,
							// Core unslashes what it stores; slashing keeps backslashes.
							'post_title'  => wp_slash( (string) $values['name'] ),
							// Applications have no public address: an identifier, not the
							// applicant's name, for the slug and the GUID.
							'post_name'   => $type . '-' . $uuid,
							'guid'        => 'urn:uuid:' . $uuid,
							'post_author' => $user_id,
						),
						true,
						false
					);
				} finally {
					remove_action( 'added_post_meta', $watch );
					remove_action( 'set_object_terms', $watch );
					if ( false !== $recount ) {
						add_action( 'transition_post_status', '_update_term_count_on_transition_post_status', $recount, 3 );
					}
				}
				if ( is_wp_error( $post_id ) || ! $post_id ) {
					$wpdb->delete( $table, array( 'claim_key' => $claim ), array( '%s' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
					return new WP_Error( 'mentorship_store_failed', __( 'Your application could not be saved. Please try again.', 'mentorship-program' ), array( 'status' => 500 ) );
				}
				$post_id = (int) $post_id;
				// Only the secrets' keyed hashes are stored, with the other fields.
				$links = array();
				foreach ( $secrets as $kind => $secret ) {
					if ( '' !== $secret ) {
						$links[] = array( 'mail' === $kind ? Status_Links::META_MAIL : Status_Links::META_RECEIPT, Status_Links::hash( $post_id, $kind, $secret ) );
					}
				}
				try {
					self::insert_new_fields( $post_id, $post_type, $values, $cohort_id, $links, ! $others );
					if ( $confirmed ) {
						$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET object_id = %d WHERE claim_key IN (%s, %s)", $post_id, $claim, self::role_claim_key( $cohort_id, $email ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
					}
					Audit_Trail::record( $post_id, 'stage', '', 'submitted', '', null, $user_id );
					// The kept counts learn of the new application in the same transaction,
					// from what was just stored, without reading it back.
					$counted = array();
					foreach ( self::meta_rows( $values ) as list( $name, $value ) ) {
						if ( is_scalar( $value ) ) {
							$counted[ $name ][] = (string) $value;
						}
					}
					$teams = array_values( array_unique( array_map( 'strval', (array) ( $values['teams'] ?? array() ) ) ) );
					// An application waiting for its address to be confirmed counts nowhere
					// yet; confirming it refreshes its counts.
					if ( ! $confirmed ) {
						Counts::forget( $post_id );
					} elseif ( true !== Counts::add_new( $post_id, $type, $cohort_id, $teams, $counted ) ) {
						throw new \RuntimeException( 'The counts could not be updated.' );
					}
				} catch ( \Throwable $e ) {
					// Also undone by hand, for databases without transactions.
					wp_delete_post( $post_id, true );
					if ( $confirmed ) {
						$wpdb->delete( $table, array( 'claim_key' => $claim ), array( '%s' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
					}
					return new WP_Error( 'mentorship_store_failed', __( 'Your application could not be saved. Please try again.', 'mentorship-program' ), array( 'status' => 500 ) );
				}
				return $post_id;
			}
		);
		if ( is_wp_error( $post_id ) ) {
			return $post_id;
		}
		// The rows went in without the meta and term APIs, which would have told cached
		// queries that posts and terms changed.
		wp_cache_set_posts_last_changed();
		wp_cache_set_terms_last_changed();

		$application = self::get( $post_id );
		if ( ! $application ) {
			return new WP_Error( 'mentorship_store_failed', __( 'Your application could not be saved. Please try again.', 'mentorship-program' ), array( 'status' => 503 ) );
		}
		foreach ( $secrets as $kind => $secret ) {
			if ( '' !== $secret ) {
				Status_Links::remember( $post_id, $kind, $secret );
			}
		}
		// Stored first; mail is queued afterwards and never blocks or undoes the
		// application. Only this mail carries the link that confirms the address.
		Mailer::queue_for_application(
			$application,
			'submitted',
			array(
				'status_url' => Status_Links::url( $post_id, $secrets['mail'] ),
				'confirm'    => $confirmed ? '' : __( 'Please open this link to confirm that this is your e-mail address. Until then your application waits, and it is removed after a week if it is not confirmed. If you did not apply, ignore this e-mail.', 'mentorship-program' ),
			)
		);
		/**
		 * Fires after an application is stored.
		 *
		 * @since 0.1.0
		 *
		 * @param array<string, mixed> $application The application.
		 */
		do_action( 'mentorship_program_application_created', $application );
		return $application;
	}

	/**
	 * The key that lets one application per type, cohort and e-mail address in.
	 *
	 * @param string $type      mentee or mentor.
	 * @param int    $cohort_id Cohort.
	 * @param string $email     E-mail address.
	 * @return string
	 */
	public static function claim_key( string $type, int $cohort_id, string $email ): string {
		return sha1( $type . '|' . $cohort_id . '|' . strtolower( $email ) );
	}

	/**
	 * The claim that holds a person's one role in a cohort, whatever the type.
	 *
	 * @param int    $cohort_id Cohort.
	 * @param string $email     E-mail address.
	 * @return string
	 */
	public static function role_claim_key( int $cohort_id, string $email ): string {
		return sha1( 'role|' . $cohort_id . '|' . strtolower( $email ) );
	}

	/**
	 * Claims a person's one role in a cohort, inside the caller's transaction: the
	 * primary key refuses a second claim even when a mentee's and a mentor's
	 * application race.
	 *
	 * @param string $type      The type being stored.
	 * @param int    $cohort_id Cohort.
	 * @param string $email     E-mail address.
	 * @param int    $object_id The application that holds it, or 0 for now.
	 * @return true|WP_Error 409 naming the e-mail field when the other role is taken.
	 */
	public static function claim_one_role( string $type, int $cohort_id, string $email, int $object_id = 0 ) {
		global $wpdb;
		$table    = Schema::table( 'claims' );
		$suppress = $wpdb->suppress_errors( true );
		$claimed  = $wpdb->query( $wpdb->prepare( "INSERT INTO {$table} (claim_key, object_id, created_at) VALUES (%s, %d, %s)", self::role_claim_key( $cohort_id, $email ), $object_id, gmdate( 'Y-m-d H:i:s' ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		$wpdb->suppress_errors( $suppress );
		return $claimed ? true : self::role_taken( $type );
	}

	/**
	 * The answer when a person's one role in a cohort is taken by the other type.
	 *
	 * @param string $type The type being stored.
	 * @return WP_Error 409 naming the e-mail field.
	 */
	private static function role_taken( string $type ): WP_Error {
		$message = 'mentee' === $type
			? __( 'This e-mail address has already applied as a mentor in this cohort. A person can be a mentee or a mentor in a cohort, not both.', 'mentorship-program' )
			: __( 'This e-mail address has already applied as a mentee in this cohort. A person can be a mentee or a mentor in a cohort, not both.', 'mentorship-program' );
		return Field_Errors::on_field( 'mentorship_duplicate_role', $message, 409, 'email' );
	}

	/**
	 * Gives applications stored before the one-role rule their role claims, so the rule
	 * holds for them too. Where one address already holds both roles in a cohort, the
	 * older application keeps the claim and both stay. Applications waiting for their
	 * address to be confirmed claim nothing yet. One statement; safe to run again.
	 *
	 * @since 0.1.0
	 */
	public static function backfill_role_claims(): void {
		global $wpdb;
		$table = Schema::table( 'claims' );
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table joined with core tables; the key is built as role_claim_key() builds it.
		$wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (claim_key, object_id, created_at) SELECT SHA1(CONCAT('role|', tt.term_id, '|', LOWER(m.meta_value))), p.ID, %s FROM {$wpdb->posts} p INNER JOIN {$wpdb->postmeta} m ON m.post_id = p.ID AND m.meta_key = %s INNER JOIN {$wpdb->term_relationships} tr ON tr.object_id = p.ID INNER JOIN {$wpdb->term_taxonomy} tt ON tt.term_taxonomy_id = tr.term_taxonomy_id AND tt.taxonomy = %s WHERE p.post_type IN (%s, %s) AND p.post_status <> %s ORDER BY p.ID", gmdate( 'Y-m-d H:i:s' ), self::META_PREFIX . 'email', Taxonomies::COHORT, Post_Types::MENTEE, Post_Types::MENTOR, Status_Links::UNCONFIRMED_STATUS ) );
	}

	/**
	 * Stores a new application's fields, consent times, cohort and teams in three
	 * queries, whatever the number of values.
	 *
	 * Only for a post created in the same transaction, which has no meta or terms yet.
	 * Term counts are left alone on purpose: they count published posts, and an
	 * application is never published.
	 *
	 * @param int                                     $post_id   New application.
	 * @param string                                  $post_type Its post type.
	 * @param array<string, mixed>                    $values    Sanitised values.
	 * @param int                                     $cohort_id Cohort term ID.
	 * @param array<int, array{0: string, 1: string}> $extra Other meta rows: full key, value.
	 * @param bool                                    $prime Whether these are all the post's meta rows and terms, so
	 *                                                       the caches can hold them as stored (no read back).
	 *
	 * @throws \RuntimeException When a row cannot be stored or a term is unknown.
	 */
	private static function insert_new_fields( int $post_id, string $post_type, array $values, int $cohort_id, array $extra = array(), bool $prime = false ): void {
		global $wpdb;
		$now  = gmdate( 'Y-m-d\TH:i:s\Z' );
		$rows = self::meta_rows( $values );
		foreach ( $extra as list( $key, $value ) ) {
			$rows[] = array( substr( $key, strlen( self::META_PREFIX ) ), $value );
		}
		// Each consent records when it was given and which text (address and version).
		$rows = array_merge( $rows, Consent_Texts::rows( $values, $now ) );

		$placeholders = array();
		$args         = array();
		$meta_cache   = array();
		foreach ( $rows as list( $name, $value ) ) {
			$key            = self::META_PREFIX . $name;
			$stored_value   = maybe_serialize( sanitize_meta( $key, $value, 'post', $post_type ) );
			$placeholders[] = '(%d, %s, %s)';
			array_push( $args, $post_id, $key, $stored_value );
			// What update_meta_cache() would read back: the stored strings, by key, in order.
			$meta_cache[ $key ][] = (string) $stored_value;
		}
		if ( $placeholders ) {
			$suppress = $wpdb->suppress_errors( true );
			// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare, WordPress.DB.DirectDatabaseQuery -- placeholders built above; one statement for every row.
			$stored = $wpdb->query( $wpdb->prepare( "INSERT INTO {$wpdb->postmeta} (post_id, meta_key, meta_value) VALUES " . implode( ', ', $placeholders ), $args ) );
			$wpdb->suppress_errors( $suppress );
			if ( false === $stored ) {
				// One statement is all or nothing. A table that cannot hold some characters
				// (an old utf8mb3 table and an emoji) refuses it whole, where the meta API
				// strips what does not fit row by row: store it that way instead.
				foreach ( $rows as list( $name, $value ) ) {
					if ( ! add_post_meta( $post_id, self::META_PREFIX . $name, wp_slash( $value ) ) ) {
						throw new \RuntimeException( 'The application fields could not be stored.' );
					}
				}
				$stored = count( $rows );
				$prime  = false;
			}
			if ( count( $rows ) !== $stored ) {
				throw new \RuntimeException( 'The application fields could not be stored.' );
			}
			// The rows just stored are the post's meta: cached as the database holds
			// them, so reading the application back costs no query. A rollback empties
			// the cache (Transaction::run()).
			if ( $prime ) {
				wp_cache_set( $post_id, $meta_cache, 'post_meta' );
			} else {
				wp_cache_delete( $post_id, 'post_meta' );
			}
		}

		// In name order, as core reads an object's terms back (update_object_term_cache()).
		$teams   = array_values( array_unique( array_map( 'strval', (array) ( $values['teams'] ?? array() ) ) ) );
		$sql     = "SELECT tt.term_taxonomy_id, tt.term_id, tt.taxonomy FROM {$wpdb->term_taxonomy} tt INNER JOIN {$wpdb->terms} t ON t.term_id = tt.term_id WHERE ( tt.taxonomy = %s AND tt.term_id = %d )";
		$sql_arg = array( Taxonomies::COHORT, $cohort_id );
		if ( $teams ) {
			$sql    .= ' OR ( tt.taxonomy = %s AND t.slug IN (' . implode( ', ', array_fill( 0, count( $teams ), '%s' ) ) . ') )';
			$sql_arg = array_merge( $sql_arg, array( Taxonomies::TEAM ), $teams );
		}
		$sql  .= ' ORDER BY t.name ASC';
		$found = $wpdb->get_results( $wpdb->prepare( $sql, $sql_arg ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.DirectDatabaseQuery -- prepared here; core tables, no API sets several taxonomies at once.
		if ( count( $found ) !== 1 + count( $teams ) ) {
			throw new \RuntimeException( 'An unknown cohort or team.' );
		}
		$placeholders = array();
		$args         = array();
		$by_taxonomy  = array();
		foreach ( $found as $row ) {
			$placeholders[] = '(%d, %d)';
			array_push( $args, $post_id, (int) $row->term_taxonomy_id );
			$by_taxonomy[ $row->taxonomy ]['terms'][]  = (int) $row->term_id;
			$by_taxonomy[ $row->taxonomy ]['tt_ids'][] = (int) $row->term_taxonomy_id;
		}
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare, WordPress.DB.DirectDatabaseQuery -- placeholders built above.
		$linked = $wpdb->query( $wpdb->prepare( "INSERT INTO {$wpdb->term_relationships} (object_id, term_taxonomy_id) VALUES " . implode( ', ', $placeholders ), $args ) );
		if ( count( $found ) !== $linked ) {
			throw new \RuntimeException( 'The application terms could not be stored.' );
		}
		clean_object_term_cache( $post_id, $post_type );
		if ( $prime ) {
			// As update_object_term_cache() would: the term IDs per taxonomy, none for
			// the post type's other taxonomies.
			foreach ( get_object_taxonomies( $post_type ) as $taxonomy ) {
				wp_cache_set( $post_id, $by_taxonomy[ $taxonomy ]['terms'] ?? array(), $taxonomy . '_relationships' );
			}
		}
		foreach ( $by_taxonomy as $taxonomy => $ids ) {
			/** This action is documented in wp-includes/taxonomy.php */
			do_action( 'set_object_terms', $post_id, $ids['terms'], $ids['tt_ids'], $taxonomy, false, array() ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's hook, fired as wp_set_object_terms() would.
		}
	}

	/**
	 * Writes field values to meta and terms.
	 *
	 * @param int                  $post_id Application.
	 * @param array<string, mixed> $values  Sanitised values.
	 *
	 * @throws \RuntimeException When a team cannot be set.
	 */
	public static function write_fields( int $post_id, array $values ): void {
		if ( isset( $values['teams'] ) ) {
			$result = wp_set_object_terms( $post_id, (array) $values['teams'], Taxonomies::TEAM );
			if ( is_wp_error( $result ) ) {
				throw new \RuntimeException( esc_html( $result->get_error_message() ) );
			}
		}
		if ( isset( $values['languages'] ) ) {
			delete_post_meta( $post_id, self::META_PREFIX . 'lang' );
		}
		if ( isset( $values['name'] ) ) {
			wp_update_post(
				array(
					'ID'         => $post_id,
					'post_title' => wp_slash( (string) $values['name'] ),
				)
			);
		}
		// The meta API unslashes what it is given; slashing keeps backslashes in the text.
		foreach ( self::meta_rows( $values ) as list( $name, $value ) ) {
			if ( 'lang' === $name ) {
				add_post_meta( $post_id, self::META_PREFIX . 'lang', wp_slash( $value ) );
			} else {
				update_post_meta( $post_id, self::META_PREFIX . $name, wp_slash( $value ) );
			}
		}
	}

	/**
	 * The meta rows that field values are stored as: each field under its own key
	 * (e-mail in lower case), one `lang` row per language for filtering, and the time
	 * zone's current UTC offset for sorting. Teams are terms, not meta.
	 *
	 * @param array<string, mixed> $values Sanitised values.
	 * @return array<int, array{0: string, 1: mixed}> Key without prefix, value.
	 */
	private static function meta_rows( array $values ): array {
		$rows = array();
		foreach ( $values as $name => $value ) {
			if ( 'teams' === $name || ! isset( Fields::definitions()[ $name ] ) ) {
				continue;
			}
			if ( 'languages' === $name ) {
				foreach ( (array) $value as $code ) {
					$rows[] = array( 'lang', strtolower( (string) $code ) );
				}
			}
			if ( 'email' === $name ) {
				$value = strtolower( (string) $value );
			}
			if ( 'timezone' === $name ) {
				$rows[] = array( 'utc_offset', self::utc_offset_minutes( (string) $value ) );
			}
			$rows[] = array( (string) $name, $value );
		}
		return $rows;
	}

	/**
	 * A zone's offset from UTC in minutes, now.
	 *
	 * @param string $zone IANA zone.
	 * @return int
	 */
	public static function utc_offset_minutes( string $zone ): int {
		try {
			return (int) ( ( new \DateTimeZone( $zone ) )->getOffset( new \DateTimeImmutable( 'now', new \DateTimeZone( 'UTC' ) ) ) / 60 );
		} catch ( \Exception $e ) {
			return 0;
		}
	}

	/**
	 * An application as an array, or null when the ID is not an application.
	 *
	 * @param int $id Post ID.
	 * @return array<string, mixed>|null
	 */
	public static function get( int $id ): ?array {
		$post = get_post( $id );
		if ( ! $post instanceof WP_Post ) {
			return null;
		}
		$type = Post_Types::type_of( $post->post_type );
		if ( '' === $type ) {
			return null;
		}
		// One query for the cohort and the teams together.
		update_object_term_cache( array( $post->ID ), $post->post_type );
		return self::shape( $post );
	}

	/**
	 * Shapes an application post (meta and term caches should be primed for lists).
	 *
	 * @param WP_Post $post Post.
	 * @return array<string, mixed>
	 */
	public static function shape( WP_Post $post ): array {
		$type   = Post_Types::type_of( $post->post_type );
		$meta   = get_post_meta( $post->ID );
		$fields = array();
		foreach ( Fields::definitions() as $name => $field ) {
			if ( ! in_array( $type, $field['for'], true ) ) {
				continue;
			}
			if ( 'teams' === $name ) {
				$terms           = get_the_terms( $post, Taxonomies::TEAM );
				$fields['teams'] = is_array( $terms ) ? array_values( wp_list_pluck( $terms, 'slug' ) ) : array();
				continue;
			}
			$key = self::META_PREFIX . $name;
			if ( isset( $meta[ $key ][0] ) ) {
				$fields[ $name ] = maybe_unserialize( $meta[ $key ][0] );
			} else {
				$fields[ $name ] = 'array' === $field['type'] ? array() : ( 'boolean' === $field['type'] ? false : ( 'integer' === $field['type'] ? null : '' ) );
			}
			if ( 'integer' === $field['type'] && null !== $fields[ $name ] ) {
				$fields[ $name ] = (int) $fields[ $name ];
			} elseif ( 'boolean' === $field['type'] ) {
				$fields[ $name ] = (bool) $fields[ $name ];
			}
		}
		$cohorts = get_the_terms( $post, Taxonomies::COHORT );
		return array(
			'id'            => (int) $post->ID,
			'type'          => $type,
			'stage'         => Status_Links::UNCONFIRMED_STATUS === $post->post_status ? 'submitted' : Stages::from_status( $post->post_status ),
			'confirmed'     => Status_Links::UNCONFIRMED_STATUS !== $post->post_status,
			'cohort'        => is_array( $cohorts ) && $cohorts ? (int) $cohorts[0]->term_id : 0,
			'user_id'       => (int) $post->post_author,
			'fields'        => $fields,
			'consent'       => array(
				'code_of_conduct' => (string) ( $meta[ self::META_PREFIX . 'consent_coc_at' ][0] ?? '' ),
				'privacy'         => (string) ( $meta[ self::META_PREFIX . 'consent_privacy_at' ][0] ?? '' ),
			),
			'consent_texts' => array_map(
				static fn( array $record ): array => array(
					'url'     => $record['url'],
					'version' => $record['version'],
				),
				Consent_Texts::recorded( $meta )
			),
			'placed_team'   => (string) ( $meta[ self::META_PREFIX . 'placed_team' ][0] ?? '' ),
			'created'       => mysql_to_rfc3339( $post->post_date_gmt ) . 'Z',
			'modified'      => mysql_to_rfc3339( $post->post_modified_gmt ) . 'Z',
		);
	}

	/**
	 * Moves an application to another stage, if the move is legal.
	 *
	 * @param int                  $id     Application.
	 * @param string               $to     Target stage.
	 * @param array<string, mixed> $args   note (string), notify (bool), team (placement slug), actor (user ID).
	 * @return array<string, mixed>|WP_Error The updated application.
	 */
	public static function transition( int $id, string $to, array $args = array() ) {
		$application = self::get( $id );
		if ( ! $application ) {
			return self::not_found();
		}
		$from = $application['stage'];
		if ( ! Stages::can_move( $application['type'], $from, $to ) ) {
			return new WP_Error(
				'mentorship_illegal_transition',
				sprintf(
					/* translators: 1: current stage, 2: requested stage. */
					__( 'An application cannot move from "%1$s" to "%2$s".', 'mentorship-program' ),
					Stages::label( $from ),
					Stages::label( $to )
				),
				array(
					'status'  => 409,
					'allowed' => Stages::next( $application['type'], $from ),
					'params'  => array( 'to' => __( 'This move is not allowed from the current stage.', 'mentorship-program' ) ),
				)
			);
		}
		if ( 'placed' === $to ) {
			$team = sanitize_title( (string) ( $args['team'] ?? '' ) );
			if ( '' === $team || ! in_array( $team, Taxonomies::team_slugs(), true ) ) {
				return Field_Errors::on_field( 'rest_invalid_param', __( 'Choose the team the graduate joins.', 'mentorship-program' ), 400, 'team' );
			}
		}
		if ( 'active' === $to && 'mentee' === $application['type'] && ! Assignments::mentor_of( $id ) && empty( $args['allow_unassigned'] ) ) {
			return new WP_Error( 'mentorship_not_assigned', __( 'Assign a mentor before starting this mentee.', 'mentorship-program' ), array( 'status' => 409 ) );
		}

		$note  = sanitize_textarea_field( (string) ( $args['note'] ?? '' ) );
		$actor = isset( $args['actor'] ) ? (int) $args['actor'] : null;
		$moved = Transaction::run(
			static function () use ( $id, $from, $to, $note, $actor, $args ) {
				global $wpdb;
				// Compare-and-set on the status column, so two reviewers cannot both move the same application.
				$changed = $wpdb->update( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a conditional update WordPress has no API for.
					$wpdb->posts,
					array(
						'post_status'       => Stages::to_status( $to ),
						'post_modified'     => current_time( 'mysql' ),
						'post_modified_gmt' => current_time( 'mysql', true ),
					),
					array(
						'ID'          => $id,
						'post_status' => Stages::to_status( $from ),
					)
				);
				if ( ! $changed ) {
					return new WP_Error( 'mentorship_conflict', __( 'Someone else changed this application meanwhile. Reload and try again.', 'mentorship-program' ), array( 'status' => 409 ) );
				}
				Audit_Trail::record( $id, 'stage', $from, $to, $note, null, $actor );
				if ( 'placed' === $to ) {
					update_post_meta( $id, self::META_PREFIX . 'placed_team', sanitize_title( (string) $args['team'] ) );
				}
				if ( in_array( $to, array( 'withdrawn', 'declined' ), true ) ) {
					Assignments::delete_for( $id );
				}
				return true;
			}
		);
		clean_post_cache( $id );
		if ( is_wp_error( $moved ) ) {
			return $moved;
		}
		self::announce_status( $id, Stages::to_status( $from ) );
		$updated = self::get( $id );
		if ( ! $updated ) {
			return self::not_found();
		}
		if ( ! empty( $args['notify'] ) ) {
			Mailer::queue_for_application( $updated, $to, array( 'note' => $note ) );
		}
		self::announce_stage( $id, $from, $to, null !== $actor ? $actor : get_current_user_id() );
		return $updated;
	}

	/**
	 * Tells WordPress and other plugins that an application's status changed, exactly
	 * as wp_update_post() would: core's transition_post_status, {old}_to_{new} and
	 * {new}_{post_type} hooks. Stage moves change the status outside wp_update_post()
	 * (it has no compare-and-set), so whoever made such a move calls this once the
	 * move is committed and the post cache cleaned.
	 *
	 * @since 0.2.0
	 *
	 * @param int    $id         Application.
	 * @param string $old_status Post status before the move.
	 */
	public static function announce_status( int $id, string $old_status ): void {
		$post = get_post( $id );
		if ( $post instanceof \WP_Post ) {
			wp_transition_post_status( $post->post_status, $old_status, $post );
		}
	}

	/**
	 * Fires the plugin's own action for a stage move, once it is committed.
	 *
	 * @since 0.2.0
	 *
	 * @param int    $id      Application.
	 * @param string $from    Previous stage ('' when the application just entered the pipeline).
	 * @param string $to      New stage.
	 * @param int    $user_id Who made the move (0 for the system or a private link).
	 */
	public static function announce_stage( int $id, string $from, string $to, int $user_id ): void {
		/**
		 * Fires once after an application moved to another stage (a legal move that
		 * won the compare-and-set); refused moves fire nothing. An application whose
		 * e-mail address is confirmed from its private link enters the pipeline with
		 * a move from '' to "submitted".
		 *
		 * @since 0.1.0
		 * @since 0.2.0 Receives the application ID and the acting user's ID; fires when an address is confirmed.
		 *
		 * @param int    $application_id Application (post) ID.
		 * @param string $old_stage      Previous stage ('' when the application just entered the pipeline).
		 * @param string $new_stage      New stage.
		 * @param int    $user_id        User who made the move (0 for the system or a private link).
		 */
		do_action( 'mentorship_program_stage_changed', $id, $from, $to, $user_id );
	}

	/**
	 * Moves an application to another cohort (waitlisted people to a later one).
	 *
	 * @param int $id        Application.
	 * @param int $cohort_id Cohort.
	 * @return array<string, mixed>|WP_Error
	 */
	public static function move_to_cohort( int $id, int $cohort_id ) {
		global $wpdb;
		$application = self::get( $id );
		if ( ! $application ) {
			return self::not_found();
		}
		if ( ! Cohorts::get( $cohort_id ) ) {
			return Field_Errors::on_field( 'rest_invalid_param', __( 'Cohort not found.', 'mentorship-program' ), 400, 'cohort' );
		}
		if ( $application['cohort'] === $cohort_id ) {
			return $application;
		}
		if ( ! in_array( $application['stage'], array( 'submitted', 'in_review', 'waitlisted', 'accepted', 'approved' ), true ) ) {
			return new WP_Error( 'mentorship_illegal_transition', __( 'Only applications that have not started can move to another cohort.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		$table    = Schema::table( 'claims' );
		$email    = strtolower( (string) $application['fields']['email'] );
		$new      = sha1( $application['type'] . '|' . $cohort_id . '|' . $email );
		$suppress = $wpdb->suppress_errors( true );
		$claimed  = $wpdb->query( $wpdb->prepare( "INSERT INTO {$table} (claim_key, object_id, created_at) VALUES (%s, %d, %s)", $new, $id, gmdate( 'Y-m-d H:i:s' ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- our own table.
		$wpdb->suppress_errors( $suppress );
		if ( ! $claimed ) {
			return new WP_Error( 'mentorship_duplicate', __( 'This person already has an application in that cohort.', 'mentorship-program' ), array( 'status' => 409 ) );
		}
		$role = self::claim_one_role( $application['type'], $cohort_id, $email, $id );
		if ( is_wp_error( $role ) ) {
			$wpdb->delete( $table, array( 'claim_key' => $new ), array( '%s' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
			return $role;
		}
		$wpdb->delete( $table, array( 'claim_key' => sha1( $application['type'] . '|' . $application['cohort'] . '|' . $email ) ), array( '%s' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
		$wpdb->delete( $table, array( 'claim_key' => self::role_claim_key( (int) $application['cohort'], $email ) ), array( '%s' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
		Assignments::delete_for( $id );
		wp_set_object_terms( $id, array( $cohort_id ), Taxonomies::COHORT );
		Audit_Trail::record( $id, 'cohort', (string) $application['cohort'], (string) $cohort_id );
		return self::get( $id );
	}

	/**
	 * Translates list filters into WP_Query arguments.
	 *
	 * @param array<string, mixed> $filters type, stage[], cohort, team[], language[], format, tz_min, tz_max,
	 *                                      search, page, per_page, orderby, order, include (IDs).
	 * @return array<string, mixed>
	 */
	public static function query_args( array $filters ): array {
		$types = ! empty( $filters['type'] ) ? array( (string) $filters['type'] ) : Stages::types();
		$args  = array(
			'post_type'              => array_map( array( Post_Types::class, 'post_type' ), $types ),
			'post_status'            => ! empty( $filters['stage'] ) ? array_map( array( Stages::class, 'to_status' ), (array) $filters['stage'] ) : self::statuses(),
			'posts_per_page'         => (int) ( $filters['per_page'] ?? 20 ),
			'paged'                  => (int) ( $filters['page'] ?? 1 ),
			'orderby'                => array(
				'date' => 'DESC',
				'ID'   => 'DESC',
			),
			'ignore_sticky_posts'    => true,
			'suppress_filters'       => false,
			'update_post_meta_cache' => true,
			'update_post_term_cache' => true,
			'mentorship_query'       => true,
		);
		$order = 'asc' === strtolower( (string) ( $filters['order'] ?? 'desc' ) ) ? 'ASC' : 'DESC';
		switch ( $filters['orderby'] ?? 'date' ) {
			case 'name':
				$args['orderby'] = array(
					'title' => $order,
					'ID'    => $order,
				);
				break;
			case 'modified':
				$args['orderby'] = array(
					'modified' => $order,
					'ID'       => $order,
				);
				break;
			case 'stage':
				$args['orderby'] = array(
					'post_status' => $order,
					'ID'          => $order,
				);
				break;
			default:
				$args['orderby'] = array(
					'date' => $order,
					'ID'   => $order,
				);
		}
		$tax = array();
		if ( ! empty( $filters['cohort'] ) ) {
			$tax[] = array(
				'taxonomy'         => Taxonomies::COHORT,
				'terms'            => array_map( 'intval', (array) $filters['cohort'] ),
				'include_children' => false,
			);
		}
		if ( ! empty( $filters['team'] ) ) {
			$tax[] = array(
				'taxonomy'         => Taxonomies::TEAM,
				'field'            => 'slug',
				'terms'            => (array) $filters['team'],
				'include_children' => false,
			);
		}
		if ( $tax ) {
			$args['tax_query'] = array_merge( array( 'relation' => 'AND' ), $tax ); // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_tax_query -- indexed term relationships.
		}
		$meta = array();
		if ( ! empty( $filters['language'] ) ) {
			$meta[] = array(
				'key'     => self::META_PREFIX . 'lang',
				'value'   => array_map( 'strtolower', (array) $filters['language'] ),
				'compare' => 'IN',
			);
		}
		if ( ! empty( $filters['format'] ) ) {
			$meta[] = array(
				'key'     => self::META_PREFIX . 'format',
				'value'   => (array) $filters['format'],
				'compare' => 'IN',
			);
		}
		if ( isset( $filters['tz_min'] ) || isset( $filters['tz_max'] ) ) {
			$meta[] = array(
				'key'     => self::META_PREFIX . 'utc_offset',
				'value'   => array( (int) ( $filters['tz_min'] ?? -720 ), (int) ( $filters['tz_max'] ?? 840 ) ),
				'compare' => 'BETWEEN',
				'type'    => 'SIGNED',
			);
		}
		if ( $meta ) {
			$args['meta_query'] = array_merge( array( 'relation' => 'AND' ), $meta ); // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- filters the coordinator asked for.
		}
		if ( ! empty( $filters['search'] ) ) {
			$args['mentorship_search'] = (string) $filters['search'];
		}
		if ( isset( $filters['include'] ) ) {
			$args['post__in'] = $filters['include'] ? array_map( 'intval', (array) $filters['include'] ) : array( 0 );
		}
		if ( ! empty( $filters['author'] ) ) {
			$args['author'] = (int) $filters['author'];
		}
		return $args;
	}

	/**
	 * Runs a list query: IDs are fetched with caches primed, so shaping costs no extra queries.
	 *
	 * @param array<string, mixed> $filters Filters (see query_args()).
	 * @return array{items: array<int, array<string, mixed>>, total: int, pages: int}
	 */
	public static function list( array $filters ): array {
		$query = new WP_Query( self::query_args( $filters ) );
		$items = array_map( array( self::class, 'shape' ), $query->posts );
		return array(
			'items' => $items,
			'total' => (int) $query->found_posts,
			'pages' => (int) $query->max_num_pages,
		);
	}

	/**
	 * Adds name and e-mail search to list queries (e-mail lives in meta).
	 *
	 * @param string   $search Search SQL.
	 * @param WP_Query $query  Query.
	 * @return string
	 */
	public static function search_sql( string $search, WP_Query $query ): string {
		global $wpdb;
		$term = (string) $query->get( 'mentorship_search' );
		if ( '' === $term ) {
			return $search;
		}
		$like = '%' . $wpdb->esc_like( $term ) . '%';
		return $wpdb->prepare(
			" AND ( {$wpdb->posts}.post_title LIKE %s OR EXISTS ( SELECT 1 FROM {$wpdb->postmeta} mps WHERE mps.post_id = {$wpdb->posts}.ID AND mps.meta_key IN ('_mp_email','_mp_wporg_username','_mp_slack_username') AND mps.meta_value LIKE %s ) )",
			$like,
			$like
		);
	}

	/**
	 * Deletes an application and everything that hangs off it, including the copies of
	 * its identity in other applications' audit trails (erasure and retention).
	 *
	 * @param int $id Application.
	 */
	public static function delete( int $id ): void {
		global $wpdb;
		Assignments::delete_for( $id );
		Audit_Trail::delete_for( $id );
		Audit_Trail::forget_references( $id );
		$wpdb->delete( Schema::table( 'claims' ), array( 'object_id' => $id ), array( '%d' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
		$wpdb->delete( Schema::table( 'mail' ), array( 'object_id' => $id ), array( '%d' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own table.
		wp_delete_post( $id, true );
	}

	/**
	 * The 404 of an application that does not exist, the one answer every route and service gives.
	 *
	 * @since 0.3.0
	 *
	 * @return WP_Error
	 */
	public static function not_found(): WP_Error {
		return new WP_Error( 'mentorship_not_found', __( 'Application not found.', 'mentorship-program' ), array( 'status' => 404 ) );
	}

	/**
	 * Hooks the search extension into WP_Query.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		add_filter( 'posts_search', array( self::class, 'search_sql' ), 10, 2 );
		add_action( 'mentorship_program_install_site', array( self::class, 'backfill_role_claims' ), 20 );
	}
}
