<?php
/**
 * Seeds a bench or proof site with generated, reproducible data through the plugin's
 * own domain API (Applications::create and ::transition), so what is stored is
 * exactly what the public form would store.
 *
 * Usage: php bin/php/seed-bench.php <site-dir> [--cohort=ID] [--mentees=N] [--mentors=N]
 *        [--posts=N] [--seed=42] [--marker=WORD] [--chunk=250] [--part=0 --parts=1]
 *
 * Each record is generated from its own seed (seed, type and number), so the data is
 * the same however the work is split: --part=K --parts=P seeds the records whose
 * number modulo P is K, and P processes can seed at once.
 *
 * Prints one JSON object: counts and seconds per part. Mail is not queued while
 * seeding (the `mentorship_program_queue_mail` filter answers false), term counts are
 * deferred, and each chunk of inserts runs in one database transaction.
 *
 * With --marker, every applicant carries the word in their name, e-mail and region,
 * and the time zone Pacific/Chatham: the leak probe looks for them in public output.
 *
 * @package Mentorship_Program
 */

defined( 'ABSPATH' ) || in_array( PHP_SAPI, array( 'cli' ), true ) || exit;

$mentorship_seed_dir  = rtrim( (string) ( $argv[1] ?? '' ), '/' );
$mentorship_seed_args = array();
foreach ( array_slice( $argv, 2 ) as $mentorship_seed_arg ) {
	if ( preg_match( '/^--([a-z]+)=(.*)$/', $mentorship_seed_arg, $mentorship_seed_m ) ) {
		$mentorship_seed_args[ $mentorship_seed_m[1] ] = $mentorship_seed_m[2];
	}
}
if ( '' === $mentorship_seed_dir || ! is_file( $mentorship_seed_dir . '/wp-load.php' ) ) {
	fwrite( STDERR, "Usage: php bin/php/seed-bench.php <site-dir> [--mentees=N] ...\n" );
	exit( 2 );
}

$_SERVER['HTTP_HOST']       = '127.0.0.1';
$_SERVER['SERVER_NAME']     = '127.0.0.1';
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
require $mentorship_seed_dir . '/wp-load.php';

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Applications\Consent_Texts;
use Mentorship_Program\Stats\Counts;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Database\Schema;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Applications\Status_Links;
use Mentorship_Program\Applications\Fields;
use Mentorship_Program\Teams\Taxonomies;

/**
 * A small deterministic generator (xorshift32): the same seed gives the same data.
 */
final class Mentorship_Bench_Random {

	/**
	 * State.
	 *
	 * @var int
	 */
	private int $state;

	/**
	 * Starts from a seed.
	 *
	 * @param int $seed Seed.
	 */
	public function __construct( int $seed ) {
		$this->state = ( $seed & 0xFFFFFFFF ) ? ( $seed & 0xFFFFFFFF ) : 0x9E3779B9;
	}

	/**
	 * Next 32-bit value.
	 *
	 * @return int
	 */
	public function next(): int {
		$x           = $this->state;
		$x          ^= ( $x << 13 ) & 0xFFFFFFFF;
		$x          ^= $x >> 17;
		$x          ^= ( $x << 5 ) & 0xFFFFFFFF;
		$this->state = $x & 0xFFFFFFFF;
		return $this->state;
	}

	/**
	 * An integer in [min, max].
	 *
	 * @param int $min Lowest.
	 * @param int $max Highest.
	 * @return int
	 */
	public function int( int $min, int $max ): int {
		return $min + ( $this->next() % ( $max - $min + 1 ) );
	}

	/**
	 * A float in [0, 1).
	 *
	 * @return float
	 */
	public function float(): float {
		return $this->next() / 4294967296;
	}

	/**
	 * One element.
	 *
	 * @param array<int, mixed> $list List.
	 * @return mixed
	 */
	public function pick( array $list ) {
		return $list[ $this->int( 0, count( $list ) - 1 ) ];
	}

	/**
	 * Some distinct elements.
	 *
	 * @param array<int, mixed> $list List.
	 * @param int               $min  Fewest.
	 * @param int               $max  Most.
	 * @return array<int, mixed>
	 */
	public function some( array $list, int $min, int $max ): array {
		$n    = $this->int( $min, min( $max, count( $list ) ) );
		$copy = array_values( $list );
		$out  = array();
		for ( $i = 0; $i < $n; $i++ ) {
			$at    = $this->int( 0, count( $copy ) - 1 );
			$out[] = $copy[ $at ];
			array_splice( $copy, $at, 1 );
		}
		return $out;
	}
}

