import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from './db';
import { auditLog, contractRules, people, queues, schedules, shifts, timeOffRequests } from './db/schema';
import { cancelTimeOff, decideTimeOff, requestTimeOff, requesterOf, teammatesOff, timeOffBalance } from './time-off';
import { addPerson, createTestDatabase, disposeTestDatabase, insertSavedForecast, seedNow, seedTestOrg, type TestOrg } from './test-fixtures';
import { localTimeMs } from '$lib/domain/schedule/center-model';
import { addDays } from '$lib/domain/people/turnover';

const zone = 'Europe/Warsaw';
const monday = '2026-03-02';
const day = (i: number) => addDays(monday, i);
const at = (d: string, hour: number, minute = 0) => localTimeMs(d, hour * 60 + minute, zone);
// The team needs one agent from 09:00 to 17:00 on Monday and Wednesday, two on Tuesday.
const needed = [1, 2, 1, 0, 0, 0, 0];

let database: Database;
let org: TestOrg;
let carolId: number;
let daveId: number;
let erinId: number;
let publishedId: number;
let draftId: number;

async function request(personId: number, firstDay: string, lastDay = firstDay, reason = '') {
	return requestTimeOff(database, personId, { firstDay, lastDay, reason }, seedNow);
}
const shiftsOf = (personId: number, scheduleId = publishedId) => database.db.select().from(shifts).where(and(eq(shifts.personId, personId), eq(shifts.scheduleId, scheduleId)));
const requestRow = async (id: number) => (await database.db.select().from(timeOffRequests).where(eq(timeOffRequests.id, id)))[0]!;
const auditFor = (action: string, id: number) => database.db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, String(id))));
async function insertRequest(values: Omit<typeof timeOffRequests.$inferInsert, 'createdAt'>): Promise<number> {
	return database.write(async (tx) => (await tx.insert(timeOffRequests).values({ createdAt: seedNow, ...values }).returning({ id: timeOffRequests.id }))[0]!.id);
}

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	// Team 1 (Warsaw): Alice and Carol work the published week, 08:30–17:00 Monday to Wednesday;
	// Dave and Erin have no shifts. Only team 1 is skilled for the queue, so its share is all of it.
	carolId = await addPerson(database, { organizationId: org.organizationId, name: 'Carol Agent', teamId: org.team1, siteId: org.siteA, skills: [org.queueId] });
	daveId = await addPerson(database, { organizationId: org.organizationId, name: 'Dave Agent', teamId: org.team1, siteId: org.siteA, skills: [org.queueId] });
	erinId = await addPerson(database, { organizationId: org.organizationId, name: 'Erin Agent', teamId: org.team1, siteId: org.siteA, skills: [org.queueId] });
	await database.write((tx) => tx.update(people).set({ skills: [org.queueId] }).where(eq(people.id, org.agent1Id)));
	await insertSavedForecast(database, org.queueId, monday, 7, zone, (d, minute) => (minute >= 9 * 60 && minute < 17 * 60 ? needed[(Date.parse(d) - Date.parse(monday)) / 86_400_000]! : 0));
	await database.write(async (tx) => {
		const [published] = await tx.insert(schedules).values({ teamId: org.team1, firstDay: monday, lastDay: day(6), status: 'published', runStatus: 'done', createdAt: seedNow, publishedAt: seedNow }).returning({ id: schedules.id });
		const [draft] = await tx.insert(schedules).values({ teamId: org.team1, firstDay: monday, lastDay: day(6), status: 'draft', runStatus: 'done', createdAt: seedNow }).returning({ id: schedules.id });
		publishedId = published!.id;
		draftId = draft!.id;
		for (const personId of [org.agent1Id, carolId])
			for (const d of [0, 1, 2]) await tx.insert(shifts).values({ scheduleId: publishedId, personId, start: at(day(d), 8, 30), end: at(day(d), 17), breaks: [] });
		// A draft's shift is not the team's plan: it never counts and is never removed.
		await tx.insert(shifts).values({ scheduleId: draftId, personId: org.agent1Id, start: at(day(0), 8), end: at(day(0), 16), breaks: [] });
		await tx.insert(contractRules).values({ personId: erinId, timeOffDaysPerYear: 3 });
	});
});
afterAll(() => disposeTestDatabase(database));

