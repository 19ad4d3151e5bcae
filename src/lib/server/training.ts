// Training modules in the database: the organization's modules (Tend's shipped ones, registered on
// first use, and authored ones), assignments with due days, practice replies scored by the empathy
// scorer, quiz attempts, completions, and the weekly activity kept for the outcomes module. Each
// attempt, its completion check and the weekly figures are written in one transaction.
import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Database, DbOrTx, Tx } from './db';
import { moduleCompletions, people, practiceAttempts, quizAttempts, teams, trainingAssignments, trainingModules, trainingWeekly } from './db/schema';
import type { DataScope } from './auth/guard';
import { teamCondition } from './auth/guard';
import { recordAudit } from './audit';
import { requesterOf, todayOf } from './time-off';
import { shippedModules } from '$lib/domain/training/shipped-content';
import { viewShipped, type ModuleContent, type ModuleView } from '$lib/domain/training/module-view';
import { gradeQuiz, type QuizResult } from '$lib/domain/training/quiz';
import { moduleProgress } from '$lib/domain/training/progress';
import { scoreReply, type ReplyScore } from '$lib/domain/empathy/score-reply';
import { isoWeekStart } from '$lib/domain/autonomy/autonomy-index';
import { addDays } from '$lib/domain/people/turnover';
import { dayInZone } from '$lib/domain/time/calendar';

export type TrainingModule = typeof trainingModules.$inferSelect;
export const maxReplyLength = 5000;

/** Registers Tend's shipped modules with the organization the first time they are needed. */
export async function ensureShippedModules(database: Database, organizationId: number, now: number): Promise<void> {
	const have = new Set((await database.db.select({ key: trainingModules.key }).from(trainingModules).where(eq(trainingModules.organizationId, organizationId))).map((r) => r.key));
	const missing = shippedModules.filter((m) => !have.has(m.key));
	if (!missing.length) return;
	await database.write(async (tx) => {
		for (const m of missing) await tx.insert(trainingModules).values({ organizationId, key: m.key, source: 'shipped', title: m.title.en, summary: m.summary.en, minutes: m.minutes, createdAt: now }).onConflictDoNothing();
	});
}

export function viewModule(row: TrainingModule, locale: string): ModuleView | null {
	if (row.source === 'shipped') {
		const shipped = shippedModules.find((m) => m.key === row.key);
		return shipped ? viewShipped(shipped, locale) : null;
	}
	return { key: row.key, title: row.title, summary: row.summary, minutes: row.minutes, ...(row.content as ModuleContent) };
}

export async function listModules(database: Database, organizationId: number, now: number): Promise<TrainingModule[]> {
	await ensureShippedModules(database, organizationId, now);
	return database.db.select().from(trainingModules).where(eq(trainingModules.organizationId, organizationId)).orderBy(asc(trainingModules.id));
}

export async function moduleById(db: DbOrTx, organizationId: number, id: number): Promise<TrainingModule | null> {
	return (await db.select().from(trainingModules).where(and(eq(trainingModules.id, id), eq(trainingModules.organizationId, organizationId))).limit(1))[0] ?? null;
}

/** Keys of the modules a person has completed (decision-autonomy rules may require one). */
export async function completedModuleKeys(db: DbOrTx, personId: number): Promise<string[]> {
	const rows = await db.select({ key: trainingModules.key }).from(moduleCompletions).innerJoin(trainingModules, eq(trainingModules.id, moduleCompletions.moduleId)).where(eq(moduleCompletions.personId, personId));
	return rows.map((r) => r.key);
}

/** Progress of one person through one module. */
async function progressOf(db: DbOrTx, module: TrainingModule, personId: number, view: ModuleView, dueDay: string | null, today: string) {
	const practised = new Set((await db.select({ key: practiceAttempts.scenarioKey }).from(practiceAttempts).where(and(eq(practiceAttempts.personId, personId), eq(practiceAttempts.moduleId, module.id)))).map((r) => r.key));
	const quizzes = (await db.select({ correct: quizAttempts.correct, total: quizAttempts.total }).from(quizAttempts).where(and(eq(quizAttempts.personId, personId), eq(quizAttempts.moduleId, module.id)))).map((q) => (q.total ? q.correct / q.total : 0));
	const completed = (await db.select().from(moduleCompletions).where(and(eq(moduleCompletions.personId, personId), eq(moduleCompletions.moduleId, module.id)))).length > 0;
	return { practised, progress: moduleProgress(view.scenarios.map((s) => s.key), practised, quizzes, dueDay, today, completed) };
}

