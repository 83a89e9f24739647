/**
 * A participant reads the cohort's sessions in their own time zone, adds one to their
 * calendar and subscribes to the feed.
 */

/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { seedCohort } from './utils/seed';

// @axe-core/playwright types a newer Playwright Page than @playwright/test's.
type AxeOptions = ConstructorParameters< typeof AxeBuilder >[ 0 ];

/**
 * Parses an iCalendar document strictly enough to catch a broken feed: unfolds lines,
 * checks every line is NAME[;PARAMS]:VALUE, BEGIN/END nest, and returns the events.
 *
 * @param text The document.
 * @return Events as property maps.
 */
function parseICalendar( text: string ): Array< Record< string, string > > {
	expect( text ).toMatch( /\r\n$/ );
	const lines = text
		.replace( /\r\n[ \t]/g, '' )
		.split( '\r\n' )
		.slice( 0, -1 );
	expect( lines[ 0 ] ).toBe( 'BEGIN:VCALENDAR' );
	expect( lines[ lines.length - 1 ] ).toBe( 'END:VCALENDAR' );
	expect( lines ).toContain( 'VERSION:2.0' );
	expect( lines.some( ( line ) => line.startsWith( 'PRODID:' ) ) ).toBe(
		true
	);
	const stack: string[] = [];
	const events: Array< Record< string, string > > = [];
	let event: Record< string, string > | null = null;
	for ( const line of lines ) {
		const match = /^([A-Z-]+)(;[^:]*)?:(.*)$/.exec( line );
		expect( match, `not an iCalendar line: ${ line }` ).not.toBeNull();
		const [ , name, , value ] = match!;
		if ( name === 'BEGIN' ) {
			stack.push( value );
			if ( value === 'VEVENT' ) {
				event = {};
			}
		} else if ( name === 'END' ) {
			expect( stack.pop() ).toBe( value );
			if ( value === 'VEVENT' && event ) {
				events.push( event );
				event = null;
			}
		} else if ( event ) {
			event[ name ] = value;
		}
	}
	expect( stack ).toEqual( [] );
	for ( const item of events ) {
		for ( const required of [ 'UID', 'DTSTAMP', 'DTSTART', 'DTEND' ] ) {
			expect( item[ required ], required ).toMatch( /\S/ );
		}
	}
	return events;
}

/**
 * 2025-01-09T12:00:00Z as iCalendar's 20250109T120000Z.
 *
 * @param iso ISO instant.
 * @return iCalendar UTC date-time.
 */
const icsTime = ( iso: string ) => iso.replace( /[-:]/g, '' );

test.describe( 'The cohort schedule', () => {
	test.use( {
		storageState: { cookies: [], origins: [] },
		timezoneId: 'Asia/Tokyo',
		locale: 'en-US',
	} );

	let pageUrl = '';
	let pageId = 0;

	test.beforeAll( async ( { requestUtils } ) => {
		const day = ( offset: number ) =>
			new Date( Date.now() + offset * 86400e3 )
				.toISOString()
				.slice( 0, 10 );
		const cohort = seedCohort( `Schedule cohort ${ Date.now() }`, {
			starts_on: day( 1 ),
			ends_on: day( 90 ),
			channel_url: 'https://example.org/chat/cohort',
			schedule: {
				rule: 'monthly',
				weekday: 4,
				weeks: [ 2, 4 ],
				times: [ '12:00', '21:00' ],
				duration: 60,
				title: 'Cohort chat',
			},
		} );
		const page = await requestUtils.rest< { id: number; link: string } >( {
			method: 'POST',
			path: '/wp/v2/pages',
			data: {
				title: 'Schedule',
				status: 'publish',
				content: `<!-- wp:mentorship-program/cohort-schedule {"cohort":${ cohort },"count":4} /-->`,
			},
		} );
		pageId = page.id;
		pageUrl = page.link;
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/pages/${ pageId }`,
			params: { force: true },
		} );
	} );

	test( 'shows each session in the reader’s time zone and says which zone', async ( {
		page,
	} ) => {
		await page.goto( pageUrl );
		const block = page.locator( '.mentorship-schedule' );
		await expect( block ).toContainText(
			'Times are shown in your time zone (Asia/Tokyo).'
		);
		const times = block.locator( 'time' );
		await expect( times ).toHaveCount( 4 );
		for ( let i = 0; i < 4; i++ ) {
			const time = times.nth( i );
			const iso = ( await time.getAttribute( 'datetime' ) ) ?? '';
			expect( iso ).toMatch( /^\d{4}-\d{2}-\d{2}T(12|21):00:00Z$/ );
			// 12:00 UTC is 9 PM in Tokyo; 21:00 UTC is 6 AM the next day.
			await expect( time ).toContainText(
				iso.includes( 'T12:' ) ? '9:00' : '6:00'
			);
			await expect( time ).toContainText( 'GMT+9' );
			await expect( time ).not.toContainText( 'UTC' );
		}

		const axe = await new AxeBuilder( { page } as unknown as AxeOptions )
			.include( '.mentorship-schedule' )
			.withTags( [ 'wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa' ] )
			.analyze();
		expect( axe.violations.map( ( v ) => v.id ) ).toEqual( [] );
	} );

	test( 'the feed and each session’s calendar file parse as iCalendar', async ( {
		page,
		request,
	} ) => {
		await page.goto( pageUrl );
		const block = page.locator( '.mentorship-schedule' );
		const starts = await block
			.locator( 'time' )
			.evaluateAll( ( nodes ) =>
				nodes.map( ( node ) => node.getAttribute( 'datetime' ) ?? '' )
			);

		const feedUrl = await block
			.getByRole( 'link', { name: 'Subscribe to the calendar' } )
			.getAttribute( 'href' );
		const feed = await request.get( feedUrl! );
		expect( feed.ok() ).toBe( true );
		expect( feed.headers()[ 'content-type' ] ).toContain( 'text/calendar' );
		const events = parseICalendar( await feed.text() );
		const feedStarts = events.map( ( event ) => event.DTSTART );
		for ( const start of starts ) {
			expect( feedStarts ).toContain( icsTime( start ) );
		}
		expect( events[ 0 ].SUMMARY ).toBe( 'Cohort chat' );
		expect( events[ 0 ].URL ).toBe( 'https://example.org/chat/cohort' );

		const add = block
			.getByRole( 'link', { name: /^Add to calendar/ } )
			.first();
		await expect( add ).toHaveAttribute( 'download', /\.ics$/ );
		const href = ( await add.getAttribute( 'href' ) ) ?? '';
		expect( href ).toMatch( /^data:text\/calendar;charset=utf-8,/ );
		const single = parseICalendar(
			decodeURIComponent( href.slice( href.indexOf( ',' ) + 1 ) )
		);
		expect( single ).toHaveLength( 1 );
		expect( single[ 0 ].DTSTART ).toBe( icsTime( starts[ 0 ] ) );
	} );

	test( 'fits a narrow phone screen', async ( { page } ) => {
		await page.setViewportSize( { width: 360, height: 740 } );
		await page.goto( pageUrl );
		await expect(
			page.locator( '.mentorship-schedule time' ).first()
		).toBeVisible();
		const overflow = await page.evaluate(
			() =>
				document.documentElement.scrollWidth -
				document.documentElement.clientWidth
		);
		expect( overflow ).toBeLessThanOrEqual( 0 );
	} );
} );
