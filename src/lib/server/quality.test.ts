import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db';
import { dataScope } from './auth/guard';
import { acknowledgeCoaching, calibrationOf, coachingInScope, createCoachingSession, evaluationsOf, importTranscript, listCoaching, listScorecards, listTranscripts, saveEvaluation, transcriptInScope } from './quality';
import { createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, sessionUserOf, type TestOrg } from './test-fixtures';
import type { ItemAnswer } from '$lib/domain/quality/scorecard';

let database: Database;
let org: TestOrg;
const scopeOf = async (id: number) => dataScope(database, await sessionUserOf(database, id));
const text = 'Customer: I was charged twice!\nAgent: I am so sorry, that must be stressful.\nI will refund it now.\nCustomer: Thanks.';

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
});
afterAll(() => disposeTestDatabase(database));

describe('transcripts', () => {
	it("imports for the supervisor's own agents only, and lists in scope", async () => {
		const supervisor = await scopeOf(org.supervisorId);
		const bad = await importTranscript(database, supervisor, { person: String(org.agent2Id), channel: 'fax', day: '2026-13-01', title: '', text: 'hello' }, org.supervisorId, seedNow);
		expect(bad.ok ? [] : bad.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['person:transcript_agent', 'channel:transcript_channel', 'day:transcript_day', 'title:required', 'text:transcript_line']);
		const out = await importTranscript(database, supervisor, { person: String(org.agent1Id), channel: 'chat', day: '2026-01-14', title: 'Double charge', text }, org.supervisorId, seedNow);
		expect(out.ok).toBe(true);
		expect((await listTranscripts(database, supervisor)).map((r) => r.transcript.title)).toEqual(['Double charge']);
		expect(await listTranscripts(database, await scopeOf(org.outsiderId))).toEqual([]);
	});
});

describe('evaluations and calibration', () => {
	it('scores on the card, refuses unanswered items, one score per reviewer and round; calibration gives alpha and deviations', async () => {
		const supervisor = await scopeOf(org.supervisorId);
		const [row] = await listTranscripts(database, supervisor);
		const transcript = (await transcriptInScope(database, supervisor, row!.transcript.id))!.transcript;
		const [card] = await listScorecards(database, org.organizationId, seedNow);
		const items = card!.sections.flatMap((s) => s.items);
		const all = (a: ItemAnswer) => new Map(items.map((i) => [i.key, a]));
		const partial = new Map(all('met'));
		partial.delete(items[0]!.key);
		expect(await saveEvaluation(database, transcript, card!, org.supervisorId, { answers: partial, note: '', calibration: false, expert: false }, seedNow)).toEqual({ ok: false, errors: [{ field: items[0]!.key, code: 'evaluation_missing' }] });
		expect(await saveEvaluation(database, transcript, card!, org.supervisorId, { answers: all('met'), note: '', calibration: false, expert: false }, seedNow)).toEqual({ ok: true, score: 100 });
		expect(await saveEvaluation(database, transcript, card!, org.supervisorId, { answers: all('met'), note: '', calibration: false, expert: false }, seedNow)).toMatchObject({ ok: false, errors: [{ code: 'evaluation_exists' }] });
		// A calibration round: the admin as expert, the supervisor a little stricter on two items.
		const expert = all('met');
		expert.set(items[2]!.key, 'partial');
		expert.set(items[3]!.key, 'not_met');
		const stricter = new Map(expert);
		stricter.set(items[4]!.key, 'partial');
		await saveEvaluation(database, transcript, card!, org.adminId, { answers: expert, note: '', calibration: true, expert: true }, seedNow);
		await saveEvaluation(database, transcript, card!, org.supervisorId, { answers: stricter, note: '', calibration: true, expert: false }, seedNow);
		const calibration = calibrationOf(await evaluationsOf(database.db, transcript.id))!;
		expect(calibration.alpha).toBeGreaterThan(0.5);
		expect(calibration.alpha).toBeLessThan(1);
		const sam = calibration.reviewers.find((r) => r.name === 'Sam Supervisor')!;
		expect(sam.deviation).toMatchObject({ mean: -0.5 / items.filter((i) => expert.get(i.key) !== 'na').length, units: expert.size });
	});
});

describe('coaching', () => {
	it('a supervisor coaches their agent with goals; only that agent and their coaches see it; the agent acknowledges', async () => {
		const supervisor = await scopeOf(org.supervisorId);
		const refused = await createCoachingSession(database, supervisor, { personId: org.agent2Id, feedback: 'x', goals: [{ goal: 'g', measure: '', due: '2020-01-01' }], evaluationId: null, practiceAttemptId: null }, org.supervisorId, seedNow);
		expect(refused.ok ? [] : refused.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['person:coaching_agent', 'feedback:coaching_feedback', 'goals[0].measure:coaching_measure']);
		const out = await createCoachingSession(database, supervisor, { personId: org.agent1Id, feedback: 'Name the feeling first.', goals: [{ goal: 'Name emotions', measure: '4 of 5 calls', due: '2026-02-01' }, { goal: '', measure: '', due: '' }], evaluationId: null, practiceAttemptId: null }, org.supervisorId, seedNow);
		if (!out.ok) throw new Error(JSON.stringify(out.errors));
		expect((await coachingInScope(database, await scopeOf(org.agent1Id), out.id))?.goals).toHaveLength(1);
		expect(await coachingInScope(database, await scopeOf(org.agent2Id), out.id)).toBeNull();
		expect(await listCoaching(database, await scopeOf(org.agent2Id))).toEqual([]);
		expect(await acknowledgeCoaching(database, org.agent2Id, out.id, 'not mine', seedNow)).toBe(false);
		expect(await acknowledgeCoaching(database, org.agent1Id, out.id, 'Thanks, will do', seedNow)).toBe(true);
		expect((await coachingInScope(database, await scopeOf(org.agent1Id), out.id))?.session).toMatchObject({ agentReply: 'Thanks, will do' });
	});
});