/** An agent's modules: assigned ones first (with due days), then the rest of the catalogue. */
export async function myTraining(database: Database, personId: number, organizationId: number, locale: string, now: number) {
	const today = await todayOf(database, personId, now);
	const modules = await listModules(database, organizationId, now);
	const assignments = await database.db.select().from(trainingAssignments).where(eq(trainingAssignments.personId, personId));
	const out = [];
	for (const module of modules) {
		const view = viewModule(module, locale);
		if (!view) continue;
		const assignment = assignments.find((a) => a.moduleId === module.id) ?? null;
		const { progress } = await progressOf(database.db, module, personId, view, assignment?.dueDay ?? null, today);
		out.push({ id: module.id, title: view.title, summary: view.summary, minutes: view.minutes, source: module.source, assigned: !!assignment, dueDay: assignment?.dueDay ?? null, progress });
	}
	return { today, modules: out.sort((a, b) => Number(b.assigned) - Number(a.assigned) || (a.dueDay ?? '9999') .localeCompare(b.dueDay ?? '9999')) };
}

/** One module for its reader, with their progress and their latest reply per scenario. */
export async function moduleForReader(database: Database, personId: number, module: TrainingModule, locale: string, now: number) {
	const view = viewModule(module, locale);
	if (!view) return null;
	const today = await todayOf(database, personId, now);
	const assignment = (await database.db.select().from(trainingAssignments).where(and(eq(trainingAssignments.personId, personId), eq(trainingAssignments.moduleId, module.id))).limit(1))[0] ?? null;
	const { progress } = await progressOf(database.db, module, personId, view, assignment?.dueDay ?? null, today);
	return { view, dueDay: assignment?.dueDay ?? null, progress };
}

export type PracticeResult = { ok: true; score: ReplyScore; total: number } | { ok: false; error: 'reply_empty' | 'reply_too_long' | 'scenario_unknown' };

export async function recordPractice(database: Database, personId: number, module: TrainingModule, scenarioKey: string, reply: string, locale: string, now: number): Promise<PracticeResult> {
	const view = viewModule(module, locale);
	const scenario = view?.scenarios.find((s) => s.key === scenarioKey);
	if (!view || !scenario) return { ok: false, error: 'scenario_unknown' };
	const text = reply.trim();
	if (!text) return { ok: false, error: 'reply_empty' };
	if (text.length > maxReplyLength) return { ok: false, error: 'reply_too_long' };
	const score = scoreReply({ seeker: scenario.customerMessage, response: text });
	const scores: Record<string, number> = { emotional_reaction: score.emotionalReaction.level, interpretation: score.interpretation.level, exploration: score.exploration.level, ownership: score.ownership.level, next_steps: score.nextSteps.level };
	const total = Object.values(scores).reduce<number>((s, v) => s + v, 0);
	const timeZone = (await requesterOf(database, personId)).timeZone;
	await database.write(async (tx) => {
		await tx.insert(practiceAttempts).values({ moduleId: module.id, personId, scenarioKey, reply: text, scores, total, createdAt: now });
		await completeIfDone(tx, module, view, personId, now);
		await refreshTrainingWeek(tx, personId, isoWeekStart(dayInZone(now, timeZone)), timeZone);
	});
	return { ok: true, score, total };
}

export async function recordQuiz(database: Database, personId: number, module: TrainingModule, chosen: ReadonlyMap<string, number>, locale: string, now: number): Promise<QuizResult | null> {
	const view = viewModule(module, locale);
	if (!view) return null;
	const result = gradeQuiz(view.quiz, chosen);
	const timeZone = (await requesterOf(database, personId)).timeZone;
	await database.write(async (tx) => {
		await tx.insert(quizAttempts).values({ moduleId: module.id, personId, correct: result.correct, total: result.total, answers: result.answers, createdAt: now });
		await completeIfDone(tx, module, view, personId, now);
		await refreshTrainingWeek(tx, personId, isoWeekStart(dayInZone(now, timeZone)), timeZone);
	});
	return result;
}

