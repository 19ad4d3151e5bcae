// The policy evaluator: one decision (action, amount, customer tier, day) by one agent (role,
// team, tenure, completed modules, QA score) against the policies in effect that day, given what
// the agent has already used of the period's allowances. Returns within autonomy, needs approval
// by a role, or not allowed, with the rule that decided and why.
// Precedence, documented for agents and supervisors alike: among the rules for this action whose
// conditions hold (team rules only for the agent's own team, money rules only in the decision's
// currency), the most specific wins (see `specificity`). On a tie, a deny beats an allow, then the
// stricter rule wins (the lower per-case autonomy limit, then the lower approval ceiling), then
// the organization's rule, then the lower rule key, so the outcome never depends on storage order.
// No matching rule means not allowed: autonomy is granted, never assumed.
// Limits: amounts are exact minor units; an amount equal to a limit is within it.
import { specificity, versionsInEffect, type ApproverRole, type PolicyRule, type PolicyVersion } from './policy';

export interface DeciderContext {
	role: 'agent' | 'supervisor';
	teamId: number | null;
	tenureDays: number;
	completedModules: readonly string[];
	qaScore: number | null;
}

export interface DecisionInput {
	action: string;
	/** Minor units for monetary actions; null for counted ones. */
	amount: number | null;
	currency: string | null;
	customerTier: string;
	day: string;
}

/** What the agent has already decided alone in the period, in the rule's unit. */
export interface Usage {
	day: number;
	month: number;
}

export type Outcome = 'autonomous' | 'needs_approval' | 'not_allowed';
export type Reason =
	| 'within_limits'
	| 'no_rule'
	| 'denied_by_rule'
	| 'over_case_limit'
	| 'over_day_limit'
	| 'over_month_limit'
	| 'over_approval_ceiling'
	| 'no_approval_route';

export interface Verdict {
	outcome: Outcome;
	approverRole: ApproverRole | null;
	reason: Reason;
	rule: PolicyRule | null;
	versionId: number | null;
	/** Rules that also matched but lost on precedence, most specific first. */
	overridden: { rule: PolicyRule; versionId: number }[];
	/** Autonomy left after this decision would be taken alone (minor units or decisions); null = no limit. */
	remaining: { perCase: number | null; day: number | null; month: number | null };
}

function conditionsHold(rule: PolicyRule, who: DeciderContext, input: DecisionInput): boolean {
	const c = rule.conditions;
	if (c.roles?.length && !c.roles.includes(who.role)) return false;
	if (c.minTenureDays !== undefined && who.tenureDays < c.minTenureDays) return false;
	if (c.trainingModule && !who.completedModules.includes(c.trainingModule)) return false;
	if (c.minQaScore !== undefined && (who.qaScore === null || who.qaScore < c.minQaScore)) return false;
	if (c.customerTiers?.length && !(c.customerTiers as string[]).includes(input.customerTier)) return false;
	return true;
}

interface Candidate {
	rule: PolicyRule;
	version: PolicyVersion;
	score: number;
}

const limitOrInfinity = (n: number | null) => (n === null ? Infinity : n);

function compare(a: Candidate, b: Candidate): number {
	if (a.score !== b.score) return b.score - a.score;
	if (a.rule.effect !== b.rule.effect) return a.rule.effect === 'deny' ? -1 : 1;
	const perCase = limitOrInfinity(a.rule.perCase) - limitOrInfinity(b.rule.perCase);
	if (perCase !== 0 && !Number.isNaN(perCase)) return perCase < 0 ? -1 : 1;
	const ceiling = limitOrInfinity(a.rule.approvalCeiling) - limitOrInfinity(b.rule.approvalCeiling);
	if (ceiling !== 0 && !Number.isNaN(ceiling)) return ceiling < 0 ? -1 : 1;
	if ((a.version.teamId === null) !== (b.version.teamId === null)) return a.version.teamId === null ? -1 : 1;
	return a.rule.key < b.rule.key ? -1 : a.rule.key > b.rule.key ? 1 : 0;
}

