// The KPI table as CSV (same subject, period and scope as the page), cells neutralised against formulas.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { dataScope, requireUser } from '$lib/server/auth/guard';
import { kpiReport, kpiSubjects } from '$lib/server/kpis';
import { requesterOf, todayOf } from '$lib/server/time-off';
import { csvLine } from '$lib/server/http/csv';
import { outcomeMeasures } from '$lib/domain/outcomes/measures';

export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const database = event.locals.database;
	const requester = await requesterOf(database, user.id);
	const scope = await dataScope(database, user);
	const subjects = await kpiSubjects(database, scope, { id: user.id, teamId: requester.teamId });
	const report = await kpiReport(database, scope, subjects, event.url.searchParams.get('of') ?? '', event.url.searchParams.get('by') === 'week' ? 'week' : 'day', await todayOf(database, user.id));
	if (!report) error(404, 'Not found');
	const round = (v: number | null) => (v === null ? '' : Math.round(v * 10000) / 10000);
	const lines = [csvLine(['period', 'agent_days', ...outcomeMeasures])];
	lines.push(csvLine(['target', '', ...outcomeMeasures.map((m) => round(report.targets[m] ?? null))]));
	for (const p of report.periods) lines.push(csvLine([p.period, p.values.agentDays, ...outcomeMeasures.map((m) => round(p.values[m]))]));
	const name = `kpis-${report.subject.level}${report.subject.id === null ? '' : '-' + report.subject.id}-by-${report.granularity}.csv`;
	return new Response(lines.join(''), { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"` } });
};
