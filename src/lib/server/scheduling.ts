// Schedule runs for a team: build the scheduling problem from the database (agents, their rules,
// availability, wishes and approved time off; the team's share of the saved requirement), solve
// it in slices so this server keeps answering other requests, and store the shifts as a draft.
// Publishing makes a draft the team's schedule for those days (agents see published ones only).
import { and, asc, desc, eq, gte, inArray, lt, lte, ne } from 'drizzle-orm';
import type { Database } from './db';
import {
	availability,
	availabilityExceptions,
	contractRules,
	desiredHours,
	forecastIntervals,
	forecasts,
	people,
	preferences,
	queues,
	schedules,
	shifts,
	sites,
	teams,
	timeOffRequests,
	type Schedule
} from './db/schema';
import { recordAudit } from './audit';
import { refreshFlexibilityIndex } from './fairness';
import { agentsWithoutQueue, defaultRules, localTimeMs, type AgentInput, type ScheduleProblem } from '$lib/domain/schedule/center-model';
import { breakRules, createScheduleSolver } from '$lib/domain/schedule/center-solver';
import type { RulesValue } from '$lib/domain/schedule/rules-input';
import { alias } from 'drizzle-orm/sqlite-core';
import { teamShares } from '$lib/domain/staffing/adequacy';
import { diagnoseProblem } from '$lib/domain/schedule/clash-diagnosis';
import { checkPlan, newViolations } from '$lib/domain/schedule/rules-check';
import { mulberry32 } from '$lib/domain/random';
import { addDays } from '$lib/domain/people/turnover';

export const maxScheduleWeeks = 6;
export const defaultTimeLimitSeconds = 20;
const staleAfterMs = 15 * 60 * 1000;

/** Whole weeks a schedule spans (schedules run Monday to Sunday). */
export function scheduleWeeks(schedule: Pick<Schedule, 'firstDay' | 'lastDay'>): number {
	return Math.round((Date.parse(schedule.lastDay) - Date.parse(schedule.firstDay)) / 86_400_000 + 1) / 7;
}

export function horizonDays(firstDay: string, weeks: number): string[] {
	return Array.from({ length: weeks * 7 }, (_, i) => addDays(firstDay, i));
}

/**
 * The requirement of one or more teams (a site's, scheduled together) per queue and 15-minute
 * interval: for each queue with a saved forecast, the scheduled (gross) agents times the teams'
 * share of the agents skilled for that queue. Gross agents include shrinkage, which also covers
 * absences the schedule cannot see.
 */
export async function teamQueueRequirements(database: Database, organizationId: number, teamIds: readonly number[], fromMs: number, toMs: number): Promise<{ queueId: number; requirement: Map<number, number> }[]> {
	const agents = await database.db
		.select({ id: people.id, teamId: people.teamId, skills: people.skills })
		.from(people)
		.where(and(eq(people.organizationId, organizationId), eq(people.role, 'agent'), eq(people.employmentStatus, 'active')));
	// This organization's saved forecasts only: skills are plain ids, so a stale one must not pull in another organization's queue.
	const saved = (await database.db.select({ forecast: forecasts }).from(forecasts).innerJoin(queues, eq(queues.id, forecasts.queueId)).where(and(eq(forecasts.saved, true), eq(queues.organizationId, organizationId)))).map((r) => r.forecast);
	const out: { queueId: number; requirement: Map<number, number> }[] = [];
	const step = 15 * 60_000;
	for (const f of saved) {
		const shares = teamShares(agents, f.queueId);
		const share = teamIds.reduce((sum, id) => sum + (shares.get(id) ?? 0), 0);
		if (share === 0) continue;
		const rows = await database.db
			.select({ start: forecastIntervals.intervalStart, scheduled: forecastIntervals.scheduledAgents })
			.from(forecastIntervals)
			.where(and(eq(forecastIntervals.forecastId, f.id), gte(forecastIntervals.intervalStart, fromMs), lte(forecastIntervals.intervalStart, toMs)));
		let entry = out.find((q) => q.queueId === f.queueId);
		if (!entry) out.push((entry = { queueId: f.queueId, requirement: new Map() }));
		const per = (f.intervalMinutes * 60_000) / step;
		for (const r of rows) for (let i = 0; i < per; i++) {
			const t = r.start + i * step;
			if (t < toMs) entry.requirement.set(t, (entry.requirement.get(t) ?? 0) + r.scheduled * share);
		}
	}
	return out;
}

