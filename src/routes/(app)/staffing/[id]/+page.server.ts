import { error, fail, redirect } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { queues } from '$lib/server/db/schema';
import { loadHistory } from '$lib/server/history';
import {
	aggregateHistory,
	failStaleForecasts,
	forecastIntervalChoices,
	listForecasts,
	loadForecastIntervals,
	localMidnight,
	maxForecastWeeks,
	runForecast,
	saveForecast,
	staffingConfig,
	startForecast
} from '$lib/server/forecasting';
import { addSpecialDay, deleteSpecialDay, getQueueTargets, listSpecialDays, saveQueueTargets } from '$lib/server/staffing-settings';
import { validateQueueTargets, validateSpecialDay } from '$lib/domain/staffing/settings-input';
import { formText, parseId } from '$lib/server/http/form';
import { addDays } from '$lib/domain/people/turnover';
import { dayInZone, isCalendarDay } from '$lib/domain/time/calendar';

async function queueOr404(event: Pick<RequestEvent, 'locals' | 'params'>, organizationId: number) {
	const id = parseId(event.params.id);
	const queue = id === null ? undefined : (await event.locals.database.db.select().from(queues).where(and(eq(queues.id, id), eq(queues.organizationId, organizationId))).limit(1))[0];
	if (!queue) error(404, 'not_found');
	return queue;
}

// Days of actual history shown before the forecast starts.
const historyDays = 14;

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'supervisor', 'admin');
	const database = event.locals.database;
	const queue = await queueOr404(event, user.organizationId);
	const now = Date.now();
	await failStaleForecasts(database, now);
	const runs = await listForecasts(database, queue.id);
	const wanted = parseId(event.url.searchParams.get('forecast'));
	const selected = (wanted !== null ? runs.find((f) => f.id === wanted) : undefined) ?? runs.find((f) => f.saved) ?? runs.find((f) => f.status === 'done') ?? runs[0] ?? null;
	const intervals = selected?.status === 'done' ? await loadForecastIntervals(database, selected.id) : [];
	let history: { start: number; volume: number }[] = [];
	if (selected?.status === 'done') {
		const from = localMidnight(addDays(selected.firstDay, -historyDays), queue.timeZone);
		const to = localMidnight(addDays(selected.lastDay, 1), queue.timeZone);
		const rows = await loadHistory(database.db, queue.id, from, to);
		history = aggregateHistory(rows, Math.max(selected.intervalMinutes, ...rows.map((r) => r.minutes))).volume.map((p) => ({ start: p.start, volume: p.value }));
	}
	const config = await staffingConfig(database, queue);
	return {
		queue,
		config,
		targets: await getQueueTargets(database, queue.id),
		specialDays: await listSpecialDays(database, user.organizationId, queue.id),
		runs,
		selected,
		intervals: intervals.map((i) => ({ start: i.intervalStart, volume: i.volume, lower: i.lower, upper: i.upper, ahtSeconds: i.ahtSeconds, required: i.requiredAgents, scheduled: i.scheduledAgents })),
		history,
		tomorrow: addDays(dayInZone(now, queue.timeZone), 1),
		intervalChoices: forecastIntervalChoices,
		maxWeeks: maxForecastWeeks
	};
};

export const actions: Actions = {
	run: async (event) => {
		const user = requireRole(event, 'supervisor', 'admin');
		const database = event.locals.database;
		const queue = await queueOr404(event, user.organizationId);
		const form = await event.request.formData();
		const intervalMinutes = Number(formText(form, 'interval_minutes'));
		const weeks = Number(formText(form, 'weeks'));
		const firstDay = formText(form, 'first_day').trim();
		const errors: Record<string, string> = {};
		if (!(forecastIntervalChoices as readonly number[]).includes(intervalMinutes)) errors.interval_minutes = 'choice';
		if (!Number.isInteger(weeks) || weeks < 1 || weeks > maxForecastWeeks) errors.weeks = 'range';
		if (!isCalendarDay(firstDay)) errors.first_day = 'date';
		if (Object.keys(errors).length) return fail(400, { runErrors: errors });
		const id = await startForecast(database, { queueId: queue.id, intervalMinutes, weeks, firstDay }, user.id, Date.now());
		// Not awaited: the page shows the run's progress and reloads when it is done.
		void runForecast(database, id);
		redirect(303, `/staffing/${queue.id}?forecast=${id}`);
	},
	save: async (event) => {
		const user = requireRole(event, 'supervisor', 'admin');
		const queue = await queueOr404(event, user.organizationId);
		const id = parseId(formText(await event.request.formData(), 'forecast'));
		const runs = await listForecasts(event.locals.database, queue.id, 1000);
		const run = runs.find((f) => f.id === id);
		if (!run) error(404, 'not_found');
		if (run.status !== 'done') return fail(400, { saveError: 'not_done' as const });
		await saveForecast(event.locals.database, run.id, queue.id, user.id, Date.now());
		return { savedForecast: run.id };
	},
	targets: async (event) => {
		const user = requireRole(event, 'supervisor', 'admin');
		const queue = await queueOr404(event, user.organizationId);
		const form = await event.request.formData();
		const raw = { asa_seconds: formText(form, 'asa_seconds'), max_occupancy: formText(form, 'max_occupancy'), patience_seconds: formText(form, 'patience_seconds') };
		const result = validateQueueTargets(raw);
		if (!result.ok) return fail(400, { targetValues: raw, targetErrors: result.errors });
		await saveQueueTargets(event.locals.database, queue.id, result.value, user.id, Date.now());
		return { targetsSaved: true };
	},
	addSpecialDay: async (event) => {
		const user = requireRole(event, 'supervisor', 'admin');
		const queue = await queueOr404(event, user.organizationId);
		const form = await event.request.formData();
		const raw = { day: formText(form, 'day'), kind: formText(form, 'kind'), note: formText(form, 'note'), multiplier: formText(form, 'multiplier') };
		const result = validateSpecialDay(raw);
		if (!result.ok) return fail(400, { dayValues: raw, dayErrors: result.errors });
		const scope = formText(form, 'scope') === 'all' ? null : queue.id;
		await addSpecialDay(event.locals.database, user.organizationId, { ...result.value, queueId: scope }, user.id, Date.now());
		return { daySaved: true };
	},
	deleteSpecialDay: async (event) => {
		const user = requireRole(event, 'supervisor', 'admin');
		await queueOr404(event, user.organizationId);
		const id = parseId(formText(await event.request.formData(), 'id'));
		if (id !== null) await deleteSpecialDay(event.locals.database, user.organizationId, id, user.id, Date.now());
		return { daySaved: true };
	}
};
