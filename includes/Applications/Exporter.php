<?php
/**
 * CSV export of applications, streamed in chunks and safe from formula injection.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Applications;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Cohorts\Assignments;

/**
 * Writes filtered applications as CSV to a stream, a chunk of posts at a time.
 *
 * @since 0.1.0
 */
final class Exporter {

	public const CHUNK = 500;

	/**
	 * Chunks whose IDs one sorted query reads.
	 */
	public const CHUNKS_PER_SORT = 10;

	/**
	 * Column headings.
	 *
	 * @return string[]
	 */
	public static function columns(): array {
		$columns = array( 'id', 'type', 'stage', 'cohort', 'created' );
		foreach ( array_keys( Fields::definitions() ) as $name ) {
			$columns[] = $name;
		}
		$columns[] = 'mentor_id';
		$columns[] = 'placed_team';
		return $columns;
	}

	/**
	 * Writes CSV rows to a stream.
	 *
	 * @param array<string, mixed> $filters Filters as for Applications::list().
	 * @param resource             $handle  Stream.
	 * @param int                  $chunk   Applications read at a time.
	 * @param int                  $sorted  IDs one sorted query reads (0: CHUNKS_PER_SORT chunks).
	 * @return int Rows written.
	 */
	public static function write( array $filters, $handle, int $chunk = self::CHUNK, int $sorted = 0 ): int {
		fputcsv( $handle, self::columns() );
		$chunk  = max( 1, $chunk );
		$sorted = $sorted > 0 ? $sorted : $chunk * self::CHUNKS_PER_SORT;
		$count  = 0;
		// Each chunk primes its posts' terms with one term query, and core keeps every
		// such query's result (all the chunk's relationships) in the object cache for
		// the rest of the request: memory would grow with the rows. The export reads
		// them once, so they are not kept.
		$uncached = static function ( $args ) {
			$args['cache_results'] = false;
			return $args;
		};
		add_filter( 'wp_get_object_terms_args', $uncached );
		try {
			$count = self::write_chunks( $filters, $handle, $chunk, $sorted );
		} finally {
			remove_filter( 'wp_get_object_terms_args', $uncached );
		}
		return $count;
	}

	/**
	 * Writes the rows, a chunk at a time.
	 *
	 * @param array<string, mixed> $filters Filters as for Applications::list().
	 * @param resource             $handle  Stream.
	 * @param int                  $chunk   Applications read at a time.
	 * @param int                  $sorted  IDs one sorted query reads.
	 * @return int Rows written.
	 */
	private static function write_chunks( array $filters, $handle, int $chunk, int $sorted ): int {
		$count = 0;
		$after = null;
		$names = array_keys( Fields::definitions() );
		do {
			$filters['page']     = 1;
			$filters['per_page'] = $sorted;
			$args                = Applications::query_args( $filters );
			// Only the IDs: the sort then reads the (type, status, date, ID) index alone,
			// not every matching post. No index gives that order across several types and
			// stages, so each sort reads every row after the last one written: one sort
			// for several chunks keeps that cost to a tenth. Each chunk's posts, meta and
			// terms are then loaded by ID, three queries a chunk.
			$args['fields']                 = 'ids';
			$args['no_found_rows']          = true;
			$args['update_post_meta_cache'] = false;
			$args['update_post_term_cache'] = false;
			// Core keeps each query's IDs in the object cache for the rest of the
			// request: the export's memory would grow with its rows.
			$args['cache_results'] = false;
			// Each sort starts after the last row written (keyset paging): an
			// OFFSET would read and skip every earlier row again, so a large export would
			// take time in the square of its rows.
			list( $column, $direction ) = self::sort_key( $args );
			$where                      = null;
			if ( $after ) {
				$where = static function ( $sql ) use ( $column, $direction, $after ) {
					global $wpdb;
					$op = 'ASC' === $direction ? '>' : '<';
					if ( 'ID' === $column ) {
						// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the operator comes from the fixed list above.
						return $sql . $wpdb->prepare( " AND {$wpdb->posts}.ID {$op} %d", $after[1] );
					}
					// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the column and operator come from the fixed lists in sort_key().
					return $sql . $wpdb->prepare( " AND ( {$wpdb->posts}.{$column} {$op} %s OR ( {$wpdb->posts}.{$column} = %s AND {$wpdb->posts}.ID {$op} %d ) )", $after[0], $after[0], $after[1] );
				};
				add_filter( 'posts_where', $where );
			}
			try {
				$query = new \WP_Query( $args );
			} finally {
				if ( $where ) {
					remove_filter( 'posts_where', $where );
				}
			}
			$sorted_ids = array_map( 'intval', $query->posts );
			foreach ( array_chunk( $sorted_ids, $chunk ) as $ids ) {
				list( $written, $last ) = self::write_rows( $ids, $names, $handle );
				$count                 += $written;
				if ( $last ) {
					$after = array( (string) $last->{$column}, (int) $last->ID );
				}
			}
			$full = count( $sorted_ids ) === $sorted;
		} while ( $full );
		return $count;
	}

