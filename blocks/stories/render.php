<?php
/**
 * Server render of the stories grid: published stories with an image and an excerpt,
 * filters by team, cohort and role as a plain GET form, and page links, so filtering
 * and paging work without JavaScript and every state has its own address.
 *
 * @package Mentorship_Program
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Stories\Stories;
use Mentorship_Program\Stories\Story_Post_Type;
use Mentorship_Program\Teams\Taxonomies;

$mentorship_per_page = isset( $attributes['perPage'] ) ? max( 1, min( 48, (int) $attributes['perPage'] ) ) : 9;
$mentorship_layout   = isset( $attributes['layout'] ) && 'list' === $attributes['layout'] ? 'list' : 'grid';
$mentorship_filters  = ! isset( $attributes['showFilters'] ) || (bool) $attributes['showFilters'];
$mentorship_image    = ! isset( $attributes['showImage'] ) || (bool) $attributes['showImage'];
$mentorship_excerpt  = ! isset( $attributes['showExcerpt'] ) || (bool) $attributes['showExcerpt'];
$mentorship_level    = isset( $attributes['headingLevel'] ) && in_array( (int) $attributes['headingLevel'], array( 2, 3, 4 ), true ) ? (int) $attributes['headingLevel'] : 2;
$mentorship_params   = array( 'story_team', 'story_cohort', 'story_role', 'story_page' );

// What the reader asked for; anything unknown is ignored, never echoed.
// phpcs:disable WordPress.Security.NonceVerification.Recommended -- public, read-only filters.
$mentorship_get = static fn( string $key ): string => isset( $_GET[ $key ] ) && is_string( $_GET[ $key ] ) ? sanitize_text_field( wp_unslash( $_GET[ $key ] ) ) : '';
// phpcs:enable WordPress.Security.NonceVerification.Recommended

$mentorship_team_terms   = Taxonomies::teams();
$mentorship_cohort_terms = get_terms(
	array(
		'taxonomy'   => Taxonomies::COHORT,
		'hide_empty' => false,
		'orderby'    => 'term_id',
		'order'      => 'DESC',
	)
);
$mentorship_cohort_terms = is_array( $mentorship_cohort_terms ) ? $mentorship_cohort_terms : array();

$mentorship_team   = sanitize_title( $mentorship_get( 'story_team' ) );
$mentorship_cohort = sanitize_title( $mentorship_get( 'story_cohort' ) );
$mentorship_role   = $mentorship_get( 'story_role' );
$mentorship_page   = max( 1, absint( $mentorship_get( 'story_page' ) ) );
if ( ! in_array( $mentorship_team, wp_list_pluck( $mentorship_team_terms, 'slug' ), true ) ) {
	$mentorship_team = '';
}
if ( ! in_array( $mentorship_cohort, wp_list_pluck( $mentorship_cohort_terms, 'slug' ), true ) ) {
	$mentorship_cohort = '';
}
if ( ! in_array( $mentorship_role, Story_Post_Type::ROLES, true ) ) {
	$mentorship_role = '';
}
$mentorship_filtered = '' !== $mentorship_team || '' !== $mentorship_cohort || '' !== $mentorship_role;

$mentorship_query = new WP_Query(
	array_merge(
		array(
			'post_type'              => Story_Post_Type::POST_TYPE,
			'post_status'            => 'publish',
			'has_password'           => false,
			'posts_per_page'         => $mentorship_per_page,
			'paged'                  => $mentorship_page,
			'orderby'                => array(
				'date' => 'DESC',
				'ID'   => 'DESC',
			),
			'ignore_sticky_posts'    => true,
			'update_post_meta_cache' => true,
			'update_post_term_cache' => true,
		),
		Stories::filter_args(
			array(
				'team'   => $mentorship_team,
				'cohort' => $mentorship_cohort,
				'role'   => $mentorship_role,
			)
		)
	)
);
if ( $mentorship_image && $mentorship_query->posts ) {
	update_post_thumbnail_cache( $mentorship_query );
}

// Where the form and the page links go: this page, with its other query arguments kept.
$mentorship_uri          = isset( $_SERVER['REQUEST_URI'] ) ? esc_url_raw( wp_unslash( $_SERVER['REQUEST_URI'] ) ) : '/';
$mentorship_base         = remove_query_arg( $mentorship_params, $mentorship_uri );
$mentorship_path         = (string) strtok( $mentorship_base, '?' );
$mentorship_keep         = array();
$mentorship_query_string = (string) wp_parse_url( $mentorship_base, PHP_URL_QUERY );
if ( '' !== $mentorship_query_string ) {
	parse_str( $mentorship_query_string, $mentorship_keep );
}
$mentorship_current    = array_filter(
	array(
		'story_team'   => $mentorship_team,
		'story_cohort' => $mentorship_cohort,
		'story_role'   => $mentorship_role,
	)
);
$mentorship_id         = wp_unique_id( 'mentorship-stories-' );
$mentorship_roles      = array(
	'mentee' => __( 'Mentees', 'mentorship-program' ),
	'mentor' => __( 'Mentors', 'mentorship-program' ),
	'other'  => __( 'Other contributors', 'mentorship-program' ),
);
$mentorship_role_names = array(
	'mentee' => __( 'Mentee', 'mentorship-program' ),
	'mentor' => __( 'Mentor', 'mentorship-program' ),
	'other'  => __( 'Contributor', 'mentorship-program' ),
);

// One filter of the form: a labelled select of "story_{$key}", "everyone" first.
$mentorship_filter = static function ( string $key, string $label, string $everyone, array $choices, string $current ) use ( $mentorship_id ): void {
	$id = $mentorship_id . '-' . $key;
	?>
	<div class="mentorship-stories-filter">
		<label for="<?php echo esc_attr( $id ); ?>"><?php echo esc_html( $label ); ?></label>
		<select id="<?php echo esc_attr( $id ); ?>" name="<?php echo esc_attr( 'story_' . $key ); ?>">
			<option value=""><?php echo esc_html( $everyone ); ?></option>
			<?php foreach ( $choices as $value => $name ) : ?>
				<option value="<?php echo esc_attr( (string) $value ); ?>" <?php selected( $current, (string) $value ); ?>><?php echo esc_html( (string) $name ); ?></option>
			<?php endforeach; ?>
		</select>
	</div>
	<?php
};

$mentorship_wrapper = get_block_wrapper_attributes(
	array(
		'class' => 'mentorship-stories is-layout-' . $mentorship_layout,
		'id'    => $mentorship_id,
	)
);
?>
<div <?php echo $mentorship_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?>>
	<?php if ( $mentorship_filters ) : ?>
		<form class="mentorship-stories-filters" method="get" action="<?php echo esc_url( $mentorship_path ); ?>" role="search" aria-label="<?php esc_attr_e( 'Filter stories', 'mentorship-program' ); ?>">
			<?php
			foreach ( $mentorship_keep as $mentorship_key => $mentorship_value ) :
				if ( ! is_string( $mentorship_key ) || ! preg_match( '/^[A-Za-z0-9_\-]+$/', $mentorship_key ) || ! is_scalar( $mentorship_value ) ) {
					continue;
				}
				?>
				<input type="hidden" name="<?php echo esc_attr( $mentorship_key ); ?>" value="<?php echo esc_attr( (string) $mentorship_value ); ?>">
			<?php endforeach; ?>
			<?php
			$mentorship_filter( 'team', __( 'Team', 'mentorship-program' ), __( 'All teams', 'mentorship-program' ), wp_list_pluck( $mentorship_team_terms, 'name', 'slug' ), $mentorship_team );
			if ( $mentorship_cohort_terms ) {
				$mentorship_filter( 'cohort', __( 'Cohort', 'mentorship-program' ), __( 'All cohorts', 'mentorship-program' ), wp_list_pluck( $mentorship_cohort_terms, 'name', 'slug' ), $mentorship_cohort );
			}
			$mentorship_filter( 'role', __( 'Role', 'mentorship-program' ), __( 'Everyone', 'mentorship-program' ), $mentorship_roles, $mentorship_role );
			?>
			<div class="mentorship-stories-actions">
				<button type="submit" class="wp-element-button"><?php esc_html_e( 'Show stories', 'mentorship-program' ); ?></button>
				<?php if ( $mentorship_filtered ) : ?>
					<a class="mentorship-stories-clear" href="<?php echo esc_url( $mentorship_base ); ?>"><?php esc_html_e( 'Clear filters', 'mentorship-program' ); ?></a>
				<?php endif; ?>
			</div>
		</form>
	<?php endif; ?>

	<?php if ( ! $mentorship_query->posts ) : ?>
		<div class="mentorship-stories-empty">
			<p>
				<?php
				if ( $mentorship_filtered ) {
					esc_html_e( 'No stories match these filters yet. Try another team, cohort or role.', 'mentorship-program' );
				} else {
					esc_html_e( 'No stories have been published yet. Come back soon: our graduates are writing them.', 'mentorship-program' );
				}
				?>
			</p>
			<?php if ( $mentorship_filtered && $mentorship_filters ) : ?>
				<p><a href="<?php echo esc_url( $mentorship_base ); ?>"><?php esc_html_e( 'Show all stories', 'mentorship-program' ); ?></a></p>
			<?php endif; ?>
		</div>
	<?php else : ?>
		<p class="mentorship-stories-count">
			<?php
			/* translators: %s: number of stories. */
			echo esc_html( sprintf( _n( '%s story', '%s stories', (int) $mentorship_query->found_posts, 'mentorship-program' ), number_format_i18n( (int) $mentorship_query->found_posts ) ) );
			?>
		</p>
		<ul class="mentorship-stories-list" role="list">
			<?php
			foreach ( $mentorship_query->posts as $mentorship_story ) :
				$mentorship_title_id = $mentorship_id . '-story-' . $mentorship_story->ID;
				$mentorship_name     = (string) get_post_meta( $mentorship_story->ID, 'contributor_name', true );
				$mentorship_srole    = Story_Post_Type::sanitize_role( get_post_meta( $mentorship_story->ID, 'program_role', true ) );
				$mentorship_steams   = get_the_terms( $mentorship_story, Taxonomies::TEAM );
				$mentorship_byline   = array_filter(
					array(
						$mentorship_name,
						$mentorship_role_names[ $mentorship_srole ],
						is_array( $mentorship_steams ) ? implode( ', ', wp_list_pluck( $mentorship_steams, 'name' ) ) : '',
					)
				);
				$mentorship_text     = $mentorship_excerpt ? wp_trim_words( (string) get_the_excerpt( $mentorship_story ), 30 ) : '';
				?>
				<li class="mentorship-stories-item">
					<article class="mentorship-story-card" aria-labelledby="<?php echo esc_attr( $mentorship_title_id ); ?>">
						<?php if ( $mentorship_image && has_post_thumbnail( $mentorship_story ) ) : ?>
							<div class="mentorship-story-card-image">
								<?php
								// Markup built and escaped by core (WPCS knows get_the_post_thumbnail()).
								echo get_the_post_thumbnail(
									$mentorship_story,
									'medium_large',
									array(
										'alt'     => '',
										'loading' => 'lazy',
									)
								);
								?>
							</div>
						<?php endif; ?>
						<div class="mentorship-story-card-body">
							<h<?php echo (int) $mentorship_level; ?> class="mentorship-story-card-title" id="<?php echo esc_attr( $mentorship_title_id ); ?>">
								<a href="<?php echo esc_url( (string) get_permalink( $mentorship_story ) ); ?>"><?php echo esc_html( wp_strip_all_tags( get_the_title( $mentorship_story ) ) ); ?></a>
							</h<?php echo (int) $mentorship_level; ?>>
							<?php if ( $mentorship_byline ) : ?>
								<p class="mentorship-story-card-meta"><?php echo esc_html( implode( ' · ', $mentorship_byline ) ); ?></p>
							<?php endif; ?>
							<?php if ( '' !== $mentorship_text ) : ?>
								<p class="mentorship-story-card-excerpt"><?php echo esc_html( $mentorship_text ); ?></p>
							<?php endif; ?>
						</div>
					</article>
				</li>
			<?php endforeach; ?>
		</ul>
		<?php
		$mentorship_links = paginate_links(
			array(
				'base'      => add_query_arg( array_merge( $mentorship_current, array( 'story_page' => '%#%' ) ), $mentorship_base ),
				'format'    => '',
				'current'   => $mentorship_page,
				'total'     => (int) $mentorship_query->max_num_pages,
				'type'      => 'array',
				'prev_text' => __( 'Newer stories', 'mentorship-program' ),
				'next_text' => __( 'Older stories', 'mentorship-program' ),
			)
		);
		if ( is_array( $mentorship_links ) && $mentorship_links ) :
			?>
			<nav class="mentorship-stories-pages" aria-label="<?php esc_attr_e( 'Pages of stories', 'mentorship-program' ); ?>">
				<?php echo implode( ' ', $mentorship_links ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built and escaped by paginate_links(). ?>
			</nav>
		<?php endif; ?>
	<?php endif; ?>
</div>