/**
 * Words for generated text.
 */
const MENTORSHIP_BENCH_WORDS = array( 'learn', 'contribute', 'review', 'patches', 'translate', 'community', 'meetup', 'documentation', 'accessibility', 'blocks', 'themes', 'plugins', 'testing', 'release', 'handbook', 'design', 'support', 'forums', 'mentor', 'first', 'ticket', 'welcome', 'open', 'source', 'together', 'slowly', 'confidently', 'weekly', 'friendly', 'people' );

/**
 * A sentence-like text of about $words words.
 *
 * @param Mentorship_Bench_Random $r     Generator.
 * @param int                     $words Words.
 * @return string
 */
function mentorship_bench_text( Mentorship_Bench_Random $r, int $words ): string {
	$out = array();
	for ( $i = 0; $i < $words; $i++ ) {
		$out[] = $r->pick( MENTORSHIP_BENCH_WORDS );
	}
	return ucfirst( implode( ' ', $out ) ) . '.';
}

/**
 * Valid values of one generated applicant.
 *
 * @param Mentorship_Bench_Random $r      Generator.
 * @param string                  $type   mentee or mentor.
 * @param int                     $n      Sequence number.
 * @param string[]                $teams  Team slugs.
 * @param string                  $seed   Seed (in e-mail addresses, so runs do not collide).
 * @param string                  $marker Marker word or ''.
 * @return array<string, mixed>
 */
function mentorship_bench_values( Mentorship_Bench_Random $r, string $type, int $n, array $teams, string $seed, string $marker ): array {
	$first  = array( 'Ana', 'Bao', 'Chidi', 'Dana', 'Elif', 'Farah', 'Giulia', 'Hiro', 'Ines', 'Jonas', 'Kavya', 'Lucía', 'Mateo', 'Nia', 'Olga', 'Priya', 'Quentin', 'Rafael', 'Sana', 'Tomás', 'Uma', 'Viktor', 'Wen', 'Yara', 'Zoë' );
	$last   = array( 'Abebe', 'Bianchi', 'Costa', 'Dubois', 'Eriksen', 'Fernández', 'García', 'Haddad', 'Ivanova', 'Jensen', 'Kowalski', 'Li', 'Müller', 'Nakamura', 'Okafor', 'Petrov', 'Rossi', 'Silva', 'Tanaka', 'Usman', 'Varga', 'Wang', 'Yilmaz', 'Zhou' );
	$zones  = array( 'Europe/Lisbon', 'Europe/Berlin', 'Europe/Istanbul', 'America/New_York', 'America/Sao_Paulo', 'America/Los_Angeles', 'America/Mexico_City', 'Asia/Kolkata', 'Asia/Tokyo', 'Asia/Jakarta', 'Asia/Manila', 'Africa/Lagos', 'Africa/Nairobi', 'Australia/Sydney', 'Pacific/Auckland', 'UTC' );
	$langs  = array( 'en', 'es', 'pt-BR', 'fr', 'de', 'ja', 'hi', 'id', 'it', 'nl', 'tr', 'sw', 'bn', 'zh-CN' );
	$region = array( 'Europe', 'Africa', 'Asia', 'North America', 'South America', 'Oceania' );
	// Distinct names (up to 15,600 per type), as distinct people have.
	$name   = $first[ $n % 25 ] . ' ' . ( $n >= 600 ? chr( 65 + intdiv( $n, 600 ) % 26 ) . '. ' : '' ) . $last[ intdiv( $n, 25 ) % 24 ];
	$values = array(
		'name'            => '' !== $marker ? $name . ' ' . $marker : $name,
		'email'           => ( '' !== $marker ? strtolower( $marker ) . '.' : '' ) . 'bench-' . $seed . '-' . $type . '-' . $n . '@example.org',
		'wporg_username'  => 'bench' . $type . $n,
		'slack_username'  => 'bench_' . $type . '_' . $n,
		'timezone'        => '' !== $marker ? 'Pacific/Chatham' : $r->pick( $zones ),
		'languages'       => $r->some( $langs, 1, 3 ),
		'region'          => '' !== $marker ? $marker . ' Islands' : $r->pick( $region ),
		'teams'           => $r->some( $teams, 'mentor' === $type ? 1 : 1, 3 ),
		'availability'    => array(
			array(
				'day'   => $r->int( 0, 6 ),
				'start' => sprintf( '%02d:00', $r->int( 6, 12 ) ),
				'end'   => sprintf( '%02d:30', $r->int( 13, 22 ) ),
			),
			array(
				'day'   => $r->int( 0, 6 ),
				'start' => sprintf( '%02d:00', $r->int( 14, 18 ) ),
				'end'   => sprintf( '%02d:00', $r->int( 19, 23 ) ),
			),
		),
		'heard_from'      => $r->pick( array( 'A meetup', 'Make blog', 'A friend', 'WordCamp', 'Chat' ) ),
		'consent_coc'     => true,
		'consent_privacy' => true,
	);
	if ( 'mentor' === $type ) {
		return array_merge(
			$values,
			array(
				'formats'            => $r->some( Fields::FORMATS, 1, 3 ),
				'capacity'           => $r->int( 1, 4 ),
				'years_contributing' => $r->int( 1, 15 ),
				'motivation'         => mentorship_bench_text( $r, $r->int( 10, 60 ) ),
			)
		);
	}
	return array_merge(
		$values,
		array(
			'experience'     => $r->pick( Fields::EXPERIENCE ),
			'goals'          => mentorship_bench_text( $r, $r->int( 15, 90 ) ),
			'hours_per_week' => $r->int( 1, 20 ),
			'format'         => $r->pick( array_merge( Fields::FORMATS, array( 'any' ) ) ),
		)
	);
}

