import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from './db';
import { auditLog, availability, availabilityExceptions, contractRules, desiredHours, forecasts, people, preferences, queues, schedules, shifts, teams, timeOffRequests, type Schedule } from './db/schema';
import { agentInputs, buildProblem, horizonDays, startJointRun, publishSchedule, publishedShiftsFor, rulesFor, runSchedule, saveRules, startScheduleRun, sumQueues, teamQueueRequirements } from './scheduling';
import { addPerson, createTestDatabase, disposeTestDatabase, insertSavedForecast, seedNow, seedTestOrg, type TestOrg } from './test-fixtures';
import { candidatesFor, coverageByInterval, defaultRules, localTimeMs } from '$lib/domain/schedule/center-model';
import { addDays } from '$lib/domain/people/turnover';
import { dayInZone } from '$lib/domain/time/calendar';

const zone = 'Europe/Warsaw';
// A week with no DST change in Warsaw (UTC+1 throughout).
const monday = '2026-03-02';
const quarter = 15 * 60_000;
const at = (day: string, hour: number, minute = 0) => localTimeMs(day, hour * 60 + minute, zone);

async function setSkills(database: Database, personId: number, skills: number[]) {
	await database.write((tx) => tx.update(people).set({ skills }).where(eq(people.id, personId)));
}

async function insertQueue(database: Database, organizationId: number, name: string): Promise<number> {
	return database.write(async (tx) => (await tx.insert(queues).values({ organizationId, name, channel: 'voice', timeZone: zone, serviceLevelTarget: 0.8, serviceLevelSeconds: 20 }).returning({ id: queues.id }))[0]!.id);
}

/** A team's requirement over all its queues. */
const teamRequirement = async (database: Database, organizationId: number, teamId: number, fromMs: number, toMs: number) => sumQueues(await teamQueueRequirements(database, organizationId, [teamId], fromMs, toMs));

