import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from './db';
import { people, schedules, shifts, sites, teams } from './db/schema';
import { closeOffer, createOffer, listPostedOffers, openOffersFor, takeOffer } from './offers';
import { addPerson, createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, type TestOrg } from './test-fixtures';
import { localTimeMs } from '$lib/domain/schedule/center-model';

let database: Database;
let org: TestOrg;
let tz: string;
let scheduleId: number;
let second: number;
// seedNow is 15 January 2026: the offers are for days after it.
const later = '2026-01-21';

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	tz = (await database.db.select({ timeZone: sites.timeZone }).from(teams).innerJoin(sites, eq(sites.id, teams.siteId)).where(eq(teams.id, org.team1)))[0]!.timeZone;
	second = await addPerson(database, { organizationId: org.organizationId, name: 'Second', email: 'second-offers@tend.test', role: 'agent', teamId: org.team1, siteId: org.siteA });
	await database.write((tx) => tx.update(people).set({ contractHoursMin: 0 }).where(eq(people.teamId, org.team1)));
	const [s] = await database.write((tx) => tx.insert(schedules).values({ teamId: org.team1, firstDay: '2026-01-19', lastDay: '2026-01-25', status: 'published', runStatus: 'done', createdAt: seedNow }).returning({ id: schedules.id }));
	scheduleId = s!.id;
	await database.write((tx) => tx.insert(shifts).values({ scheduleId, personId: org.agent1Id, start: localTimeMs(later, 8 * 60, tz), end: localTimeMs(later, 16 * 60, tz), breaks: [] }));
});
afterAll(() => disposeTestDatabase(database));