describe('requestTimeOff', () => {
	it('approves at once when the agent has no published shifts on those days', async () => {
		const outcome = await request(daveId, day(0), day(0), 'family');
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(outcome.request).toMatchObject({ personId: daveId, firstDay: day(0), lastDay: day(0), reason: 'family', status: 'approved', autoApproved: true, decidedAt: seedNow, impact: { intervalsShort: 0, worstShortfall: 0, hoursRemoved: 0 } });
		expect(await auditFor('time_off.auto_approve', outcome.request.id)).toHaveLength(1);
	});

	it('approves at once and removes the shifts when the team still covers its requirement', async () => {
		const outcome = await request(org.agent1Id, day(0));
		expect(outcome.ok && outcome.request).toMatchObject({ status: 'approved', autoApproved: true, impact: { intervalsShort: 0, worstShortfall: 0, hoursRemoved: 8.5 } });
		// Monday's published shift is gone; Tuesday's and Wednesday's, Carol's, and the draft's stay.
		expect((await shiftsOf(org.agent1Id)).map((s) => s.start)).toEqual([at(day(1), 8, 30), at(day(2), 8, 30)]);
		expect(await shiftsOf(carolId)).toHaveLength(3);
		expect(await shiftsOf(org.agent1Id, draftId)).toHaveLength(1);
	});

	it('sends a request that would leave the team short to a supervisor, with the shortfall, and keeps the shifts', async () => {
		const outcome = await request(org.agent1Id, day(1));
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		// Tuesday needs two from 09:00 to 17:00 (32 quarter-hours); without Alice there is one.
		expect(outcome.request).toMatchObject({ status: 'pending', autoApproved: false, decidedAt: null, impact: { intervalsShort: 32, worstShortfall: 1, hoursRemoved: 8.5 } });
		expect(await shiftsOf(org.agent1Id)).toHaveLength(2);
		expect(await auditFor('time_off.request', outcome.request.id)).toHaveLength(1);
	});

	it('refuses days that overlap an approved or pending request, but not a declined or cancelled one', async () => {
		expect(await request(org.agent1Id, day(0))).toEqual({ ok: false, problem: 'overlap' });
		expect(await request(org.agent1Id, day(1), day(2))).toEqual({ ok: false, problem: 'overlap' });
		expect(await request(org.agent1Id, addDays(monday, -3), day(5))).toEqual({ ok: false, problem: 'overlap' });
		await insertRequest({ personId: daveId, firstDay: day(10), lastDay: day(10), status: 'denied' });
		await insertRequest({ personId: daveId, firstDay: day(11), lastDay: day(11), status: 'cancelled' });
		expect((await request(daveId, day(10), day(11))).ok).toBe(true);
	});

	it('refuses more days than are left of the allowance (contract rule, else 26 a year)', async () => {
		// Erin is allowed 3 days a year.
		expect(await request(erinId, day(14), day(17))).toEqual({ ok: false, problem: 'balance', left: 3 });
		expect((await request(erinId, day(14), day(15))).ok).toBe(true);
		expect(await request(erinId, day(20), day(21))).toEqual({ ok: false, problem: 'balance', left: 1 });
		expect(await timeOffBalance(database, erinId, 2026)).toEqual({ allowance: 3, taken: 2, pending: 0, left: 1 });
		// Dave has the default 26, of which Monday and the two days above are taken.
		expect(await timeOffBalance(database, daveId, 2026)).toEqual({ allowance: 26, taken: 3, pending: 0, left: 23 });
		expect(await request(daveId, day(30), day(53))).toEqual({ ok: false, problem: 'balance', left: 23 });
		// Only the days inside each year count against that year.
		expect((await request(erinId, '2026-12-31', '2027-01-02')).ok).toBe(true);
		expect(await timeOffBalance(database, erinId, 2027)).toMatchObject({ taken: 2, left: 1 });
		const refused = await database.db.select().from(timeOffRequests).where(and(eq(timeOffRequests.personId, erinId), eq(timeOffRequests.firstDay, day(20))));
		expect(refused).toEqual([]);
	});
});

describe('teammatesOff', () => {
	it("counts teammates with approved time off each day, leaving out the asker, other teams and pending requests", async () => {
		await insertRequest({ personId: carolId, firstDay: day(2), lastDay: day(3), status: 'approved' });
		await insertRequest({ personId: carolId, firstDay: day(4), lastDay: day(4), status: 'pending' });
		await insertRequest({ personId: org.agent2Id, firstDay: day(0), lastDay: day(4), status: 'approved' });
		const alice = await requesterOf(database, org.agent1Id);
		const counts = await teammatesOff(database, alice, day(0), day(4));
		// Monday: Dave. Tuesday: nobody (Alice's own request is pending and hers). Wednesday: Carol. Thursday: Carol.
		expect(counts).toEqual([
			{ day: day(0), count: 1 },
			{ day: day(1), count: 0 },
			{ day: day(2), count: 1 },
			{ day: day(3), count: 1 },
			{ day: day(4), count: 0 }
		]);
		// Counts only: nothing that names anyone.
		expect(counts.every((c) => Object.keys(c).sort().join() === 'count,day')).toBe(true);
		// Dave sees Alice's approved Monday, not his own.
		expect((await teammatesOff(database, await requesterOf(database, daveId), day(0), day(0)))[0]).toEqual({ day: day(0), count: 1 });
	});
});

