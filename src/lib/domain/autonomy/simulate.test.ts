import { describe, expect, it } from 'vitest';
import { simulatePolicy, type PastDecision } from './simulate';
import type { PolicyRule, PolicyVersion } from './policy';

const rule = (perCase: number, perDay: number | null = null): PolicyRule => ({ key: 'r1', action: 'refund', effect: 'allow', currency: 'EUR', perCase, perDay, perMonth: null, approverRole: 'supervisor', approvalCeiling: 20000, conditions: {} });
const version = (r: PolicyRule): PolicyVersion => ({ id: 1, policyId: 1, teamId: null, version: 1, effectiveFrom: '2026-01-01', rules: [r] });
const context = { role: 'agent' as const, teamId: 1, tenureDays: 100, completedModules: [], qaScore: 80 };
const past = (id: number, amount: number, outcome: PastDecision['outcome'], day = '2026-11-02', personId = 1): PastDecision => ({ id, personId, action: 'refund', amount, currency: 'EUR', customerTier: 'standard', day, context, outcome });

describe('simulatePolicy', () => {
	it('counts how outcomes and spend would move under a draft', () => {
		const decisions = [past(1, 3000, 'autonomous'), past(2, 8000, 'needs_approval'), past(3, 30000, 'not_allowed')];
		const r = simulatePolicy(decisions, () => [version(rule(10000))]);
		expect(r.actual).toMatchObject({ autonomous: 1, needs_approval: 1, not_allowed: 1, spend: { EUR: { autonomous: 3000, approval: 8000 } } });
		expect(r.simulated).toMatchObject({ autonomous: 2, needs_approval: 0, not_allowed: 1, spend: { EUR: { autonomous: 11000, approval: 0 } } });
		expect(r.changes).toEqual({ 'needs_approval→autonomous': 1 });
	});
	it("uses up each agent's day allowance in the order decisions were made", () => {
		const decisions = [past(2, 4000, 'autonomous'), past(1, 4000, 'autonomous'), past(3, 4000, 'autonomous', '2026-11-02', 2), past(4, 4000, 'autonomous', '2026-11-03')];
		const r = simulatePolicy(decisions, () => [version(rule(5000, 5000))]);
		// Person 1: decision 1 fits, decision 2 is over the day allowance, decision 4 is a new day.
		expect(r.simulated).toMatchObject({ autonomous: 3, needs_approval: 1 });
		expect(r.changes).toEqual({ 'autonomous→needs_approval': 1 });
	});
	it('with no decisions there is nothing to replay', () => {
		expect(simulatePolicy([], () => [])).toEqual({ decisions: 0, actual: { autonomous: 0, needs_approval: 0, not_allowed: 0, spend: {} }, simulated: { autonomous: 0, needs_approval: 0, not_allowed: 0, spend: {} }, changes: {} });
	});
});
