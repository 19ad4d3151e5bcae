// Decision checks and approvals. A check is judged and recorded in one write transaction, so the
// period's allowance read and the decision written are one step: two checks racing for the last of
// an allowance are serialized, and the second sees the first. A review is one row per decision
// (unique), so two approvers racing end with one answer and a clear message for the other.
import { and, asc, desc, eq, gte, inArray, isNull, like, lte, sql, type SQL } from 'drizzle-orm';
import type { Database, DbOrTx, Tx } from './db';
import { agentDayOutcomes, autonomyIndex, decisionReviews, decisions, interactionOutcomes, people, policies, policyVersions, teams } from './db/schema';
import type { DataScope } from './auth/guard';
import { requesterOf } from './time-off';
import { listActions, publishedVersions } from './autonomy-policy';
import { completedModuleKeys } from './training';
import { applicableRules, evaluateDecision, type DeciderContext, type Verdict } from '$lib/domain/autonomy/evaluate';
import { customerTiers, type PolicyRule } from '$lib/domain/autonomy/policy';
import { isCurrency, parseAmount } from '$lib/domain/autonomy/money';
import { computeAutonomyIndex, isoWeekStart } from '$lib/domain/autonomy/autonomy-index';
import { addDays, tenureDays } from '$lib/domain/people/turnover';
import { dayInZone } from '$lib/domain/time/calendar';

export type DecisionRow = typeof decisions.$inferSelect;
export type ReviewRow = typeof decisionReviews.$inferSelect;

export interface DecisionRaw {
	action: string;
	amount: string;
	currency: string;
	case_ref: string;
	reason: string;
	customer_tier: string;
}

export interface FieldError {
	field: string;
	code: string;
	params?: Record<string, number | string>;
}

