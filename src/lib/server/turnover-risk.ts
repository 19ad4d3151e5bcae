// Turnover risk for supervisors and HR: the model is trained on the organization's own history
// (monthly snapshots of every agent, features from the 8 weeks before, labelled by a voluntary
// exit in the 90 days after), validated on the most recent part of that history, stored with its
// model card, and used to score today's agents. A score is shown only to the agent's supervisors
// and HR (and admins), with its reasons, as a prompt for a conversation; every view is logged.
import { and, asc, desc, eq, gte, inArray } from 'drizzle-orm';
import type { Database } from './db';
import { agentDayOutcomes, coachingSessions, exits, flexibilityIndex, moduleCompletions, people, riskModels, riskTrainingRuns, shiftSwaps, surveys, teams, timeOffRequests, waveEngagement } from './db/schema';
import { closedWaves, waveResults } from './surveys';
import { teamCondition, type DataScope } from './auth/guard';
import { recordAudit } from './audit';
import { agentSignals, exitHorizonDays, noEvents, signalWindowDays, type AgentEvents, type DaySignal } from '$lib/domain/risk/agent-signals';
import { scoreRisk, trainRiskModel } from '$lib/domain/risk/risk-model';
import { validateRiskByTime } from '$lib/domain/risk/time-validation';
import { addDays, addMonths, tenureDays } from '$lib/domain/people/turnover';

export type RiskModelRow = typeof riskModels.$inferSelect;

async function historyOf(database: Database, organizationId: number) {
	const agents = await database.db.select({ id: people.id, hireDate: people.hireDate, teamId: people.teamId, exitDate: exits.exitDate, exitType: exits.type }).from(people).leftJoin(exits, eq(exits.personId, people.id)).where(and(eq(people.organizationId, organizationId), eq(people.role, 'agent')));
	const days = await database.db.select({ personId: agentDayOutcomes.personId, day: agentDayOutcomes.day, workedMinutes: agentDayOutcomes.workedMinutes, overtimeMinutes: agentDayOutcomes.overtimeMinutes, shiftStartMinute: agentDayOutcomes.shiftStartMinute, contacts: agentDayOutcomes.contacts, qaScore: agentDayOutcomes.qaScore, csat: agentDayOutcomes.csat }).from(agentDayOutcomes).innerJoin(people, eq(people.id, agentDayOutcomes.personId)).where(eq(people.organizationId, organizationId));
	const byPerson = new Map<number, DaySignal[]>();
	for (const d of days) (byPerson.get(d.personId) ?? byPerson.set(d.personId, []).get(d.personId)!).push(d);
	return { agents, byPerson, firstDay: days.reduce((m, d) => (d.day < m ? d.day : m), '9999-12-31') };
}

/**
 * Each agent's dated records that the signals use (domain/risk/agent-signals.ts): for training,
 * the whole organization's history; for scoring today, only the agents in view and the schedule
 * wishes of the signal window (`wishesFrom`), which is all a score reads.
 */
