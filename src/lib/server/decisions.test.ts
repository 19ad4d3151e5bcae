import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from './db';
import { autonomyIndex, decisionReviews, decisions, policyVersions } from './db/schema';
import { dataScope } from './auth/guard';
import { ensurePolicy, publishDraft, publishedVersions, saveDraftRule, startDraft, discardDraft } from './autonomy-policy';
import { approvalQueue, checkDecision, listDecisions, reviewDecision, type DecisionRaw } from './decisions';
import { createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, sessionUserOf, failureOf, type TestOrg } from './test-fixtures';
import type { PolicyRule } from '$lib/domain/autonomy/policy';

let database: Database;
let org: TestOrg;
const today = '2026-01-15';
const refundRule: PolicyRule = { key: 'r1', action: 'refund', effect: 'allow', currency: 'EUR', perCase: 5000, perDay: 8000, perMonth: 50000, approverRole: 'supervisor', approvalCeiling: 30000, conditions: {} };
const raw = (over: Partial<DecisionRaw> = {}): DecisionRaw => ({ action: 'refund', amount: '40', currency: 'EUR', case_ref: `C-${Math.random().toString(36).slice(2, 10)}`, reason: 'Charged twice for the same order', customer_tier: 'standard', ...over });

async function publish(teamId: number | null, rules: PolicyRule[], effectiveFrom = today) {
	const policy = await ensurePolicy(database, org.organizationId, teamId, seedNow);
	const draft = await startDraft(database, policy.id, org.adminId, seedNow);
	for (const r of draft.rules) if (!rules.some((x) => x.key === r.key)) await database.write((tx) => tx.update(policyVersions).set({ rules: draft.rules.filter((x) => rules.some((y) => y.key === x.key)) }).where(eq(policyVersions.id, draft.id)));
	for (const r of rules) await saveDraftRule(database, draft.id, r);
	const out = await publishDraft(database, draft.id, { effectiveFrom, responseTargetMinutes: 30, note: '' }, today, org.adminId, seedNow);
	if (!out.ok) throw new Error(JSON.stringify(out.problem));
	return out.version;
}

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	await publish(null, [refundRule]);
});
afterAll(() => disposeTestDatabase(database));