export const maxReasonLength = 500;
const caseRefPattern = /^[A-Za-z0-9][A-Za-z0-9._\-/#]{0,63}$/;

/** Mean QA score over the 90 days before `day`, from the center's agent-day outcomes. */
async function recentQaScore(db: DbOrTx, personId: number, day: string): Promise<number | null> {
	const [row] = await db
		.select({ qa: sql<number | null>`avg(${agentDayOutcomes.qaScore})` })
		.from(agentDayOutcomes)
		.where(and(eq(agentDayOutcomes.personId, personId), gte(agentDayOutcomes.day, addDays(day, -90)), lte(agentDayOutcomes.day, day)));
	return row?.qa === null || row?.qa === undefined ? null : Math.round(row.qa * 10) / 10;
}

/** Who is deciding, as the policy sees them, on their own calendar day. */
export async function deciderOf(database: Database, personId: number, now: number) {
	const requester = await requesterOf(database, personId);
	const person = (await database.db.select({ role: people.role, hireDate: people.hireDate }).from(people).where(eq(people.id, personId)).limit(1))[0]!;
	const day = dayInZone(now, requester.timeZone);
	const context: DeciderContext = {
		role: person.role === 'supervisor' ? 'supervisor' : 'agent',
		teamId: requester.teamId,
		tenureDays: tenureDays(person.hireDate, day),
		completedModules: await completedModuleKeys(database.db, personId),
		qaScore: await recentQaScore(database.db, personId, day)
	};
	return { ...requester, day, context };
}

/** Autonomous use so far of one action in one currency, on the day and in its month. */
async function usageOf(db: DbOrTx, personId: number, action: string, currency: string | null, day: string) {
	const weight = sql<number>`coalesce(sum(coalesce(${decisions.amount}, 1)), 0)`;
	const base = and(eq(decisions.personId, personId), eq(decisions.action, action), currency === null ? isNull(decisions.currency) : eq(decisions.currency, currency), eq(decisions.outcome, 'autonomous'));
	const [today] = await db.select({ used: weight }).from(decisions).where(and(base, eq(decisions.day, day)));
	const [month] = await db.select({ used: weight }).from(decisions).where(and(base, like(decisions.day, `${day.slice(0, 7)}-%`)));
	return { day: Number(today?.used ?? 0), month: Number(month?.used ?? 0) };
}

export type CheckResult = { ok: true; decision: DecisionRow; verdict: Verdict } | { ok: false; errors: FieldError[] };

export async function checkDecision(database: Database, personId: number, raw: DecisionRaw, now: number): Promise<CheckResult> {
	const decider = await deciderOf(database, personId, now);
	const actions = await listActions(database.db, decider.organizationId);
	const errors: FieldError[] = [];
	const action = actions.find((a) => a.key === raw.action);
	if (!action) errors.push({ field: 'action', code: 'decision_action' });
	let amount: number | null = null;
	let currency: string | null = null;
	if (action?.monetary) {
		currency = raw.currency.trim().toUpperCase();
		if (!isCurrency(currency)) errors.push({ field: 'currency', code: currency ? 'currency_unknown' : 'currency_required', params: { currency } });
		else {
			const parsed = parseAmount(raw.amount, currency);
			if (parsed.ok) amount = parsed.minor;
			else errors.push({ field: 'amount', code: parsed.error, params: parsed.params });
		}
	} else if (action && raw.amount.trim() !== '') errors.push({ field: 'amount', code: 'amount_not_applicable' });
	const caseRef = raw.case_ref.trim();
	if (!caseRefPattern.test(caseRef)) errors.push({ field: 'case_ref', code: caseRef ? 'case_ref_format' : 'case_ref_required' });
	const reason = raw.reason.trim();
	if (reason.length < 3 || reason.length > maxReasonLength) errors.push({ field: 'reason', code: 'decision_reason', params: { max: maxReasonLength } });
	if (!(customerTiers as readonly string[]).includes(raw.customer_tier)) errors.push({ field: 'customer_tier', code: 'decision_tier' });
	if (errors.length) return { ok: false, errors };

	return database.write(async (tx): Promise<CheckResult> => {
		// The same case may get a refund and a credit, but not two refunds that stand.
		const earlier = await tx
			.select({ id: decisions.id, outcome: decisions.outcome, verdict: decisionReviews.verdict })
			.from(decisions)
			.leftJoin(decisionReviews, eq(decisionReviews.decisionId, decisions.id))
			.where(and(eq(decisions.organizationId, decider.organizationId), eq(decisions.caseRef, caseRef), eq(decisions.action, raw.action)));
		const standing = earlier.find((d) => d.outcome === 'autonomous' || (d.outcome === 'needs_approval' && d.verdict !== 'denied'));
		if (standing) return { ok: false, errors: [{ field: 'case_ref', code: 'case_ref_reused', params: { id: standing.id } }] };
		const versions = await publishedVersions(tx, decider.organizationId, decider.teamId);
		const input = { action: raw.action, amount, currency, customerTier: raw.customer_tier, day: decider.day };
		const used = await usageOf(tx, personId, raw.action, currency, decider.day);
		const verdict = evaluateDecision(versions, decider.context, input, used);
		const [decision] = await tx
			.insert(decisions)
			.values({
				organizationId: decider.organizationId,
				personId,
				teamId: decider.teamId,
				...input,
				caseRef,
				reason,
				outcome: verdict.outcome,
				approverRole: verdict.approverRole,
				verdictReason: verdict.reason,
				ruleKey: verdict.rule?.key ?? null,
				policyVersionId: verdict.versionId,
				leftToday: verdict.remaining.day,
				leftMonth: verdict.remaining.month,
				context: decider.context,
				createdAt: now
			})
			.returning();
		await refreshAutonomyWeek(tx, decider.teamId, decider.day);
		return { ok: true, decision: decision!, verdict };
	});
}

/** Recomputes the stored autonomy index of the team's week that contains `day`. */
export async function refreshAutonomyWeek(tx: Tx, teamId: number | null, day: string): Promise<void> {
	if (teamId === null) return;
	const weekStart = isoWeekStart(day);
	const rows = await tx
		.select({ teamId: decisions.teamId, day: decisions.day, outcome: decisions.outcome, createdAt: decisions.createdAt, verdict: decisionReviews.verdict, reviewedAt: decisionReviews.createdAt })
		.from(decisions)
		.leftJoin(decisionReviews, eq(decisionReviews.decisionId, decisions.id))
		.where(and(eq(decisions.teamId, teamId), gte(decisions.day, weekStart), lte(decisions.day, addDays(weekStart, 6))));
	const [row] = computeAutonomyIndex(rows.map((r) => ({ ...r, review: r.verdict ? { verdict: r.verdict, createdAt: r.reviewedAt! } : null })));
	await tx.delete(autonomyIndex).where(and(eq(autonomyIndex.teamId, teamId), eq(autonomyIndex.weekStart, weekStart)));
	if (row) await tx.insert(autonomyIndex).values(row);
}

/** The response target a decision's approval runs against, and the rules, from the versions that judged them. */
async function versionsById(db: DbOrTx, versionIds: number[]) {
	if (!versionIds.length) return new Map<number, { target: number; rules: PolicyRule[] }>();
	const rows = await db.select({ id: policyVersions.id, target: policyVersions.responseTargetMinutes, rules: policyVersions.rules }).from(policyVersions).where(inArray(policyVersions.id, versionIds));
	return new Map(rows.map((r) => [r.id, { target: r.target, rules: r.rules }]));
}

function scopeCondition(scope: DataScope): SQL {
	if (scope.kind === 'self') return eq(decisions.personId, scope.personId);
	if (scope.kind === 'teams') return scope.teamIds.length ? inArray(decisions.teamId, scope.teamIds) : sql`0`;
	return eq(decisions.organizationId, scope.organizationId);
}

export interface DecisionFilter {
	from: string;
	to: string;
	outcome?: string;
	teamId?: number;
}

/** Decisions the scope covers (an agent's own, a supervisor's teams', the organization's), newest first. */
export async function listDecisions(database: Database, scope: DataScope, filter: DecisionFilter, limit = 500) {
	const conditions = [eq(decisions.organizationId, scope.organizationId), scopeCondition(scope), gte(decisions.day, filter.from), lte(decisions.day, filter.to)];
	if (filter.outcome === 'autonomous' || filter.outcome === 'needs_approval' || filter.outcome === 'not_allowed') conditions.push(eq(decisions.outcome, filter.outcome));
	if (filter.teamId !== undefined) conditions.push(eq(decisions.teamId, filter.teamId));
	return database.db
		.select({ decision: decisions, name: people.name, teamName: teams.name, review: decisionReviews, version: policyVersions.version })
		.from(decisions)
		.innerJoin(people, eq(people.id, decisions.personId))
		.leftJoin(teams, eq(teams.id, decisions.teamId))
		.leftJoin(decisionReviews, eq(decisionReviews.decisionId, decisions.id))
		.leftJoin(policyVersions, eq(policyVersions.id, decisions.policyVersionId))
		.where(and(...conditions))
		.orderBy(desc(decisions.createdAt), desc(decisions.id))
		.limit(limit);
}

/** Which roles see a pending approval: the named approver role, and admins; overdue ones escalate to admins. */
function mayReview(role: string, scope: DataScope, d: { teamId: number | null; approverRole: string | null; personId: number }): boolean {
	if (d.personId === scope.personId) return false;
	if (role === 'admin') return true;
	if (role === 'supervisor') return d.approverRole === 'supervisor' && scope.kind === 'teams' && d.teamId !== null && scope.teamIds.includes(d.teamId);
	if (role === 'hr') return d.approverRole === 'hr';
	return false;
}

/** Pending approvals this reviewer may answer, oldest first, with their deadline and whether they escalated. */
export async function approvalQueue(database: Database, scope: DataScope, role: string, now: number) {
	const rows = await database.db
		.select({ decision: decisions, name: people.name, teamName: teams.name })
		.from(decisions)
		.innerJoin(people, eq(people.id, decisions.personId))
		.leftJoin(teams, eq(teams.id, decisions.teamId))
		.leftJoin(decisionReviews, eq(decisionReviews.decisionId, decisions.id))
		.where(and(eq(decisions.organizationId, scope.organizationId), eq(decisions.outcome, 'needs_approval'), isNull(decisionReviews.id)))
		.orderBy(asc(decisions.createdAt));
	const mine = rows.filter((r) => mayReview(role, scope, r.decision));
	const versions = await versionsById(database.db, [...new Set(mine.map((r) => r.decision.policyVersionId).filter((id): id is number => id !== null))]);
	return mine.map((r) => {
		const version = versions.get(r.decision.policyVersionId ?? -1);
		const due = r.decision.createdAt + (version?.target ?? 60) * 60_000;
		const rule = version?.rules.find((x) => x.key === r.decision.ruleKey) ?? null;
		return { ...r, rule, due, overdue: now > due, escalatedToAdmin: now > due && r.decision.approverRole !== 'admin' };
	});
}

export type ReviewProblem = 'review_not_found' | 'review_not_pending' | 'review_already' | 'review_not_yours' | 'review_note_required';

export async function reviewDecision(database: Database, scope: DataScope, role: string, decisionId: number, value: { verdict: 'approved' | 'denied'; note: string }, now: number): Promise<{ ok: true; review: ReviewRow } | { ok: false; problem: ReviewProblem; by?: string }> {
	const note = value.note.trim().slice(0, maxReasonLength);
	if (value.verdict === 'denied' && note.length < 3) return { ok: false, problem: 'review_note_required' };
	return database.write(async (tx) => {
		const d = (await tx.select().from(decisions).where(and(eq(decisions.id, decisionId), eq(decisions.organizationId, scope.organizationId))).limit(1))[0];
		const inScope = d && (scope.kind === 'org' || d.personId === scope.personId || (scope.kind === 'teams' && d.teamId !== null && scope.teamIds.includes(d.teamId)));
		if (!d || !inScope) return { ok: false, problem: 'review_not_found' } as const;
		if (d.outcome !== 'needs_approval') return { ok: false, problem: 'review_not_pending' } as const;
		const existing = (await tx.select({ reviewerId: decisionReviews.reviewerId, name: people.name }).from(decisionReviews).innerJoin(people, eq(people.id, decisionReviews.reviewerId)).where(eq(decisionReviews.decisionId, decisionId)).limit(1))[0];
		if (existing) return { ok: false, problem: 'review_already', by: existing.name } as const;
		if (!mayReview(role, scope, d)) return { ok: false, problem: 'review_not_yours' } as const;
		const target = (await versionsById(tx, d.policyVersionId === null ? [] : [d.policyVersionId])).get(d.policyVersionId ?? -1)?.target ?? 60;
		const [review] = await tx
			.insert(decisionReviews)
			.values({ decisionId, reviewerId: scope.personId, verdict: value.verdict, note, escalated: now > d.createdAt + target * 60_000, createdAt: now })
			.returning();
		await refreshAutonomyWeek(tx, d.teamId, d.day);
		return { ok: true, review: review! } as const;
	});
}

/** Outcome rows joined on the case reference of the decisions in scope, for the usage page. */
export async function caseOutcomes(database: Database, scope: DataScope, from: string, to: string) {
	return database.db
		.select({ decisionId: decisions.id, outcome: decisions.outcome, verdict: decisionReviews.verdict, escalated: decisionReviews.escalated, caseRef: decisions.caseRef, csat: interactionOutcomes.csat, fcr: interactionOutcomes.fcr, day: interactionOutcomes.day, interactionId: interactionOutcomes.id })
		.from(decisions)
		.leftJoin(decisionReviews, eq(decisionReviews.decisionId, decisions.id))
		.innerJoin(interactionOutcomes, and(eq(interactionOutcomes.organizationId, decisions.organizationId), eq(interactionOutcomes.caseRef, decisions.caseRef)))
		.where(and(eq(decisions.organizationId, scope.organizationId), scopeCondition(scope), gte(decisions.day, from), lte(decisions.day, to)))
		.orderBy(asc(interactionOutcomes.day), asc(interactionOutcomes.id));
}

/** The stored autonomy index of the teams in scope from a week on. */
export async function autonomyIndexRows(database: Database, teamIds: number[], fromWeek: string) {
	if (!teamIds.length) return [];
	return database.db.select().from(autonomyIndex).where(and(inArray(autonomyIndex.teamId, teamIds), gte(autonomyIndex.weekStart, fromWeek))).orderBy(asc(autonomyIndex.weekStart));
}

/** What one person may decide today: the rules that can apply to them, with what is left of each allowance. */
export async function myAutonomy(database: Database, personId: number, now: number) {
	const decider = await deciderOf(database, personId, now);
	const versions = await publishedVersions(database.db, decider.organizationId, decider.teamId);
	const rules = [];
	for (const { rule, versionId } of applicableRules(versions, decider.context, decider.day)) {
		const used = rule.effect === 'allow' ? await usageOf(database.db, personId, rule.action, rule.currency, decider.day) : { day: 0, month: 0 };
		rules.push({ rule, versionId, leftToday: rule.perDay === null ? null : Math.max(0, rule.perDay - used.day), leftMonth: rule.perMonth === null ? null : Math.max(0, rule.perMonth - used.month) });
	}
	return { decider, rules, versions: await versionLabels(database.db, versions.map((v) => v.id)) };
}

/** For citing a version: its number, the day it took effect and whose policy it is. */
export async function versionLabels(db: DbOrTx, ids: number[]) {
	if (!ids.length) return [];
	return db
		.select({ id: policyVersions.id, version: policyVersions.version, effectiveFrom: policyVersions.effectiveFrom, teamName: teams.name })
		.from(policyVersions)
		.innerJoin(policies, eq(policies.id, policyVersions.policyId))
		.leftJoin(teams, eq(teams.id, policies.teamId))
		.where(inArray(policyVersions.id, ids));
}
