import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from './db';
import { auditLog, flexibilityIndex, people, queues, schedules, shiftSwaps, shifts, teamSettings } from './db/schema';
import { answerExchange, cancelOffer, decideSwap, exchangesOf, exchangesToAnswer, myOffers, offerShift, openOffers, pendingSwaps, proposeExchange, takeShift, withdrawExchange } from './swaps';
import { addPerson, createTestDatabase, disposeTestDatabase, insertSavedForecast, seedNow, seedTestOrg, type TestOrg } from './test-fixtures';
import { localTimeMs } from '$lib/domain/schedule/center-model';
import { addDays } from '$lib/domain/people/turnover';

const zone = 'Europe/Warsaw';
// Each test works in its own ISO week from this Monday on, so one test's shifts never count in another's rules.
const monday = '2026-03-02';
const day = (week: number, weekday: number) => addDays(monday, week * 7 + weekday);
const at = (d: string, hour: number, minute = 0) => localTimeMs(d, hour * 60 + minute, zone);

let database: Database;
let org: TestOrg;
let carolId: number;
let daveId: number;
let erinId: number;
let frankId: number;
let publishedId: number;
let draftId: number;

async function insertShift(personId: number, d: string, fromHour: number, toHour: number, scheduleId = publishedId): Promise<number> {
	return database.write(async (tx) => (await tx.insert(shifts).values({ scheduleId, personId, start: at(d, fromHour), end: at(d, toHour), breaks: [] }).returning({ id: shifts.id }))[0]!.id);
}
/** Offers the shift and returns the id of the open swap. */
async function offer(personId: number, shiftId: number): Promise<number> {
	expect(await offerShift(database, personId, shiftId, seedNow)).toBe(true);
	return (await database.db.select().from(shiftSwaps).where(and(eq(shiftSwaps.shiftId, shiftId), eq(shiftSwaps.status, 'open'))))[0]!.id;
}
const ownerOf = async (shiftId: number) => (await database.db.select().from(shifts).where(eq(shifts.id, shiftId)))[0]!.personId;
const swapRow = async (id: number) => (await database.db.select().from(shiftSwaps).where(eq(shiftSwaps.id, id)))[0]!;
const auditFor = (action: string, id: number) => database.db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, String(id))));
/** Ids of the open offers a teammate in team 1 sees. */
const offeredTo = async (personId: number) => (await openOffers(database, org.team1, personId, seedNow)).map((o) => o.swapId);
const swapsOf = (shiftId: number) => database.db.select().from(shiftSwaps).where(eq(shiftSwaps.shiftId, shiftId));
async function setApproval(teamId: number, swapsNeedApproval: boolean) {
	await database.write((tx) => tx.insert(teamSettings).values({ teamId, swapsNeedApproval }).onConflictDoUpdate({ target: teamSettings.teamId, set: { swapsNeedApproval } }));
}

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	// Team 1 (Warsaw): Alice gives shifts, Carol takes them. Dave, Erin and Frank are there to break
	// a rule. Bob is in team 2. Nobody has skills and no forecast is saved, so no queue is ever short.
	carolId = await addPerson(database, { organizationId: org.organizationId, name: 'Carol Agent', teamId: org.team1, siteId: org.siteA });
	daveId = await addPerson(database, { organizationId: org.organizationId, name: 'Dave Agent', teamId: org.team1, siteId: org.siteA });
	// At most 8 hours a week.
	erinId = await addPerson(database, { organizationId: org.organizationId, name: 'Erin Agent', teamId: org.team1, siteId: org.siteA, contractHoursMax: 8 });
	// At least 16 hours a week.
	frankId = await addPerson(database, { organizationId: org.organizationId, name: 'Frank Agent', teamId: org.team1, siteId: org.siteA, contractHoursMin: 16 });
	await database.write(async (tx) => {
		const [published] = await tx.insert(schedules).values({ teamId: org.team1, firstDay: monday, lastDay: day(9, 6), status: 'published', runStatus: 'done', createdAt: seedNow, publishedAt: seedNow }).returning({ id: schedules.id });
		const [draft] = await tx.insert(schedules).values({ teamId: org.team1, firstDay: monday, lastDay: day(9, 6), status: 'draft', runStatus: 'done', createdAt: seedNow }).returning({ id: schedules.id });
		publishedId = published!.id;
		draftId = draft!.id;
	});
});
afterAll(() => disposeTestDatabase(database));

