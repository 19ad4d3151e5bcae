// Replays the last N days of decisions under a draft policy version (domain/autonomy/simulate.ts):
// a team policy's draft replays that team's decisions, the organization's draft every team's.
import { and, eq, gte, lte } from 'drizzle-orm';
import type { Database } from './db';
import { decisions } from './db/schema';
import { publishedVersions, type PolicyRow, type PolicyVersionRow } from './autonomy-policy';
import { simulatePolicy, type SimulationResult } from '$lib/domain/autonomy/simulate';
import { addDays } from '$lib/domain/people/turnover';

export const maxSimulationDays = 365;

export async function simulateDraft(database: Database, policy: PolicyRow, draft: PolicyVersionRow, days: number, today: string): Promise<SimulationResult> {
	const from = addDays(today, -Math.min(Math.max(1, days), maxSimulationDays));
	const conditions = [eq(decisions.organizationId, policy.organizationId), gte(decisions.day, from), lte(decisions.day, today)];
	if (policy.teamId !== null) conditions.push(eq(decisions.teamId, policy.teamId));
	const past = await database.db.select().from(decisions).where(and(...conditions));
	const others = (await publishedVersions(database.db, policy.organizationId)).filter((v) => v.policyId !== policy.id);
	// The draft stands in for its policy over the whole window, as if it had always been in effect.
	const asDraft = { id: draft.id, policyId: policy.id, teamId: policy.teamId, version: draft.version, effectiveFrom: '0000-01-01', rules: draft.rules };
	return simulatePolicy(
		past.map((d) => ({ id: d.id, personId: d.personId, action: d.action, amount: d.amount, currency: d.currency, customerTier: d.customerTier, day: d.day, context: d.context, outcome: d.outcome })),
		(d) => [...others.filter((v) => v.teamId === null || v.teamId === d.context.teamId), asDraft]
	);
}
