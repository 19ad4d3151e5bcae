import type { PageServerLoad } from './$types';
import { dataScope, requireUser } from '$lib/server/auth/guard';
import { agentOutcomes, leverFindings, teamLevers, teamOutcomes } from '$lib/server/outcomes';
import { programmeEffects } from '$lib/server/programme-effects';
import { requesterOf } from '$lib/server/time-off';
import { dayInZone } from '$lib/domain/time/calendar';
import { isoWeekStart } from '$lib/domain/autonomy/autonomy-index';
import { addDays } from '$lib/domain/people/turnover';
import { isOutcomeMeasure, type OutcomeMeasure } from '$lib/domain/outcomes/measures';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const database = event.locals.database;
	const requester = await requesterOf(database, user.id);
	const today = dayInZone(Date.now(), requester.timeZone);
	const measure = isOutcomeMeasure(event.url.searchParams.get('measure')) ? (event.url.searchParams.get('measure') as OutcomeMeasure) : 'csat';
	if (user.role === 'agent') return { role: user.role, measure, mine: await agentOutcomes(database, user.id, requester.teamId, today, 4), table: [], weeks: [], findings: [], programmes: [] };
	const scope = await dataScope(database, user);
	// Levers need many team-weeks (26); the table shows the last 8 of the same read.
	const long = await teamOutcomes(database, scope, today, 26);
	const levers = await teamLevers(database, user.organizationId, long.table.map((t) => t.teamId), isoWeekStart(addDays(today, -7 * 26)), today);
	const from = isoWeekStart(addDays(today, -7 * 8));
	const weeks = long.weeks.filter((w) => w >= from);
	const table = long.table.map((t) => ({ ...t, weeks: t.weeks.filter((w) => w.week >= from) }));
	return { role: user.role, measure, mine: null, table, weeks, findings: leverFindings(long.cells, levers), programmes: await programmeEffects(database, scope, today) };
};