	/**
	 * Writes the rows of one chunk, then forgets what it loaded.
	 *
	 * @param int[]    $ids    Post IDs, in order.
	 * @param string[] $names  Field names.
	 * @param resource $handle Stream.
	 * @return array{0: int, 1: \WP_Post|null} Rows written, and the last post written.
	 */
	private static function write_rows( array $ids, array $names, $handle ): array {
		_prime_post_caches( $ids, true, true );
		$assigned = array();
		foreach ( Assignments::rows_for( $ids ) as $row ) {
			$assigned[ (int) $row['mentee_id'] ] = (int) $row['mentor_id'];
		}
		$last    = null;
		$written = 0;
		// The chunk's rows go out in one write: a write a row is a packet a row when the
		// output is sent as it is written (a response streamed without a buffer).
		$buffer = fopen( 'php://memory', 'w+' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- memory, not a file.
		foreach ( $ids as $id ) {
			$post = get_post( $id );
			if ( ! $post instanceof \WP_Post ) {
				continue;
			}
			$last = $post;
			$a    = Applications::shape( $post );
			$row  = array( $a['id'], $a['type'], $a['stage'], $a['cohort'], $a['created'] );
			foreach ( $names as $name ) {
				$value = $a['fields'][ $name ] ?? '';
				if ( 'availability' === $name && is_array( $value ) ) {
					$value = implode( '; ', array_map( static fn( $s ) => $s['day'] . ' ' . $s['start'] . '-' . $s['end'], $value ) );
				} elseif ( is_array( $value ) ) {
					$value = implode( ', ', $value );
				} elseif ( is_bool( $value ) ) {
					$value = $value ? 'yes' : 'no';
				}
				$row[] = self::cell( (string) $value );
			}
			$row[] = $assigned[ $a['id'] ] ?? '';
			$row[] = $a['placed_team'];
			fputcsv( $buffer, $row );
			++$written;
		}
		rewind( $buffer );
		stream_copy_to_stream( $buffer, $handle );
		fclose( $buffer ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- memory, not a file.
		fflush( $handle );
		// Free what this chunk loaded before the next one: only the cache entries.
		// clean_post_cache() would also announce that the posts changed, and the kept
		// counts would recount every exported application (a transaction and several
		// queries per row, on a read).
		self::forget_cached( $ids );
		return array( $written, $last );
	}

	/**
	 * The posts column and direction the query sorts by first (ID breaks ties the same
	 * way), or ID alone.
	 *
	 * @param array<string, mixed> $args Query arguments from Applications::query_args().
	 * @return array{0: string, 1: string} Column of the posts table, ASC or DESC.
	 */
	private static function sort_key( array $args ): array {
		$orderby = (array) $args['orderby'];
		// Only keys WP_Query sorts by; it skips others (and sorts by ID alone then).
		$columns = array(
			'date'     => 'post_date',
			'title'    => 'post_title',
			'modified' => 'post_modified',
		);
		foreach ( $orderby as $key => $direction ) {
			$direction = 'ASC' === strtoupper( (string) $direction ) ? 'ASC' : 'DESC';
			if ( isset( $columns[ $key ] ) ) {
				return array( $columns[ $key ], $direction );
			}
			if ( 'ID' === $key ) {
				return array( 'ID', $direction );
			}
		}
		return array( 'ID', 'DESC' );
	}

	/**
	 * Drops the object cache entries of exported posts (the post, its meta, its terms)
	 * without firing the hooks of a change.
	 *
	 * @param array<int, int|string> $ids Post IDs.
	 */
	private static function forget_cached( array $ids ): void {
		$ids = array_map( 'intval', $ids );
		wp_cache_delete_multiple( $ids, 'posts' );
		wp_cache_delete_multiple( $ids, 'post_meta' );
		$taxonomies = array_unique( array_merge( get_object_taxonomies( Post_Types::MENTEE ), get_object_taxonomies( Post_Types::MENTOR ) ) );
		foreach ( $taxonomies as $taxonomy ) {
			wp_cache_delete_multiple( $ids, $taxonomy . '_relationships' );
		}
	}

	/**
	 * Neutralises spreadsheet formulas: a cell that starts with = + - @ or a control
	 * character gets a leading apostrophe.
	 *
	 * @param string $value Cell.
	 * @return string
	 */
	public static function cell( string $value ): string {
		if ( '' !== $value && in_array( $value[0], array( '=', '+', '-', '@', "\t", "\r", "\n" ), true ) ) {
			return "'" . $value;
		}
		return $value;
	}
}
