// Time-off requests: an agent asks; when their published shifts on those days can go without the
// team falling below its requirement, the request is approved at once and the shifts removed;
// otherwise it waits for a supervisor, who sees the shortfall. All in one transaction per step.
import { and, asc, desc, eq, gte, inArray, lte, ne } from 'drizzle-orm';
import type { Database } from './db';
import { contractRules, people, schedules, shifts, sites, teams, timeOffRequests, type TimeOffRequest } from './db/schema';
import { recordAudit } from './audit';
import { sumQueues, teamQueueRequirements } from './scheduling';
import { localTimeMs, coveredWithinSkills } from '$lib/domain/schedule/center-model';
import { daysInYear, defaultTimeOffDaysPerYear, timeOffImpact, type TimeOffImpact } from '$lib/domain/schedule/time-off';
import { addDays } from '$lib/domain/people/turnover';
import { refreshFlexibilityIndex } from './fairness';
import { dayInZone } from '$lib/domain/time/calendar';
import { isoWeekday } from '$lib/domain/schedule/center-model';

/** The flexibility index counts requests in the week they were made: refresh that week. */
async function refreshWeekOf(database: Database, requester: Requester, createdAt: number) {
	if (requester.teamId === null) return;
	const day = dayInZone(createdAt, requester.timeZone);
	await refreshFlexibilityIndex(database, requester.teamId, addDays(day, -isoWeekday(day)), 1, requester.timeZone);
}

interface Requester {
	id: number;
	organizationId: number;
	teamId: number | null;
	timeZone: string;
}

export async function requesterOf(database: Database, personId: number): Promise<Requester> {
	const row = (
		await database.db
			.select({ id: people.id, organizationId: people.organizationId, teamId: people.teamId, timeZone: sites.timeZone })
			.from(people)
			.leftJoin(sites, eq(sites.id, people.siteId))
			.where(eq(people.id, personId))
			.limit(1)
	)[0]!;
	return { ...row, timeZone: row.timeZone ?? 'UTC' };
}

/** The person's calendar day at `now`, on their site's clock. */
export async function todayOf(database: Database, personId: number, now: number = Date.now()): Promise<string> {
	return dayInZone(now, (await requesterOf(database, personId)).timeZone);
}

/** Allowance for the year and the days already approved or pending in it. */
export async function timeOffBalance(database: Database, personId: number, year: number) {
	const rule = (await database.db.select({ days: contractRules.timeOffDaysPerYear }).from(contractRules).where(eq(contractRules.personId, personId)).limit(1))[0];
	const allowance = rule?.days ?? defaultTimeOffDaysPerYear;
	const requests = await database.db
		.select()
		.from(timeOffRequests)
		.where(and(eq(timeOffRequests.personId, personId), inArray(timeOffRequests.status, ['approved', 'pending']), lte(timeOffRequests.firstDay, `${year}-12-31`), gte(timeOffRequests.lastDay, `${year}-01-01`)));
	const taken = requests.filter((r) => r.status === 'approved').reduce((s, r) => s + daysInYear(r.firstDay, r.lastDay, year), 0);
	const pending = requests.filter((r) => r.status === 'pending').reduce((s, r) => s + daysInYear(r.firstDay, r.lastDay, year), 0);
	return { allowance, taken, pending, left: allowance - taken - pending };
}

/** Teammates with approved time off on each day of the range (counts only: no names). */
export async function teammatesOff(database: Database, requester: Requester, firstDay: string, lastDay: string): Promise<{ day: string; count: number }[]> {
	if (requester.teamId === null) return [];
	const rows = await database.db
		.select({ personId: timeOffRequests.personId, firstDay: timeOffRequests.firstDay, lastDay: timeOffRequests.lastDay })
		.from(timeOffRequests)
		.innerJoin(people, eq(people.id, timeOffRequests.personId))
		.where(and(eq(people.teamId, requester.teamId), ne(people.id, requester.id), eq(timeOffRequests.status, 'approved'), lte(timeOffRequests.firstDay, lastDay), gte(timeOffRequests.lastDay, firstDay)));
	const out: { day: string; count: number }[] = [];
	for (let d = firstDay; d <= lastDay; d = addDays(d, 1)) out.push({ day: d, count: new Set(rows.filter((r) => r.firstDay <= d && r.lastDay >= d).map((r) => r.personId)).size });
	return out;
}

/** The requester's published shifts on those days, and what removing them does to the team. */
async function impactOf(database: Database, requester: Requester, firstDay: string, lastDay: string) {
	const from = localTimeMs(firstDay, 0, requester.timeZone);
	const to = localTimeMs(addDays(lastDay, 1), 0, requester.timeZone);
	const teamShifts = requester.teamId === null ? [] : await database.db
		.select({ id: shifts.id, personId: shifts.personId, start: shifts.start, end: shifts.end, breaks: shifts.breaks, skills: people.skills })
		.from(shifts)
		.innerJoin(schedules, eq(schedules.id, shifts.scheduleId))
		.innerJoin(people, eq(people.id, shifts.personId))
		.where(and(eq(schedules.teamId, requester.teamId), eq(schedules.status, 'published'), gte(shifts.start, from), lte(shifts.start, to)));
	const mine = teamShifts.filter((s) => s.personId === requester.id);
	if (!mine.length || requester.teamId === null) return { mine, impact: { intervalsShort: 0, worstShortfall: 0, hoursRemoved: 0 } satisfies TimeOffImpact };
	// Each queue's requirement against what the team covers within skills, with and without the requester.
	const perQueue = await teamQueueRequirements(database, requester.organizationId, [requester.teamId], from, to);
	const covered = (list: typeof teamShifts) => coveredWithinSkills(list, from, to, 15, perQueue);
	const others = teamShifts.filter((s) => s.personId !== requester.id);
	return { mine, impact: timeOffImpact(mine, covered(teamShifts), sumQueues(perQueue), 15, covered(others)) };
}

