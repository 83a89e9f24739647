<?php
/**
 * Server render of the team finder: every contributor team as a list (what visitors
 * without JavaScript get), plus three questions that the view script uses to rank the
 * teams and say why each fits. The teams travel in the block's context: no request.
 *
 * @package Mentorship_Program
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Blocks\Form_Page;
use Mentorship_Program\Support\Plain_Text;
use Mentorship_Program\Teams\Taxonomies;

$mentorship_id       = wp_unique_id( 'mentorship-finder-' );
$mentorship_form_url = isset( $attributes['formUrl'] ) && is_string( $attributes['formUrl'] ) ? esc_url_raw( $attributes['formUrl'] ) : '';
// No address set: the page that holds the application form.
if ( '' === $mentorship_form_url ) {
	$mentorship_form_url = Form_Page::url();
}
// The finder sends the chosen teams with a plain GET form, which replaces the query
// of its action: the form page's own query arguments travel as hidden fields.
$mentorship_form_action = strtok( $mentorship_form_url, '?#' );
$mentorship_form_args   = array();
wp_parse_str( (string) wp_parse_url( $mentorship_form_url, PHP_URL_QUERY ), $mentorship_form_args );

$mentorship_interests = array(
	'code'          => __( 'Programming', 'mentorship-program' ),
	'design'        => __( 'Design', 'mentorship-program' ),
	'writing'       => __( 'Writing', 'mentorship-program' ),
	'translating'   => __( 'Translating', 'mentorship-program' ),
	'events'        => __( 'Organising events', 'mentorship-program' ),
	'teaching'      => __( 'Teaching', 'mentorship-program' ),
	'testing'       => __( 'Testing', 'mentorship-program' ),
	'support'       => __( 'Helping people with questions', 'mentorship-program' ),
	'marketing'     => __( 'Marketing', 'mentorship-program' ),
	'photography'   => __( 'Photography', 'mentorship-program' ),
	'accessibility' => __( 'Accessibility', 'mentorship-program' ),
	'performance'   => __( 'Performance', 'mentorship-program' ),
);

$mentorship_teams = array();
foreach ( Taxonomies::teams() as $mentorship_term ) {
	$mentorship_meta    = static fn( string $key ) => get_term_meta( $mentorship_term->term_id, $key, true );
	$mentorship_teams[] = array(
		'slug'      => $mentorship_term->slug,
		'name'      => Plain_Text::from_html( $mentorship_term->name ),
		'summary'   => (string) $mentorship_meta( 'mp_summary' ),
		'skills'    => array_values( array_map( 'strval', (array) $mentorship_meta( 'mp_skills' ) ) ),
		'interests' => array_values( array_map( 'strval', (array) $mentorship_meta( 'mp_interests' ) ) ),
		'handbook'  => esc_url_raw( (string) $mentorship_meta( 'mp_handbook_url' ) ),
		'channel'   => (string) $mentorship_meta( 'mp_channel' ),
		'meeting'   => (string) $mentorship_meta( 'mp_meeting_time' ),
	);
}

/**
 * One team as the results list shows it.
 *
 * @param array<string, mixed> $team Team.
 * @param string               $why  Why it fits, or ''.
 * @return array<string, mixed>
 */
$mentorship_item = static function ( array $team, string $why ): array {
	return array(
		'slug'         => $team['slug'],
		'name'         => $team['name'],
		'summary'      => $team['summary'],
		'why'          => $why,
		'handbook'     => $team['handbook'],
		/* translators: %s: team name. */
		'handbookText' => sprintf( __( 'The %s team handbook', 'mentorship-program' ), $team['name'] ),
		/* translators: %s: team name. */
		'chooseText'   => sprintf( __( 'Apply with %s', 'mentorship-program' ), $team['name'] ),
		'chosen'       => false,
		'channel'      => $team['channel'],
		'meeting'      => $team['meeting'],
		'skills'       => implode( ', ', $team['skills'] ),
	);
};

