<?php
/**
 * Server render of the application form block: the whole form, working without
 * JavaScript (it posts to this page, see includes/Blocks/Form_Handler.php); the view
 * script adds checks before sending, sends with fetch and shows the answer in place.
 *
 * @package Mentorship_Program
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Blocks\Form_Handler;
use Mentorship_Program\Cohorts\Cohorts;
use Mentorship_Program\Applications\Consent_Texts;
use Mentorship_Program\Applications\Fields;
use Mentorship_Program\Applications\Public_Endpoint;
use Mentorship_Program\Settings\Settings;
use Mentorship_Program\Teams\Taxonomies;
use Mentorship_Program\Support\Time_Zones;
use Mentorship_Program\Security\Form_Token;

$mentorship_role   = ( isset( $attributes['role'] ) && 'mentor' === $attributes['role'] ) ? 'mentor' : 'mentee';
$mentorship_id     = wp_unique_id( 'mentorship-form-' );
$mentorship_intro  = isset( $attributes['intro'] ) && is_string( $attributes['intro'] ) ? $attributes['intro'] : '';
$mentorship_fields = Fields::for_type( $mentorship_role, (array) Settings::get( 'hidden_fields' ) );

// The block may leave out optional fields ("fields" lists the optional ones to show).
if ( isset( $attributes['fields'] ) && is_array( $attributes['fields'] ) ) {
	$mentorship_show = array_map( 'strval', $attributes['fields'] );
	foreach ( $mentorship_fields as $mentorship_name => $mentorship_field ) {
		if ( ! in_array( $mentorship_role, $mentorship_field['required'] ?? array(), true ) && ! in_array( $mentorship_name, $mentorship_show, true ) ) {
			unset( $mentorship_fields[ $mentorship_name ] );
		}
	}
}

$mentorship_cohort_id = isset( $attributes['cohort'] ) ? absint( $attributes['cohort'] ) : 0;
$mentorship_cohort    = $mentorship_cohort_id ? Cohorts::get( $mentorship_cohort_id ) : Cohorts::current_open();
$mentorship_open      = $mentorship_cohort && Cohorts::is_open( $mentorship_cohort );
$mentorship_result    = Form_Handler::result( $mentorship_role );
$mentorship_done      = $mentorship_result && $mentorship_result['ok'];
$mentorship_date      = static fn( string $instant ): string => wp_date( (string) get_option( 'date_format' ), (int) strtotime( $instant ) );
$mentorship_action    = isset( $_SERVER['REQUEST_URI'] ) ? add_query_arg( array() ) : home_url( '/' );

$mentorship_wrapper = get_block_wrapper_attributes(
	array(
		'class' => 'mentorship-form',
		'id'    => $mentorship_id,
	)
);
$mentorship_title   = 'mentor' === $mentorship_role ? __( 'Apply to be a mentor', 'mentorship-program' ) : __( 'Apply to be a mentee', 'mentorship-program' );

// Closed: say so, and when the next call opens.
if ( ! $mentorship_open && ! $mentorship_done ) {
	$mentorship_next = Cohorts::next_upcoming();
	?>
	<div <?php echo $mentorship_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?> data-role="<?php echo esc_attr( $mentorship_role ); ?>">
		<h2 class="mentorship-form-title"><?php echo esc_html( $mentorship_title ); ?></h2>
		<div class="mentorship-form-closed">
			<p class="mentorship-form-closed-title"><strong><?php esc_html_e( 'Applications are closed', 'mentorship-program' ); ?></strong></p>
			<p>
				<?php
				if ( $mentorship_next && ! empty( $mentorship_next['opens_at'] ) ) {
					printf(
						/* translators: 1: cohort name, 2: date applications open. */
						esc_html__( 'The call for %1$s opens on %2$s.', 'mentorship-program' ),
						esc_html( (string) $mentorship_next['name'] ),
						'<time datetime="' . esc_attr( (string) $mentorship_next['opens_at'] ) . '">' . esc_html( $mentorship_date( (string) $mentorship_next['opens_at'] ) ) . '</time>'
					);
				} else {
					esc_html_e( 'There is no open call at the moment. Please check back later.', 'mentorship-program' );
				}
				?>
			</p>
		</div>
	</div>
	<?php
	return;
}

// Sites may ask applicants to log in first.
if ( Settings::get( 'require_login' ) && ! is_user_logged_in() && ! $mentorship_done ) {
	?>
	<div <?php echo $mentorship_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?> data-role="<?php echo esc_attr( $mentorship_role ); ?>">
		<h2 class="mentorship-form-title"><?php echo esc_html( $mentorship_title ); ?></h2>
		<p><a href="<?php echo esc_url( wp_login_url( (string) get_permalink() ) ); ?>"><?php esc_html_e( 'Log in to apply', 'mentorship-program' ); ?></a></p>
	</div>
	<?php
	return;
}

