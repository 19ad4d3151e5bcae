// VTO and extra-hours offers: a supervisor posts one for a team and day; agents take it, first
// come first served up to its slots, and only when the change keeps every hard rule of theirs,
// except that VTO may leave a week under the contract's minimum hours: working less is what the
// agent chooses by taking it (agents are mostly planned at their minimum, so no VTO could be taken).
// The shift change, the take and the audit entry land in one transaction.
import { and, asc, count, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { Database } from './db';
import { people, schedules, shifts, staffingOfferTakes, staffingOffers } from './db/schema';
import { recordAudit } from './audit';
import { agentInputs, horizonDays } from './scheduling';
import { requesterOf } from './time-off';
import { takeExtra, takeVto } from '$lib/domain/schedule/offers';
import { checkPlan, newViolations, type PlanViolation } from '$lib/domain/schedule/rules-check';
import { isoWeekday, localTimeMs } from '$lib/domain/schedule/center-model';
import { addDays } from '$lib/domain/people/turnover';

export async function createOffer(database: Database, value: { teamId: number; kind: 'vto' | 'extra'; day: string; start: number; end: number; slots: number }, actorId: number, now: number) {
	await database.write(async (tx) => {
		const [row] = await tx.insert(staffingOffers).values({ ...value, createdBy: actorId, createdAt: now }).returning({ id: staffingOffers.id });
		await recordAudit(tx, { actorId, action: `offer.${value.kind}`, entity: 'staffing_offer', entityId: row!.id, detail: { ...value } }, now);
	});
}

/**
 * Withdraws an open offer of one of these teams: nobody can take it any more; takes already made
 * stand (their shifts changed when they were taken). False when there is no such open offer.
 */
export async function closeOffer(database: Database, offerId: number, teamIds: readonly number[], actorId: number, now: number): Promise<boolean> {
	return database.write(async (tx) => {
		const [offer] = await tx.select().from(staffingOffers).where(and(eq(staffingOffers.id, offerId), isNull(staffingOffers.closedAt))).limit(1);
		if (!offer || !teamIds.includes(offer.teamId)) return false;
		await tx.update(staffingOffers).set({ closedAt: now }).where(eq(staffingOffers.id, offerId));
		await recordAudit(tx, { actorId, action: 'offer.close', entity: 'staffing_offer', entityId: offerId }, now);
		return true;
	});
}

/** Open offers of a team from `fromDay` on, with how many slots are taken and whether this person took one. */
export async function openOffersFor(database: Database, teamId: number | null, personId: number, fromDay: string) {
	if (teamId === null) return [];
	const offers = await database.db
		.select()
		.from(staffingOffers)
		.where(and(eq(staffingOffers.teamId, teamId), isNull(staffingOffers.closedAt), gte(staffingOffers.day, fromDay)))
		.orderBy(asc(staffingOffers.start));
	if (!offers.length) return [];
	const takes = await database.db.select().from(staffingOfferTakes).where(inArray(staffingOfferTakes.offerId, offers.map((o) => o.id)));
	return offers.map((o) => ({ ...o, taken: takes.filter((t) => t.offerId === o.id).length, mine: takes.some((t) => t.offerId === o.id && t.personId === personId) }));
}

/** A team's offers for the days from `firstDay` to `lastDay`, with who took each, first taker first: what the planner sees of them. */
export async function listPostedOffers(database: Database, teamId: number, firstDay: string, lastDay: string) {
	const offers = await database.db
		.select()
		.from(staffingOffers)
		.where(and(eq(staffingOffers.teamId, teamId), gte(staffingOffers.day, firstDay), lte(staffingOffers.day, lastDay)))
		.orderBy(asc(staffingOffers.start));
	if (!offers.length) return [];
	const takes = await database.db
		.select({ offerId: staffingOfferTakes.offerId, name: people.name })
		.from(staffingOfferTakes)
		.innerJoin(people, eq(people.id, staffingOfferTakes.personId))
		.where(inArray(staffingOfferTakes.offerId, offers.map((o) => o.id)))
		.orderBy(asc(staffingOfferTakes.createdAt));
	return offers.map((o) => ({ ...o, takers: takes.filter((t) => t.offerId === o.id).map((t) => t.name) }));
}

export type TakeOutcome = { ok: true } | { ok: false; problem: 'not_found' | 'full' | 'already' | 'no_shift' | 'inside' | 'no_overlap' | 'rules'; violations?: PlanViolation[] };

export async function takeOffer(database: Database, personId: number, offerId: number, now: number): Promise<TakeOutcome> {
	const offer = (await database.db.select().from(staffingOffers).where(eq(staffingOffers.id, offerId)).limit(1))[0];
	const me = await requesterOf(database, personId);
	if (!offer || offer.closedAt !== null || offer.teamId !== me.teamId || offer.end <= now) return { ok: false, problem: 'not_found' };
	const takes = await database.db.select().from(staffingOfferTakes).where(eq(staffingOfferTakes.offerId, offerId));
	if (takes.some((t) => t.personId === personId)) return { ok: false, problem: 'already' };
	if (takes.length >= offer.slots) return { ok: false, problem: 'full' };
	// The agent's published shift that day, and their plan over the weeks around it.
	const monday = addDays(offer.day, -isoWeekday(offer.day) - 7);
	const days = horizonDays(monday, 3);
	const from = localTimeMs(days[0]!, 0, me.timeZone);
	const to = localTimeMs(addDays(days[20]!, 1), 0, me.timeZone);
	const planned = await database.db
		.select({ id: shifts.id, start: shifts.start, end: shifts.end, scheduleId: shifts.scheduleId })
		.from(shifts)
		.innerJoin(schedules, eq(schedules.id, shifts.scheduleId))
		.where(and(eq(shifts.personId, personId), eq(schedules.status, 'published'), gte(shifts.start, from), lte(shifts.start, to)));
	const dayStart = localTimeMs(offer.day, 0, me.timeZone);
	const dayEnd = localTimeMs(addDays(offer.day, 1), 0, me.timeZone);
	const today = planned.find((s) => s.start >= dayStart && s.start < dayEnd) ?? null;
	const effect = offer.kind === 'vto' ? takeVto(today, offer) : takeExtra(today, offer);
	if (effect.kind === 'refused') return { ok: false, problem: effect.reason };
	const agent = (await agentInputs(database, offer.teamId, days)).find((a) => a.id === personId);
	if (!agent) return { ok: false, problem: 'not_found' };
	const after = planned.filter((s) => s !== today).concat(effect.kind === 'set' ? [{ id: -1, start: effect.start, end: effect.end, scheduleId: today?.scheduleId ?? -1 }] : []);
	const broken = newViolations(checkPlan(agent, days, planned), checkPlan(agent, days, after)).filter((v) => !(offer.kind === 'vto' && v.rule === 'weekly_hours_min'));
	if (broken.length) return { ok: false, problem: 'rules', violations: broken };
	// Extra hours on a day off need a published schedule of the team covering that day to hold the shift.
	const scheduleId = today?.scheduleId ?? (await database.db.select({ id: schedules.id }).from(schedules).where(and(eq(schedules.teamId, offer.teamId), eq(schedules.status, 'published'), lte(schedules.firstDay, offer.day), gte(schedules.lastDay, offer.day))).limit(1))[0]?.id;
	if (scheduleId === undefined) return { ok: false, problem: 'no_shift' };
	return database.write(async (tx) => {
		const [{ n }] = (await tx.select({ n: count() }).from(staffingOfferTakes).where(eq(staffingOfferTakes.offerId, offerId))) as [{ n: number }];
		if (n >= offer.slots) return { ok: false, problem: 'full' } as const;
		const mine = await tx.select().from(staffingOfferTakes).where(and(eq(staffingOfferTakes.offerId, offerId), eq(staffingOfferTakes.personId, personId)));
		if (mine.length) return { ok: false, problem: 'already' } as const;
		await tx.insert(staffingOfferTakes).values({ offerId, personId, createdAt: now });
		if (effect.kind === 'remove') await tx.delete(shifts).where(eq(shifts.id, today!.id));
		else if (today) await tx.update(shifts).set({ start: effect.start, end: effect.end, breaks: [] }).where(eq(shifts.id, today.id));
		else await tx.insert(shifts).values({ scheduleId, personId, start: effect.start, end: effect.end, breaks: [] });
		await recordAudit(tx, { actorId: personId, action: `offer.take_${offer.kind}`, entity: 'staffing_offer', entityId: offerId }, now);
		return { ok: true } as const;
	});
}