describe('teamQueueRequirements summed over queues', () => {
	let database: Database;
	let org: TestOrg;
	let carolId: number;

	beforeAll(async () => {
		database = await createTestDatabase();
		org = await seedTestOrg(database);
		// Skilled for the queue: Alice and Carol (team 1), Bob (team 2): team 1 has 2/3 of them.
		// Not counted: an agent on leave, and the supervisor (not an agent).
		carolId = await addPerson(database, { organizationId: org.organizationId, name: 'Carol Agent', teamId: org.team1, siteId: org.siteA, skills: [org.queueId] });
		await addPerson(database, { organizationId: org.organizationId, name: 'Lea Leave', teamId: org.team1, siteId: org.siteA, skills: [org.queueId], employmentStatus: 'leave' });
		await setSkills(database, org.agent1Id, [org.queueId]);
		await setSkills(database, org.agent2Id, [org.queueId]);
		await setSkills(database, org.supervisorId, [org.queueId]);

		// An older forecast of the queue that is not the saved one: never counts.
		const unsaved = await insertSavedForecast(database, org.queueId, monday, 1, zone, () => 50, 30);
		await database.write((tx) => tx.update(forecasts).set({ saved: false }).where(eq(forecasts.id, unsaved)));
		// The saved one, in 30-minute intervals: 6 agents from 08:00 to 10:00 on Monday.
		await insertSavedForecast(database, org.queueId, monday, 1, zone, (_, minute) => (minute >= 8 * 60 && minute < 10 * 60 ? 6 : 0), 30);

		// Another organization's saved forecast. Carol's skill list names its queue too (skills are
		// plain ids with no foreign key): that forecast still must not count for this organization.
		const theirs = await insertQueue(database, org.otherOrganizationId, 'Theirs');
		await setSkills(database, org.outsiderId, [theirs]);
		await setSkills(database, carolId, [org.queueId, theirs]);
		await insertSavedForecast(database, theirs, monday, 1, zone, () => 100, 15);
	});
	afterAll(() => disposeTestDatabase(database));

	it("is the team's share of skilled agents times the scheduled agents, in 15-minute intervals", async () => {
		const from = at(monday, 0);
		const to = at(addDays(monday, 1), 0);
		const one = await teamRequirement(database, org.organizationId, org.team1, from, to);
		// Every quarter-hour of the day, from the 30-minute rows, and nothing past the end.
		expect(one.size).toBe(96);
		expect([...one.keys()].every((t) => t >= from && t < to && (t - from) % quarter === 0)).toBe(true);
		for (const [h, m] of [[8, 0], [8, 15], [8, 30], [9, 45]] as const) expect(one.get(at(monday, h, m)), `${h}:${m}`).toBeCloseTo(4, 9);
		expect(one.get(at(monday, 7, 45))).toBe(0);
		expect(one.get(at(monday, 10, 0))).toBe(0);
		expect(one.get(at(monday, 15, 0))).toBe(0);

		const two = await teamRequirement(database, org.organizationId, org.team2, from, to);
		expect(two.get(at(monday, 8, 15))).toBeCloseTo(2, 9);
		// The two teams share the queue's whole requirement.
		expect(one.get(at(monday, 9, 0))! + two.get(at(monday, 9, 0))!).toBeCloseTo(6, 9);
	});

	it('keeps to the window asked for', async () => {
		const window = await teamRequirement(database, org.organizationId, org.team1, at(monday, 8), at(monday, 9));
		expect([...window.keys()].sort()).toEqual([at(monday, 8), at(monday, 8, 15), at(monday, 8, 30), at(monday, 8, 45)]);
		expect(await teamRequirement(database, org.organizationId, org.team1, at(addDays(monday, 3), 0), at(addDays(monday, 4), 0))).toEqual(new Map());
	});

	it("ignores another organization's forecasts and is empty for a team nobody skilled belongs to", async () => {
		// The other organization's 100 agents per interval would show at 03:00, where this one needs nobody.
		const night = await teamRequirement(database, org.organizationId, org.team1, at(monday, 3), at(monday, 4));
		expect([...night.values()]).toEqual([0, 0, 0, 0]);
		const lonely = await database.write(async (tx) => (await tx.insert(teams).values({ organizationId: org.organizationId, siteId: org.siteA, name: 'Empty' }).returning({ id: teams.id }))[0]!.id);
		expect(await teamRequirement(database, org.organizationId, lonely, at(monday, 0), at(addDays(monday, 1), 0))).toEqual(new Map());
	});
});

describe('buildProblem with skills per queue', () => {
	let database: Database;
	let org: TestOrg;
	let sales: number;

	beforeAll(async () => {
		database = await createTestDatabase();
		org = await seedTestOrg(database);
		// Team 1: Alice is skilled for billing only, Carol for billing and sales.
		sales = await insertQueue(database, org.organizationId, 'Sales');
		await setSkills(database, org.agent1Id, [org.queueId]);
		await addPerson(database, { organizationId: org.organizationId, name: 'Carol Agent', teamId: org.team1, siteId: org.siteA, skills: [org.queueId, sales] });
		await insertSavedForecast(database, org.queueId, monday, 7, zone, (_, minute) => (minute >= 8 * 60 && minute < 16 * 60 ? 2 : 0));
		await insertSavedForecast(database, sales, monday, 7, zone, (_, minute) => (minute >= 12 * 60 && minute < 20 * 60 ? 1 : 0));
	});
	afterAll(() => disposeTestDatabase(database));

	it("gives the solver each queue's requirement and each agent's skills, and their sum as the team's", async () => {
		const p = await buildProblem(database, org.organizationId, org.team1, monday, 1);
		expect(p.queueRequirements!.map((q) => q.queueId)).toEqual([org.queueId, sales]);
		const [billingNeed, salesNeed] = p.queueRequirements!.map((q) => q.requirement);
		expect(billingNeed!.get(at(monday, 8))).toBe(2);
		expect(salesNeed!.get(at(monday, 8))).toBe(0);
		expect(salesNeed!.get(at(monday, 13))).toBe(1);
		expect(p.requirement.get(at(monday, 13))).toBe(3);
		expect(p.agents.map((a) => [a.name, a.skills])).toEqual([
			['Alice Agent', [org.queueId]],
			['Carol Agent', [org.queueId, sales]]
		]);
	});

	it('names the agents skilled for none of the queues on the finished run', async () => {
		await addPerson(database, { organizationId: org.organizationId, name: 'Nora Noskill', teamId: org.team1, siteId: org.siteA, skills: [] });
		const id = await startScheduleRun(database, org.team1, monday, 1, 5, org.supervisorId, seedNow);
		let t = 0;
		await runSchedule(database, id, org.organizationId, id, () => (t += 20));
		const run = (await database.db.select().from(schedules).where(eq(schedules.id, id)))[0]!;
		expect(run.runStatus).toBe('done');
		expect((run.summary as { unskilled: string[] }).unskilled).toEqual(['Nora Noskill']);
	});
});