// Values shown in the fields: what was posted (after an error), else what we know.
$mentorship_values = array();
if ( $mentorship_result && ! $mentorship_result['ok'] ) {
	$mentorship_values = (array) $mentorship_result['values'];
} else {
	$mentorship_user = wp_get_current_user();
	if ( $mentorship_user->exists() ) {
		$mentorship_values['name']  = $mentorship_user->display_name;
		$mentorship_values['email'] = $mentorship_user->user_email;
		$mentorship_wporg           = (string) get_user_meta( $mentorship_user->ID, 'mentorship_wporg_username', true );
		if ( '' !== $mentorship_wporg ) {
			$mentorship_values['wporg_username'] = $mentorship_wporg;
		}
	}
	// The team finder sends ?teams[]=core&teams[]=design (its form), or links with ?teams=core,design.
	if ( isset( $_GET['teams'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- preselects checkboxes only.
		$mentorship_asked           = is_array( $_GET['teams'] ) ? array_filter( wp_unslash( $_GET['teams'] ), 'is_string' ) : explode( ',', is_string( $_GET['teams'] ) ? wp_unslash( $_GET['teams'] ) : '' ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended, WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- each one sanitised next.
		$mentorship_values['teams'] = array_values( array_intersect( array_map( static fn( string $slug ): string => sanitize_title( sanitize_text_field( $slug ) ), $mentorship_asked ), Taxonomies::team_slugs() ) );
	}
}
/**
 * Filters the values an application form starts with.
 *
 * @since 0.1.0
 *
 * @param array<string, mixed> $values Values by field name.
 * @param string               $role   mentee or mentor.
 */
$mentorship_values = (array) apply_filters( 'mentorship_program_form_values', $mentorship_values, $mentorship_role );

$mentorship_ids = array();
foreach ( array_keys( $mentorship_fields ) as $mentorship_name ) {
	$mentorship_ids[ $mentorship_name ] = $mentorship_id . '-' . str_replace( '_', '-', $mentorship_name );
}

// Errors the server gave for this form's last post.
$mentorship_errors  = array();
$mentorship_general = '';
if ( $mentorship_result && ! $mentorship_result['ok'] ) {
	$mentorship_other = false;
	foreach ( (array) $mentorship_result['errors'] as $mentorship_name => $mentorship_message ) {
		if ( isset( $mentorship_fields[ $mentorship_name ] ) ) {
			$mentorship_errors[ $mentorship_name ] = (string) $mentorship_message;
		} else {
			$mentorship_other = true;
		}
	}
	if ( $mentorship_other || ! $mentorship_errors ) {
		$mentorship_general = (string) $mentorship_result['message'];
	}
}
$mentorship_error_list = array();
foreach ( array_keys( $mentorship_fields ) as $mentorship_name ) {
	if ( isset( $mentorship_errors[ $mentorship_name ] ) ) {
		$mentorship_error_list[] = array(
			'field'   => $mentorship_name,
			'href'    => '#' . $mentorship_ids[ $mentorship_name ],
			'message' => $mentorship_errors[ $mentorship_name ],
		);
	}
}

// What the view script checks before sending: the same limits as the server's schema.
$mentorship_rules = array();
foreach ( $mentorship_fields as $mentorship_name => $mentorship_field ) {
	$mentorship_rule = array(
		'label'    => $mentorship_field['label'],
		'type'     => $mentorship_field['type'],
		'required' => in_array( $mentorship_role, $mentorship_field['required'] ?? array(), true ),
	);
	foreach ( array( 'minLength', 'maxLength', 'format', 'pattern', 'minimum', 'maximum', 'minItems', 'maxItems' ) as $mentorship_key ) {
		if ( isset( $mentorship_field[ $mentorship_key ] ) ) {
			$mentorship_rule[ $mentorship_key ] = $mentorship_field[ $mentorship_key ];
		}
	}
	if ( 'contribution_links' === $mentorship_name ) {
		$mentorship_rule['itemFormat'] = 'uri';
	}
	if ( 'availability' === $mentorship_name ) {
		$mentorship_rule['slots'] = true;
	}
	if ( 'consent_coc' === $mentorship_name ) {
		$mentorship_rule['requiredMessage'] = __( 'Please agree to the code of conduct to apply.', 'mentorship-program' );
	}
	if ( 'consent_privacy' === $mentorship_name ) {
		$mentorship_rule['requiredMessage'] = __( 'Please agree to the privacy notice to apply.', 'mentorship-program' );
	}
	$mentorship_rules[ $mentorship_name ] = $mentorship_rule;
}

wp_interactivity_state(
	'mentorship-program/application-form',
	array(
		'messages' => array(
			/* translators: %s: field label. */
			'required'  => __( '%s is required.', 'mentorship-program' ),
			/* translators: 1: field label, 2: number of characters. */
			'tooLong'   => __( '%1$s must be at most %2$d characters.', 'mentorship-program' ),
			/* translators: %s: field label. */
			'email'     => __( '%s must be an e-mail address, such as name@example.org.', 'mentorship-program' ),
			/* translators: %s: field label. */
			'url'       => __( '%s: enter full web addresses, starting with https://.', 'mentorship-program' ),
			/* translators: %s: field label. */
			'pattern'   => __( '%s may only contain letters, numbers, spaces and the characters _ . @ -', 'mentorship-program' ),
			/* translators: %s: field label. */
			'integer'   => __( '%s must be a whole number.', 'mentorship-program' ),
			/* translators: 1: field label, 2: smallest number, 3: largest number. */
			'range'     => __( '%1$s must be between %2$d and %3$d.', 'mentorship-program' ),
			/* translators: 1: field label, 2: number of choices. */
			'tooFew'    => __( '%1$s: choose at least %2$d.', 'mentorship-program' ),
			/* translators: 1: field label, 2: number of choices. */
			'tooMany'   => __( '%1$s: choose at most %2$d.', 'mentorship-program' ),
			/* translators: %s: field label. */
			'slotOrder' => __( '%s: give each time a day, a start and an end, and let it end after it starts.', 'mentorship-program' ),
		),
		'network'  => __( 'Your application could not be sent. Please check your connection and try again.', 'mentorship-program' ),
		'sending'  => __( 'Sending your application…', 'mentorship-program' ),
	)
);

$mentorship_receipt = $mentorship_done ? $mentorship_result['receipt'] : array(
	'message'    => '',
	'next_steps' => '',
	'status_url' => '',
);
// The script posts to the form's own endpoint (the rules and answers of the REST
// route, without the REST server's start-up); the REST route stays for API clients.
$mentorship_context = array(
	'submitUrl' => Public_Endpoint::url( $mentorship_role ),
	'rules'     => $mentorship_rules,
	'ids'       => $mentorship_ids,
	'errors'    => (object) $mentorship_errors,
	'invalid'   => (object) array_fill_keys( array_keys( $mentorship_errors ), true ),
	'errorList' => $mentorship_error_list,
	'general'   => $mentorship_general,
	'problem'   => (bool) ( $mentorship_error_list || '' !== $mentorship_general ),
	'status'    => '',
	'busy'      => false,
	'done'      => (bool) $mentorship_done,
	'receipt'   => $mentorship_receipt,
	'js'        => false,
);
// Browsers may report a legacy zone name (Chrome says Asia/Calcutta): the view script
// preselects its canonical zone from this map, built by the server from PHP's data.
if ( isset( $mentorship_fields['timezone'] ) ) {
	$mentorship_context['zoneAliases'] = (object) Time_Zones::aliases();
}
// Only for logged-in users, whose pages are not cached: visitors' pages may be.
if ( is_user_logged_in() ) {
	$mentorship_context['nonce'] = wp_create_nonce( Public_Endpoint::NONCE_ACTION );
}

/*
 * Pieces of markup used by several fields.
 */
$mentorship_value       = static function ( string $name ) use ( $mentorship_values ) {
	return $mentorship_values[ $name ] ?? null;
};
$mentorship_text        = static function ( string $name ) use ( $mentorship_value ): string {
	$value = $mentorship_value( $name );
	return is_scalar( $value ) ? (string) $value : '';
};
$mentorship_list        = static function ( string $name ) use ( $mentorship_value ): array {
	$value = $mentorship_value( $name );
	return is_array( $value ) ? array_map( static fn( $v ) => is_scalar( $v ) ? (string) $v : '', $value ) : array();
};
$mentorship_is_required = static fn( string $name ): bool => ! empty( $mentorship_rules[ $name ]['required'] );
$mentorship_error_html  = static function ( string $name ) use ( $mentorship_ids, $mentorship_errors ): string {
	return '<p class="mentorship-form-error" id="' . esc_attr( $mentorship_ids[ $name ] . '-error' ) . '" data-wp-text="' . esc_attr( 'context.errors.' . $name ) . '">' . esc_html( $mentorship_errors[ $name ] ?? '' ) . '</p>';
};
// No directive on the controls themselves: re-rendering one would reset what was typed.
// The view script sets aria-invalid on them directly.
$mentorship_invalid    = static function ( string $name ) use ( $mentorship_errors ): string {
	return isset( $mentorship_errors[ $name ] ) ? ' aria-invalid="true"' : '';
};
$mentorship_label_text = static function ( string $name ) use ( $mentorship_fields, $mentorship_is_required ): string {
	$html = esc_html( $mentorship_fields[ $name ]['label'] );
	if ( ! $mentorship_is_required( $name ) ) {
		$html .= ' <span class="mentorship-form-optional">' . esc_html__( '(optional)', 'mentorship-program' ) . '</span>';
	}
	return $html;
};

// Consent labels name the text they agree to and link it (in a new tab, so the form keeps what was typed).
$mentorship_consents = array();
foreach ( Consent_Texts::FIELDS as $mentorship_name => $mentorship_setting ) {
	$mentorship_url = (string) Settings::get( $mentorship_setting );
	if ( ! isset( $mentorship_fields[ $mentorship_name ] ) || '' === $mentorship_url ) {
		continue;
	}
	$mentorship_link                         = sprintf(
		'<a href="%1$s" target="_blank" rel="noopener">%2$s<span class="screen-reader-text"> %3$s</span></a>',
		esc_url( $mentorship_url ),
		'consent_coc' === $mentorship_name ? esc_html__( 'code of conduct', 'mentorship-program' ) : esc_html__( 'privacy notice', 'mentorship-program' ),
		esc_html__( '(opens in a new tab)', 'mentorship-program' )
	);
	$mentorship_consents[ $mentorship_name ] = sprintf(
		'consent_coc' === $mentorship_name
			/* translators: %s: link to the code of conduct, its text is "code of conduct". */
			? esc_html_x( 'I agree to the %s', 'code of conduct link', 'mentorship-program' )
			/* translators: %s: link to the privacy notice, its text is "privacy notice". */
			: esc_html_x( 'I agree to the %s', 'privacy notice link', 'mentorship-program' ),
		$mentorship_link
	);
}

$mentorship_hints = array(
	'email'              => __( 'We send your confirmation and any decision to this address.', 'mentorship-program' ),
	'wporg_username'     => __( 'Your username on WordPress.org, if you have one.', 'mentorship-program' ),
	'slack_username'     => __( 'Your username in the Make WordPress Slack, if you have one.', 'mentorship-program' ),
	'timezone'           => __( 'We match people whose hours overlap.', 'mentorship-program' ),
	'languages'          => __( 'Languages you are comfortable having conversations in.', 'mentorship-program' ),
	'teams'              => 'mentor' === $mentorship_role ? __( 'Teams you can mentor for.', 'mentorship-program' ) : __( 'Contributor teams you would like to join. Not sure yet? Leave this blank.', 'mentorship-program' ),
	'contribution_links' => __( 'One web address per line: tickets, pull requests, translations, posts.', 'mentorship-program' ),
	'goals'              => __( 'What would you like to learn or achieve in the program?', 'mentorship-program' ),
	'hours_per_week'     => __( 'Between 1 and 40.', 'mentorship-program' ),
	'capacity'           => __( 'How many mentees you can support at once, from 1 to 10.', 'mentorship-program' ),
	'availability'       => __( 'When you can usually meet each week, in your own time zone.', 'mentorship-program' ),
	'motivation'         => __( 'Why would you like to mentor, and what can you share?', 'mentorship-program' ),
	'region'             => __( 'For example a country or a city.', 'mentorship-program' ),
);

// Text inputs: type, autocomplete token.
$mentorship_inputs    = array(
	'name'               => array( 'text', 'name' ),
	'email'              => array( 'email', 'email' ),
	'wporg_username'     => array( 'text', 'off' ),
	'slack_username'     => array( 'text', 'off' ),
	'region'             => array( 'text', 'country-name' ),
	'hours_per_week'     => array( 'number', 'off' ),
	'years_contributing' => array( 'number', 'off' ),
	'capacity'           => array( 'number', 'off' ),
	'project_title'      => array( 'text', 'off' ),
	'heard_from'         => array( 'text', 'off' ),
);
$mentorship_textareas = array( 'goals', 'motivation', 'project_description', 'contribution_links' );

$mentorship_choices = array(
	'experience' => array(
		'new'                => __( 'I am new to WordPress', 'mentorship-program' ),
		'user'               => __( 'I use WordPress but have not contributed yet', 'mentorship-program' ),
		'some_contributions' => __( 'I have made some contributions', 'mentorship-program' ),
	),
	'format'     => array(
		'one-to-one'    => __( 'One-to-one with a mentor', 'mentorship-program' ),
		'project-group' => __( 'A small project group', 'mentorship-program' ),
		'cohort-group'  => __( 'A cohort group', 'mentorship-program' ),
		'any'           => __( 'Any of these', 'mentorship-program' ),
	),
	'formats'    => array(
		'one-to-one'    => __( 'One-to-one', 'mentorship-program' ),
		'project-group' => __( 'A small project group', 'mentorship-program' ),
		'cohort-group'  => __( 'A cohort group', 'mentorship-program' ),
	),
);

$mentorship_languages = Fields::languages();

$mentorship_teams = wp_list_pluck( Taxonomies::teams(), 'name', 'slug' );

/**
 * A fieldset of checkboxes or radios, with an optional filter box.
 *
 * @param string               $name    Field name.
 * @param array<string,string> $options Value => label.
 * @param string               $kind    checkbox or radio.
 * @param bool                 $filter  Whether to offer a filter box.
 */
$mentorship_group = static function ( string $name, array $options, string $kind, bool $filter ) use ( $mentorship_ids, $mentorship_hints, $mentorship_label_text, $mentorship_error_html, $mentorship_invalid, $mentorship_list, $mentorship_text, $mentorship_is_required ): void {
	$id       = $mentorship_ids[ $name ];
	$selected = 'radio' === $kind ? array( $mentorship_text( $name ) ) : $mentorship_list( $name );
	$hint     = $mentorship_hints[ $name ] ?? '';
	$describe = trim( ( $hint ? $id . '-hint ' : '' ) . $id . '-error' );
	$context  = $filter ? ' data-wp-context="' . esc_attr( (string) wp_json_encode( array( 'q' => '' ) ) ) . '"' : '';
	echo '<fieldset class="mentorship-form-field mentorship-form-group" aria-describedby="' . esc_attr( $describe ) . '"' . $context . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- attribute escaped above.
	echo '<legend class="mentorship-form-label">' . $mentorship_label_text( $name ) . '</legend>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the helper.
	if ( $hint ) {
		echo '<p class="mentorship-form-hint" id="' . esc_attr( $id . '-hint' ) . '">' . esc_html( $hint ) . '</p>';
	}
	echo $mentorship_error_html( $name ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the helper.
	if ( $filter ) {
		echo '<p class="mentorship-form-filter" hidden data-wp-bind--hidden="!context.js">';
		echo '<label for="' . esc_attr( $id . '-filter' ) . '">' . esc_html__( 'Filter the list', 'mentorship-program' ) . '</label> ';
		echo '<input type="search" id="' . esc_attr( $id . '-filter' ) . '" autocomplete="off" data-wp-on--input="actions.filter" />';
		echo '</p>';
	}
	echo '<ul class="mentorship-form-choices" role="list">';
	$i = 0;
	foreach ( $options as $value => $label ) {
		$value     = (string) $value;
		$option_id = 0 === $i ? $id : $id . '-' . $i;
		$input     = 'checkbox' === $kind ? 'mentorship[' . $name . '][]' : 'mentorship[' . $name . ']';
		$item      = $filter ? ' data-wp-context="' . esc_attr( (string) wp_json_encode( array( 'label' => strtolower( $label . ' ' . $value ) ) ) ) . '" data-wp-bind--hidden="state.filteredOut"' : '';
		echo '<li class="mentorship-form-choice"' . $item . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- attribute escaped above.
		printf(
			'<input type="%1$s" id="%2$s" name="%3$s" value="%4$s"%5$s%6$s%7$s /> <label for="%2$s">%8$s</label>',
			esc_attr( $kind ),
			esc_attr( $option_id ),
			esc_attr( $input ),
			esc_attr( $value ),
			in_array( $value, $selected, true ) ? ' checked' : '',
			( 'radio' === $kind && $mentorship_is_required( $name ) ) ? ' required' : '', // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- a constant.
			$mentorship_invalid( $name ), // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the helper.
			esc_html( $label )
		);
		echo '</li>';
		++$i;
	}
	echo '</ul></fieldset>';
};
?>
<div <?php echo $mentorship_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?> data-role="<?php echo esc_attr( $mentorship_role ); ?>" data-wp-interactive="mentorship-program/application-form" <?php echo wp_interactivity_data_wp_context( $mentorship_context ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?> data-wp-init="callbacks.start">
	<h2 class="mentorship-form-title"><?php echo esc_html( $mentorship_title ); ?></h2>
	<?php if ( '' !== $mentorship_intro ) : ?>
		<p class="mentorship-form-intro"><?php echo esc_html( $mentorship_intro ); ?></p>
	<?php endif; ?>

	<div class="mentorship-form-done" id="<?php echo esc_attr( $mentorship_id . '-done' ); ?>" tabindex="-1" data-wp-bind--hidden="!context.done"<?php echo $mentorship_done ? '' : ' hidden'; ?>>
		<h3 class="mentorship-form-done-title"><?php esc_html_e( 'Application received', 'mentorship-program' ); ?></h3>
		<p data-wp-text="context.receipt.message"><?php echo esc_html( (string) $mentorship_receipt['message'] ); ?></p>
		<p data-wp-text="context.receipt.next_steps"><?php echo esc_html( (string) $mentorship_receipt['next_steps'] ); ?></p>
		<p><a class="mentorship-form-status-link" href="<?php echo esc_url( (string) $mentorship_receipt['status_url'] ); ?>" data-wp-bind--href="context.receipt.status_url"><?php esc_html_e( 'Follow your application', 'mentorship-program' ); ?></a></p>
	</div>

	<?php if ( ! $mentorship_done ) : ?>
	<form class="mentorship-form-form" method="post" action="<?php echo esc_url( $mentorship_action . '#' . $mentorship_id ); ?>" data-wp-on--submit="actions.submit" data-wp-bind--hidden="context.done" data-wp-bind--novalidate="context.js">
		<?php // Answers are posted as mentorship[field]: WordPress reads some top-level names, such as "name", as query variables. ?>
		<input type="hidden" name="mentorship_action" value="<?php echo esc_attr( Form_Handler::ACTION ); ?>" />
		<input type="hidden" name="type" value="<?php echo esc_attr( $mentorship_role ); ?>" />
		<input type="hidden" name="token" value="<?php echo esc_attr( Form_Token::issue() ); ?>" />
		<?php if ( $mentorship_cohort_id ) : ?>
			<input type="hidden" name="cohort" value="<?php echo esc_attr( (string) $mentorship_cohort_id ); ?>" />
		<?php endif; ?>
		<?php
		// A contributor day's link carries its event code: ?event=CODE.
		$mentorship_event = isset( $_GET['event'] ) && is_string( $_GET['event'] ) ? \Mentorship_Program\Applications\Event_Codes::valid( sanitize_text_field( wp_unslash( $_GET['event'] ) ) ) : null; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a public code, checked again on submit.
		if ( ! $mentorship_event && $mentorship_result && isset( $_POST['event_code'] ) && is_string( $_POST['event_code'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Missing -- kept for a post that comes back with errors.
			$mentorship_event = \Mentorship_Program\Applications\Event_Codes::valid( sanitize_text_field( wp_unslash( $_POST['event_code'] ) ) ); // phpcs:ignore WordPress.Security.NonceVerification.Missing -- as above.
		}
		?>
		<?php if ( $mentorship_event ) : ?>
			<input type="hidden" name="event_code" value="<?php echo esc_attr( (string) $mentorship_event['code'] ); ?>" />
			<p class="mentorship-form-event">
				<?php
				/* translators: %s: event name or code. */
				echo esc_html( sprintf( __( 'You are applying at %s.', 'mentorship-program' ), '' !== (string) $mentorship_event['label'] ? (string) $mentorship_event['label'] : (string) $mentorship_event['code'] ) );
				?>
			</p>
		<?php endif; ?>
		<?php if ( is_user_logged_in() ) : ?>
			<input type="hidden" name="mentorship_nonce" value="<?php echo esc_attr( wp_create_nonce( Form_Handler::NONCE_ACTION ) ); ?>" />
		<?php endif; ?>

		<?php if ( $mentorship_cohort ) : ?>
			<p class="mentorship-form-cohort">
				<?php
				if ( ! empty( $mentorship_cohort['closes_at'] ) ) {
					printf(
						/* translators: 1: cohort name, 2: closing date. */
						esc_html__( 'Applications for %1$s are open until %2$s.', 'mentorship-program' ),
						'<strong>' . esc_html( (string) $mentorship_cohort['name'] ) . '</strong>',
						'<time datetime="' . esc_attr( (string) $mentorship_cohort['closes_at'] ) . '">' . esc_html( $mentorship_date( (string) $mentorship_cohort['closes_at'] ) ) . '</time>'
					);
				} else {
					printf(
						/* translators: %s: cohort name. */
						esc_html__( 'Applications for %s are open.', 'mentorship-program' ),
						'<strong>' . esc_html( (string) $mentorship_cohort['name'] ) . '</strong>'
					);
				}
				?>
			</p>
		<?php endif; ?>

		<div class="mentorship-form-live" aria-live="polite">
			<div class="mentorship-form-summary" id="<?php echo esc_attr( $mentorship_id . '-summary' ); ?>" data-wp-bind--hidden="!context.problem"<?php echo ( $mentorship_error_list || '' !== $mentorship_general ) ? '' : ' hidden'; ?>>
				<p class="mentorship-form-summary-title"><strong><?php esc_html_e( 'Please check your application', 'mentorship-program' ); ?></strong></p>
				<p data-wp-text="context.general"><?php echo esc_html( $mentorship_general ); ?></p>
				<ul>
					<template data-wp-each--error="context.errorList" data-wp-each-key="context.error.field"><li><a data-wp-bind--href="context.error.href" data-wp-text="context.error.message"></a></li></template>
				</ul>
			</div>
			<p class="mentorship-form-status" data-wp-text="context.status"></p>
		</div>

		<p class="mentorship-form-note"><?php esc_html_e( 'Every field is required unless it is marked optional.', 'mentorship-program' ); ?></p>

		<?php
		foreach ( $mentorship_fields as $mentorship_name => $mentorship_field ) {
			$mentorship_fid      = $mentorship_ids[ $mentorship_name ];
			$mentorship_hint     = $mentorship_hints[ $mentorship_name ] ?? '';
			$mentorship_describe = trim( ( $mentorship_hint ? $mentorship_fid . '-hint ' : '' ) . $mentorship_fid . '-error' );
			$mentorship_req      = $mentorship_is_required( $mentorship_name ) ? ' required' : '';

			if ( isset( $mentorship_choices[ $mentorship_name ] ) ) {
				$mentorship_group( $mentorship_name, $mentorship_choices[ $mentorship_name ], 'formats' === $mentorship_name ? 'checkbox' : 'radio', false );
				continue;
			}
			if ( 'languages' === $mentorship_name ) {
				$mentorship_group( $mentorship_name, $mentorship_languages, 'checkbox', true );
				continue;
			}
			if ( 'teams' === $mentorship_name ) {
				if ( $mentorship_teams ) {
					$mentorship_group( $mentorship_name, $mentorship_teams, 'checkbox', true );
				}
				continue;
			}
			if ( 'boolean' === $mentorship_field['type'] ) {
				?>
				<div class="mentorship-form-field mentorship-form-check">
					<?php echo $mentorship_error_html( $mentorship_name ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the helper. ?>
					<input type="checkbox" id="<?php echo esc_attr( $mentorship_fid ); ?>" name="<?php echo esc_attr( 'mentorship[' . $mentorship_name . ']' ); ?>" value="1" aria-describedby="<?php echo esc_attr( $mentorship_describe ); ?>"<?php echo $mentorship_req; ?><?php echo true === $mentorship_value( $mentorship_name ) ? ' checked' : ''; ?><?php echo $mentorship_invalid( $mentorship_name ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the helper. ?> />
					<label for="<?php echo esc_attr( $mentorship_fid ); ?>"><?php echo isset( $mentorship_consents[ $mentorship_name ] ) ? $mentorship_consents[ $mentorship_name ] : $mentorship_label_text( $mentorship_name ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the helper and above. ?></label>
				</div>
				<?php
				continue;
			}
			if ( 'availability' === $mentorship_name ) {
				global $wp_locale;
				$mentorship_slots = $mentorship_list( 'availability' ) ? (array) $mentorship_value( 'availability' ) : array();
				$mentorship_rows  = max( 3, count( $mentorship_slots ) );
				?>
				<fieldset class="mentorship-form-field mentorship-form-group" aria-describedby="<?php echo esc_attr( $mentorship_describe ); ?>">
					<legend class="mentorship-form-label"><?php echo $mentorship_label_text( $mentorship_name ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the helper. ?></legend>
					<p class="mentorship-form-hint" id="<?php echo esc_attr( $mentorship_fid . '-hint' ); ?>"><?php echo esc_html( $mentorship_hint ); ?></p>
					<?php echo $mentorship_error_html( $mentorship_name ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the helper. ?>
					<?php
					for ( $mentorship_row = 0; $mentorship_row < $mentorship_rows; $mentorship_row++ ) {
						$mentorship_slot   = is_array( $mentorship_slots[ $mentorship_row ] ?? null ) ? $mentorship_slots[ $mentorship_row ] : array();
						$mentorship_prefix = 0 === $mentorship_row ? $mentorship_fid : $mentorship_fid . '-' . $mentorship_row;
						$mentorship_base   = 'mentorship[availability][' . $mentorship_row . ']';
						/* translators: %d: row number. */
						$mentorship_row_label = sprintf( __( 'Time %d', 'mentorship-program' ), $mentorship_row + 1 );
						?>
						<div class="mentorship-form-slot" role="group" aria-label="<?php echo esc_attr( $mentorship_row_label ); ?>">
							<p class="mentorship-form-slot-part">
								<label for="<?php echo esc_attr( $mentorship_prefix ); ?>"><?php esc_html_e( 'Day', 'mentorship-program' ); ?></label>
								<select id="<?php echo esc_attr( $mentorship_prefix ); ?>" name="<?php echo esc_attr( $mentorship_base . '[day]' ); ?>"<?php echo $mentorship_invalid( $mentorship_name ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the helper. ?>>
									<option value=""><?php esc_html_e( '—', 'mentorship-program' ); ?></option>
									<?php for ( $mentorship_day = 0; $mentorship_day < 7; $mentorship_day++ ) : ?>
										<option value="<?php echo esc_attr( (string) $mentorship_day ); ?>"<?php selected( isset( $mentorship_slot['day'] ) && (string) $mentorship_slot['day'] === (string) $mentorship_day ); ?>><?php echo esc_html( $wp_locale->get_weekday( ( $mentorship_day + 1 ) % 7 ) ); ?></option>
									<?php endfor; ?>
								</select>
							</p>
							<p class="mentorship-form-slot-part">
								<label for="<?php echo esc_attr( $mentorship_prefix . '-start' ); ?>"><?php esc_html_e( 'From', 'mentorship-program' ); ?></label>
								<input type="time" step="900" id="<?php echo esc_attr( $mentorship_prefix . '-start' ); ?>" name="<?php echo esc_attr( $mentorship_base . '[start]' ); ?>" value="<?php echo esc_attr( is_scalar( $mentorship_slot['start'] ?? null ) ? (string) $mentorship_slot['start'] : '' ); ?>"<?php echo $mentorship_invalid( $mentorship_name ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the helper. ?> />
							</p>
							<p class="mentorship-form-slot-part">
								<label for="<?php echo esc_attr( $mentorship_prefix . '-end' ); ?>"><?php esc_html_e( 'To', 'mentorship-program' ); ?></label>
								<input type="time" step="900" id="<?php echo esc_attr( $mentorship_prefix . '-end' ); ?>" name="<?php echo esc_attr( $mentorship_base . '[end]' ); ?>" value="<?php echo esc_attr( is_scalar( $mentorship_slot['end'] ?? null ) ? (string) $mentorship_slot['end'] : '' ); ?>"<?php echo $mentorship_invalid( $mentorship_name ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the helper. ?> />
							</p>
						</div>
						<?php
					}
					?>
				</fieldset>
				<?php
				continue;
			}
			?>
			<div class="mentorship-form-field">
				<label class="mentorship-form-label" for="<?php echo esc_attr( $mentorship_fid ); ?>"><?php echo $mentorship_label_text( $mentorship_name ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the helper. ?></label>
				<?php if ( $mentorship_hint ) : ?>
					<p class="mentorship-form-hint" id="<?php echo esc_attr( $mentorship_fid . '-hint' ); ?>"><?php echo esc_html( $mentorship_hint ); ?></p>
				<?php endif; ?>
				<?php echo $mentorship_error_html( $mentorship_name ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the helper. ?>
				<?php
				$mentorship_common = sprintf(
					'id="%1$s" name="%2$s" aria-describedby="%3$s"%4$s%5$s%6$s',
					esc_attr( $mentorship_fid ),
					esc_attr( 'mentorship[' . $mentorship_name . ']' ),
					esc_attr( $mentorship_describe ),
					$mentorship_req,
					isset( $mentorship_field['maxLength'] ) && 'contribution_links' !== $mentorship_name ? ' maxlength="' . esc_attr( (string) $mentorship_field['maxLength'] ) . '"' : '',
					$mentorship_invalid( $mentorship_name )
				);
				if ( 'timezone' === $mentorship_name ) {
					$mentorship_zone  = $mentorship_text( 'timezone' );
					$mentorship_now   = new DateTimeImmutable( 'now', new DateTimeZone( 'UTC' ) );
					$mentorship_zones = array();
					foreach ( Time_Zones::offered() as $mentorship_identifier ) {
						$mentorship_parts                             = explode( '/', $mentorship_identifier, 2 );
						$mentorship_group_name                        = isset( $mentorship_parts[1] ) ? $mentorship_parts[0] : __( 'Other', 'mentorship-program' );
						$mentorship_zones[ $mentorship_group_name ][] = $mentorship_identifier;
					}
					echo '<select ' . $mentorship_common . ' autocomplete="off" data-wp-init="callbacks.preselectZone">'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
					echo '<option value="">' . esc_html__( 'Choose your time zone', 'mentorship-program' ) . '</option>';
					foreach ( $mentorship_zones as $mentorship_group_name => $mentorship_identifiers ) {
						echo '<optgroup label="' . esc_attr( $mentorship_group_name ) . '">';
						foreach ( $mentorship_identifiers as $mentorship_identifier ) {
							$mentorship_offset = ( new DateTimeZone( $mentorship_identifier ) )->getOffset( $mentorship_now );
							$mentorship_label  = sprintf(
								'%1$s (UTC%2$s%3$s)',
								str_replace( '_', ' ', $mentorship_identifier ),
								$mentorship_offset < 0 ? '−' : '+',
								gmdate( 'H:i', abs( $mentorship_offset ) )
							);
							printf(
								'<option value="%1$s"%2$s>%3$s</option>',
								esc_attr( $mentorship_identifier ),
								selected( $mentorship_zone, $mentorship_identifier, false ),
								esc_html( $mentorship_label )
							);
						}
						echo '</optgroup>';
					}
					echo '</select>';
				} elseif ( in_array( $mentorship_name, $mentorship_textareas, true ) ) {
					$mentorship_content = 'contribution_links' === $mentorship_name ? implode( "\n", $mentorship_list( $mentorship_name ) ) : $mentorship_text( $mentorship_name );
					echo '<textarea ' . $mentorship_common . ' rows="' . ( 'contribution_links' === $mentorship_name ? '3' : '5' ) . '">' . esc_textarea( $mentorship_content ) . '</textarea>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
				} else {
					list( $mentorship_type, $mentorship_auto ) = $mentorship_inputs[ $mentorship_name ] ?? array( 'text', 'off' );
					$mentorship_range                          = '';
					if ( 'number' === $mentorship_type ) {
						$mentorship_range = sprintf( ' min="%d" max="%d" step="1" inputmode="numeric"', (int) ( $mentorship_field['minimum'] ?? 0 ), (int) ( $mentorship_field['maximum'] ?? 100 ) );
					}
					printf(
						'<input type="%1$s" %2$s autocomplete="%3$s" value="%4$s"%5$s%6$s />',
						esc_attr( $mentorship_type ),
						$mentorship_common, // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
						esc_attr( $mentorship_auto ),
						esc_attr( $mentorship_text( $mentorship_name ) ),
						$mentorship_range, // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- numbers only.
						'email' === $mentorship_type || 'wporg_username' === $mentorship_name || 'slack_username' === $mentorship_name ? ' spellcheck="false"' : ''
					);
				}
				?>
			</div>
			<?php
		}
		?>

		<div class="mentorship-form-trap" aria-hidden="true">
			<label for="<?php echo esc_attr( $mentorship_id . '-website' ); ?>"><?php esc_html_e( 'Leave this field empty', 'mentorship-program' ); ?></label>
			<input type="text" id="<?php echo esc_attr( $mentorship_id . '-website' ); ?>" name="website" value="" tabindex="-1" autocomplete="off" />
		</div>

		<p class="mentorship-form-actions">
			<button type="submit" class="wp-element-button mentorship-form-submit" data-wp-bind--aria-disabled="context.busy"><?php esc_html_e( 'Send application', 'mentorship-program' ); ?></button>
		</p>
	</form>
	<?php endif; ?>
</div>
