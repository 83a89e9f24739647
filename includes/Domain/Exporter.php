<?php
/**
 * CSV export of applications, streamed in chunks and safe from formula injection.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Domain;

defined( 'ABSPATH' ) || exit;

/**
 * Writes filtered applications as CSV to a stream, a chunk of posts at a time.
 *
 * @since 0.1.0
 */
final class Exporter {

	public const CHUNK = 500;

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
	 * @return int Rows written.
	 */
	public static function write( array $filters, $handle ): int {
		fputcsv( $handle, self::columns() );
		$count = 0;
		$page  = 1;
		do {
			$filters['page']       = $page;
			$filters['per_page']   = self::CHUNK;
			$args                  = Applications::query_args( $filters );
			$args['no_found_rows'] = true;
			$query                 = new \WP_Query( $args );
			$ids                   = wp_list_pluck( $query->posts, 'ID' );
			$assigned              = array();
			foreach ( Assignments::rows_for( $ids ) as $row ) {
				$assigned[ (int) $row['mentee_id'] ] = (int) $row['mentor_id'];
			}
			foreach ( $query->posts as $post ) {
				$a   = Applications::shape( $post );
				$row = array( $a['id'], $a['type'], $a['stage'], $a['cohort'], $a['created'] );
				foreach ( array_keys( Fields::definitions() ) as $name ) {
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
				fputcsv( $handle, $row );
				++$count;
			}
			// Free what this chunk loaded before the next one: only the cache entries.
			// clean_post_cache() would also announce that the posts changed, and the kept
			// counts would recount every exported application (a transaction and several
			// queries per row, on a read).
			self::forget_cached( $ids );
			++$page;
			$full = self::CHUNK === count( $ids );
		} while ( $full );
		return $count;
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
