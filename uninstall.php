<?php
/**
 * Removes the plugin's data, but only when the site admin chose that in the settings.
 *
 * @package Mentorship_Program
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/autoload.php';

\Mentorship_Program\Uninstaller::run();
