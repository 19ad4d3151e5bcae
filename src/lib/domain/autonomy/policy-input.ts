// A policy rule as a supervisor types it, checked field by field, and a rule set checked as a
// whole (contradictions a reader would trip over). Errors are codes with the field they belong
// to, so the page can put each message beside its input in the reader's language.
import { isCurrency, minorDigits, parseAmount } from './money';
import { approverRoles, customerTiers, deciderRoles, type ApproverRole, type CustomerTier, type DeciderRole, type PolicyRule, type RuleConditions } from './policy';

export interface RuleRaw {
	key: string;
	action: string;
	effect: string;
	currency: string;
	per_case: string;
	per_day: string;
	per_month: string;
	approver_role: string;
	approval_ceiling: string;
	roles: string[];
	min_tenure_days: string;
	training_module: string;
	min_qa_score: string;
	tiers: string[];
}

export interface RuleError {
	field: string;
	code: string;
	params?: Record<string, number | string>;
}

export interface ActionInfo {
	key: string;
	monetary: boolean;
}

const maxCount = 1000;

function wholeNumber(text: string, min: number, max: number): number | 'bad' | null {
	const t = text.trim();
	if (t === '') return null;
	if (!/^\d+$/.test(t)) return 'bad';
	const n = Number(t);
	return n < min || n > max ? 'bad' : n;
}

export function parseRule(raw: RuleRaw, actions: readonly ActionInfo[], modules: readonly string[]): { ok: true; rule: PolicyRule } | { ok: false; errors: RuleError[] } {
	const errors: RuleError[] = [];
	const action = actions.find((a) => a.key === raw.action);
	if (!action) errors.push({ field: 'action', code: 'rule_action_unknown' });
	const effect = raw.effect === 'deny' ? 'deny' : raw.effect === 'allow' ? 'allow' : null;
	if (!effect) errors.push({ field: 'effect', code: 'rule_effect' });
	const monetary = action?.monetary ?? true;
	const currency = raw.currency.trim().toUpperCase();
	if (monetary && !isCurrency(currency)) errors.push({ field: 'currency', code: currency ? 'currency_unknown' : 'currency_required', params: { currency } });

	const money = (field: keyof RuleRaw): number | null => {
		const text = String(raw[field]).trim();
		if (text === '' || !monetary || !isCurrency(currency)) return null;
		const parsed = parseAmount(text, currency);
		if (!parsed.ok) {
			errors.push({ field, code: parsed.error, params: parsed.params });
			return null;
		}
		return parsed.minor;
	};
	const count = (field: keyof RuleRaw): number | null => {
		const n = wholeNumber(String(raw[field]), 1, maxCount);
		if (n === 'bad') {
			errors.push({ field, code: 'rule_count', params: { max: maxCount } });
			return null;
		}
		return n;
	};
	const perCase = monetary ? money('per_case') : null;
	const perDay = monetary ? money('per_day') : count('per_day');
	const perMonth = monetary ? money('per_month') : count('per_month');
	const approvalCeiling = monetary ? money('approval_ceiling') : null;
	let approverRole: ApproverRole | null = null;
	if (raw.approver_role !== '' && raw.approver_role !== 'none') {
		if ((approverRoles as readonly string[]).includes(raw.approver_role)) approverRole = raw.approver_role as ApproverRole;
		else errors.push({ field: 'approver_role', code: 'rule_approver' });
	}

	const conditions: RuleConditions = {};
	const roles = raw.roles.filter((r) => r !== '');
	if (roles.some((r) => !(deciderRoles as readonly string[]).includes(r))) errors.push({ field: 'roles', code: 'rule_roles' });
	else if (roles.length) conditions.roles = roles as DeciderRole[];
	const tenure = wholeNumber(raw.min_tenure_days, 0, 36_500);
	if (tenure === 'bad') errors.push({ field: 'min_tenure_days', code: 'rule_tenure' });
	else if (tenure !== null) conditions.minTenureDays = tenure;
	if (raw.training_module.trim()) {
		if (!modules.includes(raw.training_module.trim())) errors.push({ field: 'training_module', code: 'rule_module' });
		else conditions.trainingModule = raw.training_module.trim();
	}
	const qa = wholeNumber(raw.min_qa_score, 0, 100);
	if (qa === 'bad') errors.push({ field: 'min_qa_score', code: 'rule_qa' });
	else if (qa !== null) conditions.minQaScore = qa;
	const tiers = raw.tiers.filter((t) => t !== '');
	if (tiers.some((t) => !(customerTiers as readonly string[]).includes(t))) errors.push({ field: 'tiers', code: 'rule_tiers' });
	else if (tiers.length) conditions.customerTiers = tiers as CustomerTier[];

	if (effect === 'allow') {
		// Contradictions inside one rule: a limit that can never be reached reads as a mistake.
		if (perCase !== null && perDay !== null && monetary && perCase > perDay) errors.push({ field: 'per_case', code: 'rule_case_over_day' });
		if (perDay !== null && perMonth !== null && perDay > perMonth) errors.push({ field: 'per_day', code: 'rule_day_over_month' });
		if (approvalCeiling !== null && perCase !== null && approvalCeiling < perCase) errors.push({ field: 'approval_ceiling', code: 'rule_ceiling_under_case' });
		if (approvalCeiling !== null && approverRole === null) errors.push({ field: 'approval_ceiling', code: 'rule_ceiling_without_approver' });
	}
	if (errors.length) return { ok: false, errors };
	return {
		ok: true,
		rule: {
			key: raw.key,
			action: raw.action,
			effect: effect!,
			currency: monetary ? currency : null,
			perCase: effect === 'deny' ? null : perCase,
			perDay: effect === 'deny' ? null : perDay,
			perMonth: effect === 'deny' ? null : perMonth,
			approverRole: effect === 'deny' ? null : approverRole,
			approvalCeiling: effect === 'deny' ? null : approvalCeiling,
			conditions
		}
	};
}

