/**
 * First run: the steps a new program still needs, each ticked when the server finds
 * it done, each linking to where it is done.
 */

/**
 * WordPress dependencies
 */
import { Card, CardBody, CardHeader } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { SetupStep } from '../../shared/types';

/**
 * The checklist.
 *
 * @param props       Props.
 * @param props.steps Steps, from the server.
 * @return Card.
 */
export default function SetupChecklist( { steps }: { steps: SetupStep[] } ) {
	const done = steps.filter( ( step ) => step.done ).length;
	return (
		<Card className="mentorship-setup" size="small">
			<CardHeader>
				<h3 id="mentorship-setup-title">
					{ __( 'Get started', 'mentorship-program' ) }
				</h3>
				<span>
					{ sprintf(
						/* translators: 1: steps done, 2: all steps. */
						__( '%1$d of %2$d done', 'mentorship-program' ),
						done,
						steps.length
					) }
				</span>
			</CardHeader>
			<CardBody>
				<ul
					className="mentorship-setup__steps"
					aria-labelledby="mentorship-setup-title"
				>
					{ steps.map( ( step ) => (
						<li
							key={ step.key }
							className="mentorship-setup__step"
							data-step={ step.key }
							data-done={ step.done ? 'true' : 'false' }
						>
							<span
								className="mentorship-setup__mark"
								aria-hidden="true"
							>
								{ step.done ? '✓' : '○' }
							</span>
							<span className="mentorship-setup__label">
								{ step.label }
								<span className="screen-reader-text">
									{ step.done
										? __( '(done)', 'mentorship-program' )
										: __(
												'(to do)',
												'mentorship-program'
										  ) }
								</span>
							</span>{ ' ' }
							<a href={ step.url }>{ step.action }</a>
						</li>
					) ) }
				</ul>
			</CardBody>
		</Card>
	);
}