describe('offerShift', () => {
	it("offers the agent's own future published shift to the teammates, once", async () => {
		const shiftId = await insertShift(org.agent1Id, day(0, 0), 9, 17);
		expect(await offerShift(database, org.agent1Id, shiftId, seedNow)).toBe(true);
		const [swap] = await swapsOf(shiftId);
		expect(swap).toMatchObject({ offeredBy: org.agent1Id, takenBy: null, status: 'open', createdAt: seedNow, decidedBy: null, decidedAt: null });
		expect(await auditFor('swap.offer', swap!.id)).toHaveLength(1);
		expect((await myOffers(database, org.agent1Id)).map((o) => o.id)).toEqual([swap!.id]);
		// Teammates see it with the giver's name; the giver and other teams do not.
		expect(await openOffers(database, org.team1, carolId, seedNow)).toEqual([{ swapId: swap!.id, shiftId, start: at(day(0, 0), 9), end: at(day(0, 0), 17), name: 'Alice Agent' }]);
		expect(await openOffers(database, org.team1, org.agent1Id, seedNow)).toEqual([]);
		expect(await openOffers(database, org.team2, org.agent2Id, seedNow)).toEqual([]);
		expect(await openOffers(database, null, carolId, seedNow)).toEqual([]);
		// Nor once the shift has started.
		expect(await openOffers(database, org.team1, carolId, at(day(0, 0), 9))).toEqual([]);

		// A second offer of the same shift is refused, and nothing is added.
		expect(await offerShift(database, org.agent1Id, shiftId, seedNow)).toBe(false);
		expect(await swapsOf(shiftId)).toHaveLength(1);
		await cancelOffer(database, org.agent1Id, swap!.id, seedNow);
	});

	it("refuses someone else's shift, a shift that has started, a draft's shift and an unknown one", async () => {
		const shiftId = await insertShift(org.agent1Id, day(0, 1), 9, 17);
		const draftShift = await insertShift(org.agent1Id, day(0, 2), 9, 17, draftId);
		expect(await offerShift(database, carolId, shiftId, seedNow)).toBe(false);
		expect(await offerShift(database, org.supervisorId, shiftId, seedNow)).toBe(false);
		expect(await offerShift(database, org.agent1Id, shiftId, at(day(0, 1), 9))).toBe(false);
		expect(await offerShift(database, org.agent1Id, shiftId, at(day(0, 2), 9))).toBe(false);
		expect(await offerShift(database, org.agent1Id, draftShift, seedNow)).toBe(false);
		expect(await offerShift(database, org.agent1Id, 999_999, seedNow)).toBe(false);
		expect(await swapsOf(shiftId)).toEqual([]);
		expect(await swapsOf(draftShift)).toEqual([]);
		// A minute before it starts, it may still be offered.
		expect(await offerShift(database, org.agent1Id, shiftId, at(day(0, 1), 8, 59))).toBe(true);
	});
});