describe('agentInputs', () => {
	let database: Database;
	let org: TestOrg;
	let carolId: number;
	let erinId: number;
	const days = horizonDays(monday, 1);

	beforeAll(async () => {
		database = await createTestDatabase();
		org = await seedTestOrg(database);
		carolId = await addPerson(database, { organizationId: org.organizationId, name: 'Carol Agent', teamId: org.team1, siteId: org.siteA, contractHoursMin: 20, contractHoursMax: 30 });
		erinId = await addPerson(database, { organizationId: org.organizationId, name: 'Erin Agent', teamId: org.team1, siteId: org.siteA, contractHoursMin: 32, contractHoursMax: 38 });
		await addPerson(database, { organizationId: org.organizationId, name: 'Lea Leave', teamId: org.team1, siteId: org.siteA, employmentStatus: 'leave' });
		const d = (i: number) => addDays(monday, i);
		await database.write(async (tx) => {
			await tx.insert(contractRules).values([
				{ personId: carolId, maxConsecutiveDays: 5, minRestHours: 12, maxWeekendsPer4Weeks: 1, allowedStarts: [480, 540], shiftLengths: [480], timeOffDaysPerYear: 20 },
				// Only a rest rule: every other rule is the center default.
				{ personId: erinId, minRestHours: 9 }
			]);
			await tx.insert(availability).values([
				{ personId: carolId, weekday: 0, startMinute: 480, endMinute: 960 },
				{ personId: carolId, weekday: 0, startMinute: 1080, endMinute: 1320 },
				{ personId: carolId, weekday: 2, startMinute: 540, endMinute: 1020 }
			]);
			await tx.insert(availabilityExceptions).values([
				{ personId: carolId, day: d(1), startMinute: null, endMinute: null, note: 'dentist' },
				{ personId: carolId, day: d(3), startMinute: 600, endMinute: 1080 },
				// Outside the horizon: left out.
				{ personId: carolId, day: d(-1), startMinute: null, endMinute: null },
				{ personId: carolId, day: d(7), startMinute: null, endMinute: null }
			]);
			await tx.insert(timeOffRequests).values([
				{ personId: carolId, firstDay: d(4), lastDay: d(5), status: 'approved', createdAt: seedNow },
				{ personId: carolId, firstDay: d(6), lastDay: d(6), status: 'pending', createdAt: seedNow },
				{ personId: carolId, firstDay: d(2), lastDay: d(2), status: 'denied', createdAt: seedNow },
				{ personId: carolId, firstDay: d(3), lastDay: d(3), status: 'cancelled', createdAt: seedNow },
				{ personId: carolId, firstDay: d(20), lastDay: d(21), status: 'approved', createdAt: seedNow }
			]);
			await tx.insert(preferences).values({ personId: carolId, kind: 'day_off', weekday: 6 });
			await tx.insert(desiredHours).values({ personId: carolId, weeklyHours: 25 });
		});
	});
	afterAll(() => disposeTestDatabase(database));

	it("lists the team's active agents only, by name", async () => {
		const inputs = await agentInputs(database, org.team1, days);
		expect(inputs.map((a) => a.name)).toEqual(['Alice Agent', 'Carol Agent', 'Erin Agent']);
		expect(inputs.every((a) => a.timeZone === zone)).toBe(true);
		expect((await agentInputs(database, org.team2, days)).map((a) => a.id)).toEqual([org.agent2Id]);
		expect((await agentInputs(database, org.team2, days))[0]!.timeZone).toBe('Europe/Lisbon');
	});

	it('gives an agent with nothing entered the defaults: open hours every day, center rules, contract hours', async () => {
		const alice = (await agentInputs(database, org.team1, days)).find((a) => a.id === org.agent1Id)!;
		expect(alice.rules).toEqual({ ...defaultRules, minWeeklyMinutes: 0, maxWeeklyMinutes: 40 * 60 });
		expect(alice.weekly).toEqual(Array.from({ length: 7 }, () => [{ startMinute: 6 * 60, endMinute: 22 * 60 }]));
		expect(alice.exceptions).toEqual(new Map());
		expect(alice.timeOff).toEqual(new Set());
		expect(alice.preferences).toEqual([]);
		expect(alice.desiredWeeklyMinutes).toBeNull();
	});

	it('reads contract hours, rules, weekly windows, exceptions in range, approved time off and wishes', async () => {
		const inputs = await agentInputs(database, org.team1, days);
		const carol = inputs.find((a) => a.id === carolId)!;
		expect(carol.rules).toEqual({ minWeeklyMinutes: 20 * 60, maxWeeklyMinutes: 30 * 60, maxConsecutiveDays: 5, minRestMinutes: 12 * 60, maxWeekendsPer4Weeks: 1, allowedStarts: [480, 540], shiftLengths: [480], breakMinutes: 15, lunchMinutes: 30 });
		expect(carol.weekly[0]).toEqual(expect.arrayContaining([{ startMinute: 480, endMinute: 960 }, { startMinute: 1080, endMinute: 1320 }]));
		expect(carol.weekly[0]).toHaveLength(2);
		expect(carol.weekly[2]).toEqual([{ startMinute: 540, endMinute: 1020 }]);
		// Days with no window are closed once any availability is entered.
		for (const day of [1, 3, 4, 5, 6]) expect(carol.weekly[day], `weekday ${day}`).toEqual([]);
		expect(carol.exceptions).toEqual(new Map([[addDays(monday, 1), null], [addDays(monday, 3), { startMinute: 600, endMinute: 1080 }]]));
		// Approved only: the pending Sunday, the denied Wednesday and the cancelled Thursday are workable.
		expect([...carol.timeOff].filter((d) => days.includes(d)).sort()).toEqual([addDays(monday, 4), addDays(monday, 5)]);
		expect(carol.preferences).toEqual([expect.objectContaining({ kind: 'day_off', weekday: 6 })]);
		expect(carol.desiredWeeklyMinutes).toBe(25 * 60);

		const erin = inputs.find((a) => a.id === erinId)!;
		expect(erin.rules).toEqual({ ...defaultRules, minWeeklyMinutes: 32 * 60, maxWeeklyMinutes: 38 * 60, minRestMinutes: 9 * 60 });
	});
});