async function eventsOf(database: Database, organizationId: number, only?: { personIds: number[]; wishesFrom: string }): Promise<Map<number, AgentEvents>> {
	const inOrg = only ? and(eq(people.organizationId, organizationId), inArray(people.id, only.personIds))! : eq(people.organizationId, organizationId);
	const timeOff = await database.db.select({ personId: timeOffRequests.personId, at: timeOffRequests.decidedAt, created: timeOffRequests.createdAt }).from(timeOffRequests).innerJoin(people, eq(people.id, timeOffRequests.personId)).where(and(inOrg, eq(timeOffRequests.status, 'denied')));
	const swaps = await database.db.select({ personId: shiftSwaps.offeredBy, at: shiftSwaps.decidedAt, created: shiftSwaps.createdAt }).from(shiftSwaps).innerJoin(people, eq(people.id, shiftSwaps.offeredBy)).where(and(inOrg, eq(shiftSwaps.status, 'denied')));
	const coaching = await database.db.select({ personId: coachingSessions.personId, at: coachingSessions.createdAt }).from(coachingSessions).innerJoin(people, eq(people.id, coachingSessions.personId)).where(inOrg);
	const completions = await database.db.select({ personId: moduleCompletions.personId, at: moduleCompletions.completedAt }).from(moduleCompletions).innerJoin(people, eq(people.id, moduleCompletions.personId)).where(inOrg);
	const wishes = await database.db
		.select({ personId: flexibilityIndex.personId, weekStart: flexibilityIndex.weekStart, share: flexibilityIndex.preferencesHonoured })
		.from(flexibilityIndex)
		.innerJoin(people, eq(people.id, flexibilityIndex.personId))
		.where(only ? and(inOrg, gte(flexibilityIndex.weekStart, only.wishesFrom)) : inOrg);
	const out = new Map<number, { timeOffDenied: number[]; swapsDenied: number[]; coaching: number[]; completions: number[]; preferencesHonoured: { weekStart: string; share: number }[] }>();
	const of = (id: number) => out.get(id) ?? out.set(id, { timeOffDenied: [], swapsDenied: [], coaching: [], completions: [], preferencesHonoured: [] }).get(id)!;
	for (const r of timeOff) if (r.personId !== null) of(r.personId).timeOffDenied.push(r.at ?? r.created);
	for (const r of swaps) if (r.personId !== null) of(r.personId).swapsDenied.push(r.at ?? r.created);
	for (const r of coaching) of(r.personId).coaching.push(r.at);
	for (const r of completions) of(r.personId).completions.push(r.at);
	for (const r of wishes) if (r.share !== null) of(r.personId).preferencesHonoured.push({ weekStart: r.weekStart, share: r.share });
	return out;
}

/** Team eNPS of each closed survey wave, only for teams the anonymity plan released. */
export async function teamEngagement(database: Database, organizationId: number, today: string): Promise<{ closesOn: string; teamId: number; enps: number }[]> {
	const out: { closesOn: string; teamId: number; enps: number }[] = [];
	const hrScope = { kind: 'org' as const, organizationId, personId: 0 };
	for (const survey of await database.db.select().from(surveys).where(eq(surveys.organizationId, organizationId))) {
		if (!survey.includeEnps) continue;
		// A closed wave's release only changes when its answers are anonymised or deleted, which
		// clears these rows (personal-data.ts): plan each wave once, not on every view.
		const stored = new Map((await database.db.select().from(waveEngagement).where(eq(waveEngagement.surveyId, survey.id))).map((w) => [w.waveIndex, w]));
		for (const wave of closedWaves(survey, today)) {
			let released = stored.get(wave.index)?.teams;
			if (!released) {
				const results = await waveResults(database, hrScope, survey, wave.index, today);
				released = (results?.results ?? []).flatMap((r) => (r.dimension === 'team' && r.result.released && r.result.enps?.enps != null ? [{ teamId: Number(r.key.slice(5)), enps: r.result.enps.enps }] : []));
				const row = { surveyId: survey.id, waveIndex: wave.index, closesOn: wave.closesOn, teams: released };
				await database.write((tx) => tx.insert(waveEngagement).values(row).onConflictDoUpdate({ target: [waveEngagement.surveyId, waveEngagement.waveIndex], set: { closesOn: row.closesOn, teams: row.teams } }));
			}
			for (const r of released) out.push({ closesOn: wave.closesOn, teamId: r.teamId, enps: r.enps });
		}
	}
	return out;
}

const teamEnpsAt = (engagement: readonly { closesOn: string; teamId: number; enps: number }[], teamId: number | null, at: string) =>
	teamId === null ? null : (engagement.filter((e) => e.teamId === teamId && e.closesOn < at).sort((a, b) => (a.closesOn < b.closesOn ? 1 : -1))[0]?.enps ?? null);

const yieldToServer = () => new Promise((resolve) => setImmediate(resolve));