/** Names of the organization's queues among `ids`, in name order. */
export async function queueNames(database: Database, organizationId: number, ids: readonly number[]): Promise<{ id: number; name: string }[]> {
	if (!ids.length) return [];
	return database.db.select({ id: queues.id, name: queues.name }).from(queues).where(and(eq(queues.organizationId, organizationId), inArray(queues.id, [...ids]))).orderBy(asc(queues.name));
}

/** A requirement over all its queues, per 15-minute interval. */
export function sumQueues(perQueue: readonly { requirement: ReadonlyMap<number, number> }[]): Map<number, number> {
	const out = new Map<number, number>();
	for (const q of perQueue) for (const [t, v] of q.requirement) out.set(t, (out.get(t) ?? 0) + v);
	return out;
}

/** Every active agent of the team as the solver sees them. */
const ownSite = alias(sites, 'own_site');

export async function agentInputs(database: Database, teamId: number, days: readonly string[]): Promise<AgentInput[]> {
	const rows = await database.db
		.select({ person: people, teamZone: sites.timeZone, ownZone: ownSite.timeZone })
		.from(people)
		.innerJoin(teams, eq(teams.id, people.teamId))
		.innerJoin(sites, eq(sites.id, teams.siteId))
		.leftJoin(ownSite, eq(ownSite.id, people.siteId))
		.where(and(eq(people.teamId, teamId), eq(people.role, 'agent'), eq(people.employmentStatus, 'active')))
		.orderBy(asc(people.name));
	const ids = rows.map((r) => r.person.id);
	if (!ids.length) return [];
	const [rules, weekly, exceptions, wishes, desired, timeOff] = await Promise.all([
		database.db.select().from(contractRules).where(inArray(contractRules.personId, ids)),
		database.db.select().from(availability).where(inArray(availability.personId, ids)),
		database.db.select().from(availabilityExceptions).where(and(inArray(availabilityExceptions.personId, ids), gte(availabilityExceptions.day, days[0]!), lte(availabilityExceptions.day, days[days.length - 1]!))),
		database.db.select().from(preferences).where(inArray(preferences.personId, ids)),
		database.db.select().from(desiredHours).where(inArray(desiredHours.personId, ids)),
		database.db.select().from(timeOffRequests).where(and(inArray(timeOffRequests.personId, ids), eq(timeOffRequests.status, 'approved'), lte(timeOffRequests.firstDay, days[days.length - 1]!), gte(timeOffRequests.lastDay, days[0]!)))
	]);
	// Each agent works in their own site's zone (availability, days and weeks are theirs), the
	// team's where they have no site: a team may span sites and zones.
	return rows.map(({ person, teamZone, ownZone }) => {
		const timeZone = ownZone ?? teamZone;
		const r = rules.find((x) => x.personId === person.id);
		const mine = weekly.filter((w) => w.personId === person.id);
		// No availability entered yet: available during the center's opening hours every day.
		const byDay = Array.from({ length: 7 }, (_, d) => (mine.length ? mine.filter((w) => w.weekday === d).map((w) => ({ startMinute: w.startMinute, endMinute: w.endMinute })) : [{ startMinute: 6 * 60, endMinute: 22 * 60 }]));
		const off = new Set<string>();
		for (const t of timeOff.filter((x) => x.personId === person.id)) for (let d = t.firstDay; d <= t.lastDay; d = addDays(d, 1)) off.add(d);
		const wish = desired.find((x) => x.personId === person.id);
		return {
			id: person.id,
			name: person.name,
			timeZone,
			rules: {
				minWeeklyMinutes: person.contractHoursMin * 60,
				maxWeeklyMinutes: person.contractHoursMax * 60,
				maxConsecutiveDays: r?.maxConsecutiveDays ?? defaultRules.maxConsecutiveDays,
				minRestMinutes: (r?.minRestHours ?? defaultRules.minRestMinutes / 60) * 60,
				maxWeekendsPer4Weeks: r?.maxWeekendsPer4Weeks ?? defaultRules.maxWeekendsPer4Weeks,
				allowedStarts: r?.allowedStarts ?? defaultRules.allowedStarts,
				shiftLengths: r?.shiftLengths ?? defaultRules.shiftLengths,
				...breakRules(r ?? undefined)
			},
			weekly: byDay,
			exceptions: new Map(exceptions.filter((e) => e.personId === person.id).map((e) => [e.day, e.startMinute === null || e.endMinute === null ? null : { startMinute: e.startMinute, endMinute: e.endMinute }])),
			timeOff: off,
			preferences: wishes.filter((p) => p.personId === person.id),
			desiredWeeklyMinutes: wish ? wish.weeklyHours * 60 : null,
			skills: person.skills
		};
	});
}