describe('schedule runs', () => {
	let database: Database;
	let org: TestOrg;
	let carolId: number;
	let daveId: number;
	let feasible: Schedule;
	let clashing: Schedule;

	async function run(teamId: number, firstDay = monday, weeks = 1, limitSeconds = 1): Promise<Schedule> {
		const id = await startScheduleRun(database, teamId, firstDay, weeks, limitSeconds, org.supervisorId, seedNow);
		// A clock that counts calls: the solver stops after a fixed number of moves, on any machine.
		let t = 0;
		await runSchedule(database, id, org.organizationId, id, () => (t += 20));
		return (await database.db.select().from(schedules).where(eq(schedules.id, id)))[0]!;
	}
	const shiftsOf = (scheduleId: number) => database.db.select().from(shifts).where(eq(shifts.scheduleId, scheduleId));
	const byId = async (id: number) => (await database.db.select().from(schedules).where(eq(schedules.id, id)))[0]!;

	beforeAll(async () => {
		database = await createTestDatabase();
		org = await seedTestOrg(database);
		// Team 1: three agents of 16–40 hours, available 06:00–22:00 every day (nothing entered).
		carolId = await addPerson(database, { organizationId: org.organizationId, name: 'Carol Agent', teamId: org.team1, siteId: org.siteA, contractHoursMin: 16, contractHoursMax: 40, skills: [org.queueId] });
		daveId = await addPerson(database, { organizationId: org.organizationId, name: 'Dave Agent', teamId: org.team1, siteId: org.siteA, contractHoursMin: 16, contractHoursMax: 40, skills: [org.queueId] });
		await database.write((tx) => tx.update(people).set({ contractHoursMin: 16, skills: [org.queueId] }).where(eq(people.id, org.agent1Id)));
		// Two agents from 09:00 to 17:00 on weekdays, for the two weeks the tests plan.
		await insertSavedForecast(database, org.queueId, monday, 14, zone, (day, minute) => {
			const weekday = (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
			return weekday < 5 && minute >= 9 * 60 && minute < 17 * 60 ? 2 : 0;
		});
		// Team 2: Bob must work 40 hours but is available only Monday and Tuesday 08:00–17:00.
		await database.write(async (tx) => {
			await tx.update(people).set({ contractHoursMin: 40, contractHoursMax: 40 }).where(eq(people.id, org.agent2Id));
			await tx.insert(availability).values([
				{ personId: org.agent2Id, weekday: 0, startMinute: 480, endMinute: 1020 },
				{ personId: org.agent2Id, weekday: 1, startMinute: 480, endMinute: 1020 }
			]);
		});
		feasible = await run(org.team1);
		clashing = await run(org.team2);
	});
	afterAll(() => disposeTestDatabase(database));

	it('starts a running draft with the time limit and an audit entry', async () => {
		const id = await startScheduleRun(database, org.team1, monday, 2, 30, org.supervisorId, seedNow);
		const row = await byId(id);
		expect(row).toMatchObject({ teamId: org.team1, firstDay: monday, lastDay: addDays(monday, 13), status: 'draft', runStatus: 'running', progress: 0, summary: { timeLimitSeconds: 30 }, createdBy: org.supervisorId });
		const audit = await database.db.select().from(auditLog).where(and(eq(auditLog.action, 'schedule.generate'), eq(auditLog.entityId, String(id))));
		expect(audit).toHaveLength(1);
		expect(audit[0]!.detail).toEqual({ teamId: org.team1, firstDay: monday, weeks: 2, timeLimitSeconds: 30 });
		// Publishing a run that has not finished is refused.
		expect(await publishSchedule(database, row, org.supervisorId, seedNow)).toBe('not_done');
		expect((await byId(id)).status).toBe('draft');
		await database.write((tx) => tx.delete(schedules).where(eq(schedules.id, id)));
	});

	it('solves a feasible team to done with a summary, shifts stored and no rule broken', async () => {
		expect(feasible.runError).toBeNull();
		expect(feasible).toMatchObject({ runStatus: 'done', progress: 1, status: 'draft' });
		expect(Number.isFinite(feasible.objective)).toBe(true);
		expect(feasible.lowerBound).toBeGreaterThanOrEqual(0);
		expect(feasible.lowerBound).toBeLessThanOrEqual(feasible.objective!);
		const summary = feasible.summary as Record<string, unknown>;
		expect(summary).toMatchObject({ timeLimitSeconds: 1, clashes: [], violations: [] });
		expect(summary.terms).toEqual({ under: expect.any(Number), over: expect.any(Number), preference: expect.any(Number), desiredHours: expect.any(Number), fairness: expect.any(Number) });
		expect(summary.iterations).toBeGreaterThan(1000);

		const list = await shiftsOf(feasible.id);
		const team = [org.agent1Id, carolId, daveId];
		expect(new Set(list.map((s) => s.personId))).toEqual(new Set(team));
		const days = horizonDays(monday, 1);
		for (const personId of team) {
			const mine = list.filter((s) => s.personId === personId);
			const minutes = mine.reduce((sum, s) => sum + (s.end - s.start) / 60_000, 0);
			// The contract holds: 16–40 hours, at most one shift a day, inside 06:00–22:00 of the week.
			expect(minutes, `person ${personId}`).toBeGreaterThanOrEqual(16 * 60);
			expect(minutes, `person ${personId}`).toBeLessThanOrEqual(40 * 60);
			expect(new Set(mine.map((s) => dayInZone(s.start, zone))).size).toBe(mine.length);
			for (const s of mine) {
				const day = dayInZone(s.start, zone);
				expect(days).toContain(day);
				expect(s.start).toBeGreaterThanOrEqual(at(day, 6));
				expect(s.end).toBeLessThanOrEqual(at(day, 22));
				expect(s.breaks.every((b) => b.start >= s.start && b.end <= s.end)).toBe(true);
			}
		}
		// Three agents for two seats over 40 weekday hours: the requirement is met in every interval,
		// breaks taken, as the stored shifts show.
		expect(summary).toMatchObject({ underStaffedIntervals: 0, terms: { under: 0 } });
		const from = at(monday, 0);
		const to = at(addDays(monday, 7), 0);
		const coverage = coverageByInterval(list, from, to, 15);
		const requirement = await teamRequirement(database, org.organizationId, org.team1, from, to);
		const needed = [...requirement].filter(([, n]) => n > 0);
		expect(needed).toHaveLength(5 * 32);
		expect(needed.filter(([t, n]) => (coverage.get(t) ?? 0) < n)).toEqual([]);
	});

	it('names an agent whose availability cannot meet the contract minimum, with the hours missing', async () => {
		expect(clashing.runStatus).toBe('done');
		const summary = clashing.summary as { clashes: unknown[]; violations: { rule: string; agentId: number }[] };
		// Two days of at most 8.5 hours (17 h) against 40: 23 hours short.
		expect(summary.clashes).toEqual([{ agentId: org.agent2Id, agentName: 'Bob Agent', rule: 'weekly_hours_min', when: monday, amount: 23 * 60, relaxations: [] }]);
		expect(summary.violations).toContainEqual(expect.objectContaining({ agentId: org.agent2Id, rule: 'weekly_hours_min' }));
	});

	it('fails a team with no active agents with the reason stored', async () => {
		const lonely = await database.write(async (tx) => (await tx.insert(teams).values({ organizationId: org.organizationId, siteId: org.siteA, name: 'Empty' }).returning({ id: teams.id }))[0]!.id);
		const failed = await run(lonely);
		expect(failed).toMatchObject({ runStatus: 'failed', runError: 'the team has no active agents' });
		expect(await publishSchedule(database, failed, org.supervisorId, seedNow)).toBe('not_done');
	});

	it('refuses to publish a schedule that breaks a rule', async () => {
		expect(await publishSchedule(database, clashing, org.supervisorId, seedNow)).toBe('violations');
		expect((await byId(clashing.id)).status).toBe('draft');
	});

	it("publishes a finished one and sends an overlapping published schedule of the team back to draft", async () => {
		const later = seedNow + 60_000;
		expect(await publishSchedule(database, feasible, org.supervisorId, seedNow)).toBe('published');
		expect(await byId(feasible.id)).toMatchObject({ status: 'published', publishedAt: seedNow });
		const audit = await database.db.select().from(auditLog).where(and(eq(auditLog.action, 'schedule.publish'), eq(auditLog.entityId, String(feasible.id))));
		expect(audit).toHaveLength(1);

		// A two-week run over the same first week replaces it; another team's schedule and a
		// schedule of the same team that does not overlap stay published.
		const farWeek = addDays(monday, 21);
		const apart = await database.write(async (tx) => (await tx.insert(schedules).values({ teamId: org.team1, firstDay: farWeek, lastDay: addDays(farWeek, 6), status: 'published', runStatus: 'done', createdAt: seedNow, publishedAt: seedNow }).returning())[0]!);
		const otherTeam = await database.write(async (tx) => (await tx.insert(schedules).values({ teamId: org.team2, firstDay: monday, lastDay: addDays(monday, 6), status: 'published', runStatus: 'done', createdAt: seedNow, publishedAt: seedNow }).returning())[0]!);
		const replacement = await run(org.team1, monday, 2);
		expect(replacement.summary).toMatchObject({ violations: [] });
		expect(await publishSchedule(database, replacement, org.supervisorId, later)).toBe('published');
		expect(await byId(replacement.id)).toMatchObject({ status: 'published', publishedAt: later });
		expect(await byId(feasible.id)).toMatchObject({ status: 'draft', publishedAt: null });
		expect((await byId(apart.id)).status).toBe('published');
		expect((await byId(otherTeam.id)).status).toBe('published');
	});

	it('gives a person only the shifts of published schedules, between the two instants', async () => {
		const published = (await database.db.select().from(schedules).where(and(eq(schedules.teamId, org.team1), eq(schedules.status, 'published'), eq(schedules.runStatus, 'done')))).map((s) => s.id);
		const from = at(monday, 0);
		const to = at(addDays(monday, 14), 0);
		const mine = await publishedShiftsFor(database, org.agent1Id, from, to);
		const all = await database.db.select().from(shifts).where(eq(shifts.personId, org.agent1Id));
		const expected = all.filter((s) => published.includes(s.scheduleId)).sort((a, b) => a.start - b.start);
		expect(expected.length).toBeGreaterThan(0);
		// The draft (demoted) schedule's shifts are stored but not shown.
		expect(all.some((s) => s.scheduleId === feasible.id)).toBe(true);
		expect(mine.map((s) => s.id)).toEqual(expected.map((s) => s.id));
		expect(mine.every((s) => s.scheduleId !== feasible.id)).toBe(true);
		expect(mine.map((s) => s.start)).toEqual([...mine.map((s) => s.start)].sort((a, b) => a - b));

		// The window is on the shift start.
		const firstWeek = await publishedShiftsFor(database, org.agent1Id, from, at(addDays(monday, 7), 0));
		expect(firstWeek.map((s) => s.id)).toEqual(expected.filter((s) => s.start <= at(addDays(monday, 7), 0)).map((s) => s.id));
		expect(await publishedShiftsFor(database, org.agent1Id, to + 100 * 86_400_000, to + 101 * 86_400_000)).toEqual([]);
		// Someone else's shifts are never in the list.
		expect(mine.every((s) => all.some((x) => x.id === s.id))).toBe(true);
	});
});

describe('break and lunch rules', () => {
	let database: Database;
	let org: TestOrg;
	beforeAll(async () => {
		database = await createTestDatabase();
		org = await seedTestOrg(database);
	});
	afterAll(() => disposeTestDatabase(database));

	it('are saved per agent, read back, and reach the solver', async () => {
		const value = { maxConsecutiveDays: 5, minRestHours: 11, maxWeekendsPer4Weeks: 2, allowedStarts: [480], shiftLengths: [480], timeOffDaysPerYear: 26, breakMinutes: 0, lunchMinutes: 45 };
		await saveRules(database, [org.agent1Id], value, org.supervisorId, seedNow);
		const [mine, other] = await rulesFor(database, [org.agent1Id, org.agent2Id]);
		expect(mine).toMatchObject({ breakMinutes: 0, lunchMinutes: 45, custom: true });
		expect(other).toMatchObject({ breakMinutes: 15, lunchMinutes: 30, custom: false });
		const inputs = await agentInputs(database, org.team1, horizonDays('2026-01-19', 1));
		expect(inputs.find((a) => a.id === org.agent1Id)!.rules).toMatchObject({ breakMinutes: 0, lunchMinutes: 45 });
	});
});

describe('a site scheduled as one problem', () => {
	let database: Database;
	let org: TestOrg;
	let evening: number;
	let eveningAgent: number;

	beforeAll(async () => {
		database = await createTestDatabase();
		org = await seedTestOrg(database);
		// Site A: team 1 (Alice) and an evening team (Eve). The queue needs one agent 09:00–17:00 on
		// weekdays; all its skilled agents are at site A, so the two teams share it half and half.
		evening = await database.write(async (tx) => (await tx.insert(teams).values({ organizationId: org.organizationId, siteId: org.siteA, name: 'Evening' }).returning({ id: teams.id }))[0]!.id);
		eveningAgent = await addPerson(database, { organizationId: org.organizationId, name: 'Eve Agent', teamId: evening, siteId: org.siteA, contractHoursMin: 8, contractHoursMax: 40, skills: [org.queueId] });
		await database.write((tx) => tx.update(people).set({ contractHoursMin: 8, skills: [org.queueId] }).where(eq(people.id, org.agent1Id)));
		await insertSavedForecast(database, org.queueId, monday, 7, zone, (day, minute) => {
			const weekday = (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
			return weekday < 5 && minute >= 9 * 60 && minute < 17 * 60 ? 1 : 0;
		});
	});
	afterAll(() => disposeTestDatabase(database));

	it("solves both teams' drafts at once, each with its own agents' shifts and the site's figures", async () => {
		const ids = await startJointRun(database, [org.team1, evening], monday, 1, 1, org.supervisorId, seedNow);
		expect(ids).toHaveLength(2);
		let t = 0;
		await runSchedule(database, ids[1]!, org.organizationId, 7, () => (t += 20));
		const rows = await database.db.select().from(schedules).where(inArray(schedules.id, ids)).orderBy(schedules.id);
		expect(rows.map((r) => [r.teamId, r.runStatus, r.status])).toEqual([
			[org.team1, 'done', 'draft'],
			[evening, 'done', 'draft']
		]);
		expect(rows[0]!.objective).toBe(rows[1]!.objective);
		for (const r of rows) expect((r.summary as { jointIds: number[]; violations: unknown[] }).jointIds).toEqual(ids);
		const byRow = async (id: number) => [...new Set((await database.db.select().from(shifts).where(eq(shifts.scheduleId, id))).map((s) => s.personId))];
		expect(await byRow(ids[0]!)).toEqual([org.agent1Id]);
		expect(await byRow(ids[1]!)).toEqual([eveningAgent]);
		// The site's weekday requirement (40 agent-hours) is covered by the two agents together.
		expect((rows[0]!.summary as { underStaffedIntervals: number }).underStaffedIntervals).toBeLessThan(5 * 32);
		expect(await database.db.select().from(auditLog).where(and(eq(auditLog.action, 'schedule.generate'), inArray(auditLog.entityId, ids.map(String))))).toHaveLength(2);
	});
});

describe('agents in other time zones than their team', () => {
	let database: Database;
	let org: TestOrg;
	let remote: number;
	beforeAll(async () => {
		database = await createTestDatabase();
		org = await seedTestOrg(database);
		// A Warsaw team with one agent working from the Lisbon site, an hour behind.
		remote = await addPerson(database, { organizationId: org.organizationId, name: 'Rita Remote', teamId: org.team1, siteId: org.siteB, contractHoursMin: 8, contractHoursMax: 40, skills: [org.queueId] });
		await database.write((tx) => tx.insert(availability).values([0, 1, 2, 3, 4].map((weekday) => ({ personId: remote, weekday, startMinute: 9 * 60, endMinute: 17 * 60 }))));
	});
	afterAll(() => disposeTestDatabase(database));

	it("plans each agent in their own site's zone, their team's when they have no site", async () => {
		const inputs = await agentInputs(database, org.team1, horizonDays(monday, 1));
		expect(inputs.find((a) => a.id === remote)!.timeZone).toBe('Europe/Lisbon');
		expect(inputs.find((a) => a.id === org.agent1Id)!.timeZone).toBe('Europe/Warsaw');
		const p = await buildProblem(database, org.organizationId, org.team1, monday, 1);
		const rita = p.agents.find((a) => a.id === remote)!;
		// 09:00 in Lisbon is 10:00 in Warsaw: her windows are read in her own zone.
		const first = candidatesFor(rita, monday).sort((a, b) => a.start - b.start)[0]!;
		expect(first.start).toBe(localTimeMs(monday, 9 * 60, 'Europe/Lisbon'));
		expect(first.start).toBe(at(monday, 10));
	});
});
