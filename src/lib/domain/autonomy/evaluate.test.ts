import { describe, expect, it } from 'vitest';
import { applicableRules, evaluateDecision, type DeciderContext, type DecisionInput } from './evaluate';
import { versionsInEffect, type PolicyRule, type PolicyVersion } from './policy';

const rule = (over: Partial<PolicyRule> = {}): PolicyRule => ({
	key: 'r1',
	action: 'refund',
	effect: 'allow',
	currency: 'EUR',
	perCase: 5000,
	perDay: 20000,
	perMonth: 100000,
	approverRole: 'supervisor',
	approvalCeiling: 50000,
	conditions: {},
	...over
});
const version = (rules: PolicyRule[], over: Partial<PolicyVersion> = {}): PolicyVersion => ({ id: 1, policyId: 1, teamId: null, version: 1, effectiveFrom: '2026-01-01', rules, ...over });
const agent: DeciderContext = { role: 'agent', teamId: 7, tenureDays: 200, completedModules: [], qaScore: 85 };
const refund = (amount: number, over: Partial<DecisionInput> = {}): DecisionInput => ({ action: 'refund', amount, currency: 'EUR', customerTier: 'standard', day: '2026-11-23', ...over });
const none = { day: 0, month: 0 };

describe('evaluateDecision: limits', () => {
	const policy = [version([rule()])];
	it('is within autonomy exactly at the per-case limit, and needs approval one cent over', () => {
		expect(evaluateDecision(policy, agent, refund(5000), none)).toMatchObject({ outcome: 'autonomous', reason: 'within_limits', versionId: 1 });
		expect(evaluateDecision(policy, agent, refund(5001), none)).toMatchObject({ outcome: 'needs_approval', approverRole: 'supervisor', reason: 'over_case_limit' });
	});
	it('refuses above the approval ceiling, and allows exactly at it with approval', () => {
		expect(evaluateDecision(policy, agent, refund(50000), none)).toMatchObject({ outcome: 'needs_approval' });
		expect(evaluateDecision(policy, agent, refund(50001), none)).toMatchObject({ outcome: 'not_allowed', reason: 'over_approval_ceiling' });
	});
	it('uses up the day allowance exactly, then sends the next decision for approval', () => {
		expect(evaluateDecision(policy, agent, refund(5000), { day: 15000, month: 15000 })).toMatchObject({ outcome: 'autonomous', remaining: { day: 5000 } });
		expect(evaluateDecision(policy, agent, refund(1), { day: 20000, month: 20000 })).toMatchObject({ outcome: 'needs_approval', reason: 'over_day_limit' });
	});
	it('checks the month allowance after the day one', () => {
		expect(evaluateDecision(policy, agent, refund(100), { day: 0, month: 99950 })).toMatchObject({ outcome: 'needs_approval', reason: 'over_month_limit' });
		expect(evaluateDecision(policy, agent, refund(50), { day: 0, month: 99950 })).toMatchObject({ outcome: 'autonomous' });
	});
	it('with no approval route, anything over the limits is not allowed', () => {
		expect(evaluateDecision([version([rule({ approverRole: null, approvalCeiling: null })])], agent, refund(5001), none)).toMatchObject({ outcome: 'not_allowed', reason: 'no_approval_route' });
	});
	it('counts decisions, not money, for counted actions', () => {
		const bypass = rule({ action: 'escalation_bypass', currency: null, perCase: null, perDay: 2, perMonth: 10, approvalCeiling: null });
		const input = { action: 'escalation_bypass', amount: null, currency: null, customerTier: 'standard', day: '2026-11-23' };
		expect(evaluateDecision([version([bypass])], agent, input, { day: 1, month: 1 })).toMatchObject({ outcome: 'autonomous', remaining: { day: 1, perCase: null } });
		expect(evaluateDecision([version([bypass])], agent, input, { day: 2, month: 2 })).toMatchObject({ outcome: 'needs_approval', reason: 'over_day_limit' });
	});
	it('never grants what no rule covers: another action, another currency', () => {
		expect(evaluateDecision(policy, agent, refund(100, { action: 'credit' }), none)).toMatchObject({ outcome: 'not_allowed', reason: 'no_rule', rule: null });
		expect(evaluateDecision(policy, agent, refund(100, { currency: 'PLN' }), none)).toMatchObject({ outcome: 'not_allowed', reason: 'no_rule' });
	});
});

describe('evaluateDecision: conditions', () => {
	it('applies tenure, QA, module, tier and role conditions at their boundaries', () => {
		const v = (conditions: PolicyRule['conditions']) => [version([rule({ conditions })])];
		expect(evaluateDecision(v({ minTenureDays: 200 }), agent, refund(100), none).outcome).toBe('autonomous');
		expect(evaluateDecision(v({ minTenureDays: 201 }), agent, refund(100), none).outcome).toBe('not_allowed');
		expect(evaluateDecision(v({ minQaScore: 85 }), agent, refund(100), none).outcome).toBe('autonomous');
		expect(evaluateDecision(v({ minQaScore: 86 }), agent, refund(100), none).outcome).toBe('not_allowed');
		expect(evaluateDecision(v({ minQaScore: 1 }), { ...agent, qaScore: null }, refund(100), none).outcome).toBe('not_allowed');
		expect(evaluateDecision(v({ trainingModule: 'own_it' }), agent, refund(100), none).outcome).toBe('not_allowed');
		expect(evaluateDecision(v({ trainingModule: 'own_it' }), { ...agent, completedModules: ['own_it'] }, refund(100), none).outcome).toBe('autonomous');
		expect(evaluateDecision(v({ customerTiers: ['vip'] }), agent, refund(100), none).outcome).toBe('not_allowed');
		expect(evaluateDecision(v({ customerTiers: ['vip'] }), agent, refund(100, { customerTier: 'vip' }), none).outcome).toBe('autonomous');
		expect(evaluateDecision(v({ roles: ['supervisor'] }), agent, refund(100), none).outcome).toBe('not_allowed');
	});
	it("ignores another team's policy", () => {
		expect(evaluateDecision([version([rule()], { teamId: 8 })], agent, refund(100), none).outcome).toBe('not_allowed');
		expect(evaluateDecision([version([rule()], { teamId: 7 })], agent, refund(100), none).outcome).toBe('autonomous');
	});
});

