import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { dataScope, requireRole, scopeTeams } from '$lib/server/auth/guard';
import { editShift, defaultTimeLimitSeconds, failStaleSchedules, listSchedules, maxScheduleWeeks, publishSchedule, runSchedule, scheduleShifts, queueNames, startJointRun, sumQueues, teamQueueRequirements } from '$lib/server/scheduling';
import { formText, parseId } from '$lib/server/http/form';
import { parseClock } from '$lib/domain/schedule/availability-input';
import { closeOffer, createOffer, listPostedOffers } from '$lib/server/offers';
import { suggestedWindow } from '$lib/domain/schedule/offers';
import { coverageByInterval, coverageByQueue, isoWeekday, localTimeMs } from '$lib/domain/schedule/center-model';
import { addDays } from '$lib/domain/people/turnover';
import { dayInZone, isCalendarDay } from '$lib/domain/time/calendar';
import type { RequestEvent } from './$types';

/** The teams this planner may schedule: a supervisor's own, or every team for an admin. */
async function plannableTeams(event: Pick<RequestEvent, 'locals' | 'url' | 'request'>) {
	const user = requireRole(event, 'supervisor', 'admin');
	const database = event.locals.database;
	return { user, database, teams: await scopeTeams(database, await dataScope(database, user)) };
}

export const load: PageServerLoad = async (event) => {
	const { database, teams: mine } = await plannableTeams(event);
	const now = Date.now();
	await failStaleSchedules(database, now);
	const runs = await listSchedules(database, mine.map((t) => t.id));
	const wanted = parseId(event.url.searchParams.get('schedule'));
	const selected = (wanted !== null ? runs.find((s) => s.id === wanted) : runs[0]) ?? null;
	if (wanted !== null && !selected) error(404, 'not_found');
	const team = mine.find((t) => t.id === selected?.teamId) ?? mine[0] ?? null;
	let roster: Awaited<ReturnType<typeof scheduleShifts>> = [];
	// Per interval: the team's requirement and agents on contacts, and per queue its requirement and
	// what the agents on contacts can cover within their skills.
	let coverage: { start: number; required: number; scheduled: number; queues: Record<number, { required: number; covered: number }> }[] = [];
	let coverageQueues: { id: number; name: string }[] = [];
	let day = '';
	if (selected?.runStatus === 'done' && team) {
		roster = await scheduleShifts(database, selected.id);
		const dayParam = event.url.searchParams.get('day') ?? '';
		day = isCalendarDay(dayParam) && dayParam >= selected.firstDay && dayParam <= selected.lastDay ? dayParam : selected.firstDay;
		const from = localTimeMs(day, 0, team.timeZone);
		const to = localTimeMs(addDays(day, 1), 0, team.timeZone);
		const organizationId = event.locals.user!.organizationId;
		const perQueue = await teamQueueRequirements(database, organizationId, [team.id], from, to);
		const requirement = sumQueues(perQueue);
		const cov = coverageByInterval(roster, from, to, 15);
		const byQueue = coverageByQueue(roster, from, to, 15, perQueue, true);
		const round = (v: number) => Math.round(v * 10) / 10;
		coverage = [...cov.entries()].map(([start, scheduled]) => ({
			start,
			scheduled,
			required: round(requirement.get(start) ?? 0),
			queues: Object.fromEntries(perQueue.map((q) => [q.queueId, { required: round(q.requirement.get(start) ?? 0), covered: round(byQueue.get(start)?.get(q.queueId) ?? 0) }]))
		}));
		coverageQueues = await queueNames(database, organizationId, perQueue.map((q) => q.queueId));
	}
	// Next Monday in the first team's zone: schedules are planned in whole weeks.
	const today = dayInZone(now, mine[0]?.timeZone ?? 'UTC');
	const nextMonday = addDays(today, 7 - isoWeekday(today));
	// Suggested windows for offers on the chosen day: where the plan is most over (VTO, up to 4 h)
	// and most under (extra hours, up to 2 h) the requirement by whole agents.
	const suggestions = {
		vto: suggestedWindow(coverage, 15 * 60_000, (required, scheduled) => scheduled - required, 4 * 3_600_000),
		extra: suggestedWindow(coverage, 15 * 60_000, (required, scheduled) => required - scheduled, 2 * 3_600_000)
	};
	// What became of the offers posted on a published schedule's days, so the planner sees who took them.
	const postedOffers = selected?.status === 'published' && team ? await listPostedOffers(database, team.id, selected.firstDay, selected.lastDay) : [];
	// Sites with more than one of the planner's teams can be scheduled as one problem.
	const siteList = [...new Map(mine.map((t) => [t.siteId, { id: t.siteId, name: t.siteName, teams: mine.filter((x) => x.siteId === t.siteId).length }])).values()].filter((x) => x.teams > 1);
	return { teams: mine, sites: siteList, runs, selected, team, roster, coverage, coverageQueues, day, suggestions, postedOffers, nextMonday, maxWeeks: maxScheduleWeeks, defaultTimeLimit: defaultTimeLimitSeconds };
};

