/**
 * Internal dependencies
 */
import {
	isEmail,
	isUrl,
	length,
	fillTemplate,
	validate,
	type Messages,
	type Rules,
} from '../validation';

const messages: Messages = {
	required: '%s is required.',
	tooLong: '%1$s must be at most %2$d characters.',
	email: '%s must be an e-mail address.',
	url: '%s must be web addresses.',
	pattern: '%s has characters that are not allowed.',
	integer: '%s must be a whole number.',
	range: '%1$s must be between %2$d and %3$d.',
	tooFew: 'Choose at least %2$d for %1$s.',
	tooMany: 'Choose at most %2$d for %1$s.',
	slotOrder: '%s: each time must end after it starts.',
};

const rules: Rules = {
	name: { label: 'Name', type: 'string', required: true, maxLength: 5 },
	email: {
		label: 'E-mail',
		type: 'string',
		required: true,
		format: 'email',
		maxLength: 254,
	},
	wporg_username: {
		label: 'WordPress.org username',
		type: 'string',
		pattern: '^[A-Za-z0-9 _.@-]*$',
	},
	languages: {
		label: 'Languages',
		type: 'array',
		required: true,
		minItems: 1,
		maxItems: 2,
	},
	hours_per_week: {
		label: 'Hours per week',
		type: 'integer',
		required: true,
		minimum: 1,
		maximum: 40,
	},
	contribution_links: {
		label: 'Links',
		type: 'array',
		itemFormat: 'uri',
	},
	availability: { label: 'Availability', type: 'array', slots: true },
	consent_coc: {
		label: 'Code of conduct',
		type: 'boolean',
		required: true,
		requiredMessage: 'Please agree to the code of conduct to apply.',
	},
};

const valid = {
	name: 'Ana',
	email: 'ana@example.org',
	languages: [ 'pt' ],
	hours_per_week: 4,
	consent_coc: true,
};

/**
 * The error for one field of an otherwise valid application.
 *
 * @param field The field.
 * @param value Its value.
 * @return The message, if any.
 */
const errorFor = ( field: string, value: unknown ) =>
	validate( { ...valid, [ field ]: value }, rules, messages )[ field ];

describe( 'fillTemplate', () => {
	it( 'fills plain and numbered placeholders', () => {
		expect( fillTemplate( '%s is %d', 'Age', 4.7 ) ).toBe( 'Age is 4' );
		expect( fillTemplate( '%2$s before %1$s', 'a', 'b' ) ).toBe(
			'b before a'
		);
		expect( fillTemplate( '100%% %s', 'sure' ) ).toBe( '100% sure' );
	} );

	it( 'leaves a placeholder without a value alone', () => {
		expect( fillTemplate( '%s and %s', 'one' ) ).toBe( 'one and %s' );
	} );
} );

describe( 'formats', () => {
	it( 'accepts e-mail addresses and refuses the rest', () => {
		expect( isEmail( 'a.b+c@example.co.uk' ) ).toBe( true );
		expect( isEmail( 'no-at.example.org' ) ).toBe( false );
		expect( isEmail( 'a@localhost' ) ).toBe( false );
		expect( isEmail( 'a b@example.org' ) ).toBe( false );
	} );

	it( 'accepts only http and https URLs', () => {
		expect( isUrl( 'https://profiles.wordpress.org/ana/' ) ).toBe( true );
		expect( isUrl( 'javascript:alert(1)' ) ).toBe( false );
		expect( isUrl( 'not a url' ) ).toBe( false );
	} );

	it( 'counts characters, not UTF-16 units', () => {
		expect( length( '😀😀' ) ).toBe( 2 );
	} );
} );

describe( 'validate', () => {
	it( 'passes a complete, valid application', () => {
		expect( validate( valid, rules, messages ) ).toEqual( {} );
	} );

	it( 'names every missing required field, in form order', () => {
		const errors = validate( {}, rules, messages );
		expect( Object.keys( errors ) ).toEqual( [
			'name',
			'email',
			'languages',
			'hours_per_week',
			'consent_coc',
		] );
		expect( errors.name ).toBe( 'Name is required.' );
		expect( errors.consent_coc ).toBe(
			'Please agree to the code of conduct to apply.'
		);
	} );

	it( 'treats blank text as missing', () => {
		expect( errorFor( 'name', '   ' ) ).toBe( 'Name is required.' );
	} );

	it( 'enforces the maximum length', () => {
		expect( errorFor( 'name', 'Anabela' ) ).toBe(
			'Name must be at most 5 characters.'
		);
	} );

	it( 'checks the e-mail format', () => {
		expect( errorFor( 'email', 'ana' ) ).toBe(
			'E-mail must be an e-mail address.'
		);
	} );

	it( 'checks patterns of optional fields only when given', () => {
		expect(
			validate( { ...valid, wporg_username: '' }, rules, messages )
		).toEqual( {} );
		expect( errorFor( 'wporg_username', '<script>' ) ).toBe(
			'WordPress.org username has characters that are not allowed.'
		);
	} );

	it( 'checks whole numbers and their range', () => {
		expect( errorFor( 'hours_per_week', '2.5' ) ).toBe(
			'Hours per week must be a whole number.'
		);
		expect( errorFor( 'hours_per_week', 41 ) ).toBe(
			'Hours per week must be between 1 and 40.'
		);
		expect(
			validate( { ...valid, hours_per_week: '40' }, rules, messages )
		).toEqual( {} );
	} );

	it( 'checks the size of lists', () => {
		expect( errorFor( 'languages', [ 'en', 'pt', 'es' ] ) ).toBe(
			'Choose at most 2 for Languages.'
		);
	} );

	it( 'checks each link is a web address', () => {
		expect(
			errorFor( 'contribution_links', [
				'https://example.org',
				'ftp://x',
			] )
		).toBe( 'Links must be web addresses.' );
	} );

	it( 'wants each availability slot to end after it starts', () => {
		const slot = ( start: string, end: string ) => ( {
			day: 0,
			start,
			end,
		} );
		expect(
			validate(
				{ ...valid, availability: [ slot( '09:00', '10:00' ) ] },
				rules,
				messages
			)
		).toEqual( {} );
		expect( errorFor( 'availability', [ slot( '10:00', '09:00' ) ] ) ).toBe(
			'Availability: each time must end after it starts.'
		);
	} );
} );
