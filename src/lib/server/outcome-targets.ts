// The organization's outcome targets, and the record of who looked at the metrics on which day
// (how often metrics are reviewed is one of the CX maturity measures).
import { and, eq, gte, inArray } from 'drizzle-orm';
import type { Database } from './db';
import { metricReviews, outcomeTargets, teamSupervisors } from './db/schema';
import { recordAudit } from './audit';
import type { OutcomeMeasure } from '$lib/domain/outcomes/measures';

export type Targets = Partial<Record<OutcomeMeasure, number>>;

export async function outcomeTargetsOf(database: Database, organizationId: number): Promise<Targets> {
	const rows = await database.db.select().from(outcomeTargets).where(eq(outcomeTargets.organizationId, organizationId));
	return Object.fromEntries(rows.map((r) => [r.measure, r.target])) as Targets;
}

/** Replaces the organization's targets (a measure left out has none), audited, in one transaction. */
export async function saveOutcomeTargets(database: Database, organizationId: number, targets: Targets, actorId: number, now: number): Promise<void> {
	await database.write(async (tx) => {
		await tx.delete(outcomeTargets).where(eq(outcomeTargets.organizationId, organizationId));
		const rows = Object.entries(targets).map(([measure, target]) => ({ organizationId, measure: measure as OutcomeMeasure, target: target!, updatedBy: actorId, updatedAt: now }));
		if (rows.length) await tx.insert(outcomeTargets).values(rows);
		await recordAudit(tx, { actorId, action: 'outcomes.targets', entity: 'outcome_targets', entityId: organizationId, detail: targets }, now);
	});
}

/** Notes that this person looked at the metrics on `day` (once per day; later views change nothing). */
export async function recordMetricReview(database: Database, personId: number, day: string): Promise<void> {
	const seen = await database.db.select().from(metricReviews).where(and(eq(metricReviews.personId, personId), eq(metricReviews.day, day))).limit(1);
	if (seen.length) return;
	await database.write((tx) => tx.insert(metricReviews).values({ personId, day }).onConflictDoNothing());
}

/** Per team: the days since `fromDay` on which any of its supervisors looked at the metrics. */
export async function teamReviewDays(database: Database, teamIds: readonly number[], fromDay: string): Promise<Map<number, Set<string>>> {
	const out = new Map<number, Set<string>>(teamIds.map((id) => [id, new Set<string>()]));
	if (!teamIds.length) return out;
	const rows = await database.db
		.select({ teamId: teamSupervisors.teamId, day: metricReviews.day })
		.from(metricReviews)
		.innerJoin(teamSupervisors, eq(teamSupervisors.personId, metricReviews.personId))
		.where(and(inArray(teamSupervisors.teamId, [...teamIds]), gte(metricReviews.day, fromDay)));
	for (const r of rows) out.get(r.teamId)?.add(r.day);
	return out;
}
