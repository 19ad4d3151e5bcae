import type { PageServerLoad } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { outcomeFindings, periodComparison } from '$lib/server/outcomes';
import { peopleHealth } from '$lib/server/people-health';
import { loadMaturity } from '$lib/server/cx-maturity';
import { outcomeTargetsOf } from '$lib/server/outcome-targets';
import { todayOf } from '$lib/server/time-off';

// One printable page for a director: results now against before, people health, and what the
// levers show, each with its caveat.
export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'supervisor', 'hr', 'admin');
	const database = event.locals.database;
	const scope = await dataScope(database, user);
	const today = await todayOf(database, user.id);
	const health = await peopleHealth(database, scope, today);
	const { findings } = await outcomeFindings(database, scope, today);
	// The organization's maturity for HR and admins; a supervisor's summary covers their teams.
	const maturity = await loadMaturity(database, scope, today, Date.now());
	return {
		today,
		targets: await outcomeTargetsOf(database, user.organizationId),
		maturity: maturity.organization ? [maturity.organization] : maturity.teams,
		period: await periodComparison(database, scope, today),
		turnover: { current: health.current, reference: health.reference, early: health.early },
		findings: findings.filter((f) => f.quartiles || f.fixedEffects)
	};
};
