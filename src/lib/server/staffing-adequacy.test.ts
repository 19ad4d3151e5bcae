import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import type { Database } from './db';
import { agentDayOutcomes, intervalHistory, people, queues, shrinkageCategories, teamWeekStaffing } from './db/schema';
import { refreshAfterHistoryImport, refreshStaffingAdequacy, staffingAdequacy } from './staffing-adequacy';
import { importHistory } from './history';
import { addPerson, createTestDatabase, disposeTestDatabase, seedTestOrg, type TestOrg } from './test-fixtures';
import { localTimeMs } from '$lib/domain/schedule/center-model';

const warsaw = 'Europe/Warsaw';
// Tuesday of a week with no DST change (Warsaw UTC+1, Lisbon UTC+0).
const day = '2026-03-10';
const at = (hour: number, minute = 0) => localTimeMs(day, hour * 60 + minute, warsaw);

async function setSkills(database: Database, personId: number, skills: number[]) {
	await database.write((tx) => tx.update(people).set({ skills }).where(eq(people.id, personId)));
}

async function addWorkedDay(database: Database, personId: number, workedDay: string, shiftStartMinute: number, workedMinutes: number) {
	await database.write((tx) => tx.insert(agentDayOutcomes).values({ personId, day: workedDay, contacts: 0, workedMinutes, shiftStartMinute }));
}

const byTeamWeek = (rows: { teamId: number; weekStart: string }[]) => rows.map((r) => `${r.teamId}|${r.weekStart}`);