/**
 * Stages a generated application walks after "submitted" (a realistic mix).
 *
 * @param Mentorship_Bench_Random $r    Generator.
 * @param string                  $type Type.
 * @return string[]
 */
function mentorship_bench_path( Mentorship_Bench_Random $r, string $type ): array {
	$x = $r->float();
	if ( 'mentor' === $type ) {
		if ( $x < 0.4 ) {
			return array();
		}
		return $x < 0.9 ? array( 'in_review', 'approved' ) : array( 'in_review', 'declined' );
	}
	if ( $x < 0.5 ) {
		return array();
	}
	if ( $x < 0.7 ) {
		return array( 'in_review' );
	}
	if ( $x < 0.8 ) {
		return array( 'in_review', 'accepted' );
	}
	if ( $x < 0.85 ) {
		return array( 'in_review', 'waitlisted' );
	}
	if ( $x < 0.95 ) {
		return array( 'in_review', 'declined' );
	}
	return array( 'withdrawn' );
}

$mentorship_seed_mentees = (int) ( $mentorship_seed_args['mentees'] ?? 0 );
$mentorship_seed_mentors = (int) ( $mentorship_seed_args['mentors'] ?? 0 );
$mentorship_seed_posts   = (int) ( $mentorship_seed_args['posts'] ?? 0 );
$mentorship_seed_seed    = (string) ( $mentorship_seed_args['seed'] ?? '42' );
$mentorship_seed_marker  = (string) ( $mentorship_seed_args['marker'] ?? '' );
$mentorship_seed_chunk   = max( 1, (int) ( $mentorship_seed_args['chunk'] ?? 250 ) );
$mentorship_seed_cohort  = (int) ( $mentorship_seed_args['cohort'] ?? 0 );
$mentorship_seed_parts   = max( 1, (int) ( $mentorship_seed_args['parts'] ?? 1 ) );
$mentorship_seed_part    = (int) ( $mentorship_seed_args['part'] ?? 0 ) % $mentorship_seed_parts;
if ( ! $mentorship_seed_cohort ) {
	$mentorship_seed_open   = Cohorts::current_open();
	$mentorship_seed_cohort = $mentorship_seed_open ? (int) $mentorship_seed_open['id'] : 0;
}
if ( ( $mentorship_seed_mentees || $mentorship_seed_mentors ) && ! $mentorship_seed_cohort ) {
	fwrite( STDERR, "No cohort: pass --cohort=ID or open one first.\n" );
	exit( 1 );
}

add_filter( 'mentorship_program_queue_mail', '__return_false' );
wp_defer_term_counting( true );
wp_set_current_user( 1 );

