// CX maturity per team and for the organization (the model is in $lib/domain/outcomes/cx-maturity):
// what Tend measures over the last four full weeks (skilling from training completions and
// coaching sessions in 90 days, staffing adequacy from team_week_staffing, how often metrics were
// reviewed), the outcomes from the pre-aggregated team-days against the organization's targets,
// and the latest self-assessment of each. Supervisors assess their own teams; HR and admins any
// team and the organization; each assessment is appended (history kept) and audited.
import { and, desc, eq, gte, inArray } from 'drizzle-orm';
import type { Database } from './db';
import { coachingSessions, cxSelfAssessments, metricReviews, moduleCompletions, people, teams, type CxSelfAssessment } from './db/schema';
import { scopeTeams, type DataScope } from './auth/guard';
import { recordAudit } from './audit';
import { staffingAdequacy } from './staffing-adequacy';
import { teamDays } from './outcomes';
import { summarizeDays } from './outcome-aggregates';
import { outcomeTargetsOf, teamReviewDays } from './outcome-targets';
import { classifyMaturity, countReviewedWeekdays, maturityWindow, testedMeasures, trainingDays, type Maturity, type Measurements, type SelfAssessment, type TestedMeasure } from '$lib/domain/outcomes/cx-maturity';

const dayMs = 86_400_000;

export interface MaturityUnit {
	/** Null for the organization. */
	teamId: number | null;
	name: string | null;
	measured: Measurements;
	outcomes: Record<TestedMeasure, number | null>;
	assessment: (Pick<CxSelfAssessment, 'answers' | 'answeredAt'> & { answeredBy: string | null }) | null;
	maturity: Maturity;
}

/**
 * The maturity of each team in the scope and, for an organization-wide scope, of the organization.
 * `today` is the viewer's calendar day (the window is the four full weeks before its week); `now`
 * the instant the 90 days of training and coaching count back from.
 */
export async function loadMaturity(database: Database, scope: DataScope, today: string, now: number) {
	const window = maturityWindow(today);
	const visible = await scopeTeams(database, scope);
	const teamIds = visible.map((t) => t.id);
	const withOrg = scope.kind === 'org';
	const targets = await outcomeTargetsOf(database, scope.organizationId);
	const testedTargets = Object.fromEntries(testedMeasures.filter((m) => targets[m] !== undefined).map((m) => [m, targets[m]!]));
	if (!teamIds.length && !withOrg) return { window, targets: testedTargets, organization: null, teams: [] as MaturityUnit[] };

	const days = await teamDays(database, teamIds, window.fromDay, window.toDay);
	const staffing = (await staffingAdequacy(database, teamIds, window.fromDay)).filter((r) => r.weekStart <= window.toDay);
	const agents = await database.db
		.select({ id: people.id, teamId: people.teamId })
		.from(people)
		.where(and(eq(people.organizationId, scope.organizationId), eq(people.role, 'agent'), eq(people.employmentStatus, 'active')));
	const trained = await trainedSince(database, scope.organizationId, now - trainingDays * dayMs);
	const reviews = await teamReviewDays(database, teamIds, window.fromDay);
	const assessments = await latestAssessments(database, scope.organizationId);

	const unit = (teamId: number | null, name: string | null, dayRows: typeof days, staffRows: typeof staffing, members: typeof agents, reviewDays: Iterable<string>): MaturityUnit => {
		const summary = summarizeDays(dayRows);
		const outcomes = { csat: summary.csat, firstReplySeconds: summary.firstReplySeconds, resolutionSeconds: summary.resolutionSeconds };
		const requiredHours = staffRows.reduce((s, r) => s + r.requiredHours, 0);
		const measured: Measurements = {
			skilling: { trained: members.filter((a) => trained.has(a.id)).length, agents: members.length },
			staffing: staffRows.length ? { coveredHours: staffRows.reduce((s, r) => s + r.coveredHours, 0), requiredHours } : null,
			timeliness: { reviewedWeekdays: countReviewedWeekdays(reviewDays, window.weekdays), weekdays: window.weekdays.length }
		};
		const assessment = assessments.get(teamId) ?? null;
		return { teamId, name, measured, outcomes, assessment, maturity: classifyMaturity({ answers: assessment?.answers ?? null, measured, outcomes, targets: testedTargets }) };
	};

	const teamUnits = visible.map((t) =>
		unit(
			t.id,
			t.name,
			days.filter((r) => r.teamId === t.id),
			staffing.filter((r) => r.teamId === t.id),
			agents.filter((a) => a.teamId === t.id),
			reviews.get(t.id) ?? []
		)
	);
	// An organization-wide scope covers every team, so the organization sums the same rows.
	const organization = withOrg ? unit(null, null, days, staffing, agents, await organizationReviewDays(database, scope.organizationId, window.fromDay)) : null;
	return { window, targets: testedTargets, organization, teams: teamUnits };
}

