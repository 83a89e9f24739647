<?php
/**
 * Server render of the mentors and graduates wall: mentors who mentored (active or
 * completed) and mentees who graduated or were placed, only those who opted in to the
 * wall. Each shows a name, initials instead of a photo (no e-mail hash leaves the
 * site), teams and a WordPress.org profile link when given.
 *
 * @package Mentorship_Program
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Applications\Applications;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Support\Initials;
use Mentorship_Program\Applications\Post_Types;
use Mentorship_Program\Applications\Stages;
use Mentorship_Program\Teams\Taxonomies;

$mentorship_cohort_id = isset( $attributes['cohort'] ) ? absint( $attributes['cohort'] ) : 0;
$mentorship_cohort    = $mentorship_cohort_id ? Cohorts::get( $mentorship_cohort_id ) : null;
$mentorship_id        = wp_unique_id( 'mentorship-wall-' );

/**
 * People of one type in some stages who opted in to the wall.
 *
 * @param string   $post_type Post type.
 * @param string[] $stages    Stages.
 * @return array<int, array<string, mixed>>
 */
$mentorship_people = static function ( string $post_type, array $stages ) use ( $mentorship_cohort_id ): array {
	$args = array(
		'post_type'              => $post_type,
		'post_status'            => array_map( array( Stages::class, 'to_status' ), $stages ),
		'posts_per_page'         => 100,
		'orderby'                => 'title',
		'order'                  => 'ASC',
		'no_found_rows'          => true,
		'ignore_sticky_posts'    => true,
		'update_post_term_cache' => true,
		'update_post_meta_cache' => true,
		// phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- one indexed key, a bounded list.
		'meta_query'             => array(
			array(
				'key'   => Applications::META_PREFIX . 'public_recognition',
				'value' => '1',
			),
		),
	);
	if ( $mentorship_cohort_id ) {
		// phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_tax_query -- indexed term relationship.
		$args['tax_query'] = array(
			array(
				'taxonomy' => Taxonomies::COHORT,
				'terms'    => $mentorship_cohort_id,
			),
		);
	}
	$people = array();
	foreach ( ( new WP_Query( $args ) )->posts as $post ) {
		$name  = trim( (string) $post->post_title );
		$teams = get_the_terms( $post, Taxonomies::TEAM );
		$names = is_array( $teams ) ? wp_list_pluck( $teams, 'name' ) : array();
		$place = (string) get_post_meta( $post->ID, Applications::META_PREFIX . 'placed_team', true );
		if ( '' !== $place ) {
			$term  = get_term_by( 'slug', $place, Taxonomies::TEAM );
			$names = array( $term ? $term->name : $place );
		}
		$people[] = array(
			'name'     => $name,
			'initials' => Initials::of( $name ),
			'wporg'    => (string) get_post_meta( $post->ID, Applications::META_PREFIX . 'wporg_username', true ),
			'teams'    => $names,
			'placed'   => '' !== $place,
		);
	}
	return $people;
};

$mentorship_groups = array(
	'mentors'   => array(
		'title'  => __( 'Mentors', 'mentorship-program' ),
		'people' => $mentorship_people( Post_Types::MENTOR, array( 'active', ...Stages::FINISHED['mentor'] ) ),
	),
	'graduates' => array(
		'title'  => __( 'Graduates', 'mentorship-program' ),
		'people' => $mentorship_people( Post_Types::MENTEE, Stages::FINISHED['mentee'] ),
	),
);
$mentorship_anyone = $mentorship_groups['mentors']['people'] || $mentorship_groups['graduates']['people'];
?>
<div <?php echo get_block_wrapper_attributes( array( 'class' => 'mentorship-wall' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?>>
	<h2 class="mentorship-wall-title">
		<?php
		if ( $mentorship_cohort ) {
			/* translators: %s: cohort name. */
			echo esc_html( sprintf( __( 'Mentors and graduates of %s', 'mentorship-program' ), (string) $mentorship_cohort['name'] ) );
		} else {
			esc_html_e( 'Mentors and graduates', 'mentorship-program' );
		}
		?>
	</h2>
	<?php if ( ! $mentorship_anyone ) : ?>
		<p><?php esc_html_e( 'Nobody to show here yet.', 'mentorship-program' ); ?></p>
	<?php endif; ?>
	<?php foreach ( $mentorship_groups as $mentorship_key => $mentorship_group ) : ?>
		<?php
		if ( ! $mentorship_group['people'] ) {
			continue;
		}
		$mentorship_heading = $mentorship_id . '-' . $mentorship_key;
		?>
		<section class="mentorship-wall-group" aria-labelledby="<?php echo esc_attr( $mentorship_heading ); ?>">
			<h3 id="<?php echo esc_attr( $mentorship_heading ); ?>"><?php echo esc_html( $mentorship_group['title'] ); ?></h3>
			<ul class="mentorship-wall-people" role="list">
				<?php foreach ( $mentorship_group['people'] as $mentorship_person ) : ?>
					<li class="mentorship-wall-person">
						<span class="mentorship-wall-initials" aria-hidden="true"><?php echo esc_html( $mentorship_person['initials'] ); ?></span>
						<span class="mentorship-wall-details">
							<span class="mentorship-wall-name"><?php echo esc_html( $mentorship_person['name'] ); ?></span>
							<?php if ( $mentorship_person['teams'] ) : ?>
								<span class="mentorship-wall-teams">
									<?php
									echo esc_html(
										$mentorship_person['placed']
											/* translators: %s: team name. */
											? sprintf( __( 'Joined %s', 'mentorship-program' ), implode( ', ', $mentorship_person['teams'] ) )
											: implode( ', ', $mentorship_person['teams'] )
									);
									?>
								</span>
							<?php endif; ?>
							<?php if ( '' !== $mentorship_person['wporg'] ) : ?>
								<a class="mentorship-wall-profile" href="<?php echo esc_url( 'https://profiles.wordpress.org/' . rawurlencode( $mentorship_person['wporg'] ) . '/' ); ?>">
									<?php
									/* translators: %s: person's name. */
									echo esc_html( sprintf( __( 'WordPress.org profile of %s', 'mentorship-program' ), $mentorship_person['name'] ) );
									?>
								</a>
							<?php endif; ?>
						</span>
					</li>
				<?php endforeach; ?>
			</ul>
		</section>
	<?php endforeach; ?>
</div>
