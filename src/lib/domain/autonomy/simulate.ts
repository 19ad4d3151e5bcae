// Replaying past decisions under a draft policy, before it is published: each decision is judged
// again with the context it was made in (the agent's role, team, tenure, modules and QA score as
// recorded then), in the order it was made, with day and month allowances used up by what the
// draft would have let through alone. Pure: the caller supplies, per decision, the versions that
// would have applied (the draft in place of its policy's version of the time).
// Limits: what approvers would have done with newly needed approvals is unknown, so spend is
// reported as "decided alone" and "sent for approval", never as money certainly paid.
import { evaluateDecision, type DeciderContext, type Outcome } from './evaluate';
import type { PolicyVersion } from './policy';

export interface PastDecision {
	id: number;
	personId: number;
	action: string;
	amount: number | null;
	currency: string | null;
	customerTier: string;
	day: string;
	context: DeciderContext;
	outcome: Outcome;
}

export interface Tally {
	autonomous: number;
	needs_approval: number;
	not_allowed: number;
	/** Per currency, minor units decided alone and sent for approval. */
	spend: Record<string, { autonomous: number; approval: number }>;
}

export interface SimulationResult {
	decisions: number;
	actual: Tally;
	simulated: Tally;
	/** How many decisions would get another outcome, by transition ("autonomous→needs_approval"). */
	changes: Record<string, number>;
}

function emptyTally(): Tally {
	return { autonomous: 0, needs_approval: 0, not_allowed: 0, spend: {} };
}

function count(tally: Tally, outcome: Outcome, d: PastDecision) {
	tally[outcome]++;
	if (d.currency && d.amount !== null && outcome !== 'not_allowed') {
		const s = (tally.spend[d.currency] ??= { autonomous: 0, approval: 0 });
		if (outcome === 'autonomous') s.autonomous += d.amount;
		else s.approval += d.amount;
	}
}

export function simulatePolicy(decisions: readonly PastDecision[], versionsFor: (d: PastDecision) => readonly PolicyVersion[]): SimulationResult {
	const actual = emptyTally();
	const simulated = emptyTally();
	const changes: Record<string, number> = {};
	const used = new Map<string, number>();
	const ordered = [...decisions].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.id - b.id));
	for (const d of ordered) {
		const base = `${d.personId}|${d.action}|${d.currency ?? ''}`;
		const dayKey = `${base}|${d.day}`;
		const monthKey = `${base}|${d.day.slice(0, 7)}`;
		const verdict = evaluateDecision(versionsFor(d), d.context, d, { day: used.get(dayKey) ?? 0, month: used.get(monthKey) ?? 0 });
		if (verdict.outcome === 'autonomous') {
			const weight = d.amount ?? 1;
			used.set(dayKey, (used.get(dayKey) ?? 0) + weight);
			used.set(monthKey, (used.get(monthKey) ?? 0) + weight);
		}
		count(actual, d.outcome, d);
		count(simulated, verdict.outcome, d);
		if (verdict.outcome !== d.outcome) {
			const key = `${d.outcome}→${verdict.outcome}`;
			changes[key] = (changes[key] ?? 0) + 1;
		}
	}
	return { decisions: ordered.length, actual, simulated, changes };
}
