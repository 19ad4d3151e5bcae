// Decision-autonomy policies in the database: the organization's and each team's, versioned.
// Admins edit every policy; supervisors edit their own teams' policies; everyone reads what
// applies to them. A draft is edited rule by rule; publishing fixes it with the day it takes
// effect (never in the past), and the next change starts a new draft from it.
import { and, asc, desc, eq, inArray, isNull, max, or } from 'drizzle-orm';
import type { Database, DbOrTx } from './db';
import { customActions, policies, policyVersions, teams } from './db/schema';
import type { DataScope } from './auth/guard';
import { recordAudit } from './audit';
import { builtInActions, monetaryBuiltIns, type PolicyRule, type PolicyVersion } from '$lib/domain/autonomy/policy';
import { findConflicts, nextRuleKey, type ActionInfo } from '$lib/domain/autonomy/policy-input';

export type PolicyRow = typeof policies.$inferSelect;
export type PolicyVersionRow = typeof policyVersions.$inferSelect;

export interface ActionChoice extends ActionInfo {
	/** The organization's own name for a custom action; null for built-ins (translated by key). */
	name: string | null;
}

export async function listActions(db: DbOrTx, organizationId: number): Promise<ActionChoice[]> {
	const custom = await db.select().from(customActions).where(eq(customActions.organizationId, organizationId)).orderBy(asc(customActions.name));
	return [
		...builtInActions.map((key) => ({ key, monetary: (monetaryBuiltIns as readonly string[]).includes(key), name: null })),
		...custom.map((c) => ({ key: c.key, monetary: c.monetary, name: c.name }))
	];
}

export type CustomActionError = 'custom_action_key' | 'custom_action_name' | 'custom_action_taken';

export async function createCustomAction(database: Database, organizationId: number, value: { key: string; name: string; monetary: boolean }, actorId: number, now: number): Promise<{ ok: true } | { ok: false; error: CustomActionError }> {
	const key = value.key.trim().toLowerCase();
	const name = value.name.trim();
	if (!/^[a-z][a-z0-9_]{1,39}$/.test(key)) return { ok: false, error: 'custom_action_key' };
	if (name.length < 2 || name.length > 60) return { ok: false, error: 'custom_action_name' };
	if ((builtInActions as readonly string[]).includes(key)) return { ok: false, error: 'custom_action_taken' };
	return database.write(async (tx) => {
		const taken = await tx.select({ id: customActions.id }).from(customActions).where(and(eq(customActions.organizationId, organizationId), eq(customActions.key, key)));
		if (taken.length) return { ok: false, error: 'custom_action_taken' } as const;
		const [row] = await tx.insert(customActions).values({ organizationId, key, name, monetary: value.monetary, createdAt: now }).returning();
		await recordAudit(tx, { actorId, action: 'autonomy.custom_action', entity: 'custom_action', entityId: row!.id, detail: { key, name, monetary: value.monetary } }, now);
		return { ok: true } as const;
	});
}

/** Whether the scope may edit a policy: admins any, supervisors their own teams'. */
export function canEditPolicy(scope: DataScope, role: string, policy: { organizationId: number; teamId: number | null }): boolean {
	if (policy.organizationId !== scope.organizationId) return false;
	if (role === 'admin') return true;
	return role === 'supervisor' && scope.kind === 'teams' && policy.teamId !== null && scope.teamIds.includes(policy.teamId);
}

/** The organization's policy and each team's (created on first use), that this scope may see. */
export async function policiesInScope(database: Database, scope: DataScope) {
	const teamRows = await database.db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.organizationId, scope.organizationId)).orderBy(asc(teams.name));
	const visible = scope.kind === 'teams' ? teamRows.filter((t) => scope.teamIds.includes(t.id)) : teamRows;
	const rows = await database.db.select().from(policies).where(eq(policies.organizationId, scope.organizationId));
	return [{ teamId: null as number | null, teamName: null as string | null, policy: rows.find((p) => p.teamId === null) ?? null }, ...visible.map((t) => ({ teamId: t.id as number | null, teamName: t.name as string | null, policy: rows.find((p) => p.teamId === t.id) ?? null }))];
}

export async function ensurePolicy(database: Database, organizationId: number, teamId: number | null, now: number): Promise<PolicyRow> {
	const find = async (db: DbOrTx) => (await db.select().from(policies).where(and(eq(policies.organizationId, organizationId), teamId === null ? isNull(policies.teamId) : eq(policies.teamId, teamId))).limit(1))[0];
	const existing = await find(database.db);
	if (existing) return existing;
	return database.write(async (tx) => (await find(tx)) ?? (await tx.insert(policies).values({ organizationId, teamId, createdAt: now }).returning())[0]!);
}

export async function policyById(database: Database, organizationId: number, policyId: number): Promise<PolicyRow | null> {
	return (await database.db.select().from(policies).where(and(eq(policies.id, policyId), eq(policies.organizationId, organizationId))).limit(1))[0] ?? null;
}

export async function versionsOf(db: DbOrTx, policyId: number): Promise<PolicyVersionRow[]> {
	return db.select().from(policyVersions).where(eq(policyVersions.policyId, policyId)).orderBy(desc(policyVersions.version));
}

function asVersion(row: PolicyVersionRow, teamId: number | null): PolicyVersion {
	return { id: row.id, policyId: row.policyId, teamId, version: row.version, effectiveFrom: row.effectiveFrom ?? '9999-12-31', rules: row.rules };
}