describe('takeShift', () => {
	it('gives the shift to a teammate at once when every rule holds and the team needs no approval', async () => {
		const shiftId = await insertShift(org.agent1Id, day(1, 0), 9, 17);
		const swapId = await offer(org.agent1Id, shiftId);
		expect(await takeShift(database, carolId, swapId, seedNow + 1000)).toEqual({ ok: true, status: 'approved', queueShort: 0 });
		expect(await ownerOf(shiftId)).toBe(carolId);
		expect(await swapRow(swapId)).toMatchObject({ status: 'approved', takenBy: carolId, decidedAt: seedNow + 1000, decidedBy: null });
		expect(await auditFor('swap.take', swapId)).toEqual([expect.objectContaining({ actorId: carolId, entity: 'shift_swap', at: seedNow + 1000 })]);
		expect(await auditFor('swap.request', swapId)).toEqual([]);
		// Gone from the offers and from the giver's list; nobody takes it again.
		expect(await offeredTo(daveId)).not.toContain(swapId);
		expect(await myOffers(database, org.agent1Id)).not.toContainEqual(expect.objectContaining({ id: swapId }));
		expect(await takeShift(database, daveId, swapId, seedNow)).toEqual({ ok: false, problem: 'not_open' });
		expect(await ownerOf(shiftId)).toBe(carolId);
		// Nor is it waiting for a supervisor.
		expect(await pendingSwaps(database, [org.team1])).toEqual([]);
	});

	it("refuses the giver's own shift, and the offer stays open", async () => {
		const shiftId = await insertShift(org.agent1Id, day(2, 0), 9, 17);
		const swapId = await offer(org.agent1Id, shiftId);
		expect(await takeShift(database, org.agent1Id, swapId, seedNow)).toEqual({ ok: false, problem: 'own_shift' });
		expect(await swapRow(swapId)).toMatchObject({ status: 'open', takenBy: null });
		expect(await ownerOf(shiftId)).toBe(org.agent1Id);
		await cancelOffer(database, org.agent1Id, swapId, seedNow);
	});

	it('answers not_found to an agent of another team or organization, and to an unknown offer', async () => {
		const shiftId = await insertShift(org.agent1Id, day(2, 1), 9, 17);
		const swapId = await offer(org.agent1Id, shiftId);
		expect(await takeShift(database, org.agent2Id, swapId, seedNow)).toEqual({ ok: false, problem: 'not_found' });
		expect(await takeShift(database, org.outsiderId, swapId, seedNow)).toEqual({ ok: false, problem: 'not_found' });
		expect(await takeShift(database, carolId, 999_999, seedNow)).toEqual({ ok: false, problem: 'not_found' });
		expect(await swapRow(swapId)).toMatchObject({ status: 'open', takenBy: null });
		expect(await ownerOf(shiftId)).toBe(org.agent1Id);
		await cancelOffer(database, org.agent1Id, swapId, seedNow);
	});

	it('refuses a shift that has started', async () => {
		const shiftId = await insertShift(org.agent1Id, day(2, 2), 9, 17);
		const swapId = await offer(org.agent1Id, shiftId);
		expect(await takeShift(database, carolId, swapId, at(day(2, 2), 9))).toEqual({ ok: false, problem: 'not_open' });
		expect(await ownerOf(shiftId)).toBe(org.agent1Id);
		expect((await swapRow(swapId)).status).toBe('open');
		await cancelOffer(database, org.agent1Id, swapId, seedNow);
	});

	it('refuses a taker who would rest under 11 hours, naming the rule, and changes nothing', async () => {
		// Dave works until 22:00 the evening before; the shift starts at 08:00: 10 hours of rest.
		await insertShift(daveId, day(3, 1), 14, 22);
		const shiftId = await insertShift(org.agent1Id, day(3, 2), 8, 16);
		const swapId = await offer(org.agent1Id, shiftId);
		expect(await takeShift(database, daveId, swapId, seedNow)).toEqual({ ok: false, problem: 'rules', violations: [{ who: 'taker', violation: { rule: 'rest', when: day(3, 2), amount: 60 } }] });
		expect(await ownerOf(shiftId)).toBe(org.agent1Id);
		expect(await swapRow(swapId)).toMatchObject({ status: 'open', takenBy: null, decidedAt: null });
		expect(await auditFor('swap.take', swapId)).toEqual([]);
		expect(await auditFor('swap.request', swapId)).toEqual([]);
		// With 11 hours between them it is allowed: Carol works the same evening shift a week on.
		await insertShift(carolId, day(4, 1), 14, 22);
		const later = await insertShift(org.agent1Id, day(4, 2), 9, 17);
		const laterSwap = await offer(org.agent1Id, later);
		expect(await takeShift(database, carolId, laterSwap, seedNow)).toMatchObject({ ok: true, status: 'approved' });
		// The refused offer is still there for someone who can take it.
		expect(await takeShift(database, carolId, swapId, seedNow)).toMatchObject({ ok: true, status: 'approved' });
		expect(await ownerOf(shiftId)).toBe(carolId);
	});

	it("refuses a taker whose week would exceed the contract's maximum hours", async () => {
		// Erin may work 8 hours a week and already works Thursday.
		await insertShift(erinId, day(5, 3), 9, 17);
		const shiftId = await insertShift(org.agent1Id, day(5, 0), 9, 17);
		const swapId = await offer(org.agent1Id, shiftId);
		expect(await takeShift(database, erinId, swapId, seedNow)).toEqual({ ok: false, problem: 'rules', violations: [{ who: 'taker', violation: { rule: 'weekly_hours_max', when: day(5, 0), amount: 480 } }] });
		expect(await ownerOf(shiftId)).toBe(org.agent1Id);
		expect((await swapRow(swapId)).status).toBe('open');
		await cancelOffer(database, org.agent1Id, swapId, seedNow);
	});

	it("refuses a swap that would take the giver's week below the contract's minimum hours", async () => {
		// Frank must work 16 hours a week and works exactly that.
		const thursday = await insertShift(frankId, day(5, 3), 9, 17);
		await insertShift(frankId, day(5, 4), 9, 17);
		const swapId = await offer(frankId, thursday);
		expect(await takeShift(database, carolId, swapId, seedNow)).toEqual({ ok: false, problem: 'rules', violations: [{ who: 'giver', violation: { rule: 'weekly_hours_min', when: day(5, 0), amount: 480 } }] });
		expect(await ownerOf(thursday)).toBe(frankId);
		expect((await swapRow(swapId)).status).toBe('open');
		await cancelOffer(database, frankId, swapId, seedNow);
	});

	it('lets exactly one of two teammates taking at once have the shift', async () => {
		const shiftId = await insertShift(org.agent1Id, day(6, 0), 9, 17);
		const swapId = await offer(org.agent1Id, shiftId);
		const outcomes = await Promise.all([takeShift(database, carolId, swapId, seedNow), takeShift(database, daveId, swapId, seedNow)]);
		expect(outcomes.filter((o) => o.ok)).toEqual([{ ok: true, status: 'approved', queueShort: 0 }]);
		expect(outcomes.filter((o) => !o.ok)).toEqual([{ ok: false, problem: 'not_open' }]);
		const winner = outcomes[0]!.ok ? carolId : daveId;
		expect(await ownerOf(shiftId)).toBe(winner);
		expect(await swapRow(swapId)).toMatchObject({ status: 'approved', takenBy: winner });
		expect(await auditFor('swap.take', swapId)).toHaveLength(1);
	});

	// A newer published schedule sends the old one back to draft (publishSchedule): its open offers
	// are no longer anyone's plan, so they are neither listed nor taken.
	it('refuses an offer whose schedule is no longer published', async () => {
		const shiftId = await insertShift(org.agent1Id, day(7, 0), 9, 17);
		const swapId = await offer(org.agent1Id, shiftId);
		await database.write((tx) => tx.update(schedules).set({ status: 'draft', publishedAt: null }).where(eq(schedules.id, publishedId)));
		try {
			expect((await openOffers(database, org.team1, carolId, seedNow)).map((o) => o.swapId)).not.toContain(swapId);
			expect(await takeShift(database, carolId, swapId, seedNow)).toEqual({ ok: false, problem: 'not_open' });
			expect(await ownerOf(shiftId)).toBe(org.agent1Id);
		} finally {
			await database.write((tx) => tx.update(schedules).set({ status: 'published', publishedAt: seedNow }).where(eq(schedules.id, publishedId)));
		}
	});
});

