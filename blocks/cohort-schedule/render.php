<?php
/**
 * Server render of the cohort schedule: the next sessions in UTC, with a calendar file
 * per session and the cohort's iCalendar feed; the view script rewrites the times in
 * the reader's own time zone and says which zone that is.
 *
 * @package Mentorship_Program
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Blocks\Blocks;
use Mentorship_Program\Cohorts\Calendar_Feed;
use Mentorship_Program\Cohorts\Cohorts;

$mentorship_cohort_id = isset( $attributes['cohort'] ) ? absint( $attributes['cohort'] ) : 0;
$mentorship_count     = isset( $attributes['count'] ) ? max( 1, min( 20, (int) $attributes['count'] ) ) : 6;

if ( $mentorship_cohort_id ) {
	$mentorship_cohort = Cohorts::get( $mentorship_cohort_id );
} else {
	// The cohort taking applications, else the one running, else the next to start.
	$mentorship_cohort = Cohorts::current_open();
	if ( ! $mentorship_cohort ) {
		$mentorship_later = array();
		foreach ( Cohorts::all() as $mentorship_candidate ) {
			if ( 'running' === $mentorship_candidate['status'] ) {
				$mentorship_cohort = $mentorship_candidate;
				break;
			}
			if ( 'upcoming' === $mentorship_candidate['status'] || 'closed' === $mentorship_candidate['status'] ) {
				$mentorship_later[] = $mentorship_candidate;
			}
		}
		if ( ! $mentorship_cohort && $mentorship_later ) {
			usort( $mentorship_later, static fn( $a, $b ) => strcmp( (string) ( $a['starts_on'] ? $a['starts_on'] : '9999' ), (string) ( $b['starts_on'] ? $b['starts_on'] : '9999' ) ) );
			$mentorship_cohort = $mentorship_later[0];
		}
	}
}

$mentorship_wrapper = get_block_wrapper_attributes( array( 'class' => 'mentorship-schedule' ) );

if ( ! $mentorship_cohort ) {
	?>
	<div <?php echo $mentorship_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?>>
		<p><?php esc_html_e( 'No sessions are scheduled yet.', 'mentorship-program' ); ?></p>
	</div>
	<?php
	return;
}

$mentorship_sessions = Cohorts::sessions( $mentorship_cohort, $mentorship_count );
$mentorship_utc      = new DateTimeZone( 'UTC' );
$mentorship_format   = trim( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ) );
$mentorship_feed     = Calendar_Feed::url( (int) $mentorship_cohort['id'] );

// The note about the time zone carries its own texts, so the browser can rewrite it
// as soon as the element is hydrated, with nothing else to wait for.
$mentorship_zone_ctx = Blocks::zone_note_context();
?>
<div <?php echo $mentorship_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?> data-wp-interactive="mentorship-program/cohort-schedule">
	<h2 class="mentorship-schedule-title">
		<?php
		/* translators: %s: cohort name. */
		echo esc_html( sprintf( __( 'Sessions of %s', 'mentorship-program' ), (string) $mentorship_cohort['name'] ) );
		?>
	</h2>

	<?php if ( ! $mentorship_sessions ) : ?>
		<p><?php esc_html_e( 'No sessions are scheduled yet.', 'mentorship-program' ); ?></p>
	<?php else : ?>
		<p class="mentorship-schedule-zone" <?php echo wp_interactivity_data_wp_context( $mentorship_zone_ctx ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?> data-wp-init="callbacks.zoneNote" data-wp-text="context.note"><?php echo esc_html( $mentorship_zone_ctx['note'] ); ?></p>
		<ol class="mentorship-schedule-sessions">
			<?php
			foreach ( $mentorship_sessions as $mentorship_session ) :
				$mentorship_start = (int) strtotime( (string) $mentorship_session['start'] );
				/* translators: %s: date and time in UTC. */
				$mentorship_label = sprintf( __( '%s UTC', 'mentorship-program' ), wp_date( $mentorship_format, $mentorship_start, $mentorship_utc ) );
				$mentorship_ics   = Cohorts::icalendar( $mentorship_cohort, array( $mentorship_session ) );
				$mentorship_ctx   = array(
					'start' => (string) $mentorship_session['start'],
					'end'   => (string) $mentorship_session['end'],
					'label' => $mentorship_label,
				);
				?>
				<li class="mentorship-schedule-session" <?php echo wp_interactivity_data_wp_context( $mentorship_ctx ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?>>
					<span class="mentorship-schedule-title-text"><?php echo esc_html( (string) $mentorship_session['title'] ); ?></span>
					<time datetime="<?php echo esc_attr( (string) $mentorship_session['start'] ); ?>" data-wp-init="callbacks.localize" data-wp-text="context.label"><?php echo esc_html( $mentorship_label ); ?></time>
					<?php // A data: address: the calendar file is built here, no request needed. ?>
					<a class="mentorship-schedule-add" href="<?php echo esc_attr( 'data:text/calendar;charset=utf-8,' . rawurlencode( $mentorship_ics ) ); ?>" download="<?php echo esc_attr( sanitize_file_name( $mentorship_cohort['slug'] . '-' . gmdate( 'Ymd-Hi', $mentorship_start ) . '.ics' ) ); ?>">
						<?php esc_html_e( 'Add to calendar', 'mentorship-program' ); ?><span class="mentorship-visually-hidden">: <?php echo esc_html( $mentorship_label ); ?></span>
					</a>
				</li>
			<?php endforeach; ?>
		</ol>
	<?php endif; ?>

	<p class="mentorship-schedule-feed">
		<a href="<?php echo esc_url( $mentorship_feed ); ?>"><?php esc_html_e( 'Subscribe to the calendar', 'mentorship-program' ); ?></a>
		<span class="mentorship-schedule-hint"><?php esc_html_e( 'Copy this link into your calendar app to get every session, kept up to date.', 'mentorship-program' ); ?></span>
	</p>
	<?php if ( '' !== (string) $mentorship_cohort['channel_url'] ) : ?>
		<p><a href="<?php echo esc_url( (string) $mentorship_cohort['channel_url'] ); ?>"><?php esc_html_e( 'Join the cohort channel', 'mentorship-program' ); ?></a></p>
	<?php endif; ?>
</div>