describe('refreshStaffingAdequacy', () => {
	let database: Database;
	let org: TestOrg;

	beforeAll(async () => {
		database = await createTestDatabase();
		org = await seedTestOrg(database);
		// Alice (team 1) and Bob (team 2) are the skilled active agents: half the queue's requirement each.
		await setSkills(database, org.agent1Id, [org.queueId]);
		await setSkills(database, org.agent2Id, [org.queueId]);
		// Shrinkage 12.5%: scheduled = ceil(net / 0.875).
		await database.write((tx) => tx.insert(shrinkageCategories).values({ organizationId: org.organizationId, name: 'Breaks', kind: 'planned', share: 0.125 }));
		await database.write((tx) =>
			tx.insert(intervalHistory).values([
				// 20 offered, AHT 180 s: 4 Erlangs; Erlang C at 80% in 20 s needs 7 (6 give 77.2%) → 8 scheduled.
				{ queueId: org.queueId, intervalStart: at(10), intervalMinutes: 15, offered: 20, handled: 20, abandoned: 0, ahtSeconds: 180 },
				// 1 offered, AHT 90 s: 0.1 Erlang; 1 agent gives 91.8% → 2 scheduled.
				{ queueId: org.queueId, intervalStart: at(10, 15), intervalMinutes: 15, offered: 1, handled: 1, abandoned: 0, ahtSeconds: 90 },
				// 2 offered, none handled: the mean AHT (18,090 s / 101 ≈ 179 s) gives 0.398 Erlang; 1 agent
				// gives 63.5%, 2 give 94.7% → 3 scheduled.
				{ queueId: org.queueId, intervalStart: at(10, 30), intervalMinutes: 15, offered: 2, handled: 0, abandoned: 2, ahtSeconds: null },
				// No row at 10:45: no requirement. One hour of 80 at AHT 180: four quarter hours of 20 → 8 scheduled each.
				{ queueId: org.queueId, intervalStart: at(12), intervalMinutes: 60, offered: 80, handled: 80, abandoned: 0, ahtSeconds: 180 }
			])
		);
		// Queue scheduled agents: 8 + 2 + 3 + 4 × 8 = 45 agent-quarter-hours, so 22.5 per team: 5.625 h.

		// Team 1 (Warsaw): Alice 10:00–11:00 (covers 1 of 4, 1 of 1, 1 of 1.5, nothing required at 10:45).
		await addWorkedDay(database, org.agent1Id, day, 10 * 60, 60);
		// Carol, not skilled: 11:30–13:30, covering 1 of 4 in each of 12:00–13:00, the rest uncovered.
		const carol = await addPerson(database, { organizationId: org.organizationId, name: 'Carol Agent', teamId: org.team1, siteId: org.siteA });
		await addWorkedDay(database, carol, day, 11 * 60 + 30, 120);
		// Dana has no site: her shift is read on her team's site clock (Warsaw), 10:00–10:15.
		const dana = await addPerson(database, { organizationId: org.organizationId, name: 'Dana Agent', teamId: org.team1 });
		await addWorkedDay(database, dana, day, 10 * 60, 15);
		// Team 2 (Lisbon): Bob 09:00–17:00 Lisbon = 10:00–18:00 Warsaw, then Sunday 23:00–01:00 Lisbon
		// across the week boundary.
		await addWorkedDay(database, org.agent2Id, day, 9 * 60, 480);
		await addWorkedDay(database, org.agent2Id, '2026-03-15', 23 * 60, 120);
		// The other organization's agent works too, and must not appear.
		await addWorkedDay(database, org.outsiderId, day, 10 * 60, 480);
	});

	afterAll(() => disposeTestDatabase(database));

	it('computes required, covered and worked hours per team and week by hand', async () => {
		// A stale row in the range is replaced; one outside it stays.
		await database.write((tx) =>
			tx.insert(teamWeekStaffing).values([
				{ teamId: org.team1, weekStart: '2026-03-09', requiredHours: 99, coveredHours: 99, workedHours: 99 },
				{ teamId: org.team1, weekStart: '2026-03-02', requiredHours: 1, coveredHours: 1, workedHours: 1 }
			])
		);
		expect(await refreshStaffingAdequacy(database, org.organizationId, day, '2026-03-16')).toBe(3);
		const rows = await staffingAdequacy(database, [org.team1, org.team2, org.otherTeamId], '2026-03-01');
		expect(byTeamWeek(rows)).toEqual([`${org.team1}|2026-03-02`, `${org.team1}|2026-03-09`, `${org.team2}|2026-03-09`, `${org.team2}|2026-03-16`]);
		const [, team1, team2, team2Next] = rows;
		// Team 1 covered: 10:00 min(2, 4), 10:15 min(1, 1), 10:30 min(1, 1.5), 12:00–13:00 4 × min(1, 4) = 8 quarter hours.
		expect(team1).toEqual({ teamId: org.team1, weekStart: '2026-03-09', requiredHours: 5.625, coveredHours: 2, workedHours: 3.25 });
		// Team 2 covered: 10:00 1, 10:15 1, 10:30 1, 12:00–13:00 4 → 7 quarter hours; worked 8 h + Sunday's first hour.
		expect(team2).toEqual({ teamId: org.team2, weekStart: '2026-03-09', requiredHours: 5.625, coveredHours: 1.75, workedHours: 9 });
		expect(team2Next).toEqual({ teamId: org.team2, weekStart: '2026-03-16', requiredHours: 0, coveredHours: 0, workedHours: 1 });
		expect((await staffingAdequacy(database, [org.team1], '2026-03-09')).length).toBe(1);
		expect(await staffingAdequacy(database, [], '2026-03-01')).toEqual([]);
	});

	it('gives the same rows when asked for a wide range, and refreshing again changes nothing', async () => {
		const before = await staffingAdequacy(database, [org.team1, org.team2], '2026-03-09');
		expect(await refreshStaffingAdequacy(database, org.organizationId, '2000-01-01', '2099-12-31')).toBe(3);
		expect(await staffingAdequacy(database, [org.team1, org.team2], '2026-03-09')).toEqual(before);
		// The wide range covers the week of 2 March too, which has no data: its stale row is gone.
		expect(await staffingAdequacy(database, [org.team1], '2026-03-01')).toHaveLength(1);
	});

	it('refuses bad days with a clear error and writes nothing', async () => {
		await expect(refreshStaffingAdequacy(database, org.organizationId, '2026-03-16', day)).rejects.toThrow(/is after/);
		await expect(refreshStaffingAdequacy(database, org.organizationId, '2026-02-30', day)).rejects.toThrow(/YYYY-MM-DD/);
		expect(await staffingAdequacy(database, [org.team1, org.team2], '2026-03-09')).toHaveLength(3);
	});

	it('names the queue when its history cannot be staffed, and keeps the stored rows', async () => {
		// A service level of 1 (allowed by the table) is out of reach for Erlang C.
		const [broken] = await database.write((tx) =>
			tx.insert(queues).values({ organizationId: org.organizationId, name: 'Broken', channel: 'voice', timeZone: warsaw, serviceLevelTarget: 1, serviceLevelSeconds: 20 }).returning({ id: queues.id })
		);
		await setSkills(database, org.agent1Id, [org.queueId, broken!.id]);
		await database.write((tx) => tx.insert(intervalHistory).values({ queueId: broken!.id, intervalStart: at(9), intervalMinutes: 15, offered: 5, handled: 5, abandoned: 0, ahtSeconds: 120 }));
		await expect(refreshStaffingAdequacy(database, org.organizationId, day, day)).rejects.toThrow(/queue "Broken"/);
		expect(await staffingAdequacy(database, [org.team1, org.team2], '2026-03-09')).toHaveLength(3);
		await database.write((tx) => tx.delete(queues).where(eq(queues.id, broken!.id)));
		await setSkills(database, org.agent1Id, [org.queueId]);
	});

	it('without history or worked days leaves no rows, and an organization without teams gives none', async () => {
		await database.write(async (tx) => {
			await tx.delete(intervalHistory).where(eq(intervalHistory.queueId, org.queueId));
			await tx.delete(agentDayOutcomes).where(inArray(agentDayOutcomes.personId, [org.agent2Id]));
		});
		// Team 2 had only Bob's days: its weeks go. Team 1 keeps worked hours with nothing required.
		expect(await refreshStaffingAdequacy(database, org.organizationId, day, '2026-03-16')).toBe(1);
		expect(await staffingAdequacy(database, [org.team1, org.team2], '2026-03-09')).toEqual([
			{ teamId: org.team1, weekStart: '2026-03-09', requiredHours: 0, coveredHours: 0, workedHours: 3.25 }
		]);
		await database.write((tx) => tx.delete(agentDayOutcomes));
		expect(await refreshStaffingAdequacy(database, org.organizationId, day, '2026-03-16')).toBe(0);
		expect(await staffingAdequacy(database, [org.team1, org.team2], '2000-01-01')).toEqual([]);
		expect(await refreshStaffingAdequacy(database, 999_999, day, day)).toBe(0);
	});
});

