import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from './db';
import { agentDayOutcomes, auditLog, exits, people } from './db/schema';
import { dataScope } from './auth/guard';
import { latestModel, riskList, startTraining, trainingRun, trainTurnoverModel } from './turnover-risk';
import { addPerson, createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, sessionUserOf, type TestOrg } from './test-fixtures';
import { addDays } from '$lib/domain/people/turnover';
import { mulberry32 } from '$lib/domain/random';

let database: Database;
let org: TestOrg;
const today = '2026-01-15';

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	const random = mulberry32(7);
	// 40 agents over 300 days; those who work heavy overtime and nights leave more often.
	for (let i = 0; i < 40; i++) {
		const strained = i % 3 === 0;
		const id = await addPerson(database, { organizationId: org.organizationId, name: `Agent ${i}`, role: 'agent', teamId: i % 2 ? org.team1 : org.team2, siteId: org.siteA, hireDate: '2024-06-01' });
		const leaves = strained ? random() < 0.7 : random() < 0.1;
		const exitDay = leaves ? addDays(today, -Math.floor(30 + random() * 200)) : null;
		const rows: (typeof agentDayOutcomes.$inferInsert)[] = [];
		for (let d = 300; d >= 1; d--) {
			const day = addDays(today, -d);
			if (exitDay && day >= exitDay) break;
			if (random() < 0.3) continue;
			rows.push({ personId: id, day, contacts: 40, workedMinutes: 480, overtimeMinutes: strained ? 120 : 0, shiftStartMinute: strained && random() < 0.5 ? 22 * 60 : 8 * 60, qaScore: 80 });
		}
		await database.write(async (tx) => {
			for (let j = 0; j < rows.length; j += 200) await tx.insert(agentDayOutcomes).values(rows.slice(j, j + 200));
			if (exitDay) {
				await tx.insert(exits).values({ personId: id, exitDate: exitDay, type: 'voluntary', reason: 'test' });
				await tx.update(people).set({ employmentStatus: 'exited' }).where(eq(people.id, id));
			}
		});
	}
});
afterAll(() => disposeTestDatabase(database));

describe('turnover risk', () => {
	it('trains on monthly snapshots of the history and stores a model card with a time-based validation', async () => {
		const model = (await trainTurnoverModel(database, org.organizationId, today, org.hrId, seedNow))!;
		expect(model.rows).toBeGreaterThan(100);
		expect(model.exits).toBeGreaterThan(5);
		expect(model.windowTo <= addDays(today, -90)).toBe(true);
		expect(model.validation?.cut).toBeTruthy();
		expect(JSON.stringify(model.model)).not.toMatch(/age|gender|marital|nationality/i);
		expect((await latestModel(database, org.organizationId))!.id).toBe(model.id);
	});

	it("ranks strained agents higher, shows a supervisor only their teams' agents, and logs every view", async () => {
		const model = (await latestModel(database, org.organizationId))!;
		const hr = await riskList(database, await dataScope(database, await sessionUserOf(database, org.hrId)), model, today, org.hrId, seedNow);
		expect(hr.length).toBeGreaterThan(5);
		if (model.model.kind === 'logistic_l2') expect(hr[0]!.signals.map((s) => s.feature)).toContain(hr[0]!.signals[0]!.feature);
		const supervisor = await riskList(database, await dataScope(database, await sessionUserOf(database, org.supervisorId)), model, today, org.supervisorId, seedNow);
		const team1 = new Set((await database.db.select({ id: people.id }).from(people).where(eq(people.teamId, org.team1))).map((p) => p.id));
		expect(supervisor.every((r) => team1.has(r.id))).toBe(true);
		expect(await riskList(database, await dataScope(database, await sessionUserOf(database, org.agent1Id)), model, today, org.agent1Id, seedNow)).toEqual([]);
		const views = await database.db.select().from(auditLog).where(eq(auditLog.action, 'risk.view'));
		expect(views.map((v) => v.actorId)).toEqual(expect.arrayContaining([org.hrId, org.supervisorId]));
	});

	it('retrains in the background with progress, and a second start joins the running one', async () => {
		const id = await startTraining(database, org.organizationId, today, org.hrId, seedNow);
		expect(await startTraining(database, org.organizationId, today, org.hrId, seedNow)).toBe(id);
		for (let i = 0; i < 200 && (await trainingRun(database, org.organizationId))!.status === 'running'; i++) await new Promise((r) => setTimeout(r, 25));
		const run = (await trainingRun(database, org.organizationId))!;
		expect(run).toMatchObject({ id, status: 'done', progress: 1 });
		expect((await latestModel(database, org.organizationId))!.id).toBe(run.modelId);
	});

	it('without enough history there is no model, and the caller is told', async () => {
		const fresh = await createTestDatabase();
		const o = await seedTestOrg(fresh);
		expect(await trainTurnoverModel(fresh, o.organizationId, today, o.hrId, seedNow)).toBeNull();
		disposeTestDatabase(fresh);
	});
});
