import type { PageServerLoad } from './$types';
import { dataScope, requireRole, scopeTeams } from '$lib/server/auth/guard';
import { autonomyIndexRows, caseOutcomes, listDecisions } from '$lib/server/decisions';
import { todayOf } from '$lib/server/time-off';
import { addDays } from '$lib/domain/people/turnover';
import { summarizeUsage } from '$lib/domain/autonomy/usage';
import { outcomesByPath } from '$lib/domain/autonomy/case-outcomes';
import { isoWeekStart } from '$lib/domain/autonomy/autonomy-index';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'supervisor', 'hr', 'admin');
	const database = event.locals.database;
	const scope = await dataScope(database, user);
	const today = await todayOf(database, user.id);
	const daysText = event.url.searchParams.get('days') ?? '30';
	const days = /^\d+$/.test(daysText) ? Math.min(365, Math.max(7, Number(daysText))) : 30;
	const from = addDays(today, -(days - 1));
	const teamList = await scopeTeams(database, scope);
	const rows = await listDecisions(database, scope, { from, to: today }, 1_000_000);
	const usage = summarizeUsage(rows.map((r) => ({ ...r.decision, review: r.review ? { verdict: r.review.verdict, createdAt: r.review.createdAt } : null })));
	const cases = await caseOutcomes(database, scope, from, today);
	return {
		days,
		teams: teamList.map((t) => ({ id: t.id, name: t.name })),
		usage,
		paths: outcomesByPath(cases.map((c) => ({ decisionId: c.decisionId, outcome: c.outcome, verdict: c.verdict, escalated: c.escalated, csat: c.csat, fcr: c.fcr }))),
		index: await autonomyIndexRows(database, teamList.map((t) => t.id), isoWeekStart(addDays(today, -7 * 11)))
	};
};
