/**
 * Seeds the browser-test site through the plugin's own domain API, in PHP, on the
 * command line: the public submit route needs a form token and is rate limited, and
 * a coordinator's journey starts from applications that already exist.
 *
 * The site is the one bin/test-e2e.mjs installs: `MENTORSHIP_E2E_SITE_DIR` (set by the
 * harness), or `.cache/sites/e2e-7.1` (under `MENTORSHIP_CACHE` when set).
 */

/**
 * External dependencies
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve( __dirname, '../../..' );

export const SITE_DIR =
	process.env.MENTORSHIP_E2E_SITE_DIR ||
	path.join(
		process.env.MENTORSHIP_CACHE || path.join( ROOT, '.cache' ),
		'sites/e2e-7.1'
	);

/**
 * Runs PHP inside the site and returns what it printed as JSON.
 *
 * @param code PHP code (without <?php) that echoes JSON.
 * @return The decoded output.
 */
export function sitePhp< T = unknown >( code: string ): T {
	const result = spawnSync(
		'php',
		[ path.join( ROOT, 'bin/php/site-eval.php' ), SITE_DIR ],
		{ input: code, encoding: 'utf8', cwd: ROOT }
	);
	if ( result.status !== 0 ) {
		throw new Error(
			`PHP in the test site failed: ${ result.stdout }${ result.stderr }`
		);
	}
	const out = result.stdout.trim();
	try {
		return JSON.parse( out.slice( out.lastIndexOf( '\n' ) + 1 ) ) as T;
	} catch {
		throw new Error( `PHP in the test site printed no JSON: ${ out }` );
	}
}

/**
 * A PHP literal for a JSON-able value.
 *
 * @param value Value.
 * @return PHP expression.
 */
function php( value: unknown ): string {
	return `json_decode( ${ JSON.stringify( JSON.stringify( value ) ).replace(
		/\$/g,
		'\\$'
	) }, true )`;
}

export interface SeedPerson {
	type: 'mentee' | 'mentor';
	name: string;
	email?: string;
	/** Stages to walk through after "submitted", e.g. [ 'in_review', 'accepted' ]. */
	path?: string[];
	fields?: Record< string, unknown >;
	/** WordPress user the application belongs to. */
	userId?: number;
}

const MENTEE = {
	timezone: 'Europe/Lisbon',
	languages: [ 'en' ],
	teams: [ 'core' ],
	experience: 'new',
	goals: 'Learn how to contribute to WordPress.',
	hours_per_week: 3,
	format: 'one-to-one',
	consent_coc: true,
	consent_privacy: true,
};

const MENTOR = {
	timezone: 'Europe/Berlin',
	languages: [ 'en' ],
	teams: [ 'core' ],
	formats: [ 'one-to-one' ],
	capacity: 2,
	motivation: 'I want to help new contributors find their way.',
	consent_coc: true,
	consent_privacy: true,
};

/**
 * Creates a cohort. Without opens_at and closes_at it has no application window, so
 * it never becomes the cohort the public form applies to.
 *
 * @param name   Cohort name.
 * @param values Other cohort fields.
 * @return Cohort ID.
 */
export function seedCohort(
	name: string,
	values: Record< string, unknown > = {}
): number {
	return sitePhp< number >( `
		$values = array_merge(
			array(
				'name'     => ${ php( name ) },
				'capacity' => 20,
			),
			${ php( values ) }
		);
		$cohort = \\Mentorship_Program\\Cohorts\\Cohorts::save( $values );
		if ( is_wp_error( $cohort ) ) {
			fwrite( STDERR, $cohort->get_error_message() );
			exit( 1 );
		}
		echo "\\n" . wp_json_encode( (int) $cohort['id'] );
	` );
}

/**
 * Creates applications in a cohort and walks each one along its path of stages.
 *
 * @param cohortId Cohort ID.
 * @param people   People.
 * @return Application IDs, in order.
 */
export function seedApplications(
	cohortId: number,
	people: SeedPerson[]
): number[] {
	const rows = people.map( ( person, index ) => ( {
		type: person.type,
		path: person.path ?? [],
		user: person.userId ?? 0,
		values: {
			...( person.type === 'mentee' ? MENTEE : MENTOR ),
			name: person.name,
			email:
				person.email ??
				`${ person.name
					.toLowerCase()
					.replace(
						/[^a-z0-9]+/g,
						'.'
					) }.${ Date.now() }.${ index }@example.org`,
			...( person.fields ?? {} ),
		},
	} ) );
	return sitePhp< number[] >( `
		wp_set_current_user( 1 );
		$ids = array();
		foreach ( ${ php( rows ) } as $row ) {
			$created = \\Mentorship_Program\\Applications\\Applications::create( $row['type'], $row['values'], ${ Number(
				cohortId
			) }, (int) $row['user'] );
			if ( is_wp_error( $created ) ) {
				fwrite( STDERR, $created->get_error_message() );
				exit( 1 );
			}
			foreach ( $row['path'] as $stage ) {
				$moved = \\Mentorship_Program\\Applications\\Applications::transition( (int) $created['id'], $stage, array( 'allow_unassigned' => true ) );
				if ( is_wp_error( $moved ) ) {
					fwrite( STDERR, $moved->get_error_message() );
					exit( 1 );
				}
			}
			$ids[] = (int) $created['id'];
		}
		echo "\\n" . wp_json_encode( $ids );
	` );
}

/**
 * The ID of the application an e-mail address sent in a type: the public submit
 * route does not tell anonymous submitters an ID.
 *
 * @param email E-mail address.
 * @param type  mentee or mentor.
 * @return Application ID, or 0.
 */
export function applicationIdByEmail(
	email: string,
	type: 'mentee' | 'mentor'
): number {
	return sitePhp< number >( `
		$ids = get_posts(
			array(
				'post_type'      => \\Mentorship_Program\\Applications\\Post_Types::post_type( ${ php(
					type
				) } ),
				'post_status'    => array_merge( \\Mentorship_Program\\Applications\\Applications::statuses(), array( \\Mentorship_Program\\Applications\\Status_Links::UNCONFIRMED_STATUS ) ),
				'fields'         => 'ids',
				'posts_per_page' => 1,
				'meta_key'       => '_mp_email',
				'meta_value'     => strtolower( ${ php( email ) } ),
			)
		);
		echo "\\n" . wp_json_encode( (int) ( $ids[0] ?? 0 ) );
	` );
}

/**
 * Assigns a mentee to a mentor directly.
 *
 * @param mentee Mentee application ID.
 * @param mentor Mentor application ID.
 */
export function seedAssignment( mentee: number, mentor: number ): void {
	sitePhp( `
		wp_set_current_user( 1 );
		$result = \\Mentorship_Program\\Cohorts\\Assignments::assign( ${ Number(
			mentee
		) }, ${ Number( mentor ) } );
		if ( is_wp_error( $result ) ) {
			fwrite( STDERR, $result->get_error_message() );
			exit( 1 );
		}
		echo "\\n" . wp_json_encode( true );
	` );
}
