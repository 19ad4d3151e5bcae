// The team-week outcome table as CSV (same scope as the page), cells neutralised against formulas.
import type { RequestHandler } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { teamOutcomes } from '$lib/server/outcomes';
import { todayOf } from '$lib/server/time-off';
import { csvLine } from '$lib/server/http/csv';
import { outcomeMeasures } from '$lib/domain/outcomes/measures';

export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'supervisor', 'hr', 'admin');
	const database = event.locals.database;
	const today = await todayOf(database, user.id);
	const { table } = await teamOutcomes(database, await dataScope(database, user), today, 26);
	const lines = [csvLine(['team', 'week', ...outcomeMeasures])];
	for (const t of table) for (const w of t.weeks) lines.push(csvLine([t.name, w.week, ...outcomeMeasures.map((k) => (w[k] === null ? '' : Math.round(w[k]! * 10000) / 10000))]));
	return new Response(lines.join(''), { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="outcomes-by-team-week.csv"' } });
};
