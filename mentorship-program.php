<?php
/**
 * Plugin Name:       Mentorship Program
 * Description:       Run a contributor mentorship program: applications, a transparent review pipeline, cohorts, matching, graduation, team placement and contributor stories.
 * Version:           0.1.0
 * Requires at least: 6.8
 * Requires PHP:      8.1
 * Author:            Mentorship Program contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       mentorship-program
 * Domain Path:       /languages
 *
 * @package Mentorship_Program
 */

defined( 'ABSPATH' ) || exit;

define( 'MENTORSHIP_PROGRAM_VERSION', '0.1.0' );
define( 'MENTORSHIP_PROGRAM_FILE', __FILE__ );
define( 'MENTORSHIP_PROGRAM_DIR', __DIR__ );

require_once __DIR__ . '/includes/autoload.php';

register_activation_hook( __FILE__, array( \Mentorship_Program\Installer::class, 'activate' ) );
register_deactivation_hook( __FILE__, array( \Mentorship_Program\Installer::class, 'deactivate' ) );

\Mentorship_Program\Plugin::instance()->register();
