import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organizations, people, teams } from './org';
import type { DeciderContext, Reason } from '../../../domain/autonomy/evaluate';
import type { PolicyRule } from '../../../domain/autonomy/policy';

// Actions an organization adds to the built-in ones (refund, credit, …).
export const customActions = sqliteTable(
	'custom_actions',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		organizationId: integer()
			.notNull()
			.references(() => organizations.id),
		// snake_case, unique in the organization and never one of the built-in keys.
		key: text().notNull(),
		name: text().notNull(),
		// Money actions have amounts and currencies; the others count decisions.
		monetary: integer({ mode: 'boolean' }).notNull(),
		createdAt: integer().notNull()
	},
	(t) => [uniqueIndex('custom_actions_key').on(t.organizationId, t.key)]
);

// A decision-autonomy policy: the organization's (team_id null) or one team's.
export const policies = sqliteTable(
	'policies',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		organizationId: integer()
			.notNull()
			.references(() => organizations.id),
		teamId: integer().references(() => teams.id),
		createdAt: integer().notNull()
	},
	(t) => [uniqueIndex('policies_scope').on(t.organizationId, sql`coalesce(${t.teamId}, 0)`)]
);

export const policyStatuses = ['draft', 'published'] as const;

// Versions of a policy. A draft is edited in place; publishing fixes it for good (triggers in
// 0004 refuse changes to a published row), and a change after that is a new version.
export const policyVersions = sqliteTable(
	'policy_versions',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		policyId: integer()
			.notNull()
			.references(() => policies.id),
		version: integer().notNull(),
		status: text({ enum: policyStatuses }).notNull(),
		// First calendar day the version judges (agents' site days); null while a draft.
		effectiveFrom: text(),
		rules: text({ mode: 'json' }).$type<PolicyRule[]>().notNull(),
		// Minutes an approver has to answer before a request escalates.
		responseTargetMinutes: integer().notNull().default(60),
		note: text().notNull().default(''),
		createdBy: integer()
			.notNull()
			.references(() => people.id),
		createdAt: integer().notNull(),
		publishedBy: integer().references(() => people.id),
		publishedAt: integer()
	},
	(t) => [
		uniqueIndex('policy_versions_number').on(t.policyId, t.version),
		check('policy_versions_published', sql`${t.status} = 'draft' OR (${t.effectiveFrom} IS NOT NULL AND ${t.publishedAt} IS NOT NULL)`),
		check('policy_versions_target', sql`${t.responseTargetMinutes} BETWEEN 1 AND 10080`)
	]
);

export const decisionOutcomes = ['autonomous', 'needs_approval', 'not_allowed'] as const;

// The decision log: every check an agent made and its verdict. Append-only (triggers in 0004).
export const decisions = sqliteTable(
	'decisions',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		organizationId: integer()
			.notNull()
			.references(() => organizations.id),
		personId: integer()
			.notNull()
			.references(() => people.id),
		// The person's team when they decided; supervisors see decisions of their teams by this.
		teamId: integer().references(() => teams.id),
		action: text().notNull(),
		// Minor units for money actions, null for counted ones.
		amount: integer(),
		currency: text(),
		caseRef: text().notNull(),
		reason: text().notNull(),
		customerTier: text().notNull(),
		// The decider's calendar day (their site's zone); allowances count per day and month of it.
		day: text().notNull(),
		outcome: text({ enum: decisionOutcomes }).notNull(),
		approverRole: text(),
		verdictReason: text().$type<Reason>().notNull(),
		ruleKey: text(),
		policyVersionId: integer().references(() => policyVersions.id),
		// Day and month autonomy left before this decision (minor units or decisions; null = no limit),
		// so an approver sees what the agent had left.
		leftToday: integer(),
		leftMonth: integer(),
		// What the decision was judged on, so it can be explained and replayed later.
		context: text({ mode: 'json' }).$type<DeciderContext>().notNull(),
		createdAt: integer().notNull()
	},
	(t) => [
		index('decisions_person_day').on(t.personId, t.day),
		index('decisions_team_day').on(t.teamId, t.day),
		index('decisions_case').on(t.organizationId, t.caseRef),
		check('decisions_amount', sql`${t.amount} IS NULL OR ${t.amount} > 0`),
		check('decisions_outcome', sql`${t.outcome} IN ('autonomous', 'needs_approval', 'not_allowed')`)
	]
);

// An approver's answer to a decision that needed approval. One per decision: the unique index is
// what makes two racing approvals end with one answer. Append-only (triggers in 0004).
export const decisionReviews = sqliteTable(
	'decision_reviews',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		decisionId: integer()
			.notNull()
			.unique()
			.references(() => decisions.id),
		reviewerId: integer()
			.notNull()
			.references(() => people.id),
		verdict: text({ enum: ['approved', 'denied'] }).notNull(),
		note: text().notNull().default(''),
		// Whether the request had passed its response target and escalated when answered.
		escalated: integer({ mode: 'boolean' }).notNull().default(false),
		createdAt: integer().notNull()
	},
	(t) => [check('decision_reviews_verdict', sql`${t.verdict} IN ('approved', 'denied')`)]
);

// One customer interaction and how it ended, as the center's systems report it, with the case it
// belongs to. The outcomes module (7/7) imports these; decision outcomes join on case_ref.
export const interactionOutcomes = sqliteTable(
	'interaction_outcomes',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		organizationId: integer()
			.notNull()
			.references(() => organizations.id),
		personId: integer().references(() => people.id),
		caseRef: text(),
		day: text().notNull(),
		channel: text().notNull(),
		// 1-5 survey answer.
		csat: integer(),
		fcr: integer({ mode: 'boolean' }),
		firstReplySeconds: real(),
		resolutionSeconds: real(),
		customerEffort: real(),
		handleSeconds: real(),
		qaScore: real(),
		nps: integer()
	},
	(t) => [
		index('interaction_outcomes_case').on(t.organizationId, t.caseRef),
		index('interaction_outcomes_person_day').on(t.personId, t.day),
		check('interaction_outcomes_ranges', sql`(${t.csat} IS NULL OR ${t.csat} BETWEEN 1 AND 5) AND (${t.nps} IS NULL OR ${t.nps} BETWEEN 0 AND 10) AND (${t.customerEffort} IS NULL OR ${t.customerEffort} BETWEEN 1 AND 7) AND (${t.qaScore} IS NULL OR ${t.qaScore} BETWEEN 0 AND 100)`)
	]
);

// Autonomy index per team and ISO week (domain/autonomy/autonomy-index.ts), kept current as
// decisions and reviews are written, for the outcomes module.
export const autonomyIndex = sqliteTable(
	'autonomy_index',
	{
		teamId: integer()
			.notNull()
			.references(() => teams.id, { onDelete: 'cascade' }),
		weekStart: text().notNull(),
		decisions: integer().notNull(),
		autonomous: integer().notNull(),
		needsApproval: integer().notNull(),
		notAllowed: integer().notNull(),
		approved: integer().notNull(),
		denied: integer().notNull(),
		autonomyShare: real().notNull(),
		resolvedShare: real().notNull(),
		medianTurnaroundMinutes: real()
	},
	(t) => [primaryKey({ columns: [t.teamId, t.weekStart] })]
);
