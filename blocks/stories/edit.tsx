/**
 * The stories grid in the editor: settings in the sidebar, and the same markup
 * readers get as the preview.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	RangeField,
	SelectField,
	ToggleField,
} from '../../src/shared/controls';
import { withSettingsPreview } from '../shared/settings-preview';

type Attributes = {
	perPage: number;
	layout: 'grid' | 'list';
	showFilters: boolean;
	showImage: boolean;
	showExcerpt: boolean;
	headingLevel: 2 | 3 | 4;
};

export default withSettingsPreview< Attributes >(
	() => __( 'Stories', 'mentorship-program' ),
	( { attributes, setAttributes } ) => (
		<>
			<SelectField
				label={ __( 'Layout', 'mentorship-program' ) }
				value={ attributes.layout }
				options={ [
					{
						label: __( 'Grid', 'mentorship-program' ),
						value: 'grid',
					},
					{
						label: __( 'List', 'mentorship-program' ),
						value: 'list',
					},
				] }
				onChange={ ( layout: string ) =>
					setAttributes( {
						layout: layout === 'list' ? 'list' : 'grid',
					} )
				}
			/>
			<RangeField
				label={ __( 'Stories per page', 'mentorship-program' ) }
				value={ attributes.perPage }
				min={ 1 }
				max={ 48 }
				onChange={ ( perPage?: number ) =>
					setAttributes( { perPage: perPage ?? 9 } )
				}
			/>
			<SelectField
				label={ __(
					'Heading level of story titles',
					'mentorship-program'
				) }
				value={ String( attributes.headingLevel ) }
				options={ [ 2, 3, 4 ].map( ( level ) => ( {
					label: `H${ level }`,
					value: String( level ),
				} ) ) }
				onChange={ ( level: string ) =>
					setAttributes( {
						headingLevel: Number( level ) as 2 | 3 | 4,
					} )
				}
			/>
			<ToggleField
				label={ __(
					'Filters by team, cohort and role',
					'mentorship-program'
				) }
				checked={ attributes.showFilters }
				onChange={ ( showFilters: boolean ) =>
					setAttributes( { showFilters } )
				}
			/>
			<ToggleField
				label={ __( 'Featured images', 'mentorship-program' ) }
				checked={ attributes.showImage }
				onChange={ ( showImage: boolean ) =>
					setAttributes( { showImage } )
				}
			/>
			<ToggleField
				label={ __( 'Excerpts', 'mentorship-program' ) }
				checked={ attributes.showExcerpt }
				onChange={ ( showExcerpt: boolean ) =>
					setAttributes( { showExcerpt } )
				}
			/>
		</>
	)
);
