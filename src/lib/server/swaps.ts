// Shift swaps between teammates. Offering puts a future published shift up for grabs; a teammate
// takes it outright, or proposes one of their own future shifts in exchange, which the giver then
// accepts or declines. Either way both agents' plans for the weeks around the shifts are checked
// against every hard rule (the giver may fall below contract hours, the taker may lose rest or
// exceed hours) before anything moves; then the shifts change hands, or wait for a supervisor when
// the team's policy asks for approval, or when the new owners' skills would leave a queue short.
import { and, asc, count, eq, gt, inArray, lt, ne, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Database, DbOrTx, Tx } from './db';
import { people, schedules, shiftSwaps, shifts, teamSettings, type ShiftSwap } from './db/schema';
import { recordAudit } from './audit';
import { agentInputs, sumQueues, teamQueueRequirements } from './scheduling';
import { requesterOf } from './time-off';
import { refreshFlexibilityIndex } from './fairness';
import { checkPlan, newViolations, type PlanViolation } from '$lib/domain/schedule/rules-check';
import { coveredWithinSkills, isoWeekday, localTimeMs } from '$lib/domain/schedule/center-model';
import { timeOffImpact } from '$lib/domain/schedule/time-off';
import { addDays } from '$lib/domain/people/turnover';
import { dayInZone } from '$lib/domain/time/calendar';

export type SwapViolation = { who: 'giver' | 'taker'; violation: PlanViolation };
export type SwapOutcome = { ok: true; status: 'approved' | 'pending_approval'; queueShort: number } | { ok: false; problem: 'not_found' | 'not_open' | 'own_shift' | 'rules'; violations?: SwapViolation[] };
export type ProposeOutcome = { ok: true } | { ok: false; problem: 'not_found' | 'not_open' | 'own_shift' | 'return_shift' | 'rules'; violations?: SwapViolation[] };
export type AnswerOutcome = { ok: true; status: 'approved' | 'pending_approval' | 'declined'; queueShort: number } | { ok: false; problem: 'not_found' | 'not_open' | 'rules'; violations?: SwapViolation[] };

type Shift = typeof shifts.$inferSelect;
/** A shift changing hands: `from` works it now, `to` will; `published`: its schedule still is. */
interface Move {
	shift: Shift;
	published: boolean;
	from: number;
	to: number;
}
/** Swaps that still hold their shifts: a later offer or proposal of either shift must wait for them. */
const activeStatuses = ['open', 'proposed', 'pending_approval'] as const;

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

/** Open, proposed or waiting swaps holding any of the shifts, as the offered one or as one given in return. */
const holding = (shiftIds: number[]) => and(inArray(shiftSwaps.status, [...activeStatuses]), or(inArray(shiftSwaps.shiftId, shiftIds), inArray(shiftSwaps.returnShiftId, shiftIds)));

async function isHeld(database: DbOrTx, shiftId: number): Promise<boolean> {
	return (await database.select({ id: shiftSwaps.id }).from(shiftSwaps).where(holding([shiftId])).limit(1)).length > 0;
}

/**
 * The flexibility index counts an agent's swap actions and settled swaps in the week they happen,
 * and honoured wishes in the weeks of the shifts: refresh those weeks of the person's team.
 */
async function refreshFlexibility(database: Database, personId: number, instants: number[]) {
	const person = await requesterOf(database, personId);
	if (person.teamId === null) return;
	const mondays = new Set(instants.map((t) => dayInZone(t, person.timeZone)).map((d) => addDays(d, -isoWeekday(d))));
	for (const monday of mondays) await refreshFlexibilityIndex(database, person.teamId, monday, 1, person.timeZone);
}

export async function offerShift(database: Database, personId: number, shiftId: number, now: number): Promise<boolean> {
	const found = await shiftOf(database, shiftId);
	if (!found || found.shift.personId !== personId || found.status !== 'published' || found.shift.start <= now) return false;
	const offered = await database.write(async (tx) => {
		if (await isHeld(tx, shiftId)) return false;
		const [row] = await tx.insert(shiftSwaps).values({ shiftId, offeredBy: personId, status: 'open', createdAt: now }).returning({ id: shiftSwaps.id });
		await recordAudit(tx, { actorId: personId, action: 'swap.offer', entity: 'shift_swap', entityId: row!.id }, now);
		return true;
	});
	if (offered) await refreshFlexibility(database, personId, [now]);
	return offered;
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
	return database.db.select().from(shiftSwaps).where(and(eq(shiftSwaps.offeredBy, personId), inArray(shiftSwaps.status, [...activeStatuses])));
}