/** The matching rules, winner first. */
export function matchingRules(versions: readonly PolicyVersion[], who: DeciderContext, input: DecisionInput): Candidate[] {
	const found: Candidate[] = [];
	for (const version of versionsInEffect(versions, input.day)) {
		if (version.teamId !== null && version.teamId !== who.teamId) continue;
		for (const rule of version.rules) {
			if (rule.action !== input.action) continue;
			if ((rule.currency ?? null) !== (input.currency ?? null)) continue;
			if (!conditionsHold(rule, who, input)) continue;
			found.push({ rule, version, score: specificity(rule, version.teamId) });
		}
	}
	return found.sort(compare);
}

export function evaluateDecision(versions: readonly PolicyVersion[], who: DeciderContext, input: DecisionInput, used: Usage): Verdict {
	const candidates = matchingRules(versions, who, input);
	const none = { perCase: null, day: null, month: null };
	if (candidates.length === 0) return { outcome: 'not_allowed', approverRole: null, reason: 'no_rule', rule: null, versionId: null, overridden: [], remaining: none };
	const [winner, ...rest] = candidates;
	const { rule, version } = winner!;
	const overridden = rest.map((c) => ({ rule: c.rule, versionId: c.version.id }));
	const base = { rule, versionId: version.id, overridden };
	if (rule.effect === 'deny') return { ...base, outcome: 'not_allowed', approverRole: null, reason: 'denied_by_rule', remaining: none };
	// Counted actions weigh 1 each; money actions their amount.
	const weight = input.amount ?? 1;
	const left = (limit: number | null, usedSoFar: number) => (limit === null ? null : limit - usedSoFar);
	const remaining = { perCase: rule.currency ? rule.perCase : null, day: left(rule.perDay, used.day), month: left(rule.perMonth, used.month) };
	let reason: Reason = 'within_limits';
	if (rule.currency && rule.perCase !== null && weight > rule.perCase) reason = 'over_case_limit';
	else if (remaining.day !== null && weight > remaining.day) reason = 'over_day_limit';
	else if (remaining.month !== null && weight > remaining.month) reason = 'over_month_limit';
	if (reason === 'within_limits') return { ...base, outcome: 'autonomous', approverRole: null, reason, remaining };
	if (rule.approverRole === null) return { ...base, outcome: 'not_allowed', approverRole: null, reason: 'no_approval_route', remaining };
	if (rule.currency && rule.approvalCeiling !== null && weight > rule.approvalCeiling) return { ...base, outcome: 'not_allowed', approverRole: null, reason: 'over_approval_ceiling', remaining };
	return { ...base, outcome: 'needs_approval', approverRole: rule.approverRole, reason, remaining };
}

/**
 * The rules in effect on `day` that can apply to this person, whatever the customer's tier: for
 * telling an agent what they may decide. Winner-first per action and currency, like a decision;
 * rules that a stronger rule always overrides for this person are left out.
 */
export function applicableRules(versions: readonly PolicyVersion[], who: DeciderContext, day: string): { rule: PolicyRule; versionId: number }[] {
	const out: Candidate[] = [];
	for (const version of versionsInEffect(versions, day)) {
		if (version.teamId !== null && version.teamId !== who.teamId) continue;
		for (const rule of version.rules) {
			const tierFree = { ...rule, conditions: { ...rule.conditions, customerTiers: undefined } };
			if (conditionsHold(tierFree, who, { action: rule.action, amount: null, currency: rule.currency, customerTier: '', day })) out.push({ rule, version, score: specificity(rule, version.teamId) });
		}
	}
	// A rule is left out when a rule that beats it applies for every customer tier it covers: it
	// could never decide anything for this person today.
	const tiersOf = (r: PolicyRule) => (r.conditions.customerTiers?.length ? r.conditions.customerTiers : null);
	const covers = (a: PolicyRule, b: PolicyRule) => tiersOf(a) === null || (tiersOf(b) !== null && tiersOf(b)!.every((t) => tiersOf(a)!.includes(t)));
	const live = out.filter((b) => !out.some((a) => a !== b && a.rule.action === b.rule.action && a.rule.currency === b.rule.currency && compare(a, b) < 0 && covers(a.rule, b.rule)));
	return live
		.sort((a, b) => (a.rule.action < b.rule.action ? -1 : a.rule.action > b.rule.action ? 1 : (a.rule.currency ?? '') < (b.rule.currency ?? '') ? -1 : (a.rule.currency ?? '') > (b.rule.currency ?? '') ? 1 : compare(a, b)))
		.map((c) => ({ rule: c.rule, versionId: c.version.id }));
}