describe('swaps the team policy sends to a supervisor', () => {
	beforeAll(() => setApproval(org.team1, true));
	afterAll(() => setApproval(org.team1, false));

	it('keeps the shift with the giver until a supervisor of the team approves, then moves it', async () => {
		const shiftId = await insertShift(org.agent1Id, day(8, 0), 9, 17);
		const swapId = await offer(org.agent1Id, shiftId);
		expect(await takeShift(database, carolId, swapId, seedNow)).toEqual({ ok: true, status: 'pending_approval', queueShort: 0 });
		expect(await ownerOf(shiftId)).toBe(org.agent1Id);
		expect(await swapRow(swapId)).toMatchObject({ status: 'pending_approval', takenBy: carolId, decidedAt: null, decidedBy: null });
		expect(await auditFor('swap.request', swapId)).toHaveLength(1);
		expect(await auditFor('swap.take', swapId)).toEqual([]);
		// No longer offered, nobody else takes it, and it is not offered a second time.
		expect(await offeredTo(daveId)).not.toContain(swapId);
		expect(await takeShift(database, daveId, swapId, seedNow)).toEqual({ ok: false, problem: 'not_open' });
		expect(await offerShift(database, org.agent1Id, shiftId, seedNow)).toBe(false);
		expect((await myOffers(database, org.agent1Id)).map((o) => [o.id, o.status])).toContainEqual([swapId, 'pending_approval']);
		// The team's supervisors see it, with both names; other teams' do not.
		expect(await pendingSwaps(database, [org.team1])).toEqual([
			expect.objectContaining({ swap: expect.objectContaining({ id: swapId }), start: at(day(8, 0), 9), end: at(day(8, 0), 17), teamId: org.team1, giver: 'Alice Agent', taker: 'Carol Agent', queueShort: 0 })
		]);
		expect(await pendingSwaps(database, [org.team2])).toEqual([]);
		expect(await pendingSwaps(database, [])).toEqual([]);

		// A supervisor of another team, or none, cannot decide it.
		expect(await decideSwap(database, swapId, [org.team2], true, org.supervisorId, seedNow)).toBe('not_found');
		expect(await decideSwap(database, swapId, [], true, org.supervisorId, seedNow)).toBe('not_found');
		expect(await decideSwap(database, 999_999, [org.team1], true, org.supervisorId, seedNow)).toBe('not_found');
		expect(await ownerOf(shiftId)).toBe(org.agent1Id);
		expect((await swapRow(swapId)).status).toBe('pending_approval');

		expect(await decideSwap(database, swapId, [org.team1], true, org.supervisorId, seedNow + 5000)).toBe('decided');
		expect(await ownerOf(shiftId)).toBe(carolId);
		expect(await swapRow(swapId)).toMatchObject({ status: 'approved', takenBy: carolId, decidedBy: org.supervisorId, decidedAt: seedNow + 5000 });
		expect(await auditFor('swap.approve', swapId)).toEqual([expect.objectContaining({ actorId: org.supervisorId })]);
		expect(await pendingSwaps(database, [org.team1])).toEqual([]);
	});

	it('keeps the shift with the giver when the supervisor denies the swap', async () => {
		const shiftId = await insertShift(org.agent1Id, day(8, 1), 9, 17);
		const swapId = await offer(org.agent1Id, shiftId);
		expect(await takeShift(database, carolId, swapId, seedNow)).toMatchObject({ ok: true, status: 'pending_approval' });
		expect(await decideSwap(database, swapId, [org.team1], false, org.supervisorId, seedNow)).toBe('decided');
		expect(await ownerOf(shiftId)).toBe(org.agent1Id);
		expect(await swapRow(swapId)).toMatchObject({ status: 'denied', decidedBy: org.supervisorId, decidedAt: seedNow });
		expect(await auditFor('swap.deny', swapId)).toHaveLength(1);
		expect(await auditFor('swap.approve', swapId)).toEqual([]);
		// Decided once: approving it now changes nothing.
		expect(await decideSwap(database, swapId, [org.team1], true, org.supervisorId, seedNow)).toBe('already_decided');
		expect(await ownerOf(shiftId)).toBe(org.agent1Id);
		// The giver may offer the shift again.
		expect(await offerShift(database, org.agent1Id, shiftId, seedNow)).toBe(true);
	});

	it('refuses to approve a swap that breaks a rule since it was taken', async () => {
		const shiftId = await insertShift(org.agent1Id, day(8, 3), 8, 16);
		const swapId = await offer(org.agent1Id, shiftId);
		expect(await takeShift(database, daveId, swapId, seedNow)).toMatchObject({ ok: true, status: 'pending_approval' });
		// Meanwhile Dave is given the evening before: 10 hours of rest.
		await insertShift(daveId, day(8, 2), 14, 22);
		expect(await decideSwap(database, swapId, [org.team1], true, org.supervisorId, seedNow)).toBe('rules');
		expect(await ownerOf(shiftId)).toBe(org.agent1Id);
		expect((await swapRow(swapId)).status).toBe('pending_approval');
		// It can still be denied.
		expect(await decideSwap(database, swapId, [org.team1], false, org.supervisorId, seedNow)).toBe('decided');
	});

	// The status is looked at before the rules: by then the shift is the taker's, and checking it
	// again would count it twice and answer 'rules'.
	it('answers already_decided to a second approval', async () => {
		const shiftId = await insertShift(org.agent1Id, day(8, 5), 9, 17);
		const swapId = await offer(org.agent1Id, shiftId);
		expect(await takeShift(database, carolId, swapId, seedNow)).toMatchObject({ ok: true, status: 'pending_approval' });
		expect(await decideSwap(database, swapId, [org.team1], true, org.supervisorId, seedNow)).toBe('decided');
		expect(await decideSwap(database, swapId, [org.team1], true, org.supervisorId, seedNow)).toBe('already_decided');
	});

	it('does not approve a swap once the shift has begun, but can still deny it', async () => {
		const shiftId = await insertShift(org.agent1Id, day(8, 6), 9, 17);
		const swapId = await offer(org.agent1Id, shiftId);
		expect(await takeShift(database, carolId, swapId, seedNow)).toMatchObject({ ok: true, status: 'pending_approval' });
		const begun = (await database.db.select().from(shifts).where(eq(shifts.id, shiftId)))[0]!.start + 60_000;
		expect(await decideSwap(database, swapId, [org.team1], true, org.supervisorId, begun)).toBe('started');
		expect(await ownerOf(shiftId)).toBe(org.agent1Id);
		expect(await decideSwap(database, swapId, [org.team1], false, org.supervisorId, begun)).toBe('decided');
	});
});

