import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Database } from './db';
import { agentDayOutcomes, people, teamDayOutcomes, type AgentDayOutcome } from './db/schema';
import { importOutcomes } from './outcome-import';
import { personDaySums, rebuildAllTeamDays, rebuildStatements, summarize, summarizeDays } from './outcome-aggregates';
import { updatePerson } from './people';
import { createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, type TestOrg } from './test-fixtures';

let database: Database;
let org: TestOrg;
const dir = mkdtempSync(join(tmpdir(), 'tend-aggregates-'));

const day = (personId: number, d: string, over: Partial<AgentDayOutcome> = {}): AgentDayOutcome => ({
	personId, day: d, contacts: 40, workedMinutes: 480, overtimeMinutes: 0, shiftStartMinute: 480,
	csat: 0.8, csatResponses: 10, fcr: 0.7, firstReplySeconds: 30, resolutionSeconds: 3600, customerEffort: 5, handleSeconds: 300, qaScore: 80, ...over
});

const teamRows = (teamId: number) => database.db.select().from(teamDayOutcomes).where(eq(teamDayOutcomes.teamId, teamId));

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	await database.db.insert(agentDayOutcomes).values([
		day(org.agent1Id, '2026-01-05'),
		day(org.agent1Id, '2026-01-06', { csat: null, csatResponses: 0, fcr: null, qaScore: 60 }),
		day(org.agent2Id, '2026-01-05', { csat: 0.5, csatResponses: 30, overtimeMinutes: 60, handleSeconds: null })
	]);
	await rebuildAllTeamDays(database);
});
afterAll(() => disposeTestDatabase(database));

describe('team-day outcome aggregates', () => {
	it('give the same means as the agent-day rows they sum', async () => {
		const rows = await database.db.select().from(agentDayOutcomes);
		const [person1, person2] = await Promise.all([org.agent1Id, org.agent2Id].map((id) => database.db.select({ teamId: people.teamId }).from(people).where(eq(people.id, id))));
		const teams = new Set([person1![0]!.teamId, person2![0]!.teamId]);
		const aggregates = (await database.db.select().from(teamDayOutcomes)).filter((r) => teams.has(r.teamId));
		const direct = summarize(rows);
		const summed = summarizeDays(aggregates);
		for (const key of ['csat', 'fcr', 'firstReplySeconds', 'resolutionSeconds', 'customerEffort', 'handleSeconds', 'qaScore', 'agentDays', 'contacts', 'overtimeMinutes'] as const) expect(summed[key]).toBeCloseTo(direct[key] as number, 10);
		// CSAT is weighted by answers: (0.8·10 + 0.5·30) / 40, the day without answers left out.
		expect(summed.csat).toBeCloseTo(23 / 40, 10);
	});

	it('count imported interactions on days without an agent-day row, in the import transaction', async () => {
		const path = join(dir, 'i.csv');
		writeFileSync(path, 'agent_email,day,csat,fcr,handle_seconds\nagent1@tend.test,2026-01-07,5,yes,200\nagent1@tend.test,2026-01-07,2,no,400\nagent1@tend.test,2026-01-05,1,no,999\n');
		expect(await importOutcomes(database, org.organizationId, path, org.adminId, seedNow)).toEqual({ ok: true, rows: 3, kind: 'interaction' });
		const team1 = await teamRows(org.team1);
		const jan7 = team1.find((r) => r.day === '2026-01-07')!;
		// Two interactions: one satisfied of two answers, FCR one of two, handle time their mean.
		expect(jan7).toMatchObject({ agentDays: 1, contacts: 2, csatWeighted: 1, csatResponses: 2, fcrSum: 0.5, fcrCount: 1, handleSum: 300, handleCount: 1 });
		// 5 January has the agent's own daily row, which stands for the day: the interaction isn't added.
		const jan5 = summarizeDays(team1.filter((r) => r.day === '2026-01-05'));
		expect(jan5.handleSeconds).toBe(300);
		const own = summarizeDays(await personDaySums(database.db, org.agent1Id, '2026-01-01'));
		expect(own.agentDays).toBe(3);
		expect(own.handleSeconds).toBeCloseTo((300 + 300 + 300) / 3, 10);
	});

	it("move an agent's days with them when they change team", async () => {
		const before = summarizeDays(await teamRows(org.team1)).agentDays;
		const person = (await database.db.select().from(people).where(eq(people.id, org.agent1Id)))[0]!;
		await updatePerson(database, org.agent1Id, { name: person.name, email: person.email, role: person.role, teamId: org.team2, siteId: person.siteId, hireDate: person.hireDate, employmentStatus: person.employmentStatus, contractHoursMin: person.contractHoursMin, contractHoursMax: person.contractHoursMax, skills: person.skills }, org.adminId, seedNow);
		expect(summarizeDays(await teamRows(org.team1)).agentDays).toBe(before - 3);
		expect(summarizeDays((await teamRows(org.team2)).filter((r) => r.day <= '2026-01-07')).agentDays).toBeGreaterThanOrEqual(3);
	});

	it('refuses day bounds that are not plain dates', () => {
		expect(() => rebuildStatements("2026-01-01' OR 1=1 --", '2026-01-02')).toThrow(/not ISO days/);
	});
});
