import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from './db';
import { moduleCompletions, practiceAttempts, trainingWeekly } from './db/schema';
import { dataScope } from './auth/guard';
import { assignModule, completedModuleKeys, createAuthoredModule, listModules, myTraining, recordPractice, recordQuiz, teamTraining, viewModule, type TrainingModule } from './training';
import { createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, sessionUserOf, type TestOrg } from './test-fixtures';
import { parseModule } from '$lib/domain/training/module-input';

let database: Database;
let org: TestOrg;
let shipped: TrainingModule;

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	shipped = (await listModules(database, org.organizationId, seedNow))[0]!;
});
afterAll(() => disposeTestDatabase(database));

describe('training', () => {
	it("registers Tend's shipped modules once per organization", async () => {
		const again = await listModules(database, org.organizationId, seedNow);
		expect(again.map((m) => m.key)).toEqual(['hear_the_feeling', 'listen_to_understand', 'own_it']);
		expect(await listModules(database, org.otherOrganizationId, seedNow)).toHaveLength(3);
	});

	it('scores a practice reply, refuses an empty one, and keeps the week\'s figures', async () => {
		const view = viewModule(shipped, 'en')!;
		expect(await recordPractice(database, org.agent1Id, shipped, view.scenarios[0]!.key, '   ', 'en', seedNow)).toEqual({ ok: false, error: 'reply_empty' });
		expect(await recordPractice(database, org.agent1Id, shipped, 'no_such', 'Hello', 'en', seedNow)).toEqual({ ok: false, error: 'scenario_unknown' });
		const out = await recordPractice(database, org.agent1Id, shipped, view.scenarios[0]!.key, "I'm so sorry, that must be really worrying. I'll refund the second charge now and you'll get an email by Friday.", 'en', seedNow);
		expect(out.ok && out.total).toBeGreaterThanOrEqual(5);
		const week = await database.db.select().from(trainingWeekly).where(eq(trainingWeekly.personId, org.agent1Id));
		expect(week).toMatchObject([{ weekStart: '2026-01-12', practiceAttempts: 1 }]);
	});

	it('completes a module when every scenario is practised and the quiz passed, which autonomy rules can then require', async () => {
		const view = viewModule(shipped, 'en')!;
		for (const s of view.scenarios) await recordPractice(database, org.agent1Id, shipped, s.key, 'I am sorry. I will fix it today and email you by 5 pm.', 'en', seedNow);
		const failed = await recordQuiz(database, org.agent1Id, shipped, new Map(), 'en', seedNow);
		expect(failed?.passed).toBe(false);
		expect(await completedModuleKeys(database.db, org.agent1Id)).toEqual([]);
		const passed = await recordQuiz(database, org.agent1Id, shipped, new Map(view.quiz.map((q) => [q.key, q.answerIndex])), 'en', seedNow);
		expect(passed).toMatchObject({ passed: true, correct: view.quiz.length });
		expect(await completedModuleKeys(database.db, org.agent1Id)).toEqual(['hear_the_feeling']);
		expect(await database.db.select().from(moduleCompletions).where(and(eq(moduleCompletions.personId, org.agent1Id)))).toHaveLength(1);
	});

	it('a supervisor assigns to their team only; the agent sees the due day; progress shows in the team view', async () => {
		const supervisorScope = await dataScope(database, await sessionUserOf(database, org.supervisorId));
		expect(await assignModule(database, supervisorScope, shipped, { teamId: org.team2, personIds: [] }, null, '2026-01-15', org.supervisorId, seedNow)).toEqual({ ok: false, problem: 'assign_out_of_scope' });
		expect(await assignModule(database, supervisorScope, shipped, { teamId: null, personIds: [org.agent2Id] }, null, '2026-01-15', org.supervisorId, seedNow)).toEqual({ ok: false, problem: 'assign_out_of_scope' });
		expect(await assignModule(database, supervisorScope, shipped, { teamId: org.team1, personIds: [] }, '2026-01-14', '2026-01-15', org.supervisorId, seedNow)).toEqual({ ok: false, problem: 'assign_due_past' });
		expect(await assignModule(database, supervisorScope, shipped, { teamId: org.team1, personIds: [] }, '2026-01-20', '2026-01-15', org.supervisorId, seedNow)).toEqual({ ok: true, assigned: 1 });
		const mine = await myTraining(database, org.agent1Id, org.organizationId, 'en', seedNow);
		expect(mine.modules[0]).toMatchObject({ assigned: true, dueDay: '2026-01-20', progress: { status: 'complete' } });
		const team = await teamTraining(database, supervisorScope, 'en', '2026-01-15');
		expect(team.map((r) => r.personId)).toEqual([org.agent1Id]);
		const agentScope = await dataScope(database, await sessionUserOf(database, org.agent2Id));
		expect(await teamTraining(database, agentScope, 'en', '2026-01-15')).toEqual([]);
	});

	it('stores an authored module whole, and its practice works like a shipped one', async () => {
		const parsed = parseModule({ title: 'Calm words', summary: '', minutes: '10', lessons: [{ title: 'One', body: '<script>alert(1)</script> **bold**' }], scenarios: [{ title: 'Late', customerMessage: 'Where is my parcel?', modelReply: 'Sorry, I will track it now.' }], quiz: [{ prompt: 'First?', options: 'a\nb', answer: '2', explanation: '' }] });
		if (!parsed.ok) throw new Error('fixture');
		const authored = await createAuthoredModule(database, org.organizationId, parsed.value, 'en', org.supervisorId, seedNow);
		expect(viewModule(authored, 'pl')?.title).toBe('Calm words');
		const out = await recordPractice(database, org.agent2Id, authored, 'scenario_1', 'Sorry about that.', 'en', seedNow);
		expect(out.ok).toBe(true);
		expect(await database.db.select().from(practiceAttempts).where(eq(practiceAttempts.moduleId, authored.id))).toHaveLength(1);
	});
});
