// Decision-autonomy codes and rules in the reader's language: action and tier names, verdicts,
// reasons, and a policy rule as a plain sentence an agent can act on.
import { m } from '$lib/paraglide/messages';
import { roleLabel } from '$lib/labels';
import { formatMoney } from '$lib/domain/autonomy/money';
import type { PolicyRule } from '$lib/domain/autonomy/policy';
import type { Reason } from '$lib/domain/autonomy/evaluate';
import type { DecisionPath } from '$lib/domain/autonomy/case-outcomes';
import type { Role } from '$lib/server/db/schema/org';
import { messageValue, numberFormat } from '$lib/i18n';
import { getLocale } from '$lib/paraglide/runtime';

export interface ActionName {
	key: string;
	name: string | null;
	monetary: boolean;
}

export function actionLabel(key: string, actions: readonly ActionName[] = []): string {
	const builtIn: Record<string, () => string> = {
		refund: m.action_refund,
		credit: m.action_credit,
		fee_waiver: m.action_fee_waiver,
		replacement: m.action_replacement,
		goodwill: m.action_goodwill,
		escalation_bypass: m.action_escalation_bypass
	};
	return builtIn[key]?.() ?? actions.find((a) => a.key === key)?.name ?? key;
}

export function tierLabel(tier: string): string {
	return ({ standard: m.tier_standard, priority: m.tier_priority, vip: m.tier_vip } as Record<string, () => string>)[tier]?.() ?? tier;
}

export function outcomeLabel(outcome: string, approverRole: string | null): string {
	if (outcome === 'autonomous') return m.outcome_autonomous();
	if (outcome === 'needs_approval') return m.outcome_needs_approval({ role: roleLabel((approverRole ?? 'supervisor') as Role) });
	return m.outcome_not_allowed();
}

export function reviewLabel(status: string): string {
	return ({ pending: m.review_pending, approved: m.review_approved, denied: m.review_denied } as Record<string, () => string>)[status]?.() ?? status;
}

export function pathLabel(path: DecisionPath): string {
	return { autonomous: m.path_autonomous, approved: m.path_approved, escalated: m.path_escalated, denied: m.path_denied, not_allowed: m.path_not_allowed, pending: m.path_pending }[path]();
}

/** An amount of a rule's unit: money in its currency, or a number of decisions. */
export function quantity(value: number, currency: string | null, locale: string): string {
	return currency ? formatMoney(value, currency, locale) : numberFormat(locale).format(value);
}

export function reasonText(reason: Reason, rule: PolicyRule | null, remaining: { day: number | null; month: number | null }, locale: string): string {
	const currency = rule?.currency ?? null;
	switch (reason) {
		case 'within_limits': return m.reason_within_limits();
		case 'no_rule': return m.reason_no_rule();
		case 'denied_by_rule': return m.reason_denied_by_rule();
		case 'over_case_limit': return m.reason_over_case_limit({ limit: quantity(rule?.perCase ?? 0, currency, locale) });
		case 'over_day_limit': return m.reason_over_day_limit({ left: quantity(Math.max(0, remaining.day ?? 0), currency, locale) });
		case 'over_month_limit': return m.reason_over_month_limit({ left: quantity(Math.max(0, remaining.month ?? 0), currency, locale) });
		case 'over_approval_ceiling': return m.reason_over_approval_ceiling({ limit: quantity(rule?.approvalCeiling ?? 0, currency, locale) });
		case 'no_approval_route': return m.reason_no_approval_route();
	}
}

const list = (items: string[], locale: string) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
const orList = (items: string[], locale: string) => new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);