/** Trains on the organization's history up to `today` and stores the model with its card; null without enough history. */
export async function trainTurnoverModel(database: Database, organizationId: number, today: string, actorId: number, now: number, onProgress: (share: number) => Promise<void> | void = () => {}): Promise<RiskModelRow | null> {
	const { agents, byPerson, firstDay } = await historyOf(database, organizationId);
	const events = await eventsOf(database, organizationId);
	const engagement = await teamEngagement(database, organizationId, today);
	await onProgress(0.2);
	if (firstDay > today) return null;
	const rows: { features: Record<string, number | null>; left: boolean; at: string }[] = [];
	// Monthly snapshots whose 90-day outcome is already known.
	const last = addDays(today, -exitHorizonDays);
	for (let at = addDays(firstDay, signalWindowDays); at <= last; at = addMonths(at, 1)) {
		for (const a of agents) {
			if (a.hireDate >= at || (a.exitDate !== null && a.exitDate <= at)) continue;
			const left = a.exitDate !== null && a.exitType === 'voluntary' && a.exitDate <= addDays(at, exitHorizonDays);
			rows.push({ features: agentSignals(byPerson.get(a.id) ?? [], at, tenureDays(a.hireDate, at), events.get(a.id) ?? noEvents, teamEnpsAt(engagement, a.teamId, at)), left, at });
		}
	}
	// Under 5 months of history there is no snapshot with a known outcome yet: nothing to learn from.
	if (!rows.length) return null;
	const snapshots = [...new Set(rows.map((r) => r.at))].sort();
	const cut = snapshots[Math.floor(snapshots.length * 0.75)] ?? null;
	await onProgress(0.4);
	await yieldToServer();
	const validation = cut && rows.some((r) => r.at < cut) && rows.some((r) => r.at >= cut) ? validateRiskByTime(rows, cut, { seed: 1 }) : null;
	await onProgress(0.7);
	await yieldToServer();
	const model = trainRiskModel(rows, { seed: 1 });
	await onProgress(0.95);
	return database.write(async (tx) => {
		const [row] = await tx
			.insert(riskModels)
			.values({
				organizationId,
				model,
				windowFrom: snapshots[0] ?? today,
				windowTo: snapshots.at(-1) ?? today,
				rows: rows.length,
				exits: rows.filter((r) => r.left).length,
				validation: validation ? { cut: validation.cut, trainRows: validation.trainRows, testRows: validation.testRows, testExits: validation.testExits, metrics: validation.metrics, baseRateBrier: validation.baseRateBrier } : null,
				trainedBy: actorId,
				trainedAt: now
			})
			.returning();
		await recordAudit(tx, { actorId, action: 'risk.train', entity: 'risk_model', entityId: row!.id, detail: { rows: rows.length, exits: row!.exits } }, now);
		return row!;
	});
}

export async function latestModel(database: Database, organizationId: number): Promise<RiskModelRow | null> {
	return (await database.db.select().from(riskModels).where(eq(riskModels.organizationId, organizationId)).orderBy(desc(riskModels.id)).limit(1))[0] ?? null;
}

/**
 * Today's scores of the active agents in scope (a supervisor's teams, HR and admins everyone),
 * highest first, each with its top signals; the view is written to the audit log.
 */
