// Decision-autonomy policies: which actions an agent may take alone, up to what, and who approves
// above that. A policy belongs to the organization or to one team; each change makes a new
// version with the calendar day it takes effect, and a decision cites the version that judged it.
// A rule: an action, an effect (allow or deny), autonomy limits per case, per day and per month,
// an approval route above them (a role, up to an optional per-case ceiling), and conditions
// (roles, tenure, a completed training module, a QA score, customer tiers).
// Limits: money limits are per currency, in minor units; a rule in another currency does not
// apply to a decision (no conversion). Day and month allowances count autonomous decisions only;
// approved amounts are the approver's call and don't use the agent's allowance.

export const builtInActions = ['refund', 'credit', 'fee_waiver', 'replacement', 'goodwill', 'escalation_bypass'] as const;
export type BuiltInAction = (typeof builtInActions)[number];
/** Actions measured in money; the others (a replacement, an escalation bypass) count decisions. */
export const monetaryBuiltIns: readonly BuiltInAction[] = ['refund', 'credit', 'fee_waiver', 'goodwill'];

export const customerTiers = ['standard', 'priority', 'vip'] as const;
export type CustomerTier = (typeof customerTiers)[number];

export const approverRoles = ['supervisor', 'hr', 'admin'] as const;
export type ApproverRole = (typeof approverRoles)[number];
export const deciderRoles = ['agent', 'supervisor'] as const;
export type DeciderRole = (typeof deciderRoles)[number];

export interface RuleConditions {
	roles?: DeciderRole[];
	minTenureDays?: number;
	trainingModule?: string;
	/** 0-100, the agent's mean QA score over the last 90 days. */
	minQaScore?: number;
	customerTiers?: CustomerTier[];
}

export interface PolicyRule {
	/** Stable within its policy across versions ("r1"), so a change reads as a change. */
	key: string;
	action: string;
	effect: 'allow' | 'deny';
	/** ISO 4217 for monetary actions, null for counted ones. */
	currency: string | null;
	/** Autonomy limits: minor units for money, decisions for counted actions; null = no limit. */
	perCase: number | null;
	perDay: number | null;
	perMonth: number | null;
	/** Who may approve above the autonomy limits; null = nothing above them is allowed. */
	approverRole: ApproverRole | null;
	/** The most one case may get even with approval (minor units); null = no ceiling. */
	approvalCeiling: number | null;
	conditions: RuleConditions;
}

export interface PolicyVersion {
	id: number;
	policyId: number;
	/** The team a team policy covers; null for the organization's policy. */
	teamId: number | null;
	version: number;
	/** YYYY-MM-DD, the first calendar day (the agent's site) the version judges. */
	effectiveFrom: string;
	rules: PolicyRule[];
}

/** The published version of each policy that is in effect on `day`: the latest that has started. */
export function versionsInEffect(versions: readonly PolicyVersion[], day: string): PolicyVersion[] {
	const best = new Map<number, PolicyVersion>();
	for (const v of versions) {
		if (v.effectiveFrom > day) continue;
		const current = best.get(v.policyId);
		if (!current || v.effectiveFrom > current.effectiveFrom || (v.effectiveFrom === current.effectiveFrom && v.version > current.version)) best.set(v.policyId, v);
	}
	return [...best.values()];
}

/** How specific a rule is: one point for a team policy and one per condition it sets. */
export function specificity(rule: PolicyRule, teamId: number | null): number {
	const c = rule.conditions;
	return (teamId !== null ? 1 : 0) + (c.roles?.length ? 1 : 0) + (c.minTenureDays !== undefined ? 1 : 0) + (c.trainingModule ? 1 : 0) + (c.minQaScore !== undefined ? 1 : 0) + (c.customerTiers?.length ? 1 : 0);
}