describe('exchanges', () => {
	// Weeks 11 to 20, each test two weeks from the last, so no test's shifts count in another's rules.
	it('moves both shifts once the giver accepts, and shows the proposal to both sides until then', async () => {
		const tuesday = await insertShift(org.agent1Id, day(11, 1), 9, 17);
		const wednesday = await insertShift(carolId, day(11, 2), 9, 17);
		const swapId = await offer(org.agent1Id, tuesday);
		expect(await proposeExchange(database, carolId, swapId, wednesday, seedNow + 1000)).toEqual({ ok: true });
		expect(await swapRow(swapId)).toMatchObject({ status: 'proposed', takenBy: carolId, returnShiftId: wednesday, decidedAt: null });
		expect(await auditFor('swap.propose', swapId)).toEqual([expect.objectContaining({ actorId: carolId, detail: { returnShiftId: wednesday } })]);
		// Nothing moves yet; the giver sees the proposal, the proposer sees it waiting, the team no longer sees the offer.
		expect(await ownerOf(tuesday)).toBe(org.agent1Id);
		expect(await ownerOf(wednesday)).toBe(carolId);
		const offered = { start: at(day(11, 1), 9), end: at(day(11, 1), 17) };
		const returned = { id: wednesday, start: at(day(11, 2), 9), end: at(day(11, 2), 17) };
		expect(await exchangesOf(database, org.agent1Id)).toEqual([{ swapId, toMe: true, other: 'Carol Agent', offered, returned }]);
		expect(await exchangesOf(database, carolId)).toEqual([{ swapId, toMe: false, other: 'Alice Agent', offered, returned }]);
		expect(await exchangesOf(database, daveId)).toEqual([]);
		expect([await exchangesToAnswer(database, org.agent1Id), await exchangesToAnswer(database, carolId), await exchangesToAnswer(database, daveId)]).toEqual([1, 0, 0]);
		expect(await offeredTo(daveId)).not.toContain(swapId);
		expect((await myOffers(database, org.agent1Id)).map((o) => [o.id, o.status])).toContainEqual([swapId, 'proposed']);
		// Nobody else takes it or proposes for it, and the shift given in return is not offered meanwhile.
		expect(await takeShift(database, daveId, swapId, seedNow)).toEqual({ ok: false, problem: 'not_open' });
		expect(await offerShift(database, carolId, wednesday, seedNow)).toBe(false);
		// Only the giver answers.
		expect(await answerExchange(database, carolId, swapId, true, seedNow)).toEqual({ ok: false, problem: 'not_found' });
		expect(await answerExchange(database, daveId, swapId, true, seedNow)).toEqual({ ok: false, problem: 'not_found' });
		expect(await answerExchange(database, org.agent1Id, swapId, true, seedNow + 2000)).toEqual({ ok: true, status: 'approved', queueShort: 0 });
		expect(await ownerOf(tuesday)).toBe(carolId);
		expect(await ownerOf(wednesday)).toBe(org.agent1Id);
		expect(await swapRow(swapId)).toMatchObject({ status: 'approved', takenBy: carolId, returnShiftId: wednesday, decidedAt: seedNow + 2000 });
		expect(await auditFor('swap.exchange', swapId)).toEqual([expect.objectContaining({ actorId: org.agent1Id })]);
		expect(await exchangesOf(database, org.agent1Id)).toEqual([]);
		expect(await exchangesToAnswer(database, org.agent1Id)).toBe(0);
		// Settled once: a second answer changes nothing.
		expect(await answerExchange(database, org.agent1Id, swapId, true, seedNow)).toEqual({ ok: false, problem: 'not_open' });
		expect(await answerExchange(database, org.agent1Id, swapId, false, seedNow)).toEqual({ ok: false, problem: 'not_open' });
		expect(await ownerOf(wednesday)).toBe(org.agent1Id);
	});

	it("lets an agent at the contract's maximum exchange a shift of the same length where taking one would break it", async () => {
		// Erin may work 8 hours a week and has her 8 on Monday.
		const monday_ = await insertShift(erinId, day(13, 0), 9, 17);
		const thursday = await insertShift(org.agent1Id, day(13, 3), 9, 17);
		const swapId = await offer(org.agent1Id, thursday);
		expect(await takeShift(database, erinId, swapId, seedNow)).toEqual({ ok: false, problem: 'rules', violations: [{ who: 'taker', violation: { rule: 'weekly_hours_max', when: day(13, 0), amount: 480 } }] });
		expect(await proposeExchange(database, erinId, swapId, monday_, seedNow)).toEqual({ ok: true });
		expect(await answerExchange(database, org.agent1Id, swapId, true, seedNow)).toMatchObject({ ok: true, status: 'approved' });
		expect(await ownerOf(thursday)).toBe(erinId);
		expect(await ownerOf(monday_)).toBe(org.agent1Id);
	});

	it('puts the offer back up when the giver declines or the proposer withdraws, and each only their own', async () => {
		const tuesday = await insertShift(org.agent1Id, day(15, 1), 9, 17);
		const wednesday = await insertShift(carolId, day(15, 2), 9, 17);
		const swapId = await offer(org.agent1Id, tuesday);
		expect(await proposeExchange(database, carolId, swapId, wednesday, seedNow)).toEqual({ ok: true });
		expect(await answerExchange(database, org.agent1Id, swapId, false, seedNow)).toEqual({ ok: true, status: 'declined', queueShort: 0 });
		expect(await swapRow(swapId)).toMatchObject({ status: 'open', takenBy: null, returnShiftId: null });
		expect(await auditFor('swap.decline', swapId)).toHaveLength(1);
		expect(await offeredTo(daveId)).toContain(swapId);
		expect(await ownerOf(tuesday)).toBe(org.agent1Id);
		expect(await ownerOf(wednesday)).toBe(carolId);
		// Proposed again, then withdrawn by the proposer (not by the giver, nor by a teammate).
		expect(await proposeExchange(database, carolId, swapId, wednesday, seedNow)).toEqual({ ok: true });
		expect(await withdrawExchange(database, org.agent1Id, swapId, seedNow)).toBe(false);
		expect(await withdrawExchange(database, daveId, swapId, seedNow)).toBe(false);
		expect(await withdrawExchange(database, carolId, swapId, seedNow)).toBe(true);
		expect(await swapRow(swapId)).toMatchObject({ status: 'open', takenBy: null, returnShiftId: null });
		expect(await auditFor('swap.withdraw', swapId)).toHaveLength(1);
		expect(await withdrawExchange(database, carolId, swapId, seedNow)).toBe(false);
		// The shift that was to be given back is free to offer again.
		expect(await offerShift(database, carolId, wednesday, seedNow)).toBe(true);
		// The giver withdrawing the offer also ends a proposal for it.
		const thursday = await insertShift(daveId, day(15, 3), 9, 17);
		expect(await proposeExchange(database, daveId, swapId, thursday, seedNow)).toEqual({ ok: true });
		expect(await cancelOffer(database, org.agent1Id, swapId, seedNow)).toBe(true);
		expect(await swapRow(swapId)).toMatchObject({ status: 'cancelled' });
		expect(await exchangesOf(database, daveId)).toEqual([]);
		expect(await ownerOf(thursday)).toBe(daveId);
	});

	it('refuses a shift in return that is not the proposer’s own, future, published and free', async () => {
		const tuesday = await insertShift(org.agent1Id, day(17, 1), 9, 17);
		const swapId = await offer(org.agent1Id, tuesday);
		const davesShift = await insertShift(daveId, day(17, 2), 9, 17);
		const draft = await insertShift(carolId, day(17, 3), 9, 17, draftId);
		const offeredToo = await insertShift(carolId, day(17, 4), 9, 17);
		await offer(carolId, offeredToo);
		const fine = await insertShift(carolId, day(17, 2), 9, 17);
		for (const returnShiftId of [davesShift, draft, offeredToo, tuesday, 999_999]) expect(await proposeExchange(database, carolId, swapId, returnShiftId, seedNow)).toEqual({ ok: false, problem: 'return_shift' });
		// Nor one that has begun by the time of the proposal; a minute before, it may be given.
		const monday_ = await insertShift(carolId, day(17, 0), 9, 17);
		expect(await proposeExchange(database, carolId, swapId, monday_, at(day(17, 0), 9))).toEqual({ ok: false, problem: 'return_shift' });
		expect(await proposeExchange(database, carolId, swapId, monday_, at(day(17, 0), 8, 59))).toEqual({ ok: true });
		expect(await withdrawExchange(database, carolId, swapId, seedNow)).toBe(true);
		// An offered shift that has begun is no longer open for an exchange.
		expect(await proposeExchange(database, carolId, swapId, fine, at(day(17, 1), 10))).toEqual({ ok: false, problem: 'not_open' });
		// The giver's own offer, another team's agent and an unknown offer.
		expect(await proposeExchange(database, org.agent1Id, swapId, fine, seedNow)).toEqual({ ok: false, problem: 'own_shift' });
		expect(await proposeExchange(database, org.agent2Id, swapId, fine, seedNow)).toEqual({ ok: false, problem: 'not_found' });
		expect(await proposeExchange(database, carolId, 999_999, fine, seedNow)).toEqual({ ok: false, problem: 'not_found' });
		expect(await swapRow(swapId)).toMatchObject({ status: 'open', takenBy: null, returnShiftId: null });
	});

	it("refuses an exchange that would cut the giver's rest, naming who and the rule, before the giver is asked", async () => {
		// Alice works Wednesday until 22:00; Carol's Thursday shift from 06:00 would leave her 8 hours' rest.
		await insertShift(org.agent1Id, day(19, 2), 14, 22);
		const monday_ = await insertShift(org.agent1Id, day(19, 0), 9, 17);
		const thursday = await insertShift(carolId, day(19, 3), 6, 14);
		const swapId = await offer(org.agent1Id, monday_);
		expect(await proposeExchange(database, carolId, swapId, thursday, seedNow)).toEqual({ ok: false, problem: 'rules', violations: [{ who: 'giver', violation: { rule: 'rest', when: day(19, 3), amount: 180 } }] });
		expect(await swapRow(swapId)).toMatchObject({ status: 'open', takenBy: null, returnShiftId: null });
		expect(await ownerOf(thursday)).toBe(carolId);
	});

	it("refreshes both agents' flexibility index for the week of the exchange: one self-service change and one request approved each", async () => {
		// A week of its own: the Thursday after seedNow's week, whose Monday is 2026-01-19.
		const later = seedNow + 7 * 86_400_000;
		const tuesday = await insertShift(org.agent1Id, day(25, 1), 9, 17);
		const wednesday = await insertShift(daveId, day(25, 2), 9, 17);
		const swapId = await offer(org.agent1Id, tuesday);
		expect(await proposeExchange(database, daveId, swapId, wednesday, later)).toEqual({ ok: true });
		expect(await answerExchange(database, org.agent1Id, swapId, true, later)).toMatchObject({ ok: true, status: 'approved' });
		const week = await database.db.select().from(flexibilityIndex).where(eq(flexibilityIndex.weekStart, '2026-01-19'));
		for (const personId of [org.agent1Id, daveId]) expect(week.find((r) => r.personId === personId)).toMatchObject({ selfServiceChanges: 1, requestsApproved: 1 });
	});

	describe('under a policy of approval', () => {
		beforeAll(() => setApproval(org.team1, true));
		afterAll(() => setApproval(org.team1, false));

		it('waits for the supervisor after the giver accepts, shows both shifts, and moves both on approval', async () => {
			const tuesday = await insertShift(org.agent1Id, day(21, 1), 9, 17);
			const friday = await insertShift(carolId, day(21, 4), 10, 18);
			const swapId = await offer(org.agent1Id, tuesday);
			expect(await proposeExchange(database, carolId, swapId, friday, seedNow)).toEqual({ ok: true });
			expect(await answerExchange(database, org.agent1Id, swapId, true, seedNow)).toEqual({ ok: true, status: 'pending_approval', queueShort: 0 });
			expect(await ownerOf(tuesday)).toBe(org.agent1Id);
			expect(await ownerOf(friday)).toBe(carolId);
			expect(await pendingSwaps(database, [org.team1])).toEqual([
				expect.objectContaining({ swap: expect.objectContaining({ id: swapId }), giver: 'Alice Agent', taker: 'Carol Agent', returned: { start: at(day(21, 4), 10), end: at(day(21, 4), 18) } })
			]);
			// The giver can no longer withdraw it, nor the proposer.
			expect(await cancelOffer(database, org.agent1Id, swapId, seedNow)).toBe(false);
			expect(await withdrawExchange(database, carolId, swapId, seedNow)).toBe(false);
			expect(await decideSwap(database, swapId, [org.team1], true, org.supervisorId, seedNow)).toBe('decided');
			expect(await ownerOf(tuesday)).toBe(carolId);
			expect(await ownerOf(friday)).toBe(org.agent1Id);
		});

		it('does not approve once the shift given in return has begun', async () => {
			const friday = await insertShift(org.agent1Id, day(23, 4), 9, 17);
			const monday_ = await insertShift(carolId, day(23, 0), 9, 17);
			const swapId = await offer(org.agent1Id, friday);
			expect(await proposeExchange(database, carolId, swapId, monday_, seedNow)).toEqual({ ok: true });
			expect(await answerExchange(database, org.agent1Id, swapId, true, seedNow)).toMatchObject({ ok: true, status: 'pending_approval' });
			expect(await decideSwap(database, swapId, [org.team1], true, org.supervisorId, at(day(23, 0), 10))).toBe('started');
			expect(await ownerOf(monday_)).toBe(carolId);
			expect(await ownerOf(friday)).toBe(org.agent1Id);
			expect(await decideSwap(database, swapId, [org.team1], false, org.supervisorId, at(day(23, 0), 10))).toBe('decided');
			expect(await ownerOf(friday)).toBe(org.agent1Id);
		});
	});
});