async function completeIfDone(tx: Tx, module: TrainingModule, view: ModuleView, personId: number, now: number) {
	const { progress } = await progressOf(tx, module, personId, view, null, '0000-01-01');
	if (progress.complete) await tx.insert(moduleCompletions).values({ moduleId: module.id, personId, completedAt: now }).onConflictDoNothing();
}

/** Recomputes one person's training figures for one ISO week (local days of their site). */
export async function refreshTrainingWeek(tx: Tx, personId: number, weekStart: string, timeZone: string): Promise<void> {
	const from = Date.parse(`${addDays(weekStart, -1)}T00:00:00Z`);
	const to = Date.parse(`${addDays(weekStart, 8)}T00:00:00Z`);
	const inWeek = (ms: number) => {
		const day = dayInZone(ms, timeZone);
		return day >= weekStart && day <= addDays(weekStart, 6);
	};
	const practice = (await tx.select({ total: practiceAttempts.total, at: practiceAttempts.createdAt }).from(practiceAttempts).where(and(eq(practiceAttempts.personId, personId), gte(practiceAttempts.createdAt, from), lte(practiceAttempts.createdAt, to)))).filter((r) => inWeek(r.at));
	const quizzes = (await tx.select({ at: quizAttempts.createdAt }).from(quizAttempts).where(and(eq(quizAttempts.personId, personId), gte(quizAttempts.createdAt, from), lte(quizAttempts.createdAt, to)))).filter((r) => inWeek(r.at));
	const completions = (await tx.select({ at: moduleCompletions.completedAt }).from(moduleCompletions).where(and(eq(moduleCompletions.personId, personId), gte(moduleCompletions.completedAt, from), lte(moduleCompletions.completedAt, to)))).filter((r) => inWeek(r.at));
	const row = {
		practiceAttempts: practice.length,
		meanPracticeScore: practice.length ? practice.reduce((s, r) => s + r.total, 0) / practice.length : null,
		quizAttempts: quizzes.length,
		completions: completions.length
	};
	await tx.insert(trainingWeekly).values({ personId, weekStart, ...row }).onConflictDoUpdate({ target: [trainingWeekly.personId, trainingWeekly.weekStart], set: row });
}

export type AssignProblem = 'assign_nobody' | 'assign_due_past' | 'assign_out_of_scope';

/** Assigns a module to agents in the scope (a whole team or named people), due on a day or not. */
export async function assignModule(database: Database, scope: DataScope, module: TrainingModule, target: { teamId: number | null; personIds: number[] }, dueDay: string | null, today: string, actorId: number, now: number): Promise<{ ok: true; assigned: number } | { ok: false; problem: AssignProblem }> {
	if (dueDay !== null && dueDay < today) return { ok: false, problem: 'assign_due_past' };
	const inScope = await database.db.select({ id: people.id, teamId: people.teamId }).from(people).where(and(teamCondition(scope), eq(people.organizationId, scope.organizationId), eq(people.role, 'agent'), eq(people.employmentStatus, 'active')));
	const wanted = target.teamId !== null ? inScope.filter((p) => p.teamId === target.teamId) : inScope.filter((p) => target.personIds.includes(p.id));
	if (target.teamId === null && wanted.length !== target.personIds.length) return { ok: false, problem: 'assign_out_of_scope' };
	if (!wanted.length) return { ok: false, problem: target.teamId !== null && !inScope.some((p) => p.teamId === target.teamId) ? 'assign_out_of_scope' : 'assign_nobody' };
	await database.write(async (tx) => {
		for (const p of wanted) await tx.insert(trainingAssignments).values({ moduleId: module.id, personId: p.id, assignedBy: actorId, dueDay, createdAt: now }).onConflictDoUpdate({ target: [trainingAssignments.moduleId, trainingAssignments.personId], set: { dueDay, assignedBy: actorId } });
		await recordAudit(tx, { actorId, action: 'training.assign', entity: 'training_module', entityId: module.id, detail: { people: wanted.map((p) => p.id), dueDay } }, now);
	});
	return { ok: true, assigned: wanted.length };
}

