import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { dataScope, requireRole, requireUser } from '$lib/server/auth/guard';
import { kpiReport, kpiSubjects, subjectKey, type Granularity } from '$lib/server/kpis';
import { recordMetricReview, saveOutcomeTargets } from '$lib/server/outcome-targets';
import { requesterOf, todayOf } from '$lib/server/time-off';
import { isOutcomeMeasure, outcomeMeasures, type OutcomeMeasure } from '$lib/domain/outcomes/measures';
import { parseTargets, targetForEntry } from '$lib/domain/outcomes/target-input';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const database = event.locals.database;
	const requester = await requesterOf(database, user.id);
	const today = await todayOf(database, user.id);
	const scope = await dataScope(database, user);
	const viewer = { id: user.id, teamId: requester.teamId };
	const subjects = await kpiSubjects(database, scope, viewer);
	const key = event.url.searchParams.get('of') ?? (subjects[0] ? subjectKey(subjects[0]) : '');
	const granularity: Granularity = event.url.searchParams.get('by') === 'week' ? 'week' : 'day';
	const measureParam = event.url.searchParams.get('measure');
	const measure: OutcomeMeasure = isOutcomeMeasure(measureParam) ? measureParam : 'csat';
	const report = await kpiReport(database, scope, subjects, key, granularity, today);
	if (!report) error(404, 'Not found');
	if (user.role !== 'agent') await recordMetricReview(database, user.id, today);
	return {
		subjects: subjects.map((s) => ({ ...s, key: subjectKey(s) })),
		key,
		granularity,
		measure,
		report,
		canSetTargets: user.role === 'hr' || user.role === 'admin',
		targetEntries: Object.fromEntries(outcomeMeasures.map((m) => [m, targetForEntry(m, report.targets[m])]))
	};
};

export const actions: Actions = {
	targets: async (event) => {
		const user = requireRole(event, 'hr', 'admin');
		const form = await event.request.formData();
		const raw = Object.fromEntries(outcomeMeasures.map((m) => [m, form.get(m)?.toString() ?? '']));
		const parsed = parseTargets(raw);
		if (!parsed.ok) return fail(400, { values: raw, errors: parsed.errors });
		await saveOutcomeTargets(event.locals.database, user.organizationId, parsed.value, user.id, Date.now());
		redirect(303, `/outcomes/kpis${event.url.search}`);
	}
};