describe('cancelOffer', () => {
	it("withdraws only the giver's own open offer", async () => {
		const shiftId = await insertShift(org.agent1Id, day(9, 0), 9, 17);
		const swapId = await offer(org.agent1Id, shiftId);
		expect(await cancelOffer(database, carolId, swapId, seedNow)).toBe(false);
		expect((await swapRow(swapId)).status).toBe('open');
		expect(await cancelOffer(database, org.agent1Id, swapId, seedNow + 1000)).toBe(true);
		expect(await swapRow(swapId)).toMatchObject({ status: 'cancelled', decidedAt: seedNow + 1000, takenBy: null });
		expect(await auditFor('swap.cancel', swapId)).toEqual([expect.objectContaining({ actorId: org.agent1Id })]);
		// Gone from the offers, and too late to take or to withdraw again.
		expect(await offeredTo(carolId)).not.toContain(swapId);
		expect(await myOffers(database, org.agent1Id)).not.toContainEqual(expect.objectContaining({ id: swapId }));
		expect(await takeShift(database, carolId, swapId, seedNow)).toEqual({ ok: false, problem: 'not_open' });
		expect(await ownerOf(shiftId)).toBe(org.agent1Id);
		expect(await cancelOffer(database, org.agent1Id, swapId, seedNow)).toBe(false);
		expect(await auditFor('swap.cancel', swapId)).toHaveLength(1);
		// The shift may be offered again.
		expect(await offerShift(database, org.agent1Id, shiftId, seedNow)).toBe(true);
	});

	it('does not withdraw a swap that was taken', async () => {
		const shiftId = await insertShift(org.agent1Id, day(9, 1), 9, 17);
		const swapId = await offer(org.agent1Id, shiftId);
		expect(await takeShift(database, carolId, swapId, seedNow)).toMatchObject({ ok: true, status: 'approved' });
		expect(await cancelOffer(database, org.agent1Id, swapId, seedNow)).toBe(false);
		expect((await swapRow(swapId)).status).toBe('approved');
		expect(await ownerOf(shiftId)).toBe(carolId);
	});
});