/** The person's future published shifts in their team's plan up to `until` that no swap holds: what they may give in exchange. */
export async function returnableShifts(database: Database, personId: number, now: number, until: number) {
	const own = await database.db
		.select({ id: shifts.id, start: shifts.start, end: shifts.end })
		.from(shifts)
		.innerJoin(schedules, eq(schedules.id, shifts.scheduleId))
		.innerJoin(people, eq(people.id, shifts.personId))
		.where(and(eq(shifts.personId, personId), eq(schedules.status, 'published'), eq(schedules.teamId, people.teamId), gt(shifts.start, now), lt(shifts.start, until)))
		.orderBy(asc(shifts.start));
	if (!own.length) return [];
	const ids = own.map((s) => s.id);
	const held = await database.db.select({ shiftId: shiftSwaps.shiftId, returnShiftId: shiftSwaps.returnShiftId }).from(shiftSwaps).where(holding(ids));
	const taken = new Set(held.flatMap((h) => [h.shiftId, h.returnShiftId]));
	return own.filter((s) => !taken.has(s.id));
}

/**
 * Exchanges the person is part of that are not settled: proposed to them (`toMe`, they answer) or
 * by them (they may withdraw), with both shifts and the other agent's name.
 */
export async function exchangesOf(database: Database, personId: number) {
	const rows = await database.db
		.select({ swap: shiftSwaps, start: shifts.start, end: shifts.end })
		.from(shiftSwaps)
		.innerJoin(shifts, eq(shifts.id, shiftSwaps.shiftId))
		.where(and(eq(shiftSwaps.status, 'proposed'), or(eq(shiftSwaps.offeredBy, personId), eq(shiftSwaps.takenBy, personId))))
		.orderBy(asc(shifts.start));
	const returned = rows.length ? await database.db.select().from(shifts).where(inArray(shifts.id, rows.map((r) => r.swap.returnShiftId ?? 0))) : [];
	const names = rows.length ? new Map((await database.db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, rows.flatMap((r) => [r.swap.offeredBy, r.swap.takenBy ?? 0])))).map((p) => [p.id, p.name])) : new Map<number, string>();
	return rows.flatMap((r) => {
		const back = returned.find((b) => b.id === r.swap.returnShiftId);
		if (!back) return [];
		const toMe = r.swap.offeredBy === personId;
		return [{ swapId: r.swap.id, toMe, other: names.get(toMe ? r.swap.takenBy! : r.swap.offeredBy) ?? '', offered: { start: r.start, end: r.end }, returned: { id: back.id, start: back.start, end: back.end } }];
	});
}

/** How many of `exchangesOf` wait for this agent's answer (proposals for shifts they offered), counted in the database. */
export async function exchangesToAnswer(database: Database, personId: number): Promise<number> {
	const returned = alias(shifts, 'returned');
	const [row] = await database.db
		.select({ n: count() })
		.from(shiftSwaps)
		.innerJoin(shifts, eq(shifts.id, shiftSwaps.shiftId))
		.innerJoin(returned, eq(returned.id, shiftSwaps.returnShiftId))
		.where(and(eq(shiftSwaps.status, 'proposed'), eq(shiftSwaps.offeredBy, personId)));
	return row?.n ?? 0;
}