describe('cancelTimeOff', () => {
	const today = addDays(monday, -1);

	it("cancels only the agent's own future request that is pending or approved", async () => {
		const future = await insertRequest({ personId: daveId, firstDay: day(60), lastDay: day(60), status: 'approved' });
		const pending = await insertRequest({ personId: daveId, firstDay: day(61), lastDay: day(61), status: 'pending' });
		const past = await insertRequest({ personId: daveId, firstDay: addDays(monday, -10), lastDay: addDays(monday, -10), status: 'approved' });
		const denied = await insertRequest({ personId: daveId, firstDay: day(62), lastDay: day(62), status: 'denied' });

		// Someone else's request: refused and unchanged.
		expect(await cancelTimeOff(database, org.agent1Id, future, today, seedNow)).toBe(false);
		expect((await requestRow(future)).status).toBe('approved');
		expect(await cancelTimeOff(database, daveId, past, today, seedNow)).toBe(false);
		expect(await cancelTimeOff(database, daveId, denied, today, seedNow)).toBe(false);
		expect((await requestRow(past)).status).toBe('approved');
		expect((await requestRow(denied)).status).toBe('denied');

		expect(await cancelTimeOff(database, daveId, future, today, seedNow)).toBe(true);
		expect(await cancelTimeOff(database, daveId, pending, today, seedNow)).toBe(true);
		expect(await requestRow(future)).toMatchObject({ status: 'cancelled', decidedAt: seedNow });
		expect((await requestRow(pending)).status).toBe('cancelled');
		// Once cancelled, not again; and a request starting today may still be cancelled.
		expect(await cancelTimeOff(database, daveId, future, today, seedNow)).toBe(false);
		const startsToday = await insertRequest({ personId: daveId, firstDay: today, lastDay: today, status: 'pending' });
		expect(await cancelTimeOff(database, daveId, startsToday, today, seedNow)).toBe(true);
		expect(await auditFor('time_off.cancel', future)).toHaveLength(1);
		expect(await auditFor('time_off.cancel', past)).toHaveLength(0);
	});
});

describe('decideTimeOff', () => {
	const pendingOf = async (personId: number, firstDay: string) =>
		(await database.db.select().from(timeOffRequests).where(and(eq(timeOffRequests.personId, personId), eq(timeOffRequests.firstDay, firstDay), eq(timeOffRequests.status, 'pending'))))[0]!;

	it("decides only requests of the supervisor's teams", async () => {
		const alice = await pendingOf(org.agent1Id, day(1));
		expect(await decideTimeOff(database, alice.id, [org.team2], true, '', org.supervisorId, seedNow)).toBe('not_found');
		expect(await decideTimeOff(database, alice.id, [], true, '', org.supervisorId, seedNow)).toBe('not_found');
		expect(await decideTimeOff(database, 999_999, [org.team1], true, '', org.supervisorId, seedNow)).toBe('not_found');
		expect((await requestRow(alice.id)).status).toBe('pending');
		expect(await shiftsOf(org.agent1Id)).toHaveLength(2);
	});

	it("approves a pending request and removes the agent's shifts on those days", async () => {
		const alice = await pendingOf(org.agent1Id, day(1));
		expect(await decideTimeOff(database, alice.id, [org.team1], true, 'covered by overtime', org.supervisorId, seedNow + 1000)).toBe('decided');
		expect(await requestRow(alice.id)).toMatchObject({ status: 'approved', autoApproved: false, decidedBy: org.supervisorId, decidedAt: seedNow + 1000, decisionNote: 'covered by overtime' });
		expect((await shiftsOf(org.agent1Id)).map((s) => s.start)).toEqual([at(day(2), 8, 30)]);
		expect(await shiftsOf(carolId)).toHaveLength(3);
		expect(await auditFor('time_off.approve', alice.id)).toHaveLength(1);
		// A decided request cannot be decided again.
		expect(await decideTimeOff(database, alice.id, [org.team1], false, '', org.supervisorId, seedNow)).toBe('already_decided');
		expect((await requestRow(alice.id)).status).toBe('approved');
	});

	it('declines a request and keeps the shifts', async () => {
		// Tuesday now has Carol alone against two needed: her request waits for a supervisor.
		const outcome = await request(carolId, day(1));
		expect(outcome.ok && outcome.request.status).toBe('pending');
		const id = outcome.ok ? outcome.request.id : 0;
		expect(await decideTimeOff(database, id, [org.team1], false, 'not this week', org.supervisorId, seedNow)).toBe('decided');
		expect(await requestRow(id)).toMatchObject({ status: 'denied', decisionNote: 'not this week' });
		expect(await shiftsOf(carolId)).toHaveLength(3);
		expect(await auditFor('time_off.deny', id)).toHaveLength(1);
	});

	it('lets exactly one of two supervisors answering at once decide', async () => {
		const outcome = await request(carolId, day(1));
		expect(outcome.ok && outcome.request.status).toBe('pending');
		const id = outcome.ok ? outcome.request.id : 0;
		const answers = await Promise.all([
			decideTimeOff(database, id, [org.team1], true, 'first', org.supervisorId, seedNow),
			decideTimeOff(database, id, [org.team1], false, 'second', org.adminId, seedNow)
		]);
		expect([...answers].sort()).toEqual(['already_decided', 'decided']);
		const row = await requestRow(id);
		const winner = answers[0] === 'decided' ? { status: 'approved', decisionNote: 'first', decidedBy: org.supervisorId } : { status: 'denied', decisionNote: 'second', decidedBy: org.adminId };
		expect(row).toMatchObject(winner);
		expect((await auditFor('time_off.approve', id)).length + (await auditFor('time_off.deny', id)).length).toBe(1);
		// Shifts go only if the approval won.
		expect(await shiftsOf(carolId)).toHaveLength(winner.status === 'approved' ? 2 : 3);
	});
});

