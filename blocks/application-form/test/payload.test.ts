/**
 * Internal dependencies
 */
import { readValues, requestBody } from '../payload';
import type { Rules } from '../../../src/shared/validation';

const rules: Rules = {
	name: { label: 'Name', type: 'string', required: true },
	languages: { label: 'Languages', type: 'array', required: true },
	hours_per_week: { label: 'Hours', type: 'integer', required: true },
	contribution_links: { label: 'Links', type: 'array' },
	availability: { label: 'Availability', type: 'array', slots: true },
	public_recognition: { label: 'Wall', type: 'boolean' },
	consent_coc: { label: 'Code of conduct', type: 'boolean', required: true },
};

function form( html: string ): FormData {
	document.body.innerHTML = `<form>${ html }</form>`;
	return new FormData( document.querySelector( 'form' )! );
}

describe( 'readValues', () => {
	it( 'types each answer as the server expects', () => {
		const data = form( `
			<input name="mentorship[name]" value="  Ana  ">
			<input type="checkbox" name="mentorship[languages][]" value="pt" checked>
			<input type="checkbox" name="mentorship[languages][]" value="en">
			<input type="checkbox" name="mentorship[languages][]" value="es" checked>
			<input name="mentorship[hours_per_week]" value="4">
			<textarea name="mentorship[contribution_links]">https://a.example
 
https://b.example </textarea>
			<input type="checkbox" name="mentorship[consent_coc]" value="1" checked>
		` );
		expect( readValues( data, rules ) ).toEqual( {
			name: 'Ana',
			languages: [ 'pt', 'es' ],
			hours_per_week: 4,
			contribution_links: [ 'https://a.example', 'https://b.example' ],
			public_recognition: false,
			consent_coc: true,
		} );
	} );

	it( 'leaves blank answers out and keeps bad numbers for the checks to name', () => {
		const data = form( `
			<input name="mentorship[name]" value="   ">
			<input name="mentorship[hours_per_week]" value="2.5">
		` );
		const values = readValues( data, rules );
		expect( values ).not.toHaveProperty( 'name' );
		expect( values ).not.toHaveProperty( 'languages' );
		expect( values.hours_per_week ).toBe( '2.5' );
	} );

	it( 'reads filled availability rows and skips blank ones', () => {
		const row = ( i: number, day: string, start: string, end: string ) => `
			<select name="mentorship[availability][${ i }][day]"><option value="${ day }" selected></option></select>
			<input name="mentorship[availability][${ i }][start]" value="${ start }">
			<input name="mentorship[availability][${ i }][end]" value="${ end }">`;
		const data = form(
			row( 0, '3', '18:00', '20:00' ) +
				row( 1, '', '', '' ) +
				row( 2, '', '09:00', '10:00' )
		);
		const values = readValues( data, rules );
		expect( values.availability ).toEqual( [
			{ day: 3, start: '18:00', end: '20:00' },
			{ day: NaN, start: '09:00', end: '10:00' },
		] );
	} );
} );

describe( 'requestBody', () => {
	it( 'adds the type, token, honeypot and a chosen cohort', () => {
		const data = form( `
			<input type="hidden" name="type" value="mentor">
			<input type="hidden" name="token" value="123.abc">
			<input type="hidden" name="cohort" value="7">
			<input name="website" value="">
		` );
		expect( requestBody( data, { name: 'Ana' } ) ).toEqual( {
			name: 'Ana',
			type: 'mentor',
			token: '123.abc',
			website: '',
			cohort: 7,
		} );
	} );

	it( 'sends no cohort when the form has none, so the open one is used', () => {
		const data = form( `<input type="hidden" name="type" value="mentee">` );
		const body = requestBody( data, {} );
		expect( body.type ).toBe( 'mentee' );
		expect( body ).not.toHaveProperty( 'cohort' );
	} );
} );