/** The shifts a swap moves: the offered one to the taker and, in an exchange, the taker's one back to the giver. */
async function movesOf(database: Database, swap: ShiftSwap, taker: number, returnShiftId: number | null): Promise<Move[] | null> {
	const ids = returnShiftId === null ? [swap.shiftId] : [swap.shiftId, returnShiftId];
	const rows = await database.db.select({ shift: shifts, status: schedules.status }).from(shifts).innerJoin(schedules, eq(schedules.id, shifts.scheduleId)).where(inArray(shifts.id, ids));
	const offered = rows.find((r) => r.shift.id === swap.shiftId);
	const back = rows.find((r) => r.shift.id === returnShiftId);
	if (!offered || (returnShiftId !== null && !back)) return null;
	const move = (r: (typeof rows)[number], from: number, to: number): Move => ({ shift: r.shift, published: r.status === 'published', from, to });
	return [move(offered, swap.offeredBy, taker), ...(back ? [move(back, taker, swap.offeredBy)] : [])];
}

/** Every moved shift is still ahead, in the published plan and with the agent it is to leave. */
const stillMovable = (moves: Move[], now: number) => moves.every((m) => m.published && m.shift.start > now && m.shift.personId === m.from);

/** Both agents' plans for the ISO weeks around the moved shifts, before and after the moves. */
async function checkSwap(database: Database, moves: Move[], teamId: number, giverId: number, takerId: number): Promise<SwapViolation[]> {
	const giver = await requesterOf(database, giverId);
	const moved = moves.map((m) => dayInZone(m.shift.start, giver.timeZone)).sort();
	const first = addDays(moved[0]!, -isoWeekday(moved[0]!) - 7);
	const last = addDays(moved.at(-1)!, 13 - isoWeekday(moved.at(-1)!));
	const days: string[] = [];
	for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
	const from = localTimeMs(first, 0, giver.timeZone);
	const to = localTimeMs(addDays(last, 1), 0, giver.timeZone);
	const inputs = await agentInputs(database, teamId, days);
	const planned = await database.db
		.select({ id: shifts.id, personId: shifts.personId, start: shifts.start, end: shifts.end })
		.from(shifts)
		.innerJoin(schedules, eq(schedules.id, shifts.scheduleId))
		.where(and(eq(schedules.status, 'published'), inArray(shifts.personId, [giverId, takerId])));
	const window = planned.filter((s) => s.start >= from && s.start < to);
	const found: SwapViolation[] = [];
	for (const [who, id] of [['giver', giverId], ['taker', takerId]] as const) {
		const agent = inputs.find((a) => a.id === id);
		if (!agent) {
			found.push({ who, violation: { rule: 'availability', when: moved[0]!, amount: 0 } });
			continue;
		}
		const before = window.filter((s) => s.personId === id);
		const leaving = new Set(moves.filter((m) => m.from === id).map((m) => m.shift.id));
		const after = [...before.filter((s) => !leaving.has(s.id)), ...moves.filter((m) => m.to === id).map((m) => ({ id: m.shift.id, personId: id, start: m.shift.start, end: m.shift.end }))].sort((a, b) => a.start - b.start);
		for (const v of newViolations(checkPlan(agent, days, before), checkPlan(agent, days, after))) found.push({ who, violation: v });
	}
	return found;
}

/**
 * Quarter-hours of the moved shifts in which the team, with every moved shift worked by its new
 * owner on their skills, would cover less of a queue's requirement and fall short of it.
 */
async function skillShortfall(database: Database, moves: Move[], teamId: number): Promise<number> {
	const giver = await requesterOf(database, moves[0]!.from);
	const skillsOf = new Map((await database.db.select({ id: people.id, skills: people.skills }).from(people).where(inArray(people.id, moves.map((m) => m.to)))).map((p) => [p.id, p.skills]));
	const step = 15 * 60_000;
	let short = 0;
	for (const { shift } of moves) {
		const perQueue = await teamQueueRequirements(database, giver.organizationId, [teamId], shift.start, shift.end);
		if (!perQueue.length) continue;
		const team = await database.db
			.select({ id: shifts.id, personId: shifts.personId, start: shifts.start, end: shifts.end, breaks: shifts.breaks, skills: people.skills })
			.from(shifts)
			.innerJoin(schedules, eq(schedules.id, shifts.scheduleId))
			.innerJoin(people, eq(people.id, shifts.personId))
			.where(and(eq(schedules.teamId, teamId), eq(schedules.status, 'published'), lt(shifts.start, shift.end), gt(shifts.end, shift.start)));
		const from = Math.floor(shift.start / step) * step;
		const covered = (list: typeof team) => coveredWithinSkills(list, from, shift.end, 15, perQueue);
		const after = team.map((s) => {
			const move = moves.find((m) => m.shift.id === s.id);
			return move ? { ...s, personId: move.to, skills: skillsOf.get(move.to) ?? [] } : s;
		});
		short += timeOffImpact([shift], covered(team), sumQueues(perQueue), 15, covered(after)).intervalsShort;
	}
	return short;
}