describe('evaluateDecision: precedence', () => {
	it('the most specific matching rule wins, and the others are listed as overridden', () => {
		const general = rule({ key: 'r1', perCase: 5000 });
		const senior = rule({ key: 'r2', perCase: 15000, conditions: { minTenureDays: 180 } });
		const verdict = evaluateDecision([version([general, senior])], agent, refund(10000), none);
		expect(verdict).toMatchObject({ outcome: 'autonomous', rule: { key: 'r2' } });
		expect(verdict.overridden.map((o) => o.rule.key)).toEqual(['r1']);
		// A newer agent falls back to the general rule.
		expect(evaluateDecision([version([general, senior])], { ...agent, tenureDays: 30 }, refund(10000), none)).toMatchObject({ outcome: 'needs_approval', rule: { key: 'r1' } });
	});
	it("a team's rule beats the organization's rule with the same conditions", () => {
		const org = version([rule({ perCase: 5000 })], { id: 1, policyId: 1 });
		const team = version([rule({ perCase: 2000 })], { id: 2, policyId: 2, teamId: 7 });
		expect(evaluateDecision([org, team], agent, refund(3000), none)).toMatchObject({ outcome: 'needs_approval', versionId: 2 });
	});
	it('on equal specificity a deny beats an allow, then the stricter limit wins, whatever the order', () => {
		const allow = rule({ key: 'r1', conditions: { customerTiers: ['vip'] } });
		const deny = rule({ key: 'r2', effect: 'deny', conditions: { minTenureDays: 10 } });
		for (const rules of [[allow, deny], [deny, allow]]) expect(evaluateDecision([version(rules)], agent, refund(100, { customerTier: 'vip' }), none)).toMatchObject({ outcome: 'not_allowed', reason: 'denied_by_rule', rule: { key: 'r2' } });
		const loose = rule({ key: 'r1', perCase: 9000, conditions: { customerTiers: ['vip'] } });
		const strict = rule({ key: 'r2', perCase: 3000, conditions: { minTenureDays: 10 } });
		for (const rules of [[loose, strict], [strict, loose]]) expect(evaluateDecision([version(rules)], agent, refund(5000, { customerTier: 'vip' }), none)).toMatchObject({ outcome: 'needs_approval', rule: { key: 'r2' } });
	});
});

describe('versions and effective dates', () => {
	const v1 = version([rule({ perCase: 5000 })], { id: 1, version: 1, effectiveFrom: '2026-01-01' });
	const v2 = version([rule({ perCase: 8000 })], { id: 2, version: 2, effectiveFrom: '2026-12-01' });
	it('judges by the version in effect on the decision day: the new one from its first day, not the day before', () => {
		expect(evaluateDecision([v1, v2], agent, refund(6000, { day: '2026-11-30' }), none)).toMatchObject({ outcome: 'needs_approval', versionId: 1 });
		expect(evaluateDecision([v1, v2], agent, refund(6000, { day: '2026-12-01' }), none)).toMatchObject({ outcome: 'autonomous', versionId: 2 });
	});
	it('before the first version takes effect, nothing applies', () => {
		expect(evaluateDecision([v2], agent, refund(100, { day: '2026-11-30' }), none).reason).toBe('no_rule');
	});
	it('two versions on the same day: the higher version number is in effect', () => {
		const v3 = version([rule({ perCase: 100 })], { id: 3, version: 3, effectiveFrom: '2026-12-01' });
		expect(versionsInEffect([v1, v2, v3], '2026-12-01').map((v) => v.id)).toEqual([3]);
		expect(versionsInEffect([v1, v3, v2], '2026-12-01').map((v) => v.id)).toEqual([3]);
	});
});

describe('applicableRules', () => {
	it("lists the rules that can apply to the agent today, whatever the tier, and leaves out those whose conditions they don't meet", () => {
		const rules = [rule({ key: 'r1' }), rule({ key: 'r2', conditions: { customerTiers: ['vip'] } }), rule({ key: 'r3', conditions: { minTenureDays: 400 } }), rule({ key: 'r4', action: 'credit' })];
		expect(applicableRules([version(rules)], agent, '2026-11-23').map((r) => r.rule.key)).toEqual(['r4', 'r2', 'r1']);
		// A team rule counts as a condition: it ties with the VIP rule and wins it by the stricter limit, and
		// beats the general rule outright, so neither of the organization's refund rules can apply.
		const team = version([rule({ key: 'r1', perCase: 1000 })], { id: 2, policyId: 2, teamId: 7 });
		expect(applicableRules([version(rules), team], agent, '2026-11-23').map((r) => `${r.versionId}:${r.rule.key}`)).toEqual(['1:r4', '2:r1']);
		expect(applicableRules([version(rules, { effectiveFrom: '2026-12-01' })], agent, '2026-11-23')).toEqual([]);
	});
});
