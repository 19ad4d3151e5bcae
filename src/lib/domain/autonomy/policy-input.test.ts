import { describe, expect, it } from 'vitest';
import { findConflicts, nextRuleKey, parseRule, ruleToRaw, type RuleRaw } from './policy-input';

const actions = [
	{ key: 'refund', monetary: true },
	{ key: 'escalation_bypass', monetary: false }
];
const raw = (over: Partial<RuleRaw> = {}): RuleRaw => ({
	key: 'r1',
	action: 'refund',
	effect: 'allow',
	currency: 'eur',
	per_case: '50',
	per_day: '200',
	per_month: '1000',
	approver_role: 'supervisor',
	approval_ceiling: '500',
	roles: [],
	min_tenure_days: '',
	training_module: '',
	min_qa_score: '',
	tiers: [],
	...over
});

describe('parseRule', () => {
	it('turns a typed rule into minor units and conditions', () => {
		const r = parseRule(raw({ min_tenure_days: '90', tiers: ['vip'], training_module: 'own_it' }), actions, ['own_it']);
		expect(r).toEqual({
			ok: true,
			rule: { key: 'r1', action: 'refund', effect: 'allow', currency: 'EUR', perCase: 5000, perDay: 20000, perMonth: 100000, approverRole: 'supervisor', approvalCeiling: 50000, conditions: { minTenureDays: 90, customerTiers: ['vip'], trainingModule: 'own_it' } }
		});
	});
	it('names every bad field', () => {
		const r = parseRule(raw({ action: 'bribe', currency: 'XYZ', min_qa_score: '101', tiers: ['gold'], min_tenure_days: '-1', approver_role: 'ceo' }), actions, []);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual(['action:rule_action_unknown', 'approver_role:rule_approver', 'currency:currency_unknown', 'min_qa_score:rule_qa', 'min_tenure_days:rule_tenure', 'tiers:rule_tiers']);
	});
	it('refuses negative and absurd limits and limits that contradict each other', () => {
		const bad = (over: Partial<RuleRaw>) => {
			const r = parseRule(raw(over), actions, []);
			return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`);
		};
		expect(bad({ per_case: '-5' })).toEqual(['per_case:amount_not_positive']);
		expect(bad({ per_case: '5000000' })).toEqual(['per_case:amount_too_large']);
		expect(bad({ per_case: '300' })).toEqual(['per_case:rule_case_over_day']);
		expect(bad({ per_day: '2000' })).toEqual(['per_day:rule_day_over_month']);
		expect(bad({ approval_ceiling: '20' })).toEqual(['approval_ceiling:rule_ceiling_under_case']);
		expect(bad({ approver_role: 'none' })).toEqual(['approval_ceiling:rule_ceiling_without_approver']);
		expect(bad({ currency: '' })).toEqual(['currency:currency_required']);
	});
	it('counted actions take whole-number limits and no currency', () => {
		const r = parseRule(raw({ action: 'escalation_bypass', currency: '', per_case: '', per_day: '2', per_month: '10', approval_ceiling: '' }), actions, []);
		expect(r).toMatchObject({ ok: true, rule: { currency: null, perCase: null, perDay: 2, perMonth: 10, approvalCeiling: null } });
		const bad = parseRule(raw({ action: 'escalation_bypass', per_day: '2.5', approval_ceiling: '' }), actions, []);
		expect(bad.ok ? [] : bad.errors.map((e) => e.field)).toEqual(['per_day']);
	});
	it('a deny rule keeps no limits', () => {
		expect(parseRule(raw({ effect: 'deny' }), actions, [])).toMatchObject({ ok: true, rule: { effect: 'deny', perCase: null, approverRole: null } });
	});
});

describe('rule sets', () => {
	it('finds rules that contradict: same action, currency and conditions', () => {
		const a = parseRule(raw({ key: 'r1' }), actions, []);
		const b = parseRule(raw({ key: 'r2', per_case: '20' }), actions, []);
		const c = parseRule(raw({ key: 'r3', tiers: ['vip'] }), actions, []);
		if (!a.ok || !b.ok || !c.ok) throw new Error('fixture');
		expect(findConflicts([a.rule, b.rule, c.rule])).toEqual([{ first: 'r1', second: 'r2' }]);
	});
	it('never reuses a key', () => {
		expect(nextRuleKey([])).toBe('r1');
		expect(nextRuleKey(['r1', 'r7', 'r3'])).toBe('r8');
	});
});

describe('ruleToRaw', () => {
	it('round-trips a rule through the form', () => {
		for (const over of [{}, { action: 'escalation_bypass', currency: '', per_case: '', per_day: '2', per_month: '10', approval_ceiling: '' }, { effect: 'deny' }, { approver_role: 'none', approval_ceiling: '', roles: ['agent'], min_qa_score: '70' }]) {
			const first = parseRule(raw(over), actions, []);
			if (!first.ok) throw new Error(JSON.stringify(first.errors));
			expect(parseRule(ruleToRaw(first.rule), actions, [])).toEqual(first);
		}
	});
});
