// Turnover and retention for HR (the organization) and supervisors (their teams): monthly and
// rolling 12-month turnover, by team, site and tenure band, early-tenure attrition, and
// Kaplan-Meier retention by hire year with 95% bands. Agents only (the population the research
// and the reference figures are about).
import { eq } from 'drizzle-orm';
import type { Database } from './db';
import { sites, teams } from './db/schema';
import type { DataScope } from './auth/guard';
import { employmentRecords } from './people';
import { monthlyTurnover, referenceAnnualTurnover, referenceRange, turnoverByGroup, turnoverByTenureBand } from '$lib/domain/people/turnover-report';
import { earlyAttrition, retentionByCohort, retentionCurve, survivalAt, type SurvivalCurve } from '$lib/domain/people/retention';
import { rollingYearTurnover } from '$lib/domain/people/turnover';

/** S(t) and its band at whole months of tenure, for a chart and its table. */
function curveAtMonths(curve: SurvivalCurve, months: number) {
	return Array.from({ length: months + 1 }, (_, m) => {
		const t = Math.round(m * 30.4375);
		const step = [...curve.steps].reverse().find((s) => s.time <= t);
		const observed = curve.steps.some((s) => s.time >= t) || t === 0;
		return { month: m, survival: observed ? survivalAt(curve, t) : null, lower: observed ? (step?.lower ?? 1) : null, upper: observed ? (step?.upper ?? 1) : null };
	});
}

export async function peopleHealth(database: Database, scope: DataScope, today: string) {
	const all = await employmentRecords(database.db, scope.organizationId, ['agent']);
	const records = scope.kind === 'teams' ? all.filter((r) => r.teamId !== null && scope.teamIds.includes(r.teamId)) : scope.kind === 'org' ? all : [];
	const teamNames = new Map((await database.db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.organizationId, scope.organizationId))).map((t) => [t.id, t.name]));
	const siteNames = new Map((await database.db.select({ id: sites.id, name: sites.name }).from(sites).where(eq(sites.organizationId, scope.organizationId))).map((s) => [s.id, s.name]));
	const overall = retentionCurve(records, today);
	const cohorts = retentionByCohort(records, today, 'year').filter((c) => c.curve.n >= 5).slice(-4);
	return {
		today,
		reference: { average: referenceAnnualTurnover, ...referenceRange },
		current: rollingYearTurnover(records, today),
		months: monthlyTurnover(records, today, 24),
		byTeam: turnoverByGroup(records, today, (r) => teamNames.get(r.teamId ?? -1) ?? '—'),
		bySite: scope.kind === 'org' ? turnoverByGroup(records, today, (r) => siteNames.get(r.siteId ?? -1) ?? '—') : [],
		byTenure: turnoverByTenureBand(records, today),
		early: earlyAttrition(records, today, [90, 180]),
		retention: { n: overall.n, exits: overall.events, medianDays: overall.median, points: curveAtMonths(overall, 36) },
		cohorts: cohorts.map((c) => ({ cohort: c.cohort, n: c.curve.n, points: curveAtMonths(c.curve, 36).map((p) => p.survival) }))
	};
}