/**
 * The generator of one record.
 *
 * @param string $seed   Seed.
 * @param string $kind   Record kind.
 * @param int    $n      Number.
 * @param string $marker Marker.
 * @return Mentorship_Bench_Random
 */
function mentorship_bench_random_for( string $seed, string $kind, int $n, string $marker ): Mentorship_Bench_Random {
	$r = new Mentorship_Bench_Random( (int) crc32( $seed . '|' . $kind . '|' . $n . '|' . $marker ) );
	$r->next();
	return $r;
}
$mentorship_seed_teams = Taxonomies::team_slugs();
$mentorship_seed_out   = array(
	'mentees'     => 0,
	'mentors'     => 0,
	'transitions' => 0,
	'posts'       => 0,
	'failures'    => array(),
	'seconds'     => array(),
	'ids'         => array(
		'mentees' => array(),
		'mentors' => array(),
	),
);

/**
 * Runs this part's share of $count steps in chunks, each chunk one transaction; caches are dropped between
 * chunks so memory stays flat.
 *
 * @param int      $count Steps.
 * @param int      $chunk Steps per transaction.
 * @param callable $step  Receives the step number.
 */
function mentorship_bench_chunked( int $count, int $chunk, callable $step ): void {
	global $wpdb, $mentorship_seed_part, $mentorship_seed_parts;
	$mine = array();
	for ( $n = $mentorship_seed_part; $n < $count; $n += $mentorship_seed_parts ) {
		$mine[] = $n;
	}
	foreach ( array_chunk( $mine, $chunk ) as $numbers ) {
		$wpdb->query( 'START TRANSACTION' ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- batching the seed writes.
		foreach ( $numbers as $n ) {
			$step( $n );
		}
		$wpdb->query( 'COMMIT' ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- batching the seed writes.
		wp_cache_flush();
	}
}

/**
 * Bench shortcut (--bulk=1): writes the same rows Applications::create() and ::transition()
 * would (post, fields, consents, terms, claims, audit entries), and the same posts
 * wp_insert_post() would, as multi-row INSERTs through $wpdb, a thousand records per
 * statement; then recounts the terms and rebuilds the kept counts once. Hundreds of
 * times faster than the domain API, so the bench can seed 100,000 of each. Only the
 * bench uses it: the data is the generator's, the write path is not under test here
 * (the submit case measures that one request at a time).
 *
 * @param array<string, int>   $counts mentee, mentor, post: how many.
 * @param array<string, mixed> $opts Seed, marker, cohort, teams, chunk.
 * @return array<string, mixed> What was stored.
 */
function mentorship_bench_bulk( array $counts, array $opts ): array {
	global $wpdb;
	$out       = array(
		'mentees'     => 0,
		'mentors'     => 0,
		'transitions' => 0,
		'posts'       => 0,
		'failures'    => array(),
		'seconds'     => array(),
		'ids'         => array(
			'mentees' => array(),
			'mentors' => array(),
		),
		'bulk'        => true,
	);
	$chunk     = max( 100, (int) $opts['chunk'] );
	$cohort    = (int) $opts['cohort'];
	$flush     = static function ( string $table, array $columns, array $rows ) use ( $wpdb ): void {
		if ( ! $rows ) {
			return;
		}
		$values = array();
		foreach ( $rows as $row ) {
			$values[] = '(' . implode( ',', array_map( static fn( $v ) => null === $v ? 'NULL' : ( is_int( $v ) ? (string) $v : "'" . esc_sql( (string) $v ) . "'" ), $row ) ) . ')';
		}
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery -- every value escaped above; bench seeding only.
		if ( false === $wpdb->query( "INSERT INTO {$table} (" . implode( ',', $columns ) . ') VALUES ' . implode( ',', $values ) ) ) {
			throw new RuntimeException( 'Bulk insert into ' . $table . ' failed: ' . $wpdb->last_error );
		}
	};
	$post_cols = array( 'ID', 'post_author', 'post_date', 'post_date_gmt', 'post_content', 'post_title', 'post_excerpt', 'post_status', 'comment_status', 'ping_status', 'post_name', 'to_ping', 'pinged', 'post_modified', 'post_modified_gmt', 'post_content_filtered', 'guid', 'post_type' );
	$next_id   = (int) $wpdb->get_var( "SELECT COALESCE(MAX(ID), 0) FROM {$wpdb->posts}" ) + 1; // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	$tt        = array();
	foreach ( $wpdb->get_results( $wpdb->prepare( "SELECT tt.term_taxonomy_id, tt.term_id, tt.taxonomy, t.slug FROM {$wpdb->term_taxonomy} tt INNER JOIN {$wpdb->terms} t ON t.term_id = tt.term_id WHERE tt.taxonomy IN (%s, %s, 'category')", Taxonomies::COHORT, Taxonomies::TEAM ) ) as $row ) { // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$tt[ $row->taxonomy ][ Taxonomies::COHORT === $row->taxonomy ? (int) $row->term_id : $row->slug ] = (int) $row->term_taxonomy_id;
	}
	$meta_rows = new ReflectionMethod( Applications::class, 'meta_rows' );
	$meta_rows->setAccessible( true );
	$claims  = Schema::table( 'claims' );
	$events  = Schema::table( 'events' );
	$now     = gmdate( 'Y-m-d H:i:s' );
	$now_iso = gmdate( 'Y-m-d\TH:i:s\Z' );
	// Applications arrive over time, about a minute apart.
	$arrived = time() - 60 * ( $counts['mentor'] + $counts['mentee'] );
	foreach ( array( 'mentor', 'mentee' ) as $type ) {
		$started   = microtime( true );
		$post_type = Post_Types::post_type( $type );
		foreach ( array_chunk( range( 0, max( 0, $counts[ $type ] - 1 ) ), $chunk ) as $numbers ) {
			if ( ! $counts[ $type ] ) {
				break;
			}
			$posts = array();
			$meta  = array();
			$terms = array();
			$claim = array();
			$audit = array();
			foreach ( $numbers as $n ) {
				$r      = mentorship_bench_random_for( $opts['seed'], $type, $n, $opts['marker'] );
				$values = mentorship_bench_values( $r, $type, $n, $opts['teams'], $opts['seed'], $opts['marker'] );
				$path   = mentorship_bench_path( $r, $type );
				if ( isset( $opts['paths'][ $type ] ) ) {
					$path = $opts['paths'][ $type ];
				}
				if ( 'mentor' === $type && ! empty( $opts['capacity'] ) ) {
					$values['capacity'] = (int) $opts['capacity'];
				}
				$values = Fields::sanitize( $values );
				$id     = $next_id++;
				$uuid   = wp_generate_uuid4();
				$stage  = $path ? end( $path ) : 'submitted';
				// Each type spread evenly over the same span, so mentors and mentees mix.
				$date    = gmdate( 'Y-m-d H:i:s', $arrived + (int) ( 60 * $n * ( $counts['mentor'] + $counts['mentee'] ) / max( 1, $counts[ $type ] ) ) );
				$posts[] = array( $id, 0, $date, $date, '', (string) $values['name'], '', Stages::to_status( $stage ), 'closed', 'closed', $type . '-' . $uuid, '', '', $path ? $now : $date, $path ? $now : $date, '', 'urn:uuid:' . $uuid, $post_type );
				$rows    = $meta_rows->invoke( null, $values );
				$rows[]  = array( substr( Status_Links::META_MAIL, strlen( Applications::META_PREFIX ) ), Status_Links::hash( $id, 'mail', Status_Links::new_secret() ) );
				foreach ( array_merge( $rows, Consent_Texts::rows( $values, $now_iso ) ) as list( $name, $value ) ) {
					$key    = Applications::META_PREFIX . $name;
					$meta[] = array( $id, $key, maybe_serialize( sanitize_meta( $key, $value, 'post', $post_type ) ) );
				}
				$terms[] = array( $id, $tt[ Taxonomies::COHORT ][ $cohort ] );
				foreach ( array_unique( (array) $values['teams'] ) as $team ) {
					$terms[] = array( $id, $tt[ Taxonomies::TEAM ][ $team ] );
				}
				$email   = strtolower( (string) $values['email'] );
				$claim[] = array( Applications::claim_key( $type, $cohort, $email ), $id, $now );
				$claim[] = array( Applications::role_claim_key( $cohort, $email ), $id, $now );
				$audit[] = array( $id, 'stage', '', 'submitted', '', null, 0, $now );
				$from    = 'submitted';
				foreach ( $path as $to ) {
					$audit[] = array( $id, 'stage', $from, $to, '', null, 1, $now );
					$from    = $to;
					++$out['transitions'];
				}
				++$out[ $type . 's' ];
				$out['ids'][ $type . 's' ][] = $id;
			}
			$wpdb->query( 'START TRANSACTION' ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
			$flush( $wpdb->posts, $post_cols, $posts );
			foreach ( array_chunk( $meta, 5000 ) as $part ) {
				$flush( $wpdb->postmeta, array( 'post_id', 'meta_key', 'meta_value' ), $part );
			}
			$flush( $wpdb->term_relationships, array( 'object_id', 'term_taxonomy_id' ), $terms );
			$flush( $claims, array( 'claim_key', 'object_id', 'created_at' ), $claim );
			$flush( $events, array( 'object_id', 'event', 'from_value', 'to_value', 'note', 'rating', 'user_id', 'created_at' ), $audit );
			$wpdb->query( 'COMMIT' ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		}
		$out['seconds'][ $type . 's' ] = round( microtime( true ) - $started, 3 );
	}
	$started = microtime( true );
	for ( $n = 0; $n < $counts['post']; $n += $chunk ) {
		$posts = array();
		$terms = array();
		$last  = min( $counts['post'], $n + $chunk );
		for ( $i = $n; $i < $last; $i++ ) {
			$r          = mentorship_bench_random_for( $opts['seed'], 'post', $i, '' );
			$paragraphs = array();
			for ( $p = 0, $max = $r->int( 2, 6 ); $p < $max; $p++ ) {
				$paragraphs[] = "<!-- wp:paragraph -->\n<p>" . mentorship_bench_text( $r, $r->int( 30, 90 ) ) . "</p>\n<!-- /wp:paragraph -->";
			}
			$id      = $next_id++;
			$title   = 'Bench post ' . $i . ': ' . mentorship_bench_text( $r, 5 );
			$excerpt = mentorship_bench_text( $r, 12 );
			$date    = gmdate( 'Y-m-d H:i:s', time() - $i * 600 );
			$posts[] = array( $id, 1, $date, $date, implode( "\n\n", $paragraphs ), $title, $excerpt, 'publish', 'open', 'open', sanitize_title( $title ), '', '', $date, $date, '', home_url( '/?p=' . $id ), 'post' );
			$terms[] = array( $id, $tt['category']['uncategorized'] ?? 1 );
			++$out['posts'];
		}
		$flush( $wpdb->posts, $post_cols, $posts );
		$flush( $wpdb->term_relationships, array( 'object_id', 'term_taxonomy_id' ), $terms );
	}
	$out['seconds']['posts'] = round( microtime( true ) - $started, 3 );
	if ( ! empty( $counts['checkin'] ) ) {
		$started                    = microtime( true );
		$out['checkins']            = mentorship_bench_bulk_checkins( $out['ids']['mentees'], $out['ids']['mentors'], $counts['checkin'], $cohort, $flush );
		$out['assignments']         = count( $out['ids']['mentees'] );
		$out['seconds']['checkins'] = round( microtime( true ) - $started, 3 );
	}
	$started = microtime( true );
	// Term counts and the kept counts, once for everything written.
	foreach ( $tt as $taxonomy => $ids ) {
		wp_update_term_count_now( array_values( $ids ), $taxonomy );
	}
	wp_cache_flush();
	wp_cache_set_posts_last_changed();
	wp_cache_set_terms_last_changed();
	if ( $out['mentees'] || $out['mentors'] ) {
		Counts::rebuild();
	}
	$out['seconds']['counts'] = round( microtime( true ) - $started, 3 );
	return $out;
}

/**
 * Bench shortcut for the "needs attention" scenario: assigns the mentees round-robin to
 * the mentors (one seat each), then writes $count check-ins spread evenly over the
 * mentees, one mentee each, weekly back from today (every tenth one async, one in ten
 * missed, one in fifty asking for help), straight into the check-in tables.
 *
 * @param int[]    $mentees Mentee IDs.
 * @param int[]    $mentors Mentor IDs.
 * @param int      $count   Check-ins.
 * @param int      $cohort  Cohort.
 * @param callable $flush   Bulk writer.
 * @return int Check-ins written.
 */
function mentorship_bench_bulk_checkins( array $mentees, array $mentors, int $count, int $cohort, callable $flush ): int {
	global $wpdb;
	if ( ! $mentees || ! $mentors ) {
		return 0;
	}
	$now   = gmdate( 'Y-m-d H:i:s' );
	$rows  = array();
	$seats = array();
	foreach ( $mentees as $i => $mentee ) {
		$mentor           = $mentors[ $i % count( $mentors ) ];
		$seats[ $mentor ] = ( $seats[ $mentor ] ?? 0 ) + 1;
		$rows[]           = array( $mentee, $mentor, $seats[ $mentor ], $cohort, 'one-to-one', 1, $now );
	}
	foreach ( array_chunk( $rows, 2000 ) as $part ) {
		$flush( Schema::table( 'assignments' ), array( 'mentee_id', 'mentor_id', 'seat', 'cohort_id', 'track', 'user_id', 'created_at' ), $part );
	}
	$checkins = \Mentorship_Program\Mentorship\Schema::table( 'checkins' );
	$links    = \Mentorship_Program\Mentorship\Schema::table( 'checkin_mentees' );
	$next     = (int) $wpdb->get_var( "SELECT COALESCE(MAX(id), 0) FROM {$checkins}" ) + 1; // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery
	$r        = new Mentorship_Bench_Random( 4242 );
	$rows     = array();
	$attended = array();
	for ( $n = 0; $n < $count; $n++ ) {
		$i          = $n % count( $mentees );
		$week       = intdiv( $n, count( $mentees ) );
		$mentee     = $mentees[ $i ];
		$mentor     = $mentors[ $i % count( $mentors ) ];
		$kind       = 0 === $n % 10 ? 'async' : 'one-to-one';
		$held       = gmdate( 'Y-m-d', time() - ( 7 * $week + $i % 7 ) * DAY_IN_SECONDS );
		$rows[]     = array( $next, $cohort, $mentor, $held, $kind, mentorship_bench_text( $r, 12 ), mentorship_bench_text( $r, 8 ), 0 === $r->int( 0, 49 ) ? 1 : 0, '', 1, 1, $now, $now );
		$attended[] = array( $next, $mentee, 0 === $r->int( 0, 9 ) ? 0 : 1, $held, $kind );
		++$next;
		if ( count( $rows ) >= 2000 ) {
			$flush( $checkins, array( 'id', 'cohort_id', 'mentor_id', 'held_on', 'kind', 'covered', 'next_steps', 'needs_help', 'private_note', 'revision', 'user_id', 'created_at', 'updated_at' ), $rows );
			$flush( $links, array( 'checkin_id', 'mentee_id', 'attended', 'held_on', 'kind' ), $attended );
			$rows     = array();
			$attended = array();
		}
	}
	$flush( $checkins, array( 'id', 'cohort_id', 'mentor_id', 'held_on', 'kind', 'covered', 'next_steps', 'needs_help', 'private_note', 'revision', 'user_id', 'created_at', 'updated_at' ), $rows );
	$flush( $links, array( 'checkin_id', 'mentee_id', 'attended', 'held_on', 'kind' ), $attended );
	return $count;
}

if ( ! empty( $mentorship_seed_args['bulk'] ) ) {
	$mentorship_seed_out                = mentorship_bench_bulk(
		array(
			'mentee'  => 0 === $mentorship_seed_part ? $mentorship_seed_mentees : 0,
			'mentor'  => 0 === $mentorship_seed_part ? $mentorship_seed_mentors : 0,
			'post'    => 0 === $mentorship_seed_part ? $mentorship_seed_posts : 0,
			'checkin' => (int) ( $mentorship_seed_args['checkins'] ?? 0 ),
		),
		array(
			'seed'     => $mentorship_seed_seed,
			'marker'   => $mentorship_seed_marker,
			'cohort'   => $mentorship_seed_cohort,
			'teams'    => Taxonomies::team_slugs(),
			'chunk'    => (int) ( $mentorship_seed_args['chunk'] ?? 1000 ),
			// The attention scenario: everyone started, mentors with room for five.
			'paths'    => ! empty( $mentorship_seed_args['running'] ) ? array(
				'mentee' => array( 'in_review', 'accepted', 'active' ),
				'mentor' => array( 'in_review', 'approved', 'active' ),
			) : array(),
			'capacity' => ! empty( $mentorship_seed_args['running'] ) ? 5 : 0,
		)
	);
	$mentorship_seed_out['failures']    = array_slice( $mentorship_seed_out['failures'], 0, 10 );
	$mentorship_seed_out['peak_memory'] = memory_get_peak_usage();
	echo wp_json_encode( $mentorship_seed_out ), "\n";
	exit( 0 );
}

foreach ( array(
	'mentor' => $mentorship_seed_mentors,
	'mentee' => $mentorship_seed_mentees,
) as $mentorship_seed_type => $mentorship_seed_count ) {
	$mentorship_seed_started = microtime( true );
	mentorship_bench_chunked(
		$mentorship_seed_count,
		$mentorship_seed_chunk,
		static function ( int $n ) use ( &$mentorship_seed_out, $mentorship_seed_type, $mentorship_seed_teams, $mentorship_seed_seed, $mentorship_seed_marker, $mentorship_seed_cohort ): void {
			$mentorship_seed_random = mentorship_bench_random_for( $mentorship_seed_seed, $mentorship_seed_type, $n, $mentorship_seed_marker );
			$values                 = mentorship_bench_values( $mentorship_seed_random, $mentorship_seed_type, $n, $mentorship_seed_teams, $mentorship_seed_seed, $mentorship_seed_marker );
			$path                   = mentorship_bench_path( $mentorship_seed_random, $mentorship_seed_type );
			$values                 = Fields::sanitize( $values );
			$errors                 = Fields::validate( $mentorship_seed_type, $values, array(), true );
			if ( $errors ) {
				$mentorship_seed_out['failures'][] = $errors;
				return;
			}
			$application = Applications::create( $mentorship_seed_type, $values, $mentorship_seed_cohort );
			if ( is_wp_error( $application ) ) {
				$mentorship_seed_out['failures'][] = $application->get_error_message();
				return;
			}
			++$mentorship_seed_out[ $mentorship_seed_type . 's' ];
			$mentorship_seed_out['ids'][ $mentorship_seed_type . 's' ][] = (int) $application['id'];
			foreach ( $path as $stage ) {
				$moved = Applications::transition( (int) $application['id'], $stage, array( 'allow_unassigned' => true ) );
				if ( is_wp_error( $moved ) ) {
					$mentorship_seed_out['failures'][] = $moved->get_error_message();
					return;
				}
				++$mentorship_seed_out['transitions'];
			}
		}
	);
	$mentorship_seed_out['seconds'][ $mentorship_seed_type . 's' ] = round( microtime( true ) - $mentorship_seed_started, 3 );
}

$mentorship_seed_started = microtime( true );
mentorship_bench_chunked(
	$mentorship_seed_posts,
	$mentorship_seed_chunk,
	static function ( int $n ) use ( &$mentorship_seed_out, $mentorship_seed_seed ): void {
		$mentorship_seed_random = mentorship_bench_random_for( $mentorship_seed_seed, 'post', $n, '' );
		$paragraphs             = array();
		for ( $p = 0, $max = $mentorship_seed_random->int( 2, 6 ); $p < $max; $p++ ) {
			$paragraphs[] = "<!-- wp:paragraph -->\n<p>" . mentorship_bench_text( $mentorship_seed_random, $mentorship_seed_random->int( 30, 90 ) ) . "</p>\n<!-- /wp:paragraph -->";
		}
		$id = wp_insert_post(
			array(
				'post_type'    => 'post',
				'post_status'  => 'publish',
				'post_author'  => 1,
				'post_title'   => 'Bench post ' . $n . ': ' . mentorship_bench_text( $mentorship_seed_random, 5 ),
				'post_content' => implode( "\n\n", $paragraphs ),
				'post_excerpt' => mentorship_bench_text( $mentorship_seed_random, 12 ),
				'post_date'    => gmdate( 'Y-m-d H:i:s', time() - $n * 600 ),
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			$mentorship_seed_out['failures'][] = $id->get_error_message();
			return;
		}
		++$mentorship_seed_out['posts'];
	}
);
$mentorship_seed_out['seconds']['posts'] = round( microtime( true ) - $mentorship_seed_started, 3 );

$mentorship_seed_started = microtime( true );
wp_defer_term_counting( false );
$mentorship_seed_out['seconds']['term_counts'] = round( microtime( true ) - $mentorship_seed_started, 3 );
$mentorship_seed_out['failures']               = array_slice( $mentorship_seed_out['failures'], 0, 10 );
$mentorship_seed_out['peak_memory']            = memory_get_peak_usage();
echo wp_json_encode( $mentorship_seed_out ), "\n";
