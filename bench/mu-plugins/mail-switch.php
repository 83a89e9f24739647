<?php
/**
 * Bench and proof sites only: a mail transport that can be switched off, and records
 * what it sends.
 *
 * While the option `mentorship_bench_mail_down` is set, every wp_mail() fails (the
 * `pre_wp_mail` filter answers false, as a broken transport would). Otherwise each
 * mail is recorded as one JSON line in wp-content/bench-mail.log and nothing leaves
 * the machine.
 *
 * @package Mentorship_Program
 */

defined( 'ABSPATH' ) || exit;

add_filter(
	'pre_wp_mail',
	static function ( $short_circuit, $atts ) {
		if ( null !== $short_circuit ) {
			return $short_circuit;
		}
		if ( get_option( 'mentorship_bench_mail_down' ) ) {
			return false;
		}
		$line = wp_json_encode(
			array(
				'to'      => $atts['to'],
				'subject' => $atts['subject'],
				'pid'     => getmypid(),
				'at'      => microtime( true ),
			)
		);
		file_put_contents( WP_CONTENT_DIR . '/bench-mail.log', $line . "\n", FILE_APPEND | LOCK_EX );
		return true;
	},
	PHP_INT_MAX,
	2
);
