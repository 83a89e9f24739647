<?php
/**
 * Server render of a cohort's results: aggregates only (how many started and graduated,
 * mentors, teams joined, survey change start → end), each figure hidden when it would be
 * computed from fewer than five people (Reports\Small_Groups). No names, no free text.
 *
 * @package Mentorship_Program
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Reports\Cohort_Report;

$mentorship_cohort_id = isset( $attributes['cohort'] ) ? absint( $attributes['cohort'] ) : 0;
if ( ! $mentorship_cohort_id ) {
	// The cohort that finished last, else the one running.
	$mentorship_latest = null;
	foreach ( Cohorts::all() as $mentorship_candidate ) {
		if ( 'finished' === $mentorship_candidate['status'] && ( ! $mentorship_latest || strcmp( (string) $mentorship_candidate['ends_on'], (string) $mentorship_latest['ends_on'] ) > 0 ) ) {
			$mentorship_latest = $mentorship_candidate;
		}
	}
	if ( ! $mentorship_latest ) {
		foreach ( Cohorts::all() as $mentorship_candidate ) {
			if ( 'running' === $mentorship_candidate['status'] ) {
				$mentorship_latest = $mentorship_candidate;
				break;
			}
		}
	}
	$mentorship_cohort_id = $mentorship_latest ? (int) $mentorship_latest['id'] : 0;
}

$mentorship_report  = $mentorship_cohort_id ? Cohort_Report::build( $mentorship_cohort_id ) : null;
$mentorship_wrapper = get_block_wrapper_attributes( array( 'class' => 'mentorship-results' ) );

if ( ! $mentorship_report ) {
	?>
	<div <?php echo $mentorship_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?>>
		<p><?php esc_html_e( 'No cohort results yet.', 'mentorship-program' ); ?></p>
	</div>
	<?php
	return;
}

$mentorship_figures = Cohort_Report::public_figures( $mentorship_report );

/**
 * A survey value as people read it: a whole percent, or a number with one decimal.
 *
 * @param float|null $value Value.
 * @param string     $kind  Question kind.
 * @return string
 */
$mentorship_value = static function ( $value, string $kind ): string {
	if ( null === $value ) {
		return '—';
	}
	return 'percent' === $kind
		/* translators: %s: a whole number. */
		? sprintf( __( '%s%%', 'mentorship-program' ), number_format_i18n( (float) $value ) )
		: number_format_i18n( (float) $value, 1 );
};

$mentorship_headline = array();
if ( null !== $mentorship_figures['graduated'] ) {
	$mentorship_headline[] = esc_html(
		sprintf(
			/* translators: 1: graduates, 2: mentees who started. */
			__( '%1$s of %2$s graduated', 'mentorship-program' ),
			number_format_i18n( (int) $mentorship_figures['graduated'] ),
			number_format_i18n( (int) $mentorship_figures['started'] )
		)
	);
}
foreach ( array_slice( $mentorship_figures['questions'], 0, 2 ) as $mentorship_question ) {
	if ( null === $mentorship_question['start'] || null === $mentorship_question['end'] ) {
		continue;
	}
	$mentorship_headline[] = sprintf(
		'%1$s %2$s <span aria-hidden="true">→</span><span class="mentorship-results-sr">%3$s</span> %4$s',
		esc_html( $mentorship_question['label'] ),
		esc_html( $mentorship_value( $mentorship_question['start'], (string) $mentorship_question['kind'] ) ),
		esc_html__( 'to', 'mentorship-program' ),
		esc_html( $mentorship_value( $mentorship_question['end'], (string) $mentorship_question['kind'] ) )
	);
}
$mentorship_heading_id = wp_unique_id( 'mentorship-results-' );
?>
<section <?php echo $mentorship_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?> aria-labelledby="<?php echo esc_attr( $mentorship_heading_id ); ?>">
	<h2 id="<?php echo esc_attr( $mentorship_heading_id ); ?>" class="mentorship-results-title">
		<?php
		/* translators: %s: cohort name. */
		echo esc_html( sprintf( __( 'Results of %s', 'mentorship-program' ), $mentorship_figures['cohort'] ) );
		?>
	</h2>
	<?php if ( $mentorship_headline ) : ?>
		<p class="mentorship-results-headline"><?php echo implode( ' · ', $mentorship_headline ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every part escaped above. ?></p>
	<?php endif; ?>
	<ul class="mentorship-results-figures">
		<?php if ( null !== $mentorship_figures['mentees'] ) : ?>
			<li data-figure="mentees"><span class="mentorship-results-number"><?php echo esc_html( number_format_i18n( (int) $mentorship_figures['mentees'] ) ); ?></span> <?php echo esc_html( _n( 'mentee took part', 'mentees took part', (int) $mentorship_figures['mentees'], 'mentorship-program' ) ); ?></li>
		<?php endif; ?>
		<?php if ( null !== $mentorship_figures['graduated'] ) : ?>
			<li data-figure="graduated"><span class="mentorship-results-number"><?php echo esc_html( number_format_i18n( (int) $mentorship_figures['graduated'] ) ); ?></span> <?php esc_html_e( 'graduated', 'mentorship-program' ); ?></li>
		<?php endif; ?>
		<?php if ( null !== $mentorship_figures['mentors'] ) : ?>
			<li data-figure="mentors"><span class="mentorship-results-number"><?php echo esc_html( number_format_i18n( (int) $mentorship_figures['mentors'] ) ); ?></span> <?php echo esc_html( _n( 'mentor', 'mentors', (int) $mentorship_figures['mentors'], 'mentorship-program' ) ); ?></li>
		<?php endif; ?>
		<?php if ( null !== $mentorship_figures['teams'] ) : ?>
			<li data-figure="teams"><span class="mentorship-results-number"><?php echo esc_html( number_format_i18n( (int) $mentorship_figures['teams'] ) ); ?></span> <?php echo esc_html( _n( 'contributor team joined', 'contributor teams joined', (int) $mentorship_figures['teams'], 'mentorship-program' ) ); ?></li>
		<?php endif; ?>
		<?php foreach ( $mentorship_figures['questions'] as $mentorship_question ) : ?>
			<li data-figure="survey">
				<span class="mentorship-results-number">
					<?php echo esc_html( $mentorship_value( $mentorship_question['start'], (string) $mentorship_question['kind'] ) ); ?>
					<span aria-hidden="true">→</span><span class="mentorship-results-sr"><?php esc_html_e( 'to', 'mentorship-program' ); ?></span>
					<?php echo esc_html( $mentorship_value( $mentorship_question['end'], (string) $mentorship_question['kind'] ) ); ?>
				</span>
				<?php echo esc_html( $mentorship_question['label'] ); ?>
				<span class="mentorship-results-note"><?php esc_html_e( '(at the start, then at the end of the cohort)', 'mentorship-program' ); ?></span>
			</li>
		<?php endforeach; ?>
	</ul>
	<p class="mentorship-results-note">
		<?php esc_html_e( 'Totals only. Figures from fewer than five people are not shown.', 'mentorship-program' ); ?>
	</p>
</section>