/** Ids of the organization's people with a training module completed or a coaching session since `since` (ms). */
async function trainedSince(database: Database, organizationId: number, since: number): Promise<Set<number>> {
	const completed = await database.db
		.select({ id: moduleCompletions.personId })
		.from(moduleCompletions)
		.innerJoin(people, eq(people.id, moduleCompletions.personId))
		.where(and(eq(people.organizationId, organizationId), gte(moduleCompletions.completedAt, since)));
	const coached = await database.db
		.select({ id: coachingSessions.personId })
		.from(coachingSessions)
		.innerJoin(people, eq(people.id, coachingSessions.personId))
		.where(and(eq(people.organizationId, organizationId), gte(coachingSessions.createdAt, since)));
	return new Set([...completed, ...coached].map((r) => r.id));
}

/** Days since `fromDay` on which anyone in the organization who oversees teams (supervisors, HR, admins) reviewed the metrics. */
async function organizationReviewDays(database: Database, organizationId: number, fromDay: string): Promise<Set<string>> {
	const rows = await database.db
		.selectDistinct({ day: metricReviews.day })
		.from(metricReviews)
		.innerJoin(people, eq(people.id, metricReviews.personId))
		.where(and(eq(people.organizationId, organizationId), inArray(people.role, ['supervisor', 'hr', 'admin']), gte(metricReviews.day, fromDay)));
	return new Set(rows.map((r) => r.day));
}

/** The latest self-assessment per team (key: team id, or null for the organization). */
async function latestAssessments(database: Database, organizationId: number): Promise<Map<number | null, NonNullable<MaturityUnit['assessment']>>> {
	const rows = await database.db
		.select({ teamId: cxSelfAssessments.teamId, answers: cxSelfAssessments.answers, answeredAt: cxSelfAssessments.answeredAt, answeredBy: people.name })
		.from(cxSelfAssessments)
		.leftJoin(people, eq(people.id, cxSelfAssessments.answeredBy))
		.where(eq(cxSelfAssessments.organizationId, organizationId))
		.orderBy(desc(cxSelfAssessments.answeredAt), desc(cxSelfAssessments.id));
	const out = new Map<number | null, NonNullable<MaturityUnit['assessment']>>();
	for (const r of rows) if (!out.has(r.teamId)) out.set(r.teamId, { answers: r.answers, answeredAt: r.answeredAt, answeredBy: r.answeredBy });
	return out;
}

/** Whether the scope may assess this team (null: the organization): its own teams for a supervisor, any team of the organization and the organization itself for HR and admins. */
export async function mayAssess(database: Database, scope: DataScope, teamId: number | null): Promise<boolean> {
	if (scope.kind === 'self') return false;
	if (teamId === null) return scope.kind === 'org';
	if (scope.kind === 'teams' && !scope.teamIds.includes(teamId)) return false;
	const team = await database.db.select({ id: teams.id }).from(teams).where(and(eq(teams.id, teamId), eq(teams.organizationId, scope.organizationId))).limit(1);
	return team.length > 0;
}

/** Appends a self-assessment of the team (null: the organization), audited; false, writing nothing, when the scope may not assess it. */
export async function saveSelfAssessment(database: Database, scope: DataScope, teamId: number | null, answers: SelfAssessment, now: number): Promise<boolean> {
	if (!(await mayAssess(database, scope, teamId))) return false;
	await database.write(async (tx) => {
		const [row] = await tx.insert(cxSelfAssessments).values({ organizationId: scope.organizationId, teamId, answers, answeredBy: scope.personId, answeredAt: now }).returning({ id: cxSelfAssessments.id });
		await recordAudit(tx, { actorId: scope.personId, action: 'outcomes.maturity_assessment', entity: 'cx_self_assessments', entityId: row!.id, detail: { teamId, answers } }, now);
	});
	return true;
}