export async function buildProblem(database: Database, organizationId: number, teamId: number, firstDay: string, weeks: number): Promise<ScheduleProblem> {
	return (await buildJointProblem(database, organizationId, [teamId], firstDay, weeks)).problem;
}

/**
 * Several teams (a site's) as one problem: all their agents against the sum of their shares of
 * each queue, so an agent may cover a queue's requirement wherever in the site it falls short.
 * `teamOf` gives each agent's team, for splitting the solution into the teams' drafts.
 */
export async function buildJointProblem(database: Database, organizationId: number, teamIds: readonly number[], firstDay: string, weeks: number): Promise<{ problem: ScheduleProblem; teamOf: Map<number, number> }> {
	const days = horizonDays(firstDay, weeks);
	const perTeam = await Promise.all(teamIds.map((id) => agentInputs(database, id, days)));
	const agents = perTeam.flat();
	const teamOf = new Map(perTeam.flatMap((list, i) => list.map((a) => [a.id, teamIds[i]!] as const)));
	// The requirement over every agent's local horizon, when agents sit in different zones.
	const zones = agents.length ? [...new Set(agents.map((a) => a.timeZone))] : [await teamTimeZone(database, teamIds[0]!)];
	const fromMs = Math.min(...zones.map((z) => localTimeMs(days[0]!, 0, z)));
	const toMs = Math.max(...zones.map((z) => localTimeMs(addDays(days[days.length - 1]!, 1), 0, z)));
	const queueRequirements = await teamQueueRequirements(database, organizationId, teamIds, fromMs, toMs);
	return { problem: { days, intervalMinutes: 15, requirement: sumQueues(queueRequirements), queueRequirements, agents }, teamOf };
}

async function teamTimeZone(database: Database, teamId: number): Promise<string> {
	const row = (await database.db.select({ timeZone: sites.timeZone }).from(teams).innerJoin(sites, eq(sites.id, teams.siteId)).where(eq(teams.id, teamId)).limit(1))[0];
	return row?.timeZone ?? 'UTC';
}

export async function startScheduleRun(database: Database, teamId: number, firstDay: string, weeks: number, timeLimitSeconds: number, actorId: number, now: number): Promise<number> {
	return (await startJointRun(database, [teamId], firstDay, weeks, timeLimitSeconds, actorId, now))[0]!;
}

/**
 * One draft per team, solved together as one problem (a site's teams): each draft lists the
 * others in `summary.jointIds`, so the run can be resumed from any of them.
 */