wp_interactivity_state(
	'mentorship-program/team-finder',
	array(
		// Without answers (and without JavaScript) the list shows every team.
		'ranked'       => array_map( static fn( $team ) => $mentorship_item( $team, '' ), $mentorship_teams ),
		'resultsTitle' => __( 'Contributor teams', 'mentorship-program' ),
		'summary'      => '',
		'texts'        => array(
			'allTitle'     => __( 'Contributor teams', 'mentorship-program' ),
			'fitTitle'     => __( 'Teams that fit', 'mentorship-program' ),
			/* translators: %s: list of interests, e.g. "writing and translating". */
			'because'      => __( 'You enjoy %s.', 'mentorship-program' ),
			'newcomer'     => __( 'A friendly first step if you have not contributed yet.', 'mentorship-program' ),
			/* translators: %s: team name. */
			'handbookText' => __( 'The %s team handbook', 'mentorship-program' ),
			/* translators: %s: team name. */
			'chooseText'   => __( 'Apply with %s', 'mentorship-program' ),
			'pick'         => __( 'Choose what you enjoy to see the teams that fit.', 'mentorship-program' ),
			'none'         => __( 'No team matches these answers yet. Try choosing something else you enjoy.', 'mentorship-program' ),
			/* translators: 1: number of teams that fit, 2: number of teams suggested. */
			'found'        => __( '%1$d teams fit. We suggest applying with the first %2$d.', 'mentorship-program' ),
			'foundOne'     => __( 'One team fits.', 'mentorship-program' ),
		),
		'labels'       => $mentorship_interests,
	)
);

