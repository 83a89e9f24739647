/**
 * Formatting follows WordPress's own Prettier settings.
 */
module.exports = require( '@wordpress/prettier-config' );
