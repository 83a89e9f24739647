/**
 * Installs the PHP development tools (PHPUnit, PHPCS with the WordPress standards,
 * PHPStan) with Composer when vendor/ is missing or older than composer.json.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT, fail, info, run } from './util.mjs';

export function ensureComposer() {
	const marker = path.join( ROOT, 'vendor/autoload.php' );
	const manifest = path.join( ROOT, 'composer.json' );
	if (
		existsSync( marker ) &&
		statSync( marker ).mtimeMs >= statSync( manifest ).mtimeMs
	) {
		return;
	}
	info( 'Installing PHP development tools with Composer' );
	const result = run(
		'composer',
		[ 'install', '--no-interaction', '--no-progress', '--prefer-dist' ],
		{
			env: { COMPOSER_NO_AUDIT: '1' },
		}
	);
	if ( result.status !== 0 ) {
		fail(
			`composer install failed: ${ ( result.stderr || result.stdout )
				.trim()
				.split( '\n' )
				.slice( -3 )
				.join( ' | ' ) }`
		);
	}
}
