// Shift swaps between teammates. Offering puts a future published shift up for grabs; taking it
// checks both agents' plans for the weeks around the shift against every hard rule (the giver
// may fall below contract hours, the taker may lose rest or exceed hours) and only then moves
// the shift, or leaves it for a supervisor when the team's policy asks for approval, or when the
// taker's skills would leave a queue short that the giver was covering.
import { and, asc, eq, gt, inArray, lt, ne } from 'drizzle-orm';
import type { Database } from './db';
import { people, schedules, shiftSwaps, shifts, teamSettings } from './db/schema';
import { recordAudit } from './audit';
import { agentInputs, sumQueues, teamQueueRequirements } from './scheduling';
import { requesterOf } from './time-off';
import { checkPlan, newViolations, type PlanViolation } from '$lib/domain/schedule/rules-check';
import { coveredWithinSkills, isoWeekday, localTimeMs } from '$lib/domain/schedule/center-model';
import { timeOffImpact } from '$lib/domain/schedule/time-off';
import { addDays } from '$lib/domain/people/turnover';
import { dayInZone } from '$lib/domain/time/calendar';

export type SwapOutcome = { ok: true; status: 'approved' | 'pending_approval'; queueShort: number } | { ok: false; problem: 'not_found' | 'not_open' | 'own_shift' | 'rules'; violations?: { who: 'giver' | 'taker'; violation: PlanViolation }[] };

async function shiftOf(database: Database, shiftId: number) {
	return (
		await database.db
			.select({ shift: shifts, teamId: schedules.teamId, status: schedules.status })
			.from(shifts)
			.innerJoin(schedules, eq(schedules.id, shifts.scheduleId))
			.where(eq(shifts.id, shiftId))
			.limit(1)
	)[0];
}

export async function offerShift(database: Database, personId: number, shiftId: number, now: number): Promise<boolean> {
	const found = await shiftOf(database, shiftId);
	if (!found || found.shift.personId !== personId || found.status !== 'published' || found.shift.start <= now) return false;
	return database.write(async (tx) => {
		const open = await tx.select({ id: shiftSwaps.id }).from(shiftSwaps).where(and(eq(shiftSwaps.shiftId, shiftId), inArray(shiftSwaps.status, ['open', 'pending_approval'])));
		if (open.length) return false;
		const [row] = await tx.insert(shiftSwaps).values({ shiftId, offeredBy: personId, status: 'open', createdAt: now }).returning({ id: shiftSwaps.id });
		await recordAudit(tx, { actorId: personId, action: 'swap.offer', entity: 'shift_swap', entityId: row!.id }, now);
		return true;
	});
}

/** Open offers of the person's teammates (not their own), for shifts still ahead. */
export async function openOffers(database: Database, teamId: number | null, personId: number, now: number) {
	if (teamId === null) return [];
	return database.db
		.select({ swapId: shiftSwaps.id, shiftId: shifts.id, start: shifts.start, end: shifts.end, name: people.name })
		.from(shiftSwaps)
		.innerJoin(shifts, eq(shifts.id, shiftSwaps.shiftId))
		.innerJoin(people, eq(people.id, shiftSwaps.offeredBy))
		.innerJoin(schedules, eq(schedules.id, shifts.scheduleId))
		.where(and(eq(shiftSwaps.status, 'open'), eq(schedules.status, 'published'), eq(people.teamId, teamId), ne(shiftSwaps.offeredBy, personId), gt(shifts.start, now)))
		.orderBy(asc(shifts.start));
}

export async function myOffers(database: Database, personId: number) {
	return database.db.select().from(shiftSwaps).where(and(eq(shiftSwaps.offeredBy, personId), inArray(shiftSwaps.status, ['open', 'pending_approval'])));
}