/** Every published version of the organization's policy and of one team's (or all teams' when teamId is undefined). */
export async function publishedVersions(db: DbOrTx, organizationId: number, teamId?: number | null): Promise<(PolicyVersion & { responseTargetMinutes: number })[]> {
	const scopeCondition = teamId === undefined ? undefined : teamId === null ? isNull(policies.teamId) : or(isNull(policies.teamId), eq(policies.teamId, teamId));
	const rows = await db
		.select({ version: policyVersions, teamId: policies.teamId })
		.from(policyVersions)
		.innerJoin(policies, eq(policies.id, policyVersions.policyId))
		.where(and(eq(policies.organizationId, organizationId), eq(policyVersions.status, 'published'), scopeCondition));
	return rows.map((r) => ({ ...asVersion(r.version, r.teamId), responseTargetMinutes: r.version.responseTargetMinutes }));
}

export async function draftOf(db: DbOrTx, policyId: number): Promise<PolicyVersionRow | null> {
	return (await db.select().from(policyVersions).where(and(eq(policyVersions.policyId, policyId), eq(policyVersions.status, 'draft'))).limit(1))[0] ?? null;
}

/** The policy's draft, started from its latest published version when there is none. */
export async function startDraft(database: Database, policyId: number, actorId: number, now: number): Promise<PolicyVersionRow> {
	return database.write(async (tx) => {
		const existing = await draftOf(tx, policyId);
		if (existing) return existing;
		const latest = (await versionsOf(tx, policyId))[0];
		const [row] = await tx
			.insert(policyVersions)
			.values({ policyId, version: (latest?.version ?? 0) + 1, status: 'draft', rules: latest?.rules ?? [], responseTargetMinutes: latest?.responseTargetMinutes ?? 60, createdBy: actorId, createdAt: now })
			.returning();
		return row!;
	});
}

/** A key no version of this policy has used, so a rule's history reads straight. */
export async function freshRuleKey(db: DbOrTx, policyId: number): Promise<string> {
	const all = await versionsOf(db, policyId);
	return nextRuleKey(all.flatMap((v) => v.rules.map((r) => r.key)));
}

export async function saveDraftRule(database: Database, draftId: number, rule: PolicyRule): Promise<boolean> {
	return database.write(async (tx) => {
		const draft = (await tx.select().from(policyVersions).where(and(eq(policyVersions.id, draftId), eq(policyVersions.status, 'draft'))).limit(1))[0];
		if (!draft) return false;
		const rules = draft.rules.some((r) => r.key === rule.key) ? draft.rules.map((r) => (r.key === rule.key ? rule : r)) : [...draft.rules, rule];
		await tx.update(policyVersions).set({ rules }).where(eq(policyVersions.id, draftId));
		return true;
	});
}

export async function removeDraftRule(database: Database, draftId: number, key: string): Promise<boolean> {
	return database.write(async (tx) => {
		const draft = (await tx.select().from(policyVersions).where(and(eq(policyVersions.id, draftId), eq(policyVersions.status, 'draft'))).limit(1))[0];
		if (!draft || !draft.rules.some((r) => r.key === key)) return false;
		await tx.update(policyVersions).set({ rules: draft.rules.filter((r) => r.key !== key) }).where(eq(policyVersions.id, draftId));
		return true;
	});
}

export async function discardDraft(database: Database, draftId: number): Promise<void> {
	await database.write((tx) => tx.delete(policyVersions).where(and(eq(policyVersions.id, draftId), eq(policyVersions.status, 'draft'))));
}

export type PublishProblem = { code: 'publish_past'; today: string } | { code: 'publish_conflict'; first: string; second: string } | { code: 'publish_gone' } | { code: 'publish_target' };

export async function publishDraft(database: Database, draftId: number, value: { effectiveFrom: string; responseTargetMinutes: number; note: string }, today: string, actorId: number, now: number): Promise<{ ok: true; version: PolicyVersionRow } | { ok: false; problem: PublishProblem }> {
	if (value.effectiveFrom < today) return { ok: false, problem: { code: 'publish_past', today } };
	if (!Number.isInteger(value.responseTargetMinutes) || value.responseTargetMinutes < 1 || value.responseTargetMinutes > 10080) return { ok: false, problem: { code: 'publish_target' } };
	return database.write(async (tx) => {
		const draft = (await tx.select().from(policyVersions).where(and(eq(policyVersions.id, draftId), eq(policyVersions.status, 'draft'))).limit(1))[0];
		if (!draft) return { ok: false, problem: { code: 'publish_gone' } } as const;
		const conflict = findConflicts(draft.rules)[0];
		if (conflict) return { ok: false, problem: { code: 'publish_conflict', ...conflict } } as const;
		const [version] = await tx
			.update(policyVersions)
			.set({ status: 'published', effectiveFrom: value.effectiveFrom, responseTargetMinutes: value.responseTargetMinutes, note: value.note, publishedBy: actorId, publishedAt: now })
			.where(eq(policyVersions.id, draftId))
			.returning();
		await recordAudit(tx, { actorId, action: 'autonomy.publish', entity: 'policy_version', entityId: draftId, detail: { policyId: draft.policyId, version: draft.version, effectiveFrom: value.effectiveFrom, rules: draft.rules.length } }, now);
		return { ok: true, version: version! } as const;
	});
}

/** The highest version number per policy, for listings. */
export async function latestVersionNumbers(database: Database, policyIds: number[]) {
	if (!policyIds.length) return new Map<number, number>();
	const rows = await database.db.select({ policyId: policyVersions.policyId, version: max(policyVersions.version) }).from(policyVersions).where(inArray(policyVersions.policyId, policyIds)).groupBy(policyVersions.policyId);
	return new Map(rows.map((r) => [r.policyId, r.version ?? 0]));
}