describe('checking a decision', () => {
	it('is within autonomy up to the limit, cites the version, and stores the context it was judged on', async () => {
		const out = await checkDecision(database, org.agent1Id, raw({ amount: '50.00' }), seedNow);
		expect(out.ok).toBe(true);
		if (!out.ok) return;
		expect(out.decision).toMatchObject({ outcome: 'autonomous', amount: 5000, currency: 'EUR', day: today, ruleKey: 'r1', teamId: org.team1 });
		expect(out.decision.policyVersionId).not.toBeNull();
		expect(out.decision.context).toMatchObject({ role: 'agent', teamId: org.team1, tenureDays: 374 });
		const week = await database.db.select().from(autonomyIndex).where(eq(autonomyIndex.teamId, org.team1));
		expect(week).toMatchObject([{ weekStart: '2026-01-12', decisions: 1, autonomous: 1 }]);
	});

	it('gives each field its own error, and stores nothing for bad input', async () => {
		const before = (await database.db.select().from(decisions)).length;
		const out = await checkDecision(database, org.agent1Id, raw({ amount: '-3', case_ref: '', reason: '', customer_tier: 'gold' }), seedNow);
		expect(out.ok ? [] : out.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['amount:amount_not_positive', 'case_ref:case_ref_required', 'reason:decision_reason', 'customer_tier:decision_tier']);
		const currency = await checkDecision(database, org.agent1Id, raw({ currency: 'ABC' }), seedNow);
		expect(currency.ok ? [] : currency.errors).toEqual([{ field: 'currency', code: 'currency_unknown', params: { currency: 'ABC' } }]);
		const absurd = await checkDecision(database, org.agent1Id, raw({ amount: '99999999999' }), seedNow);
		expect(absurd.ok ? [] : absurd.errors.map((e) => e.code)).toEqual(['amount_too_large']);
		expect((await database.db.select().from(decisions)).length).toBe(before);
	});

	it('refuses a case reference that already has a standing decision for the same action', async () => {
		const first = await checkDecision(database, org.agent1Id, raw({ case_ref: 'CASE-77', amount: '5' }), seedNow);
		expect(first.ok).toBe(true);
		const again = await checkDecision(database, org.agent2Id, raw({ case_ref: 'CASE-77', amount: '5' }), seedNow);
		expect(again.ok ? null : again.errors[0]).toMatchObject({ field: 'case_ref', code: 'case_ref_reused' });
		// Another action on the same case is fine (no rule covers it: recorded as not allowed).
		const credit = await checkDecision(database, org.agent1Id, raw({ case_ref: 'CASE-77', action: 'credit', amount: '5' }), seedNow);
		expect(credit.ok && credit.decision.outcome).toBe('not_allowed');
	});

	it('two checks racing for the last of the day allowance: one is autonomous, the other needs approval', async () => {
		// Bob (team 2) has used nothing; the day allowance is 80.00 and each asks for 45.00.
		const [a, b] = await Promise.all([checkDecision(database, org.agent2Id, raw({ amount: '45' }), seedNow), checkDecision(database, org.agent2Id, raw({ amount: '45' }), seedNow)]);
		const outcomes = [a, b].map((r) => (r.ok ? r.decision.outcome : 'error')).sort();
		expect(outcomes).toEqual(['autonomous', 'needs_approval']);
		const rejected = [a, b].find((r) => r.ok && r.decision.outcome === 'needs_approval');
		expect(rejected?.ok && rejected.verdict.reason).toBe('over_day_limit');
	});

	it('a team policy published for a later day only applies from that day', async () => {
		await publish(org.team2, [{ ...refundRule, key: 'r1', effect: 'deny', perCase: null, perDay: null, perMonth: null, approverRole: null, approvalCeiling: null }], '2026-01-16');
		const now = await checkDecision(database, org.agent2Id, raw({ amount: '1' }), seedNow);
		expect(now.ok && now.decision.outcome).toBe('autonomous');
		const tomorrow = await checkDecision(database, org.agent2Id, raw({ amount: '1' }), seedNow + 86_400_000);
		expect(tomorrow.ok && tomorrow.decision).toMatchObject({ outcome: 'not_allowed', verdictReason: 'denied_by_rule' });
	});

	it('the log is append-only', async () => {
		expect(await failureOf(database.write((tx) => tx.update(decisions).set({ amount: 1 })))).toMatch(/append-only/);
		expect(await failureOf(database.write((tx) => tx.delete(decisions)))).toMatch(/append-only/);
	});
});

describe('approvals', () => {
	let pendingId: number;
	beforeAll(async () => {
		const out = await checkDecision(database, org.agent1Id, raw({ amount: '120' }), seedNow);
		if (!out.ok || out.decision.outcome !== 'needs_approval') throw new Error('fixture');
		pendingId = out.decision.id;
	});

	it("shows the team's supervisor and admins the request, with its deadline; not the other team's agents", async () => {
		const supervisor = await sessionUserOf(database, org.supervisorId);
		const queue = await approvalQueue(database, await dataScope(database, supervisor), 'supervisor', seedNow + 10 * 60_000);
		expect(queue.map((q) => q.decision.id)).toContain(pendingId);
		const item = queue.find((q) => q.decision.id === pendingId)!;
		expect(item.due).toBe(seedNow + 30 * 60_000);
		expect(item.overdue).toBe(false);
		const late = await approvalQueue(database, await dataScope(database, await sessionUserOf(database, org.adminId)), 'admin', seedNow + 31 * 60_000);
		expect(late.find((q) => q.decision.id === pendingId)).toMatchObject({ overdue: true, escalatedToAdmin: true });
		const hr = await approvalQueue(database, await dataScope(database, await sessionUserOf(database, org.hrId)), 'hr', seedNow);
		expect(hr.map((q) => q.decision.id)).not.toContain(pendingId);
	});

	it('an agent cannot approve, a supervisor of another team cannot, denial needs a note', async () => {
		const agentScope = await dataScope(database, await sessionUserOf(database, org.agent2Id));
		expect(await reviewDecision(database, agentScope, 'agent', pendingId, { verdict: 'approved', note: '' }, seedNow)).toEqual({ ok: false, problem: 'review_not_found' });
		const selfScope = await dataScope(database, await sessionUserOf(database, org.agent1Id));
		expect(await reviewDecision(database, selfScope, 'agent', pendingId, { verdict: 'approved', note: '' }, seedNow)).toEqual({ ok: false, problem: 'review_not_yours' });
		const supervisorScope = await dataScope(database, await sessionUserOf(database, org.supervisorId));
		expect(await reviewDecision(database, supervisorScope, 'supervisor', pendingId, { verdict: 'denied', note: '' }, seedNow)).toEqual({ ok: false, problem: 'review_note_required' });
	});

	it('two approvals racing: one lands, the other is told who answered first, and the record holds one review', async () => {
		const supervisorScope = await dataScope(database, await sessionUserOf(database, org.supervisorId));
		const adminScope = await dataScope(database, await sessionUserOf(database, org.adminId));
		const [a, b] = await Promise.all([
			reviewDecision(database, supervisorScope, 'supervisor', pendingId, { verdict: 'approved', note: 'ok' }, seedNow + 60_000),
			reviewDecision(database, adminScope, 'admin', pendingId, { verdict: 'denied', note: 'too much' }, seedNow + 60_000)
		]);
		expect([a.ok, b.ok].sort()).toEqual([false, true]);
		const loser = (a.ok ? b : a) as { ok: false; problem: string; by?: string };
		expect(loser.problem).toBe('review_already');
		expect(loser.by).toMatch(/Sam Supervisor|Adam Admin/);
		expect(await database.db.select().from(decisionReviews).where(eq(decisionReviews.decisionId, pendingId))).toHaveLength(1);
		// An already-decided request can't be decided again.
		expect(await reviewDecision(database, adminScope, 'admin', pendingId, { verdict: 'approved', note: '' }, seedNow)).toMatchObject({ ok: false, problem: 'review_already' });
	});

	it('an autonomous decision is not an approval to answer', async () => {
		const out = await checkDecision(database, org.agent1Id, raw({ amount: '1' }), seedNow);
		if (!out.ok) throw new Error('fixture');
		const adminScope = await dataScope(database, await sessionUserOf(database, org.adminId));
		expect(await reviewDecision(database, adminScope, 'admin', out.decision.id, { verdict: 'approved', note: '' }, seedNow)).toEqual({ ok: false, problem: 'review_not_pending' });
	});
});