$mentorship_context = array(
	'teams'      => $mentorship_teams,
	'interests'  => array(),
	'hours'      => 0,
	'experience' => '',
	'formUrl'    => $mentorship_form_url,
	// Teams the person ticked or unticked; null until then (the suggestions are ticked).
	'chosen'     => null,
	'js'         => false,
);
?>
<div <?php echo get_block_wrapper_attributes( array( 'class' => 'mentorship-finder' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?> data-wp-interactive="mentorship-program/team-finder" <?php echo wp_interactivity_data_wp_context( $mentorship_context ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?> data-wp-init="callbacks.start">
	<h2 class="mentorship-finder-title"><?php esc_html_e( 'Find a team that fits you', 'mentorship-program' ); ?></h2>
	<p class="mentorship-finder-intro">
		<?php esc_html_e( 'WordPress is made by many contributor teams. Answer three questions and we suggest the teams that fit what you enjoy.', 'mentorship-program' ); ?>
		<?php if ( '' !== $mentorship_form_url ) : ?>
			<a href="<?php echo esc_url( $mentorship_form_url ); ?>"><?php esc_html_e( 'Already know your team? Go straight to the application.', 'mentorship-program' ); ?></a>
		<?php endif; ?>
	</p>

	<form class="mentorship-finder-questions" hidden data-wp-bind--hidden="!context.js" data-wp-on--submit="actions.stay" aria-label="<?php esc_attr_e( 'Questions', 'mentorship-program' ); ?>">
		<fieldset class="mentorship-finder-group">
			<legend><?php esc_html_e( 'What do you enjoy?', 'mentorship-program' ); ?></legend>
			<ul class="mentorship-finder-choices" role="list">
				<?php foreach ( $mentorship_interests as $mentorship_key => $mentorship_label ) : ?>
					<li>
						<input type="checkbox" id="<?php echo esc_attr( $mentorship_id . '-' . $mentorship_key ); ?>" value="<?php echo esc_attr( $mentorship_key ); ?>" data-wp-on--change="actions.toggleInterest" />
						<label for="<?php echo esc_attr( $mentorship_id . '-' . $mentorship_key ); ?>"><?php echo esc_html( $mentorship_label ); ?></label>
					</li>
				<?php endforeach; ?>
			</ul>
		</fieldset>
		<p class="mentorship-finder-hours">
			<label for="<?php echo esc_attr( $mentorship_id . '-hours' ); ?>"><?php esc_html_e( 'Hours per week you can give', 'mentorship-program' ); ?></label>
			<input type="number" id="<?php echo esc_attr( $mentorship_id . '-hours' ); ?>" min="1" max="40" step="1" inputmode="numeric" data-wp-on--input="actions.setHours" />
		</p>
		<fieldset class="mentorship-finder-group">
			<legend><?php esc_html_e( 'Your experience with WordPress', 'mentorship-program' ); ?></legend>
			<?php
			$mentorship_levels = array(
				'new'                => __( 'I am new to WordPress', 'mentorship-program' ),
				'user'               => __( 'I use WordPress but have not contributed yet', 'mentorship-program' ),
				'some_contributions' => __( 'I have made some contributions', 'mentorship-program' ),
			);
			foreach ( $mentorship_levels as $mentorship_key => $mentorship_label ) :
				?>
				<p class="mentorship-finder-choice">
					<input type="radio" name="<?php echo esc_attr( $mentorship_id . '-experience' ); ?>" id="<?php echo esc_attr( $mentorship_id . '-' . $mentorship_key ); ?>" value="<?php echo esc_attr( $mentorship_key ); ?>" data-wp-on--change="actions.setExperience" />
					<label for="<?php echo esc_attr( $mentorship_id . '-' . $mentorship_key ); ?>"><?php echo esc_html( $mentorship_label ); ?></label>
				</p>
			<?php endforeach; ?>
		</fieldset>
	</form>

	<p class="mentorship-finder-summary" aria-live="polite" data-wp-text="state.summary"></p>

	<?php if ( '' !== $mentorship_form_url ) : ?>
	<form class="mentorship-finder-apply-form" method="get" action="<?php echo esc_url( (string) $mentorship_form_action ); ?>">
		<?php foreach ( $mentorship_form_args as $mentorship_arg => $mentorship_arg_value ) : ?>
			<?php if ( is_string( $mentorship_arg_value ) && 'teams' !== $mentorship_arg ) : ?>
				<input type="hidden" name="<?php echo esc_attr( (string) $mentorship_arg ); ?>" value="<?php echo esc_attr( $mentorship_arg_value ); ?>" />
			<?php endif; ?>
		<?php endforeach; ?>
	<?php endif; ?>
	<h3 class="mentorship-finder-results-title" id="<?php echo esc_attr( $mentorship_id . '-results' ); ?>" data-wp-text="state.resultsTitle"><?php esc_html_e( 'Contributor teams', 'mentorship-program' ); ?></h3>
	<ol class="mentorship-finder-results" aria-labelledby="<?php echo esc_attr( $mentorship_id . '-results' ); ?>">
		<template data-wp-each--item="state.ranked" data-wp-each-key="context.item.slug">
			<li class="mentorship-finder-team">
				<h4 class="mentorship-finder-team-name" data-wp-text="context.item.name"></h4>
				<p class="mentorship-finder-why" data-wp-text="context.item.why" data-wp-bind--hidden="!context.item.why"></p>
				<p data-wp-text="context.item.summary"></p>
				<dl class="mentorship-finder-facts">
					<div data-wp-bind--hidden="!context.item.skills">
						<dt><?php esc_html_e( 'Skills', 'mentorship-program' ); ?></dt>
						<dd data-wp-text="context.item.skills"></dd>
					</div>
					<div data-wp-bind--hidden="!context.item.channel">
						<dt><?php esc_html_e( 'Chat channel', 'mentorship-program' ); ?></dt>
						<dd data-wp-text="context.item.channel"></dd>
					</div>
					<div data-wp-bind--hidden="!context.item.meeting">
						<dt><?php esc_html_e( 'Meetings', 'mentorship-program' ); ?></dt>
						<dd data-wp-text="context.item.meeting"></dd>
					</div>
				</dl>
				<p data-wp-bind--hidden="!context.item.handbook"><a data-wp-bind--href="context.item.handbook" data-wp-text="context.item.handbookText"></a></p>
				<?php if ( '' !== $mentorship_form_url ) : ?>
					<p class="mentorship-finder-choose"><label><input type="checkbox" name="teams[]" data-wp-bind--value="context.item.slug" data-wp-bind--checked="context.item.chosen" data-wp-on--change="actions.toggleTeam" /> <span data-wp-text="context.item.chooseText"></span></label></p>
				<?php endif; ?>
			</li>
		</template>
	</ol>

	<?php if ( '' !== $mentorship_form_url ) : ?>
		<p class="mentorship-finder-apply">
			<button type="submit" class="wp-element-button"><?php esc_html_e( 'Apply with these teams', 'mentorship-program' ); ?></button>
		</p>
	</form>
	<?php endif; ?>
</div>
