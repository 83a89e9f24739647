/**
 * Internal dependencies
 */
import { isFinished, isRunning } from '../utils/stages';
import description from '../../shared/rest-schemas.json';

beforeEach( () => {
	window.mentorshipProgramAdmin = { rules: description.rules };
} );

afterEach( () => {
	delete window.mentorshipProgramAdmin;
} );

describe( 'stage sets', () => {
	it( "reads which stages run and which are finished from the server's rules", () => {
		// Stages::RUNNING and Stages::FINISHED, as the generated description holds them.
		for ( const type of [ 'mentee', 'mentor' ] as const ) {
			for ( const { stage } of description.rules.stages[ type ] ) {
				expect( isRunning( type, stage ) ).toBe(
					description.rules.running[ type ].includes( stage )
				);
				expect( isFinished( type, stage ) ).toBe(
					description.rules.finished[ type ].includes( stage )
				);
			}
		}
		expect( isRunning( 'mentee', 'active' ) ).toBe( true );
		expect( isRunning( 'mentee', 'graduated' ) ).toBe( false );
		expect( isFinished( 'mentee', 'placed' ) ).toBe( true );
		expect( isFinished( 'mentor', 'completed' ) ).toBe( true );
		expect( isRunning( 'mentor', 'approved' ) ).toBe( true );
	} );

	it( 'knows no stage when the page was not told the rules', () => {
		delete window.mentorshipProgramAdmin;
		expect( isRunning( 'mentee', 'active' ) ).toBe( false );
		expect( isFinished( 'mentee', 'graduated' ) ).toBe( false );
	} );
} );