describe('offers', () => {
	it('VTO trims the end of a shift for the first taker, then the offer is full', async () => {
		await createOffer(database, { teamId: org.team1, kind: 'vto', day: later, start: localTimeMs(later, 14 * 60, tz), end: localTimeMs(later, 16 * 60, tz), slots: 1 }, org.supervisorId, seedNow);
		const [offer] = await openOffersFor(database, org.team1, org.agent1Id, '2026-01-16');
		expect(offer).toMatchObject({ kind: 'vto', taken: 0, mine: false });
		expect(await takeOffer(database, org.agent1Id, offer!.id, seedNow)).toEqual({ ok: true });
		const mine = await database.db.select().from(shifts).where(eq(shifts.personId, org.agent1Id));
		expect(mine.map((s) => [s.start, s.end])).toEqual([[localTimeMs(later, 8 * 60, tz), localTimeMs(later, 14 * 60, tz)]]);
		expect(await takeOffer(database, org.agent1Id, offer!.id, seedNow)).toEqual({ ok: false, problem: 'already' });
		expect(await takeOffer(database, second, offer!.id, seedNow)).toEqual({ ok: false, problem: 'full' });
	});

	it('extra hours add a shift on a day off when the rules allow, and refuse what breaks them', async () => {
		await createOffer(database, { teamId: org.team1, kind: 'extra', day: later, start: localTimeMs(later, 12 * 60, tz), end: localTimeMs(later, 18 * 60, tz), slots: 3 }, org.supervisorId, seedNow);
		const offer = (await openOffersFor(database, org.team1, second, '2026-01-16')).find((o) => o.kind === 'extra')!;
		expect(await takeOffer(database, second, offer.id, seedNow)).toEqual({ ok: true });
		const added = await database.db.select().from(shifts).where(eq(shifts.personId, second));
		expect(added.map((s) => [s.start, s.end, s.scheduleId])).toEqual([[localTimeMs(later, 12 * 60, tz), localTimeMs(later, 18 * 60, tz), scheduleId]]);
		// An offer at night, outside everyone's default availability (06:00–22:00), breaks a rule.
		await createOffer(database, { teamId: org.team1, kind: 'extra', day: '2026-01-22', start: localTimeMs('2026-01-22', 22 * 60, tz), end: localTimeMs('2026-01-22', 23 * 60 + 30, tz), slots: 1 }, org.supervisorId, seedNow);
		const night = (await openOffersFor(database, org.team1, second, '2026-01-22')).find((o) => o.day === '2026-01-22')!;
		const refused = await takeOffer(database, second, night.id, seedNow);
		expect(refused).toMatchObject({ ok: false, problem: 'rules' });
	});

	it('lists the team\'s offers of the schedule\'s days by start, with who took each (refused takes are not takes)', async () => {
		const posted = await listPostedOffers(database, org.team1, '2026-01-19', '2026-01-25');
		expect(posted.map((o) => [o.kind, o.day, o.slots, o.takers])).toEqual([
			['extra', later, 3, ['Second']],
			['vto', later, 1, ['Alice Agent']],
			['extra', '2026-01-22', 1, []]
		]);
		expect(await listPostedOffers(database, org.team1, '2026-01-26', '2026-02-01')).toEqual([]);
		expect(await listPostedOffers(database, org.team2, '2026-01-19', '2026-01-25')).toEqual([]);
	});

	it('VTO may take a week under the contract minimum (the agent chooses to work less), extra hours may not pass the maximum', async () => {
		const day = '2026-01-23';
		const [shift] = await database.write((tx) => tx.insert(shifts).values({ scheduleId, personId: second, start: localTimeMs(day, 8 * 60, tz), end: localTimeMs(day, 16 * 60, tz), breaks: [] }).returning({ id: shifts.id }));
		// Planned at exactly their contract hours: 6 h on the 21st and these 8.
		await database.write((tx) => tx.update(people).set({ contractHoursMin: 14, contractHoursMax: 14 }).where(eq(people.id, second)));
		try {
			await createOffer(database, { teamId: org.team1, kind: 'vto', day, start: localTimeMs(day, 7 * 60, tz), end: localTimeMs(day, 17 * 60, tz), slots: 1 }, org.supervisorId, seedNow);
			const vto = (await openOffersFor(database, org.team1, second, day)).find((o) => o.kind === 'vto' && o.day === day)!;
			expect(await takeOffer(database, second, vto.id, seedNow)).toEqual({ ok: true });
			expect(await database.db.select().from(shifts).where(eq(shifts.id, shift!.id))).toEqual([]);
			await createOffer(database, { teamId: org.team1, kind: 'extra', day, start: localTimeMs(day, 9 * 60, tz), end: localTimeMs(day, 18 * 60, tz), slots: 1 }, org.supervisorId, seedNow);
			const extra = (await openOffersFor(database, org.team1, second, day)).find((o) => o.kind === 'extra' && o.day === day)!;
			// 6 h and these 9 make 15, one over the maximum.
			expect(await takeOffer(database, second, extra.id, seedNow)).toMatchObject({ ok: false, problem: 'rules', violations: [{ rule: 'weekly_hours_max', amount: 60 }] });
		} finally {
			await database.write((tx) => tx.update(people).set({ contractHoursMin: 0, contractHoursMax: 40 }).where(eq(people.id, second)));
		}
	});

	it('refuses an offer of another team', async () => {
		await createOffer(database, { teamId: org.team2, kind: 'extra', day: later, start: localTimeMs(later, 9 * 60, tz), end: localTimeMs(later, 10 * 60, tz), slots: 1 }, org.adminId, seedNow);
		const [other] = await openOffersFor(database, org.team2, org.agent2Id, '2026-01-16');
		expect(await takeOffer(database, org.agent1Id, other!.id, seedNow)).toEqual({ ok: false, problem: 'not_found' });
	});

	it("a planner withdraws an open offer of their team: nobody can take it after, another team's planner can't withdraw it", async () => {
		await createOffer(database, { teamId: org.team1, kind: 'extra', day: '2026-01-23', start: localTimeMs('2026-01-23', 9 * 60, tz), end: localTimeMs('2026-01-23', 10 * 60, tz), slots: 2 }, org.supervisorId, seedNow);
		const offer = (await openOffersFor(database, org.team1, org.agent1Id, '2026-01-23')).find((o) => o.day === '2026-01-23')!;
		expect(await closeOffer(database, offer.id, [org.team2], org.adminId, seedNow)).toBe(false);
		expect(await closeOffer(database, offer.id, [org.team1], org.supervisorId, seedNow)).toBe(true);
		expect(await closeOffer(database, offer.id, [org.team1], org.supervisorId, seedNow)).toBe(false);
		expect(await takeOffer(database, org.agent1Id, offer.id, seedNow)).toEqual({ ok: false, problem: 'not_found' });
		expect((await openOffersFor(database, org.team1, org.agent1Id, '2026-01-23')).some((o) => o.id === offer.id)).toBe(false);
		expect((await listPostedOffers(database, org.team1, '2026-01-23', '2026-01-23'))[0]!.closedAt).toBe(seedNow);
	});
});