export async function riskList(database: Database, scope: DataScope, model: RiskModelRow, today: string, viewerId: number, now: number) {
	if (scope.kind === 'self') return [];
	const engagement = await teamEngagement(database, scope.organizationId, today);
	const agents = await database.db
		.select({ id: people.id, name: people.name, hireDate: people.hireDate, teamId: people.teamId, teamName: teams.name })
		.from(people)
		.leftJoin(teams, eq(teams.id, people.teamId))
		.where(and(eq(people.organizationId, scope.organizationId), eq(people.role, 'agent'), eq(people.employmentStatus, 'active'), teamCondition(scope)))
		.orderBy(asc(people.name));
	const ids = agents.map((a) => a.id);
	const events = ids.length ? await eventsOf(database, scope.organizationId, { personIds: ids, wishesFrom: addDays(today, -signalWindowDays - 7) }) : new Map<number, AgentEvents>();
	const days = ids.length ? await database.db.select().from(agentDayOutcomes).where(and(inArray(agentDayOutcomes.personId, ids), gte(agentDayOutcomes.day, addDays(today, -signalWindowDays)))) : [];
	// Context Tend records now but the model can't learn from yet: shown beside the score.
	const since = Date.parse(`${addDays(today, -90)}T00:00:00Z`);
	const deniedTimeOff = ids.length ? await database.db.select({ personId: timeOffRequests.personId }).from(timeOffRequests).where(and(inArray(timeOffRequests.personId, ids), eq(timeOffRequests.status, 'denied'), gte(timeOffRequests.createdAt, since))) : [];
	const deniedSwaps = ids.length ? await database.db.select({ personId: shiftSwaps.offeredBy }).from(shiftSwaps).where(and(inArray(shiftSwaps.offeredBy, ids), eq(shiftSwaps.status, 'denied'), gte(shiftSwaps.createdAt, since))) : [];
	const daysOf = new Map<number, typeof days>();
	for (const d of days) (daysOf.get(d.personId) ?? daysOf.set(d.personId, []).get(d.personId)!).push(d);
	const out = agents.map((a) => {
		const score = scoreRisk(model.model, agentSignals(daysOf.get(a.id) ?? [], today, tenureDays(a.hireDate, today), events.get(a.id) ?? noEvents, teamEnpsAt(engagement, a.teamId, today)));
		// The latest of the coaching sessions the signals read (eventsOf).
		const lastCoaching = (events.get(a.id)?.coaching ?? []).reduce<number | null>((m, at) => (m === null || at > m ? at : m), null);
		return {
			id: a.id,
			name: a.name,
			teamName: a.teamName,
			probability: score.probability,
			signals: score.contributions.filter((c) => Math.abs(c.contribution) >= 0.05).slice(0, 4),
			context: { timeOffDenied: deniedTimeOff.filter((t) => t.personId === a.id).length, swapsDenied: deniedSwaps.filter((s) => s.personId === a.id).length, lastCoaching }
		};
	});
	await database.write((tx) => recordAudit(tx, { actorId: viewerId, action: 'risk.view', entity: 'risk_model', entityId: model.id, detail: { people: ids } }, now));
	return out.sort((x, y) => y.probability - x.probability);
}

/** Starts a retraining in the background; the page polls `trainingRun` for its progress. */
export async function startTraining(database: Database, organizationId: number, today: string, actorId: number, now: number): Promise<number> {
	const running = (await database.db.select().from(riskTrainingRuns).where(and(eq(riskTrainingRuns.organizationId, organizationId), eq(riskTrainingRuns.status, 'running'))).limit(1))[0];
	if (running) return running.id;
	const [run] = await database.write((tx) => tx.insert(riskTrainingRuns).values({ organizationId, status: 'running', startedBy: actorId, startedAt: now }).returning());
	const progress = (share: number) => database.write((tx) => tx.update(riskTrainingRuns).set({ progress: share }).where(eq(riskTrainingRuns.id, run!.id))).then(() => undefined);
	void trainTurnoverModel(database, organizationId, today, actorId, now, progress)
		.then((model) => database.write((tx) => tx.update(riskTrainingRuns).set(model ? { status: 'done', progress: 1, modelId: model.id, finishedAt: Date.now() } : { status: 'failed', error: 'no_history', finishedAt: Date.now() }).where(eq(riskTrainingRuns.id, run!.id))))
		.catch((error: unknown) => database.write((tx) => tx.update(riskTrainingRuns).set({ status: 'failed', error: String(error).slice(0, 500), finishedAt: Date.now() }).where(eq(riskTrainingRuns.id, run!.id))));
	return run!.id;
}

export async function trainingRun(database: Database, organizationId: number) {
	return (await database.db.select().from(riskTrainingRuns).where(eq(riskTrainingRuns.organizationId, organizationId)).orderBy(desc(riskTrainingRuns.id)).limit(1))[0] ?? null;
}