/** The next free rule key in a rule set ("r1", "r2", …); keys are never reused within a policy. */
export function nextRuleKey(everUsed: readonly string[]): string {
	let max = 0;
	for (const k of everUsed) {
		const m = /^r(\d+)$/.exec(k);
		if (m) max = Math.max(max, Number(m[1]));
	}
	return `r${max + 1}`;
}

function sameConditions(a: RuleConditions, b: RuleConditions): boolean {
	const norm = (c: RuleConditions) => JSON.stringify({ r: [...(c.roles ?? [])].sort(), t: c.minTenureDays ?? null, m: c.trainingModule ?? null, q: c.minQaScore ?? null, c: [...(c.customerTiers ?? [])].sort() });
	return norm(a) === norm(b);
}

/** Two rules in one policy for the same action, currency and conditions contradict: only one could ever apply. */
export function findConflicts(rules: readonly PolicyRule[]): { first: string; second: string }[] {
	const out: { first: string; second: string }[] = [];
	for (let i = 0; i < rules.length; i++)
		for (let j = i + 1; j < rules.length; j++) {
			const a = rules[i]!;
			const b = rules[j]!;
			if (a.action === b.action && a.currency === b.currency && sameConditions(a.conditions, b.conditions)) out.push({ first: a.key, second: b.key });
		}
	return out;
}

/** A stored rule back as the form shows it (amounts in major units, as typed). */
export function ruleToRaw(rule: PolicyRule): RuleRaw {
	const money = (v: number | null) => (v === null || !rule.currency ? '' : (v / 10 ** minorDigits(rule.currency)).toFixed(minorDigits(rule.currency)));
	const plain = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
	return {
		key: rule.key,
		action: rule.action,
		effect: rule.effect,
		currency: rule.currency ?? '',
		per_case: money(rule.perCase),
		per_day: rule.currency ? money(rule.perDay) : plain(rule.perDay),
		per_month: rule.currency ? money(rule.perMonth) : plain(rule.perMonth),
		approver_role: rule.approverRole ?? 'none',
		approval_ceiling: money(rule.approvalCeiling),
		roles: [...(rule.conditions.roles ?? [])],
		min_tenure_days: plain(rule.conditions.minTenureDays),
		training_module: rule.conditions.trainingModule ?? '',
		min_qa_score: plain(rule.conditions.minQaScore),
		tiers: [...(rule.conditions.customerTiers ?? [])]
	};
}
