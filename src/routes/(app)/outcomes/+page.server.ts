import type { PageServerLoad } from './$types';
import { dataScope, requireUser } from '$lib/server/auth/guard';
import { agentOutcomes, outcomeFindings, teamOutcomes } from '$lib/server/outcomes';
import { requesterOf } from '$lib/server/time-off';
import { dayInZone } from '$lib/domain/time/calendar';
import { isOutcomeMeasure, type OutcomeMeasure } from '$lib/domain/outcomes/measures';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const database = event.locals.database;
	const requester = await requesterOf(database, user.id);
	const today = dayInZone(Date.now(), requester.timeZone);
	const measureParam = event.url.searchParams.get('measure');
	const measure: OutcomeMeasure = isOutcomeMeasure(measureParam) ? measureParam : 'csat';
	if (user.role === 'agent') return { role: user.role, measure, mine: await agentOutcomes(database, user.id, requester.teamId, today, 4), table: [], weeks: [], findings: [], programmes: [] };
	const scope = await dataScope(database, user);
	const { weeks, table } = await teamOutcomes(database, scope, today, 8);
	const { findings, programmes } = await outcomeFindings(database, scope, today);
	return { role: user.role, measure, mine: null, table, weeks, findings, programmes };
};
