<?php
/**
 * The blocks that edit a story read the program's limits, printed by the server.
 *
 * @package Mentorship_Program
 */

declare( strict_types=1 );

namespace Mentorship_Program\Tests\Stories;

use Mentorship_Program\Applications\Program_Rules;
use Mentorship_Program\Stories\Story_Post_Type;
use Mentorship_Program\Tests\TestCase;

/**
 * The story editor's limits come from the server's rules, before the blocks' scripts.
 */
final class Story_Editor_Limits_Test extends TestCase {

	public function test_the_story_blocks_are_given_the_limits_before_their_scripts(): void {
		$this->assertNotFalse( has_action( 'enqueue_block_editor_assets', array( Story_Post_Type::class, 'print_editor_limits' ) ) );
		Story_Post_Type::print_editor_limits();
		foreach ( array( 'mentorship-program/story-details', 'mentorship-program/journey-timeline' ) as $name ) {
			$block = \WP_Block_Type_Registry::get_instance()->get_registered( $name );
			$this->assertNotNull( $block, $name );
			$printed = implode( '', (array) wp_scripts()->get_data( $block->editor_script_handles[0], 'before' ) );
			$this->assertStringStartsWith( 'window.mentorshipProgramLimits = ', $printed, $name );
			$limits = json_decode( substr( $printed, strlen( 'window.mentorshipProgramLimits = ' ), -1 ), true );
			$this->assertSame( Program_Rules::lengths(), $limits['lengths'], $name );
			$this->assertSame( Program_Rules::counts(), $limits['counts'], $name );
		}
		$schemas = Story_Post_Type::rest_schemas();
		$this->assertSame( $schemas['contributor_name']['maxLength'], Program_Rules::lengths()['story_name'] );
		$this->assertSame( $schemas['milestones']['maxItems'], Program_Rules::counts()['story_milestones'] );
	}
}