export type RequestOutcome = { ok: true; request: TimeOffRequest } | { ok: false; problem: 'overlap' | 'balance'; left?: number };

export async function requestTimeOff(database: Database, personId: number, value: { firstDay: string; lastDay: string; reason: string }, now: number): Promise<RequestOutcome> {
	const requester = await requesterOf(database, personId);
	const { mine, impact } = await impactOf(database, requester, value.firstDay, value.lastDay);
	const autoApprove = impact.intervalsShort === 0;
	const outcome = await database.write(async (tx): Promise<RequestOutcome> => {
		const overlapping = await tx
			.select({ id: timeOffRequests.id })
			.from(timeOffRequests)
			.where(and(eq(timeOffRequests.personId, personId), inArray(timeOffRequests.status, ['approved', 'pending']), lte(timeOffRequests.firstDay, value.lastDay), gte(timeOffRequests.lastDay, value.firstDay)));
		if (overlapping.length) return { ok: false, problem: 'overlap' } as const;
		const years = [...new Set([value.firstDay.slice(0, 4), value.lastDay.slice(0, 4)])].map(Number);
		for (const year of years) {
			const balance = await timeOffBalance(database, personId, year);
			if (daysInYear(value.firstDay, value.lastDay, year) > balance.left) return { ok: false, problem: 'balance', left: balance.left } as const;
		}
		const [request] = await tx
			.insert(timeOffRequests)
			.values({ personId, ...value, status: autoApprove ? 'approved' : 'pending', autoApproved: autoApprove, impact: { ...impact }, createdAt: now, decidedAt: autoApprove ? now : null })
			.returning();
		if (autoApprove && mine.length) await tx.delete(shifts).where(inArray(shifts.id, mine.map((s) => s.id)));
		await recordAudit(tx, { actorId: personId, action: autoApprove ? 'time_off.auto_approve' : 'time_off.request', entity: 'time_off', entityId: request!.id, detail: { ...value, ...impact } }, now);
		return { ok: true, request: request! } as const;
	});
	if (outcome.ok && autoApprove) await refreshWeekOf(database, requester, now);
	return outcome;
}

export async function myTimeOff(database: Database, personId: number) {
	return database.db.select().from(timeOffRequests).where(eq(timeOffRequests.personId, personId)).orderBy(desc(timeOffRequests.firstDay)).limit(50);
}

export async function cancelTimeOff(database: Database, personId: number, id: number, today: string, now: number): Promise<boolean> {
	return database.write(async (tx) => {
		const done = await tx
			.update(timeOffRequests)
			.set({ status: 'cancelled', decidedAt: now })
			.where(and(eq(timeOffRequests.id, id), eq(timeOffRequests.personId, personId), inArray(timeOffRequests.status, ['pending', 'approved']), gte(timeOffRequests.firstDay, today)))
			.returning({ id: timeOffRequests.id });
		if (done.length) await recordAudit(tx, { actorId: personId, action: 'time_off.cancel', entity: 'time_off', entityId: id }, now);
		return done.length > 0;
	});
}

/** Pending requests of the given teams, oldest first, with who asked. */
export async function pendingTimeOff(database: Database, teamIds: number[]) {
	if (!teamIds.length) return [];
	return database.db
		.select({ request: timeOffRequests, name: people.name, teamName: teams.name })
		.from(timeOffRequests)
		.innerJoin(people, eq(people.id, timeOffRequests.personId))
		.innerJoin(teams, eq(teams.id, people.teamId))
		.where(and(eq(timeOffRequests.status, 'pending'), inArray(people.teamId, teamIds)))
		.orderBy(asc(timeOffRequests.createdAt));
}

/**
 * A supervisor's answer. Only a pending request of one of `teamIds` can be decided, once: a
 * second answer (two supervisors at once) finds it decided and changes nothing.
 */
export async function decideTimeOff(database: Database, id: number, teamIds: number[], approve: boolean, note: string, actorId: number, now: number): Promise<'decided' | 'not_found' | 'already_decided'> {
	const row = (await database.db.select({ request: timeOffRequests, teamId: people.teamId }).from(timeOffRequests).innerJoin(people, eq(people.id, timeOffRequests.personId)).where(eq(timeOffRequests.id, id)).limit(1))[0];
	if (!row || row.teamId === null || !teamIds.includes(row.teamId)) return 'not_found';
	const requester = await requesterOf(database, row.request.personId);
	const { mine } = approve ? await impactOf(database, requester, row.request.firstDay, row.request.lastDay) : { mine: [] as { id: number }[] };
	const outcome = await database.write(async (tx) => {
		const updated = await tx
			.update(timeOffRequests)
			.set({ status: approve ? 'approved' : 'denied', decidedBy: actorId, decidedAt: now, decisionNote: note.slice(0, 500) })
			.where(and(eq(timeOffRequests.id, id), eq(timeOffRequests.status, 'pending')))
			.returning({ id: timeOffRequests.id });
		if (!updated.length) return 'already_decided' as const;
		if (mine.length) await tx.delete(shifts).where(inArray(shifts.id, mine.map((s) => s.id)));
		await recordAudit(tx, { actorId, action: approve ? 'time_off.approve' : 'time_off.deny', entity: 'time_off', entityId: id, detail: { note } }, now);
		return 'decided' as const;
	});
	if (outcome === 'decided') await refreshWeekOf(database, requester, row.request.createdAt);
	return outcome;
}