describe('requestTimeOff with skills per queue', () => {
	let skilled: Database;
	let o: TestOrg;
	let salesOnly: number;
	beforeAll(async () => {
		skilled = await createTestDatabase();
		o = await seedTestOrg(skilled);
		// Monday 09:00–17:00: billing needs 1 agent and sales 1. Three agents work it: two on billing
		// only and Sam, the only one skilled for sales. As a head count the team has one to spare.
		const sales = await skilled.write(async (tx) => (await tx.insert(queues).values({ organizationId: o.organizationId, name: 'Sales', channel: 'voice', timeZone: zone, serviceLevelTarget: 0.8, serviceLevelSeconds: 20 }).returning({ id: queues.id }))[0]!.id);
		await skilled.write((tx) => tx.update(people).set({ skills: [o.queueId] }).where(eq(people.id, o.agent1Id)));
		const billing2 = await addPerson(skilled, { organizationId: o.organizationId, name: 'Bea Billing', teamId: o.team1, siteId: o.siteA, skills: [o.queueId] });
		salesOnly = await addPerson(skilled, { organizationId: o.organizationId, name: 'Sam Sales', teamId: o.team1, siteId: o.siteA, skills: [sales] });
		const nineToFive = (_: string, minute: number) => (minute >= 9 * 60 && minute < 17 * 60 ? 1 : 0);
		await insertSavedForecast(skilled, o.queueId, monday, 1, zone, (d, minute) => (d === monday ? nineToFive(d, minute) : 0));
		await insertSavedForecast(skilled, sales, monday, 1, zone, (d, minute) => (d === monday ? nineToFive(d, minute) : 0));
		await skilled.write(async (tx) => {
			const [published] = await tx.insert(schedules).values({ teamId: o.team1, firstDay: monday, lastDay: day(6), status: 'published', runStatus: 'done', createdAt: seedNow, publishedAt: seedNow }).returning({ id: schedules.id });
			for (const personId of [o.agent1Id, billing2, salesOnly]) await tx.insert(shifts).values({ scheduleId: published!.id, personId, start: at(monday, 8, 30), end: at(monday, 17), breaks: [] });
		});
	});
	afterAll(() => disposeTestDatabase(skilled));

	it('sends the only sales agent’s request to a supervisor, although the head count would allow it', async () => {
		const outcome = await requestTimeOff(skilled, salesOnly, { firstDay: monday, lastDay: monday, reason: '' }, seedNow);
		expect(outcome.ok && outcome.request).toMatchObject({ status: 'pending', autoApproved: false, impact: { intervalsShort: 32, worstShortfall: 1 } });
	});

	it('approves a billing agent at once: the other billing agent covers their queue', async () => {
		const outcome = await requestTimeOff(skilled, o.agent1Id, { firstDay: monday, lastDay: monday, reason: '' }, seedNow);
		expect(outcome.ok && outcome.request).toMatchObject({ status: 'approved', autoApproved: true });
	});
});