/** Both agents' plans for the ISO weeks around the shift, before and after the move. */
async function checkSwap(database: Database, shift: { start: number; end: number; id: number }, teamId: number, giverId: number, takerId: number) {
	const giver = await requesterOf(database, giverId);
	const day = dayInZone(shift.start, giver.timeZone);
	const monday = addDays(day, -isoWeekday(day) - 7);
	const days = Array.from({ length: 21 }, (_, i) => addDays(monday, i));
	const from = localTimeMs(days[0]!, 0, giver.timeZone);
	const to = localTimeMs(addDays(days[20]!, 1), 0, giver.timeZone);
	const inputs = await agentInputs(database, teamId, days);
	const planned = await database.db
		.select({ id: shifts.id, personId: shifts.personId, start: shifts.start, end: shifts.end })
		.from(shifts)
		.innerJoin(schedules, eq(schedules.id, shifts.scheduleId))
		.where(and(eq(schedules.status, 'published'), inArray(shifts.personId, [giverId, takerId])));
	const window = planned.filter((s) => s.start >= from && s.start < to);
	const found: { who: 'giver' | 'taker'; violation: PlanViolation }[] = [];
	for (const [who, id] of [['giver', giverId], ['taker', takerId]] as const) {
		const agent = inputs.find((a) => a.id === id);
		if (!agent) {
			found.push({ who, violation: { rule: 'availability', when: day, amount: 0 } });
			continue;
		}
		const before = window.filter((s) => s.personId === id);
		const after = who === 'giver' ? before.filter((s) => s.id !== shift.id) : [...before, { id: shift.id, personId: id, start: shift.start, end: shift.end }];
		for (const v of newViolations(checkPlan(agent, days, before), checkPlan(agent, days, after))) found.push({ who, violation: v });
	}
	return found;
}

/**
 * Quarter-hours of the shift in which the team, with the taker working it on their skills instead
 * of the giver on theirs, would cover less of a queue's requirement and fall short of it.
 */
async function skillShortfall(database: Database, shift: { id: number; start: number; end: number; breaks: { start: number; end: number }[] }, teamId: number, giverId: number, takerId: number): Promise<number> {
	const giver = await requesterOf(database, giverId);
	const perQueue = await teamQueueRequirements(database, giver.organizationId, [teamId], shift.start, shift.end);
	if (!perQueue.length) return 0;
	const team = await database.db
		.select({ id: shifts.id, personId: shifts.personId, start: shifts.start, end: shifts.end, breaks: shifts.breaks, skills: people.skills })
		.from(shifts)
		.innerJoin(schedules, eq(schedules.id, shifts.scheduleId))
		.innerJoin(people, eq(people.id, shifts.personId))
		.where(and(eq(schedules.teamId, teamId), eq(schedules.status, 'published'), lt(shifts.start, shift.end), gt(shifts.end, shift.start)));
	const takerSkills = (await database.db.select({ skills: people.skills }).from(people).where(eq(people.id, takerId)).limit(1))[0]?.skills ?? [];
	const step = 15 * 60_000;
	const from = Math.floor(shift.start / step) * step;
	const covered = (list: typeof team) => coveredWithinSkills(list, from, shift.end, 15, perQueue);
	const after = team.map((s) => (s.id === shift.id ? { ...s, personId: takerId, skills: takerSkills } : s));
	return timeOffImpact([shift], covered(team), sumQueues(perQueue), 15, covered(after)).intervalsShort;
}

export async function takeShift(database: Database, personId: number, swapId: number, now: number): Promise<SwapOutcome> {
	const swap = (await database.db.select().from(shiftSwaps).where(eq(shiftSwaps.id, swapId)).limit(1))[0];
	if (!swap) return { ok: false, problem: 'not_found' };
	if (swap.offeredBy === personId) return { ok: false, problem: 'own_shift' };
	const found = await shiftOf(database, swap.shiftId);
	const taker = await requesterOf(database, personId);
	if (!found || taker.teamId !== found.teamId) return { ok: false, problem: 'not_found' };
	// A schedule sent back to draft since the offer is no longer the team's plan.
	if (swap.status !== 'open' || found.status !== 'published' || found.shift.start <= now) return { ok: false, problem: 'not_open' };
	const violations = await checkSwap(database, found.shift, found.teamId, swap.offeredBy, personId);
	if (violations.length) return { ok: false, problem: 'rules', violations };
	const policy = (await database.db.select().from(teamSettings).where(eq(teamSettings.teamId, found.teamId)).limit(1))[0];
	const queueShort = await skillShortfall(database, found.shift, found.teamId, swap.offeredBy, personId);
	const status = policy?.swapsNeedApproval || queueShort > 0 ? ('pending_approval' as const) : ('approved' as const);
	return database.write(async (tx) => {
		const claimed = await tx
			.update(shiftSwaps)
			.set({ takenBy: personId, status, decidedAt: status === 'approved' ? now : null })
			.where(and(eq(shiftSwaps.id, swapId), eq(shiftSwaps.status, 'open')))
			.returning({ id: shiftSwaps.id });
		if (!claimed.length) return { ok: false, problem: 'not_open' } as const;
		if (status === 'approved') await tx.update(shifts).set({ personId }).where(eq(shifts.id, swap.shiftId));
		await recordAudit(tx, { actorId: personId, action: status === 'approved' ? 'swap.take' : 'swap.request', entity: 'shift_swap', entityId: swapId }, now);
		return { ok: true, status, queueShort } as const;
	});
}