describe('scope of the decision log', () => {
	it('agents see their own, supervisors their teams, admins the organization', async () => {
		const range = { from: '2026-01-01', to: '2026-01-31' };
		const own = await listDecisions(database, await dataScope(database, await sessionUserOf(database, org.agent1Id)), range);
		expect(own.length).toBeGreaterThan(0);
		expect(own.every((r) => r.decision.personId === org.agent1Id)).toBe(true);
		const team = await listDecisions(database, await dataScope(database, await sessionUserOf(database, org.supervisorId)), range);
		expect(team.every((r) => r.decision.teamId === org.team1)).toBe(true);
		const all = await listDecisions(database, await dataScope(database, await sessionUserOf(database, org.adminId)), range);
		expect(new Set(all.map((r) => r.decision.personId))).toEqual(new Set([org.agent1Id, org.agent2Id]));
		const outsider = await listDecisions(database, await dataScope(database, await sessionUserOf(database, org.outsiderId)), range);
		expect(outsider).toEqual([]);
	});
});

describe('policy versions', () => {
	it('a published version cannot change or be deleted, a draft can be discarded, and publishing in the past is refused', async () => {
		const [v] = await publishedVersions(database.db, org.organizationId, null);
		expect(await failureOf(database.write((tx) => tx.update(policyVersions).set({ note: 'x' }).where(eq(policyVersions.id, v!.id))))).toMatch(/cannot change/);
		const policy = await ensurePolicy(database, org.organizationId, null, seedNow);
		const draft = await startDraft(database, policy.id, org.adminId, seedNow);
		expect(draft.rules.map((r) => r.key)).toEqual(['r1']);
		expect(await publishDraft(database, draft.id, { effectiveFrom: '2026-01-14', responseTargetMinutes: 30, note: '' }, today, org.adminId, seedNow)).toEqual({ ok: false, problem: { code: 'publish_past', today } });
		await saveDraftRule(database, draft.id, { ...refundRule, key: 'r2' });
		expect(await publishDraft(database, draft.id, { effectiveFrom: today, responseTargetMinutes: 30, note: '' }, today, org.adminId, seedNow)).toEqual({ ok: false, problem: { code: 'publish_conflict', first: 'r1', second: 'r2' } });
		await discardDraft(database, draft.id);
		expect(await database.db.select().from(policyVersions).where(eq(policyVersions.id, draft.id))).toEqual([]);
	});
});