/**
 * Settles a swap both agents have agreed to (a take, or an accepted exchange): the shifts move at
 * once, or the swap waits for a supervisor when the team's policy asks for it or a queue would be
 * left short. `claim` matches the swap only in the state the caller checked, so a change made in
 * the meantime answers not_open and nothing moves.
 */
async function settleAgreed(
	database: Database,
	swap: { id: number; claim: SQL | undefined; set: { takenBy?: number } },
	moves: Move[],
	teamId: number,
	actor: { id: number; action: 'swap.take' | 'swap.exchange' },
	now: number
): Promise<{ ok: true; status: 'approved' | 'pending_approval'; queueShort: number } | { ok: false; problem: 'not_open' }> {
	const policy = (await database.db.select().from(teamSettings).where(eq(teamSettings.teamId, teamId)).limit(1))[0];
	const queueShort = await skillShortfall(database, moves, teamId);
	const status = policy?.swapsNeedApproval || queueShort > 0 ? ('pending_approval' as const) : ('approved' as const);
	const result = await database.write(async (tx) => {
		const claimed = await tx
			.update(shiftSwaps)
			.set({ ...swap.set, status, decidedAt: status === 'approved' ? now : null })
			.where(swap.claim)
			.returning({ id: shiftSwaps.id });
		if (!claimed.length) return { ok: false, problem: 'not_open' } as const;
		if (status === 'approved') await applyMoves(tx, moves);
		await recordAudit(tx, { actorId: actor.id, action: status === 'approved' ? actor.action : 'swap.request', entity: 'shift_swap', entityId: swap.id }, now);
		return { ok: true, status, queueShort } as const;
	});
	if (result.ok) await refreshFlexibility(database, actor.id, result.status === 'approved' ? [now, ...moves.map((m) => m.shift.start)] : [now]);
	return result;
}

async function applyMoves(tx: Tx, moves: Move[]) {
	for (const m of moves) await tx.update(shifts).set({ personId: m.to }).where(and(eq(shifts.id, m.shift.id), eq(shifts.personId, m.from)));
}

/** The swap, its offered shift with the shift's team, and whether that shift is still ahead in the published plan. */
async function swapFor(database: Database, swapId: number, now: number) {
	const swap = (await database.db.select().from(shiftSwaps).where(eq(shiftSwaps.id, swapId)).limit(1))[0];
	const found = swap ? await shiftOf(database, swap.shiftId) : undefined;
	return swap && found ? { swap, found, ahead: found.status === 'published' && found.shift.start > now } : null;
}

/** A teammate's offer the person may take or answer with an exchange: open, in their team, not their own, its shift still ahead in the published plan. */
async function openOfferFor(database: Database, personId: number, swapId: number, now: number) {
	const held = await swapFor(database, swapId, now);
	if (!held) return { problem: 'not_found' as const };
	if (held.swap.offeredBy === personId) return { problem: 'own_shift' as const };
	const taker = await requesterOf(database, personId);
	if (taker.teamId !== held.found.teamId) return { problem: 'not_found' as const };
	// A schedule sent back to draft since the offer is no longer the team's plan.
	if (held.swap.status !== 'open' || !held.ahead) return { problem: 'not_open' as const };
	return held;
}

export async function takeShift(database: Database, personId: number, swapId: number, now: number): Promise<SwapOutcome> {
	const offer = await openOfferFor(database, personId, swapId, now);
	if ('problem' in offer) return { ok: false, problem: offer.problem };
	const { swap, found } = offer;
	const moves = (await movesOf(database, swap, personId, null))!;
	const violations = await checkSwap(database, moves, found.teamId, swap.offeredBy, personId);
	if (violations.length) return { ok: false, problem: 'rules', violations };
	return settleAgreed(database, { id: swapId, claim: and(eq(shiftSwaps.id, swapId), eq(shiftSwaps.status, 'open')), set: { takenBy: personId } }, moves, found.teamId, { id: personId, action: 'swap.take' }, now);
}