export async function cancelOffer(database: Database, personId: number, swapId: number, now: number): Promise<boolean> {
	return database.write(async (tx) => {
		const done = await tx
			.update(shiftSwaps)
			.set({ status: 'cancelled', decidedAt: now })
			.where(and(eq(shiftSwaps.id, swapId), eq(shiftSwaps.offeredBy, personId), eq(shiftSwaps.status, 'open')))
			.returning({ id: shiftSwaps.id });
		if (done.length) await recordAudit(tx, { actorId: personId, action: 'swap.cancel', entity: 'shift_swap', entityId: swapId }, now);
		return done.length > 0;
	});
}

/** Swaps waiting for a supervisor in the given teams. */
export async function pendingSwaps(database: Database, teamIds: number[]) {
	if (!teamIds.length) return [];
	const rows = await database.db
		.select({ swap: shiftSwaps, shift: shifts, start: shifts.start, end: shifts.end, teamId: schedules.teamId })
		.from(shiftSwaps)
		.innerJoin(shifts, eq(shifts.id, shiftSwaps.shiftId))
		.innerJoin(schedules, eq(schedules.id, shifts.scheduleId))
		.where(and(eq(shiftSwaps.status, 'pending_approval'), inArray(schedules.teamId, teamIds)));
	const names = new Map((await database.db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, rows.flatMap((r) => [r.swap.offeredBy, r.swap.takenBy ?? 0])))).map((p) => [p.id, p.name]));
	const out = [];
	for (const r of rows) {
		const queueShort = r.swap.takenBy === null ? 0 : await skillShortfall(database, r.shift, r.teamId, r.swap.offeredBy, r.swap.takenBy);
		out.push({ ...r, giver: names.get(r.swap.offeredBy) ?? '', taker: names.get(r.swap.takenBy ?? 0) ?? '', queueShort });
	}
	return out;
}

export async function decideSwap(database: Database, swapId: number, teamIds: number[], approve: boolean, actorId: number, now: number): Promise<'decided' | 'not_found' | 'already_decided' | 'rules' | 'started'> {
	const swap = (await database.db.select().from(shiftSwaps).where(eq(shiftSwaps.id, swapId)).limit(1))[0];
	const found = swap ? await shiftOf(database, swap.shiftId) : undefined;
	if (!swap || !found || !teamIds.includes(found.teamId) || swap.takenBy === null) return 'not_found';
	if (swap.status !== 'pending_approval') return 'already_decided';
	// A shift that has begun (or a schedule no longer published) is past swapping; denying still closes the request.
	if (approve && (found.shift.start <= now || found.status !== 'published')) return 'started';
	// Rules are checked again: the plans may have changed since the agent took the shift.
	if (approve && (await checkSwap(database, found.shift, found.teamId, swap.offeredBy, swap.takenBy)).length) return 'rules';
	return database.write(async (tx) => {
		const done = await tx
			.update(shiftSwaps)
			.set({ status: approve ? 'approved' : 'denied', decidedBy: actorId, decidedAt: now })
			.where(and(eq(shiftSwaps.id, swapId), eq(shiftSwaps.status, 'pending_approval')))
			.returning({ id: shiftSwaps.id });
		if (!done.length) return 'already_decided' as const;
		if (approve) await tx.update(shifts).set({ personId: swap.takenBy! }).where(eq(shifts.id, swap.shiftId));
		await recordAudit(tx, { actorId, action: approve ? 'swap.approve' : 'swap.deny', entity: 'shift_swap', entityId: swapId }, now);
		return 'decided' as const;
	});
}