export const actions: Actions = {
	generate: async (event) => {
		const { user, database, teams: mine } = await plannableTeams(event);
		const form = await event.request.formData();
		// A team id, or 'site:<id>' for every one of the planner's teams at that site, solved together.
		const target = formText(form, 'team');
		const siteId = target.startsWith('site:') ? parseId(target.slice(5)) : null;
		const teamIds = siteId !== null ? mine.filter((t) => t.siteId === siteId).map((t) => t.id) : [parseId(target)].filter((id): id is number => id !== null && mine.some((t) => t.id === id));
		const firstDay = formText(form, 'first_day').trim();
		const weeks = Number(formText(form, 'weeks'));
		const limit = Number(formText(form, 'time_limit'));
		const errors: Record<string, string> = {};
		if (!teamIds.length) errors.team = 'team';
		if (!isCalendarDay(firstDay)) errors.first_day = 'date';
		else if (isoWeekday(firstDay) !== 0) errors.first_day = 'monday';
		if (!Number.isInteger(weeks) || weeks < 1 || weeks > maxScheduleWeeks) errors.weeks = 'range';
		if (!Number.isInteger(limit) || limit < 5 || limit > 300) errors.time_limit = 'range';
		if (Object.keys(errors).length) return fail(400, { generateErrors: errors });
		const ids = await startJointRun(database, teamIds, firstDay, weeks, limit, user.id, Date.now());
		void runSchedule(database, ids[0]!, user.organizationId, ids[0]!);
		redirect(303, `/schedules?schedule=${ids[0]}`);
	},
	edit: async (event) => {
		const { user, database, teams: mine } = await plannableTeams(event);
		const form = await event.request.formData();
		const id = parseId(formText(form, 'schedule'));
		const schedule = (await listSchedules(database, mine.map((t) => t.id), 1000)).find((s) => s.id === id);
		if (!schedule) error(404, 'not_found');
		const personId = parseId(formText(form, 'person'));
		const day = formText(form, 'day');
		const remove = form.get('remove') === 'on';
		const startMinute = parseClock(formText(form, 'start'));
		const endMinute = parseClock(formText(form, 'end'));
		if (personId === null || !isCalendarDay(day)) return fail(400, { editError: 'invalid' as const });
		// An end before the start is a night shift that ends the next morning; equal times are a mistake.
		if (!remove && (startMinute === null || endMinute === null || endMinute === startMinute)) return fail(400, { editError: 'times' as const });
		const outcome = await editShift(database, schedule, remove ? { personId, day, remove: true } : { personId, day, startMinute: startMinute!, endMinute: endMinute! }, user.id, Date.now());
		if (!outcome.ok) return fail(400, { editError: outcome.problem });
		return { edited: true, warnings: outcome.warnings.length };
	},
	offer: async (event) => {
		const { user, database, teams: mine } = await plannableTeams(event);
		const form = await event.request.formData();
		const id = parseId(formText(form, 'schedule'));
		const schedule = (await listSchedules(database, mine.map((t) => t.id), 1000)).find((s) => s.id === id);
		if (!schedule) error(404, 'not_found');
		const team = mine.find((t) => t.id === schedule.teamId)!;
		const kind = formText(form, 'kind');
		const day = formText(form, 'day');
		const startMinute = parseClock(formText(form, 'start'));
		const endMinute = parseClock(formText(form, 'end'));
		const slots = Number(formText(form, 'slots'));
		if ((kind !== 'vto' && kind !== 'extra') || !isCalendarDay(day) || day < schedule.firstDay || day > schedule.lastDay) return fail(400, { offerError: 'invalid' as const });
		if (startMinute === null || endMinute === null || endMinute <= startMinute) return fail(400, { offerError: 'times' as const });
		if (!Number.isInteger(slots) || slots < 1 || slots > 50) return fail(400, { offerError: 'slots' as const });
		await createOffer(database, { teamId: team.id, kind, day, start: localTimeMs(day, startMinute, team.timeZone), end: localTimeMs(day, endMinute, team.timeZone), slots }, user.id, Date.now());
		return { offered: kind };
	},
	closeOffer: async (event) => {
		const { user, database, teams: mine } = await plannableTeams(event);
		const id = parseId(formText(await event.request.formData(), 'offer'));
		if (id === null || !(await closeOffer(database, id, mine.map((t) => t.id), user.id, Date.now()))) error(404, 'not_found');
		return { offerClosed: id };
	},
	publish: async (event) => {
		const { user, database, teams: mine } = await plannableTeams(event);
		const id = parseId(formText(await event.request.formData(), 'schedule'));
		const runs = await listSchedules(database, mine.map((t) => t.id), 1000);
		const schedule = runs.find((s) => s.id === id);
		if (!schedule) error(404, 'not_found');
		const outcome = await publishSchedule(database, schedule, user.id, Date.now());
		if (outcome !== 'published') return fail(400, { publishError: outcome });
		return { published: true };
	}
};