/**
 * The person offers one of their own future published shifts, in the same team, for a teammate's
 * open offer. Both plans are checked with both moves first, so the giver is only asked about an
 * exchange that can happen; the offer is held for the giver's answer.
 */
export async function proposeExchange(database: Database, personId: number, swapId: number, returnShiftId: number, now: number): Promise<ProposeOutcome> {
	const offer = await openOfferFor(database, personId, swapId, now);
	if ('problem' in offer) return { ok: false, problem: offer.problem };
	const { swap, found } = offer;
	const back = await shiftOf(database, returnShiftId);
	if (!back || back.shift.personId !== personId || back.teamId !== found.teamId || back.status !== 'published' || back.shift.start <= now || (await isHeld(database.db, returnShiftId))) return { ok: false, problem: 'return_shift' };
	const moves = (await movesOf(database, swap, personId, returnShiftId))!;
	const violations = await checkSwap(database, moves, found.teamId, swap.offeredBy, personId);
	if (violations.length) return { ok: false, problem: 'rules', violations };
	const result = await database.write(async (tx) => {
		if (await isHeld(tx, returnShiftId)) return { ok: false, problem: 'return_shift' } as const;
		const claimed = await tx
			.update(shiftSwaps)
			.set({ takenBy: personId, returnShiftId, status: 'proposed' })
			.where(and(eq(shiftSwaps.id, swapId), eq(shiftSwaps.status, 'open')))
			.returning({ id: shiftSwaps.id });
		if (!claimed.length) return { ok: false, problem: 'not_open' } as const;
		await recordAudit(tx, { actorId: personId, action: 'swap.propose', entity: 'shift_swap', entityId: swapId, detail: { returnShiftId } }, now);
		return { ok: true } as const;
	});
	if (result.ok) await refreshFlexibility(database, personId, [now]);
	return result;
}

/**
 * The giver answers a proposed exchange. Declining puts the offer back up for the team. Accepting
 * checks both plans again (either may have changed since the proposal), then moves both shifts or
 * leaves the exchange for a supervisor, as a taken shift would be.
 */
export async function answerExchange(database: Database, personId: number, swapId: number, accept: boolean, now: number): Promise<AnswerOutcome> {
	const held = await swapFor(database, swapId, now);
	if (!held || held.swap.offeredBy !== personId) return { ok: false, problem: 'not_found' };
	const { swap, found } = held;
	if (swap.status !== 'proposed' || swap.takenBy === null || swap.returnShiftId === null) return { ok: false, problem: 'not_open' };
	const proposed = and(eq(shiftSwaps.id, swapId), eq(shiftSwaps.status, 'proposed'), eq(shiftSwaps.takenBy, swap.takenBy), eq(shiftSwaps.returnShiftId, swap.returnShiftId));
	if (!accept) return (await reopen(database, swapId, proposed, { id: personId, action: 'swap.decline' }, now)) ? { ok: true, status: 'declined', queueShort: 0 } : { ok: false, problem: 'not_open' };
	const moves = await movesOf(database, swap, swap.takenBy, swap.returnShiftId);
	if (!moves || !stillMovable(moves, now)) return { ok: false, problem: 'not_open' };
	const violations = await checkSwap(database, moves, found.teamId, personId, swap.takenBy);
	if (violations.length) return { ok: false, problem: 'rules', violations };
	return settleAgreed(database, { id: swapId, claim: proposed, set: {} }, moves, found.teamId, { id: personId, action: 'swap.exchange' }, now);
}

/** The proposer takes their exchange back before the giver answers; the offer is open again. */
export async function withdrawExchange(database: Database, personId: number, swapId: number, now: number): Promise<boolean> {
	return reopen(database, swapId, and(eq(shiftSwaps.id, swapId), eq(shiftSwaps.takenBy, personId), eq(shiftSwaps.status, 'proposed')), { id: personId, action: 'swap.withdraw' }, now);
}

