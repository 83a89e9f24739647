<?php
/**
 * The reports feature: the cohort report's routes.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Reports;

defined( 'ABSPATH' ) || exit;

use Mentorship_Program\Feature;

/**
 * Hooks of the reports feature.
 *
 * @since 0.3.0
 */
final class Registration extends Feature {

	/**
	 * This feature's mentorship/v1 controllers.
	 *
	 * @since 0.3.0
	 *
	 * @return object[]
	 */
	protected function controllers(): array {
		return array( new REST\Reports_Controller() );
	}
}