describe('swaps with skills per queue', () => {
	let skilled: Database;
	let o: TestOrg;
	let sam: number;
	let sid: number;
	let bea: number;
	let monShift: number;
	let tueShift: number;
	beforeAll(async () => {
		skilled = await createTestDatabase();
		o = await seedTestOrg(skilled);
		// Monday and Tuesday 09:00–17:00: billing needs 1 agent and sales 1. Alice (billing) and Sam
		// (sales) work both days. Bea (billing) and Sid (sales) work neither. No team policy.
		const sales = await skilled.write(async (tx) => (await tx.insert(queues).values({ organizationId: o.organizationId, name: 'Sales', channel: 'voice', timeZone: zone, serviceLevelTarget: 0.8, serviceLevelSeconds: 20 }).returning({ id: queues.id }))[0]!.id);
		await skilled.write((tx) => tx.update(people).set({ skills: [o.queueId] }).where(eq(people.id, o.agent1Id)));
		sam = await addPerson(skilled, { organizationId: o.organizationId, name: 'Sam Sales', teamId: o.team1, siteId: o.siteA, skills: [sales] });
		sid = await addPerson(skilled, { organizationId: o.organizationId, name: 'Sid Sales', teamId: o.team1, siteId: o.siteA, skills: [sales] });
		bea = await addPerson(skilled, { organizationId: o.organizationId, name: 'Bea Billing', teamId: o.team1, siteId: o.siteA, skills: [o.queueId] });
		const nineToFive = (d: string, minute: number) => (d <= day(0, 1) && minute >= 9 * 60 && minute < 17 * 60 ? 1 : 0);
		await insertSavedForecast(skilled, o.queueId, monday, 2, zone, nineToFive);
		await insertSavedForecast(skilled, sales, monday, 2, zone, nineToFive);
		await skilled.write(async (tx) => {
			const [published] = await tx.insert(schedules).values({ teamId: o.team1, firstDay: monday, lastDay: day(0, 6), status: 'published', runStatus: 'done', createdAt: seedNow, publishedAt: seedNow }).returning({ id: schedules.id });
			const put = async (personId: number, d: string) => (await tx.insert(shifts).values({ scheduleId: published!.id, personId, start: at(d, 8, 30), end: at(d, 17), breaks: [] }).returning({ id: shifts.id }))[0]!.id;
			monShift = await put(sam, day(0, 0));
			tueShift = await put(sam, day(0, 1));
			await put(o.agent1Id, day(0, 0));
			await put(o.agent1Id, day(0, 1));
		});
	});
	afterAll(() => disposeTestDatabase(skilled));

	const owner = async (shiftId: number) => (await skilled.db.select().from(shifts).where(eq(shifts.id, shiftId)))[0]!.personId;
	async function offerIn(personId: number, shiftId: number) {
		expect(await offerShift(skilled, personId, shiftId, seedNow)).toBe(true);
		return (await skilled.db.select().from(shiftSwaps).where(and(eq(shiftSwaps.shiftId, shiftId), eq(shiftSwaps.status, 'open'))))[0]!.id;
	}

	it("sends a swap to the supervisor when the taker lacks the skill for a queue only the giver covered, with the minutes short", async () => {
		const swapId = await offerIn(sam, monShift);
		// Without Sam, sales is short from 09:00 to 17:00: 32 quarter-hours.
		expect(await takeShift(skilled, bea, swapId, seedNow)).toEqual({ ok: true, status: 'pending_approval', queueShort: 32 });
		expect(await owner(monShift)).toBe(sam);
		expect((await skilled.db.select().from(shiftSwaps).where(eq(shiftSwaps.id, swapId)))[0]).toMatchObject({ status: 'pending_approval', takenBy: bea });
		expect(await pendingSwaps(skilled, [o.team1])).toEqual([expect.objectContaining({ giver: 'Sam Sales', taker: 'Bea Billing', queueShort: 32 })]);
		expect(await decideSwap(skilled, swapId, [o.team1], true, o.supervisorId, seedNow)).toBe('decided');
		expect(await owner(monShift)).toBe(bea);
	});

	it('moves the shift at once to a taker with the same skills', async () => {
		const swapId = await offerIn(sam, tueShift);
		expect(await takeShift(skilled, sid, swapId, seedNow)).toEqual({ ok: true, status: 'approved', queueShort: 0 });
		expect(await owner(tueShift)).toBe(sid);
	});

	it('counts the queue left short by the shift given back in an exchange', async () => {
		// Bea (billing) now works Monday and Sid (sales) Tuesday. Bea offers Monday and Sid gives
		// Tuesday back: sales is covered on Monday again but short all of Tuesday, 32 quarter-hours,
		// so the supervisor decides.
		const swapId = await offerIn(bea, monShift);
		expect(await proposeExchange(skilled, sid, swapId, tueShift, seedNow)).toEqual({ ok: true });
		expect(await answerExchange(skilled, bea, swapId, true, seedNow)).toEqual({ ok: true, status: 'pending_approval', queueShort: 32 });
		expect(await pendingSwaps(skilled, [o.team1])).toEqual([expect.objectContaining({ giver: 'Bea Billing', taker: 'Sid Sales', queueShort: 32, returned: expect.objectContaining({ start: at(day(0, 1), 8, 30) }) })]);
		expect(await decideSwap(skilled, swapId, [o.team1], true, o.supervisorId, seedNow)).toBe('decided');
		expect(await owner(tueShift)).toBe(bea);
		expect(await owner(monShift)).toBe(sid);
	});
});
