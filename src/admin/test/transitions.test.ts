/**
 * Internal dependencies
 */
import type { Stage } from '../../shared/types';
import { legalBulkMoves } from '../utils/transitions';

const item = ( ...allowed: Stage[] ) => ( { allowed_transitions: allowed } );

describe( 'legalBulkMoves', () => {
	it( 'offers only the moves every selected application allows', () => {
		expect(
			legalBulkMoves( [
				item( 'accepted', 'waitlisted', 'declined', 'withdrawn' ),
				item( 'accepted', 'withdrawn' ),
			] )
		).toEqual( [ 'accepted', 'withdrawn' ] );
	} );

	it( 'offers nothing when the selection has no move in common', () => {
		expect(
			legalBulkMoves( [
				item( 'in_review', 'withdrawn' ),
				item( 'placed' ),
			] )
		).toEqual( [] );
	} );

	it( 'offers nothing for an empty selection', () => {
		expect( legalBulkMoves( [] ) ).toEqual( [] );
	} );

	it( 'leaves placement out, since it needs a team per person', () => {
		expect(
			legalBulkMoves( [ item( 'placed' ), item( 'placed' ) ] )
		).toEqual( [] );
	} );

	it( 'keeps the order of the first selected application', () => {
		expect(
			legalBulkMoves( [
				item( 'declined', 'accepted' ),
				item( 'accepted', 'declined' ),
			] )
		).toEqual( [ 'declined', 'accepted' ] );
	} );
} );
