/* eslint-env node */
/**
 * Shared paths and the string extractor for the release tests.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export {
	DOMAIN,
	POT_FILE,
	entries,
	extractAll,
	renderPot,
} from '../../bin/make-pot.mjs';

export const ROOT_DIR = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'../..'
);