describe('after a history import', () => {
	let database: Database;
	let org: TestOrg;
	const header = ['interval_start', 'queue', 'offered', 'handled', 'abandoned', 'aht_seconds'];

	beforeAll(async () => {
		database = await createTestDatabase();
		org = await seedTestOrg(database);
		await setSkills(database, org.agent1Id, [org.queueId]);
		await addWorkedDay(database, org.agent1Id, day, 10 * 60, 60);
	});

	afterAll(() => disposeTestDatabase(database));

	it('refreshes the weeks the imported intervals fall in', async () => {
		expect(await staffingAdequacy(database, [org.team1], '2026-03-09')).toEqual([]);
		// 10:00 Warsaw is 09:00 UTC: 20 offered at AHT 180 s need 7 agents (no shrinkage here), all on Alice's team.
		const result = await importHistory(database, org.organizationId, { header, rows: [{ interval_start: '2026-03-10T09:00:00Z', queue: 'Billing', offered: '20', handled: '20', abandoned: '0', aht_seconds: '180' }] }, 15, org.supervisorId, Date.now());
		expect(result.ok).toBe(true);
		if (result.ok) await refreshAfterHistoryImport(database, org.organizationId, result.rows);
		expect(await staffingAdequacy(database, [org.team1, org.team2], '2026-03-09')).toEqual([{ teamId: org.team1, weekStart: '2026-03-09', requiredHours: 1.75, coveredHours: 0.25, workedHours: 1 }]);
	});

	it('keeps the import when the adequacy cannot be computed, and logs why', async () => {
		await database.write((tx) => tx.update(queues).set({ serviceLevelTarget: 1 }).where(eq(queues.id, org.queueId)));
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			const result = await importHistory(database, org.organizationId, { header, rows: [{ interval_start: '2026-03-10T09:15:00Z', queue: 'Billing', offered: '4', handled: '4', abandoned: '0', aht_seconds: '180' }] }, 15, org.supervisorId, Date.now());
			expect(result.ok).toBe(true);
			if (result.ok) await refreshAfterHistoryImport(database, org.organizationId, result.rows);
			expect(String(logged.mock.calls[0]?.[1])).toMatch(/queue "Billing"/);
		} finally {
			logged.mockRestore();
		}
		expect((await database.db.select().from(intervalHistory).where(eq(intervalHistory.queueId, org.queueId))).length).toBe(2);
		expect((await staffingAdequacy(database, [org.team1], '2026-03-09'))[0]!.requiredHours).toBe(1.75);
	});
});
