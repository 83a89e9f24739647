<?php
/**
 * Bench and proof sites only: lets one address post many comments quickly, so core's
 * comment form can be measured beside the application form.
 *
 * Turns off core's comment flood check (`comment_flood_filter` → false) and its
 * duplicate-comment check (`duplicate_comment_id` → 0). Everything else about
 * wp-comments-post.php stays as shipped (moderation, notifications, cookies).
 *
 * @package Mentorship_Program
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'comment_flood_filter', '__return_false', PHP_INT_MAX );
add_filter( 'duplicate_comment_id', '__return_zero', PHP_INT_MAX );