/** A proposed exchange ends unsettled (declined or withdrawn): the offer is open to the team again. `claim` matches it only as the caller saw it. */
async function reopen(database: Database, swapId: number, claim: SQL | undefined, actor: { id: number; action: 'swap.decline' | 'swap.withdraw' }, now: number): Promise<boolean> {
	const done = await database.write(async (tx) => {
		const rows = await tx.update(shiftSwaps).set({ takenBy: null, returnShiftId: null, status: 'open' }).where(claim).returning({ id: shiftSwaps.id });
		if (rows.length) await recordAudit(tx, { actorId: actor.id, action: actor.action, entity: 'shift_swap', entityId: swapId }, now);
		return rows.length > 0;
	});
	if (done) await refreshFlexibility(database, actor.id, [now]);
	return done;
}

/** The giver takes the offer back, with any exchange proposed for it. */
export async function cancelOffer(database: Database, personId: number, swapId: number, now: number): Promise<boolean> {
	const result = await database.write(async (tx) => {
		const done = await tx
			.update(shiftSwaps)
			.set({ status: 'cancelled', decidedAt: now })
			.where(and(eq(shiftSwaps.id, swapId), eq(shiftSwaps.offeredBy, personId), inArray(shiftSwaps.status, ['open', 'proposed'])))
			.returning({ id: shiftSwaps.id });
		if (done.length) await recordAudit(tx, { actorId: personId, action: 'swap.cancel', entity: 'shift_swap', entityId: swapId }, now);
		return done.length > 0;
	});
	if (result) await refreshFlexibility(database, personId, [now]);
	return result;
}

/** Swaps waiting for a supervisor in the given teams, with the shift given back in an exchange. */
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
		const moves = r.swap.takenBy === null ? null : await movesOf(database, r.swap, r.swap.takenBy, r.swap.returnShiftId);
		const queueShort = moves ? await skillShortfall(database, moves, r.teamId) : 0;
		const returned = moves?.[1]?.shift;
		out.push({ ...r, giver: names.get(r.swap.offeredBy) ?? '', taker: names.get(r.swap.takenBy ?? 0) ?? '', queueShort, returned: returned ? { start: returned.start, end: returned.end } : null });
	}
	return out;
}

export async function decideSwap(database: Database, swapId: number, teamIds: number[], approve: boolean, actorId: number, now: number): Promise<'decided' | 'not_found' | 'already_decided' | 'rules' | 'started'> {
	const swap = (await database.db.select().from(shiftSwaps).where(eq(shiftSwaps.id, swapId)).limit(1))[0];
	const found = swap ? await shiftOf(database, swap.shiftId) : undefined;
	if (!swap || !found || !teamIds.includes(found.teamId) || swap.takenBy === null) return 'not_found';
	if (swap.status !== 'pending_approval') return 'already_decided';
	const moves = await movesOf(database, swap, swap.takenBy, swap.returnShiftId);
	if (!moves) return 'not_found';
	if (approve) {
		// A shift that has begun (or a schedule no longer published) is past swapping; denying still closes the request.
		if (!stillMovable(moves, now)) return 'started';
		// Rules are checked again: the plans may have changed since the agents agreed.
		if ((await checkSwap(database, moves, found.teamId, swap.offeredBy, swap.takenBy)).length) return 'rules';
	}
	const result = await database.write(async (tx) => {
		const done = await tx
			.update(shiftSwaps)
			.set({ status: approve ? 'approved' : 'denied', decidedBy: actorId, decidedAt: now })
			.where(and(eq(shiftSwaps.id, swapId), eq(shiftSwaps.status, 'pending_approval')))
			.returning({ id: shiftSwaps.id });
		if (!done.length) return 'already_decided' as const;
		if (approve) await applyMoves(tx, moves);
		await recordAudit(tx, { actorId, action: approve ? 'swap.approve' : 'swap.deny', entity: 'shift_swap', entityId: swapId }, now);
		return 'decided' as const;
	});
	if (result === 'decided') await refreshFlexibility(database, swap.offeredBy, approve ? [now, ...moves.map((m) => m.shift.start)] : [now]);
	return result;
}