export async function startJointRun(database: Database, teamIds: readonly number[], firstDay: string, weeks: number, timeLimitSeconds: number, actorId: number, now: number): Promise<number[]> {
	return database.write(async (tx) => {
		const ids: number[] = [];
		for (const teamId of teamIds) {
			const [row] = await tx
				.insert(schedules)
				.values({ teamId, firstDay, lastDay: addDays(firstDay, weeks * 7 - 1), status: 'draft', runStatus: 'running', progress: 0, createdBy: actorId, createdAt: now, summary: { timeLimitSeconds } })
				.returning({ id: schedules.id });
			ids.push(row!.id);
			await recordAudit(tx, { actorId, action: 'schedule.generate', entity: 'schedule', entityId: row!.id, detail: { teamId, firstDay, weeks, timeLimitSeconds, ...(teamIds.length > 1 ? { teams: teamIds } : {}) } }, now);
		}
		if (ids.length > 1) await tx.update(schedules).set({ summary: { timeLimitSeconds, jointIds: ids } }).where(inArray(schedules.id, ids));
		return ids;
	});
}

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Solves a started run in 50 ms slices, recording progress about once a second; failures are
 * stored, never thrown. A joint run (a site's teams) is solved once for all its drafts, and each
 * draft gets its own team's shifts, rule findings and the joint figures. `clock` defaults to real
 * time; the demo seed passes a clock that counts moves instead, so its schedules are the same on
 * every machine.
 */
export async function runSchedule(database: Database, scheduleId: number, organizationId: number, seed: number, clock: () => number = () => performance.now()): Promise<void> {
	let ids = [scheduleId];
	try {
		const run = (await database.db.select().from(schedules).where(eq(schedules.id, scheduleId)).limit(1))[0]!;
		const summaryIn = (run.summary ?? {}) as { timeLimitSeconds?: number; jointIds?: number[] };
		ids = summaryIn.jointIds ?? [scheduleId];
		const runs = await database.db.select({ id: schedules.id, teamId: schedules.teamId }).from(schedules).where(inArray(schedules.id, ids));
		const weeks = scheduleWeeks(run);
		const { problem, teamOf } = await buildJointProblem(database, organizationId, runs.map((r) => r.teamId), run.firstDay, weeks);
		if (!problem.agents.length) throw new Error('the team has no active agents');
		const clashes = diagnoseProblem(problem);
		const unskilled = agentsWithoutQueue(problem);
		const random = mulberry32(seed || 1);
		const limitSeconds = Number(summaryIn.timeLimitSeconds ?? defaultTimeLimitSeconds);
		const solver = createScheduleSolver(problem, { timeLimitMs: limitSeconds * 1000, clock, random });
		let lastWrite = clock();
		while (solver.step(50)) {
			await yieldToOthers();
			if (clock() - lastWrite > 1000) {
				lastWrite = clock();
				await database.write((tx) => tx.update(schedules).set({ progress: solver.progress() }).where(inArray(schedules.id, ids)));
			}
		}
		const result = solver.result();
		await database.write(async (tx) => {
			for (const r of runs) {
				const mine = <T extends { agentId?: number; id?: number }>(x: T) => teamOf.get(x.agentId ?? x.id ?? -1) === r.teamId;
				const teamShifts = result.shifts.filter(mine);
				await tx.delete(shifts).where(eq(shifts.scheduleId, r.id));
				for (let i = 0; i < teamShifts.length; i += 300) {
					await tx.insert(shifts).values(teamShifts.slice(i, i + 300).map((s) => ({ scheduleId: r.id, personId: s.agentId, start: s.start, end: s.end, breaks: s.breaks })));
				}
				await tx
					.update(schedules)
					.set({
						runStatus: 'done',
						progress: 1,
						objective: result.objective,
						lowerBound: result.lowerBound,
						summary: {
							timeLimitSeconds: limitSeconds,
							...(ids.length > 1 ? { jointIds: ids } : {}),
							terms: result.terms,
							underStaffedIntervals: result.underStaffedIntervals,
							overStaffedIntervals: result.overStaffedIntervals,
							brokenPreferences: result.brokenPreferences,
							iterations: result.iterations,
							clashes: clashes.filter(mine),
							unskilled: unskilled.filter(mine).map((a) => a.name),
							violations: result.violations.filter(mine)
						}
					})
					.where(eq(schedules.id, r.id));
			}
		});
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		await database.write((tx) => tx.update(schedules).set({ runStatus: 'failed', runError: message.slice(0, 500) }).where(inArray(schedules.id, ids)));
	}
}

export async function failStaleSchedules(database: Database, now: number): Promise<void> {
	const stale = await database.db.select({ id: schedules.id, createdAt: schedules.createdAt }).from(schedules).where(eq(schedules.runStatus, 'running'));
	const ids = stale.filter((s) => s.createdAt < now - staleAfterMs).map((s) => s.id);
	if (ids.length) await database.write((tx) => tx.update(schedules).set({ runStatus: 'failed', runError: 'the run was interrupted (server restarted); generate it again' }).where(inArray(schedules.id, ids)));
}

export async function listSchedules(database: Database, teamIds: number[], limit = 20): Promise<Schedule[]> {
	if (!teamIds.length) return [];
	return database.db.select().from(schedules).where(inArray(schedules.teamId, teamIds)).orderBy(desc(schedules.createdAt), desc(schedules.id)).limit(limit);
}

export async function scheduleShifts(database: Database, scheduleId: number) {
	return database.db
		.select({ id: shifts.id, personId: shifts.personId, start: shifts.start, end: shifts.end, breaks: shifts.breaks, name: people.name, skills: people.skills })
		.from(shifts)
		.innerJoin(people, eq(people.id, shifts.personId))
		.where(eq(shifts.scheduleId, scheduleId))
		.orderBy(asc(people.name), asc(shifts.start));
}

/**
 * Publishes a finished draft that breaks no hard rule. Any other published schedule of the team
 * overlapping its days goes back to draft, so agents never see two plans for one day.
 */
export async function publishSchedule(database: Database, schedule: Schedule, actorId: number, now: number): Promise<'published' | 'not_done' | 'violations'> {
	if (schedule.runStatus !== 'done') return 'not_done';
	const violations = (schedule.summary as { violations?: unknown[] } | null)?.violations ?? [];
	if (violations.length) return 'violations';
	await database.write(async (tx) => {
		await tx
			.update(schedules)
			.set({ status: 'draft', publishedAt: null })
			.where(and(eq(schedules.teamId, schedule.teamId), eq(schedules.status, 'published'), ne(schedules.id, schedule.id), lte(schedules.firstDay, schedule.lastDay), gte(schedules.lastDay, schedule.firstDay)));
		await tx.update(schedules).set({ status: 'published', publishedAt: now }).where(eq(schedules.id, schedule.id));
		await recordAudit(tx, { actorId, action: 'schedule.publish', entity: 'schedule', entityId: schedule.id }, now);
	});
	const weeks = scheduleWeeks(schedule);
	await refreshFlexibilityIndex(database, schedule.teamId, schedule.firstDay, weeks, await teamTimeZone(database, schedule.teamId));
	return 'published';
}

/** A person's shifts from published schedules between two instants. */
export async function publishedShiftsFor(database: Database, personId: number, fromMs: number, toMs: number) {
	return database.db
		.select({ id: shifts.id, start: shifts.start, end: shifts.end, breaks: shifts.breaks, scheduleId: shifts.scheduleId })
		.from(shifts)
		.innerJoin(schedules, eq(schedules.id, shifts.scheduleId))
		.where(and(eq(shifts.personId, personId), eq(schedules.status, 'published'), gte(shifts.start, fromMs), lte(shifts.start, toMs)))
		.orderBy(asc(shifts.start));
}

export type ShiftEdit = { personId: number; day: string; startMinute: number; endMinute: number } | { personId: number; day: string; remove: true };

/**
 * A supervisor's hand edit of a draft: put, move or remove one agent's shift on one day. The rules
 * of every agent are checked again over the whole schedule, and what breaks is stored on it, so
 * the page shows the warnings and publishing stays refused until they are gone.
 */
/** Where an edited shift starts and ends: an end at or before the start runs past midnight (a night shift). */
function editedTimes(edit: { day: string; startMinute: number; endMinute: number }, timeZone: string): { start: number; end: number } {
	const endDay = edit.endMinute <= edit.startMinute ? addDays(edit.day, 1) : edit.day;
	return { start: localTimeMs(edit.day, edit.startMinute, timeZone), end: localTimeMs(endDay, edit.endMinute, timeZone) };
}

type EditWarning = { agentId: number; agentName: string; rule: string; when: string; amount: number };

/** The schedule's agents and days, and the edited agent's shifts before and after the edit. */
async function editContext(database: Database, schedule: Schedule, edit: ShiftEdit) {
	if (schedule.status === 'published') return { ok: false as const, problem: 'published' as const };
	if (edit.day < schedule.firstDay || edit.day > schedule.lastDay) return { ok: false as const, problem: 'outside' as const };
	const days = horizonDays(schedule.firstDay, scheduleWeeks(schedule));
	const agents = await agentInputs(database, schedule.teamId, days);
	const agent = agents.find((a) => a.id === edit.personId);
	if (!agent) return { ok: false as const, problem: 'not_in_team' as const };
	const from = localTimeMs(edit.day, 0, agent.timeZone);
	const to = localTimeMs(addDays(edit.day, 1), 0, agent.timeZone);
	const all = await scheduleShifts(database, schedule.id);
	const mine = all.filter((s) => s.personId === edit.personId);
	const replaced = mine.filter((s) => s.start >= from && s.start < to);
	const added = 'remove' in edit ? [] : [editedTimes(edit, agent.timeZone)];
	const after = [...mine.filter((s) => !replaced.includes(s)), ...added];
	return { ok: true as const, days, agents, agent, all, replaced, added, before: mine, after };
}

/** What an edit would break that isn't broken now, without saving it: for warnings while typing. */
export async function previewShiftEdit(database: Database, schedule: Schedule, edit: ShiftEdit): Promise<{ ok: true; warnings: EditWarning[] } | { ok: false; problem: 'published' | 'not_in_team' | 'outside' }> {
	const c = await editContext(database, schedule, edit);
	if (!c.ok) return c;
	const fresh = newViolations(checkPlan(c.agent, c.days, c.before), checkPlan(c.agent, c.days, c.after));
	return { ok: true, warnings: fresh.map((v) => ({ agentId: c.agent.id, agentName: c.agent.name, ...v })) };
}

export async function editShift(database: Database, schedule: Schedule, edit: ShiftEdit, actorId: number, now: number): Promise<{ ok: true; warnings: EditWarning[] } | { ok: false; problem: 'published' | 'not_in_team' | 'outside' }> {
	const c = await editContext(database, schedule, edit);
	if (!c.ok) return c;
	const from = localTimeMs(edit.day, 0, c.agent.timeZone);
	const to = localTimeMs(addDays(edit.day, 1), 0, c.agent.timeZone);
	await database.write(async (tx) => {
		// Read again inside the write: an edit racing this one for the same day must not leave two shifts.
		const sameDay = await tx.select({ id: shifts.id }).from(shifts).where(and(eq(shifts.scheduleId, schedule.id), eq(shifts.personId, edit.personId), gte(shifts.start, from), lt(shifts.start, to)));
		if (sameDay.length) await tx.delete(shifts).where(inArray(shifts.id, sameDay.map((s) => s.id)));
		for (const t of c.added) await tx.insert(shifts).values({ scheduleId: schedule.id, personId: edit.personId, ...t, breaks: [] });
		await recordAudit(tx, { actorId, action: 'shift.edit', entity: 'schedule', entityId: schedule.id, detail: { ...edit } }, now);
	});
	const all = await scheduleShifts(database, schedule.id);
	const warnings = c.agents.flatMap((a) => checkPlan(a, c.days, all.filter((s) => s.personId === a.id)).map((v) => ({ agentId: a.id, agentName: a.name, ...v })));
	const summary = { ...((schedule.summary ?? {}) as Record<string, unknown>), violations: warnings, edited: true };
	await database.write((tx) => tx.update(schedules).set({ summary }).where(eq(schedules.id, schedule.id)));
	return { ok: true, warnings };
}

/** Contract rules of the given agents, center defaults where none are set. */
export async function rulesFor(database: Database, personIds: number[]) {
	const rows = personIds.length ? await database.db.select().from(contractRules).where(inArray(contractRules.personId, personIds)) : [];
	return personIds.map((personId) => {
		const r = rows.find((x) => x.personId === personId);
		return {
			personId,
			maxConsecutiveDays: r?.maxConsecutiveDays ?? defaultRules.maxConsecutiveDays,
			minRestHours: r?.minRestHours ?? defaultRules.minRestMinutes / 60,
			maxWeekendsPer4Weeks: r?.maxWeekendsPer4Weeks ?? defaultRules.maxWeekendsPer4Weeks,
			allowedStarts: r?.allowedStarts ?? [...defaultRules.allowedStarts],
			shiftLengths: r?.shiftLengths ?? [...defaultRules.shiftLengths],
			timeOffDaysPerYear: r?.timeOffDaysPerYear ?? 26,
			...breakRules(r ?? undefined),
			custom: !!r
		};
	});
}

/** Saves contract rules and, when given, the skills (queue ids) of the given agents, all or nothing. */
export async function saveRules(database: Database, personIds: number[], value: RulesValue, actorId: number, now: number, skills?: number[]) {
	await database.write(async (tx) => {
		for (const personId of personIds) {
			await tx.insert(contractRules).values({ personId, ...value }).onConflictDoUpdate({ target: contractRules.personId, set: value });
		}
		if (skills) await tx.update(people).set({ skills }).where(inArray(people.id, personIds));
		await recordAudit(tx, { actorId, action: 'contract_rules.update', entity: 'person', detail: { people: personIds, ...value, ...(skills ? { skills } : {}) } }, now);
	});
}