/** The rule in plain words: what the agent may do alone, what needs approval, and when it applies. */
export function ruleSentences(rule: PolicyRule, actions: readonly ActionName[], modules: readonly { key: string; title: string }[], locale: string): string[] {
	const action = actionLabel(rule.action, actions);
	const out: string[] = [];
	if (rule.effect === 'deny') out.push(m.rule_deny({ action }));
	else {
		const limits: string[] = [];
		if (rule.currency) {
			if (rule.perCase !== null) limits.push(m.rule_limit_case({ amount: formatMoney(rule.perCase, rule.currency, locale) }));
			if (rule.perDay !== null) limits.push(m.rule_limit_day({ amount: formatMoney(rule.perDay, rule.currency, locale) }));
			if (rule.perMonth !== null) limits.push(m.rule_limit_month({ amount: formatMoney(rule.perMonth, rule.currency, locale) }));
		} else {
			if (rule.perDay !== null) limits.push(m.rule_limit_count_day({ count: numberFormat(locale).format(rule.perDay) }));
			if (rule.perMonth !== null) limits.push(m.rule_limit_count_month({ count: numberFormat(locale).format(rule.perMonth) }));
		}
		out.push(limits.length ? m.rule_alone_limited({ action, limits: list(limits, locale) }) : m.rule_alone_unlimited({ action }));
		if (limits.length) {
			if (rule.approverRole === null) out.push(m.rule_above_none());
			else if (rule.approvalCeiling !== null && rule.currency) out.push(m.rule_above_approver_ceiling({ role: roleLabel(rule.approverRole), amount: formatMoney(rule.approvalCeiling, rule.currency, locale) }));
			else out.push(m.rule_above_approver({ role: roleLabel(rule.approverRole) }));
		}
	}
	const c = rule.conditions;
	const conditions: string[] = [];
	if (c.roles?.length) conditions.push(m.cond_roles({ roles: orList(c.roles.map((r) => roleLabel(r)), locale) }));
	if (c.minTenureDays !== undefined) conditions.push(m.cond_tenure({ days: numberFormat(locale).format(c.minTenureDays) }));
	if (c.trainingModule) conditions.push(m.cond_module({ module: modules.find((x) => x.key === c.trainingModule)?.title ?? c.trainingModule }));
	if (c.minQaScore !== undefined) conditions.push(m.cond_qa({ score: numberFormat(locale).format(c.minQaScore) }));
	if (c.customerTiers?.length) conditions.push(m.cond_tiers({ tiers: orList(c.customerTiers.map(tierLabel), locale) }));
	if (conditions.length) out.push(m.rule_when({ conditions: list(conditions, locale) }));
	return out;
}

export function autonomyErrorMessage(code: string, params: Record<string, string | number> = {}): string {
	const p = (k: string) => messageValue(params[k], getLocale());
	const messages: Record<string, () => string> = {
		decision_action: () => m.err_decision_action(),
		currency_required: () => m.err_currency_required(),
		currency_unknown: () => m.err_currency_unknown({ currency: p('currency') }),
		amount_required: () => m.err_amount_required(),
		amount_format: () => m.err_amount_format(),
		amount_not_positive: () => m.err_amount_not_positive(),
		amount_too_many_digits: () => m.err_amount_too_many_digits({ digits: p('digits') }),
		amount_too_large: () => m.err_amount_too_large({ max: p('max') }),
		amount_not_applicable: () => m.err_amount_not_applicable(),
		case_ref_required: () => m.err_case_ref_required(),
		case_ref_format: () => m.err_case_ref_format(),
		case_ref_reused: () => m.err_case_ref_reused({ id: p('id') }),
		decision_reason: () => m.err_decision_reason({ max: p('max') }),
		decision_tier: () => m.err_decision_tier(),
		rule_action_unknown: () => m.err_rule_action_unknown(),
		rule_effect: () => m.err_rule_effect(),
		rule_count: () => m.err_rule_count({ max: p('max') }),
		rule_approver: () => m.err_rule_approver(),
		rule_roles: () => m.err_rule_roles(),
		rule_tenure: () => m.err_rule_tenure(),
		rule_module: () => m.err_rule_module(),
		rule_qa: () => m.err_rule_qa(),
		rule_tiers: () => m.err_rule_tiers(),
		rule_case_over_day: () => m.err_rule_case_over_day(),
		rule_day_over_month: () => m.err_rule_day_over_month(),
		rule_ceiling_under_case: () => m.err_rule_ceiling_under_case(),
		rule_ceiling_without_approver: () => m.err_rule_ceiling_without_approver(),
		publish_past: () => m.err_publish_past({ today: p('today') }),
		publish_conflict: () => m.err_publish_conflict({ first: p('first'), second: p('second') }),
		publish_gone: () => m.err_publish_gone(),
		publish_target: () => m.err_publish_target(),
		review_not_found: () => m.err_review_not_found(),
		review_not_pending: () => m.err_review_not_pending(),
		review_already: () => m.err_review_already({ name: p('name') }),
		review_not_yours: () => m.err_review_not_yours(),
		review_note_required: () => m.err_review_note_required(),
		custom_action_key: () => m.err_custom_action_key(),
		custom_action_name: () => m.err_custom_action_name(),
		custom_action_taken: () => m.err_custom_action_taken()
	};
	return messages[code]?.() ?? code;
}