/** Assignments of the agents in scope with their progress, for supervisors. */
export async function teamTraining(database: Database, scope: DataScope, locale: string, today: string) {
	const rows = await database.db
		.select({ assignment: trainingAssignments, name: people.name, teamName: teams.name, module: trainingModules })
		.from(trainingAssignments)
		.innerJoin(people, eq(people.id, trainingAssignments.personId))
		.leftJoin(teams, eq(teams.id, people.teamId))
		.innerJoin(trainingModules, eq(trainingModules.id, trainingAssignments.moduleId))
		.where(and(teamCondition(scope), eq(people.organizationId, scope.organizationId)))
		.orderBy(asc(people.name));
	const out = [];
	for (const r of rows) {
		const view = viewModule(r.module, locale);
		if (!view) continue;
		const { progress } = await progressOf(database.db, r.module, r.assignment.personId, view, r.assignment.dueDay, today);
		const practice = await database.db.select({ mean: sql<number | null>`avg(${practiceAttempts.total})` }).from(practiceAttempts).where(and(eq(practiceAttempts.personId, r.assignment.personId), eq(practiceAttempts.moduleId, r.module.id)));
		out.push({ id: r.assignment.id, personId: r.assignment.personId, name: r.name, teamName: r.teamName, moduleTitle: view.title, dueDay: r.assignment.dueDay, progress, meanPractice: practice[0]?.mean ?? null });
	}
	return out;
}

/** Agents a planner may assign to, by team. */
export async function assignableAgents(database: Database, scope: DataScope) {
	return database.db
		.select({ id: people.id, name: people.name, teamId: people.teamId })
		.from(people)
		.where(and(teamCondition(scope), eq(people.organizationId, scope.organizationId), eq(people.role, 'agent'), eq(people.employmentStatus, 'active')))
		.orderBy(asc(people.name));
}

export async function createAuthoredModule(database: Database, organizationId: number, value: { title: string; summary: string; minutes: number; content: ModuleContent }, locale: string, actorId: number, now: number): Promise<TrainingModule> {
	return database.write(async (tx) => {
		const count = (await tx.select({ n: sql<number>`count(*)` }).from(trainingModules).where(and(eq(trainingModules.organizationId, organizationId), eq(trainingModules.source, 'authored'))))[0]?.n ?? 0;
		const [row] = await tx.insert(trainingModules).values({ organizationId, key: `authored_${Number(count) + 1}_${now.toString(36)}`, source: 'authored', locale, title: value.title, summary: value.summary, minutes: value.minutes, content: value.content, createdBy: actorId, createdAt: now }).returning();
		await recordAudit(tx, { actorId, action: 'training.author', entity: 'training_module', entityId: row!.id, detail: { title: value.title } }, now);
		return row!;
	});
}

/** Per-week training figures of the given people from a week on (for the outcomes module and reports). */
export async function trainingWeeks(database: Database, personIds: number[], fromWeek: string) {
	if (!personIds.length) return [];
	return database.db.select().from(trainingWeekly).where(and(inArray(trainingWeekly.personId, personIds), gte(trainingWeekly.weekStart, fromWeek)));
}

/** The latest practice replies of the agents in scope, for starting coaching from one. */
export async function recentPractice(database: Database, scope: DataScope, limit: number) {
	return database.db
		.select({ id: practiceAttempts.id, personId: practiceAttempts.personId, name: people.name, scenarioKey: practiceAttempts.scenarioKey, total: practiceAttempts.total, moduleTitle: trainingModules.title, createdAt: practiceAttempts.createdAt })
		.from(practiceAttempts)
		.innerJoin(people, eq(people.id, practiceAttempts.personId))
		.innerJoin(trainingModules, eq(trainingModules.id, practiceAttempts.moduleId))
		.where(and(teamCondition(scope), eq(people.organizationId, scope.organizationId)))
		.orderBy(desc(practiceAttempts.createdAt))
		.limit(limit);
}
