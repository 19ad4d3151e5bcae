/**
 * Writes the demo contact center (seeds/demo-model.ts) into a migrated, empty database.
 */
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getTableColumns } from 'drizzle-orm';
import type { Database, Tx } from '../src/lib/server/db';
import { agentDayOutcomes, autonomyIndex, decisionReviews, decisions, exits, interactionOutcomes, intervalHistory, organizations, people, policies, policyVersions, queues, queueTargets, shrinkageCategories, sites, specialDays, teams, teamSupervisors } from '../src/lib/server/db/schema';
import { flexibilityIndex, outcomeTargets, teamFlexibilityIndex } from '../src/lib/server/db/schema';
import { demoFlexibility } from './demo-flexibility';
import { rebuildTeamDays } from '../src/lib/server/outcome-aggregates';
import { refreshStaffingAdequacy } from '../src/lib/server/staffing-adequacy';
import { generateDemoAutonomy } from './demo-autonomy';
import { seedDemoTraining } from './demo-training';
import { seedDemoQuality } from './demo-quality';
import { seedDemoSurveys } from './demo-surveys';
import { trainTurnoverModel } from '../src/lib/server/turnover-risk';
import { generateDemoCenter, demoHolidays, type DemoScale, type DemoSummary } from './demo-model';
import { runForecast, saveForecast, startForecast } from '../src/lib/server/forecasting';
import { publishSchedule, runSchedule, startScheduleRun } from '../src/lib/server/scheduling';
import { schedules } from '../src/lib/server/db/schema';
import { eq } from 'drizzle-orm';
import { isoWeekday } from '../src/lib/domain/schedule/center-model';
import { addDays } from '../src/lib/domain/people/turnover';

export type { DemoSummary } from './demo-model';

// The center's shrinkage: 23% in all, a common contact-center figure (planned 15%, unplanned 8%).
const demoShrinkage = [
	{ id: 1, organizationId: 1, name: 'Breaks', kind: 'planned' as const, share: 0.08 },
	{ id: 2, organizationId: 1, name: 'Training', kind: 'planned' as const, share: 0.03 },
	{ id: 3, organizationId: 1, name: 'Coaching', kind: 'planned' as const, share: 0.02 },
	{ id: 4, organizationId: 1, name: 'Meetings', kind: 'planned' as const, share: 0.02 },
	{ id: 5, organizationId: 1, name: 'Sickness', kind: 'unplanned' as const, share: 0.05 },
	{ id: 6, organizationId: 1, name: 'Other absence', kind: 'unplanned' as const, share: 0.03 }
];

// Voice callers abandon after about three minutes on average (Erlang A); chat and voice keep
// occupancy at most 85% so agents get breathing room between contacts.
const demoQueueTargets = [
	{ queueId: 1, asaSeconds: null, maxOccupancy: 0.85, patienceSeconds: 180 },
	{ queueId: 2, asaSeconds: 60, maxOccupancy: 0.85, patienceSeconds: null },
	{ queueId: 3, asaSeconds: null, maxOccupancy: null, patienceSeconds: null }
];

/** Every demo holiday from `from` through `to` (forecast at a quarter of a normal day), and the outages. */
function demoSpecialDays(from: string, to: string, outageDays: readonly string[]) {
	const rows: { organizationId: number; queueId: null; day: string; kind: 'holiday' | 'outage'; note: string; forecastMultiplier: number | null }[] = [];
	for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
		for (const h of demoHolidays) {
			const day = `${year}-${h.date}`;
			if (day >= from && day <= to) rows.push({ organizationId: 1, queueId: null, day, kind: 'holiday', note: h.name, forecastMultiplier: 0.25 });
		}
	}
	for (const day of outageDays) rows.push({ organizationId: 1, queueId: null, day, kind: 'outage', note: 'Telephony outage', forecastMultiplier: null });
	return rows.sort((a, b) => a.day.localeCompare(b.day)).map((row, i) => ({ id: i + 1, ...row }));
}

export interface SeedDemoOptions {
	/** 'YYYY-MM-DD', the day seeding happens; the history ends the day before. */
	today: string;
	seed?: number;
	scale?: DemoScale;
	/** argon2id hash of the demo password, computed once by the caller. */
	passwordHash: string;
}

// SQLite allows at most 32766 bound parameters per statement. Within that, 100-400 rows per
// insert seeded the full demo fastest here (about 2.6 s); 1000-2000 rows took 3.8-4.4 s.
const maxParameters = 32_766;
const maxRowsPerInsert = 400;

async function insertInBatches<T extends SQLiteTable>(tx: Tx, table: T, rows: readonly T['$inferInsert'][]): Promise<void> {
	if (rows.length === 0) return;
	const columns = Object.keys(getTableColumns(table)).length;
	const size = Math.max(1, Math.min(maxRowsPerInsert, Math.floor(maxParameters / columns)));
	for (let i = 0; i < rows.length; i += size) {
		await tx.insert(table).values(rows.slice(i, i + size));
	}
}

// The demo center's targets, set near its own levels so some teams meet each and some miss it.
const demoOutcomeTargets: { measure: (typeof outcomeTargets.$inferInsert)['measure']; target: number }[] = [
	{ measure: 'csat', target: 0.78 },
	{ measure: 'fcr', target: 0.7 },
	{ measure: 'firstReplySeconds', target: 1200 },
	{ measure: 'resolutionSeconds', target: 8 * 3600 },
	{ measure: 'customerEffort', target: 5 },
	{ measure: 'handleSeconds', target: 360 },
	{ measure: 'qaScore', target: 80 }
];

/** True when the database holds no organization yet, i.e. it is safe to seed. */
export async function isDatabaseEmpty(database: Database): Promise<boolean> {
	const found = await database.db.select({ id: organizations.id }).from(organizations).limit(1);
	return found.length === 0;
}

/**
 * Inserts the whole demo center in one write transaction (all or nothing), parents before
 * children so foreign keys hold at every statement. Refuses a database that already has an
 * organization, since the demo rows use fixed ids starting at 1.
 */
export async function seedDemo(database: Database, options: SeedDemoOptions): Promise<DemoSummary> {
	const center = generateDemoCenter(options);
	await database.write(async (tx) => {
		const existing = await tx.select({ id: organizations.id }).from(organizations).limit(1);
		if (existing.length > 0) throw new Error('The database already has an organization; the demo seeds an empty database only.');
		await insertInBatches(tx, organizations, center.organizations);
		await insertInBatches(tx, sites, center.sites);
		await insertInBatches(tx, teams, center.teams);
		await insertInBatches(tx, queues, center.queues);
		await insertInBatches(tx, people, center.people);
		await insertInBatches(tx, teamSupervisors, center.teamSupervisors);
		await insertInBatches(tx, exits, center.exits);
		await insertInBatches(tx, intervalHistory, center.intervalHistory);
		await insertInBatches(tx, agentDayOutcomes, center.agentDayOutcomes);
		await insertInBatches(tx, shrinkageCategories, demoShrinkage);
		await insertInBatches(tx, queueTargets, demoQueueTargets);
		await insertInBatches(tx, specialDays, demoSpecialDays(center.summary.firstDay, addDays(options.today, 7 * 8), center.summary.outageDays));
		const autonomy = generateDemoAutonomy({
			today: options.today,
			seed: center.summary.seed,
			people: center.people,
			teams: center.teams,
			adminId: center.people.find((p) => p.email === 'admin@tend.test')!.id,
			supervisorOf: new Map(center.teamSupervisors.map((s) => [s.teamId, s.personId]))
		});
		await insertInBatches(tx, policies, autonomy.policies);
		await insertInBatches(tx, policyVersions, autonomy.policyVersions);
		await insertInBatches(tx, decisions, autonomy.decisions as (typeof decisions.$inferInsert)[]);
		await insertInBatches(tx, decisionReviews, autonomy.reviews as (typeof decisionReviews.$inferInsert)[]);
		await insertInBatches(tx, interactionOutcomes, autonomy.interactions as (typeof interactionOutcomes.$inferInsert)[]);
		await insertInBatches(tx, autonomyIndex, autonomy.autonomyIndex);
		await insertInBatches(tx, outcomeTargets, demoOutcomeTargets.map((t) => ({ ...t, organizationId: center.organizations[0]!.id!, updatedAt: Date.parse(`${options.today}T00:00:00Z`) })));
		const flexibility = demoFlexibility(center.agentDayOutcomes, new Map(center.people.map((p) => [p.id!, p.teamId ?? null])), addDays(options.today, -isoWeekday(options.today)));
		await insertInBatches(tx, flexibilityIndex, flexibility.agents);
		await insertInBatches(tx, teamFlexibilityIndex, flexibility.teams);
		await rebuildTeamDays(tx, '0000-01-01', '9999-12-31');
	});
	// Staffing adequacy over the whole history, now that history, worked days and staffing settings are in.
	await refreshStaffingAdequacy(database, center.organizations[0]!.id!, center.summary.firstDay, center.summary.lastDay);
	// A saved two-week forecast per queue, so the demo's staffing pages and the scheduler have a
	// requirement to plan against from the start.
	for (const queue of center.queues) {
		const id = await startForecast(database, { queueId: queue.id, intervalMinutes: 15, weeks: 2, firstDay: options.today }, null, Date.parse(`${options.today}T00:00:00Z`));
		await runForecast(database, id);
		await saveForecast(database, id, queue.id, null, Date.parse(`${options.today}T00:00:00Z`));
	}
	// A published schedule per team for the week of `today` and the next, so agents see shifts.
	const monday = addDays(options.today, -isoWeekday(options.today));
	const createdAt = Date.parse(`${options.today}T00:00:00Z`);
	const admin = center.people.find((p) => p.email === 'admin@tend.test')!;
	for (const team of center.teams) {
		const id = await startScheduleRun(database, team.id, monday, 2, options.scale === 'small' ? 1 : 3, admin.id, createdAt);
		// The solver's clock counts moves here (1,024 moves per 20 ms tick: about 150,000 per team),
		// so the demo is the same on every machine and seeding stays well under a minute.
		let ticks = 0;
		await runSchedule(database, id, 1, team.id, () => (ticks += 20));
		const schedule = (await database.db.select().from(schedules).where(eq(schedules.id, id)).limit(1))[0]!;
		await publishSchedule(database, schedule, admin.id, createdAt);
	}
	await seedDemoTraining(database, {
		today: options.today,
		seed: center.summary.seed,
		agents: center.people.filter((p) => p.role === 'agent' && (p.employmentStatus ?? 'active') === 'active').map((p) => ({ id: p.id!, teamId: p.teamId ?? null })),
		teamIds: center.teams.map((t) => t.id!),
		adminId: admin.id!
	});
	await seedDemoQuality(database, {
		today: options.today,
		seed: center.summary.seed,
		agents: center.people.filter((p) => p.role === 'agent' && (p.employmentStatus ?? 'active') === 'active').map((p) => ({ id: p.id!, teamId: p.teamId ?? null, email: p.email })),
		supervisorOf: new Map(center.teamSupervisors.map((s) => [s.teamId, s.personId])),
		adminId: admin.id!
	});
	await seedDemoSurveys(database, {
		today: options.today,
		seed: center.summary.seed,
		agents: center.people.filter((p) => p.role === 'agent' && (p.employmentStatus ?? 'active') === 'active').map((p) => ({ id: p.id!, teamId: p.teamId ?? null, siteId: p.siteId ?? null, hireDate: p.hireDate })),
		teamIds: center.teams.map((t) => t.id!),
		adminId: admin.id!
	});
	// A first turnover-risk model, trained on the demo's own history as HR would.
	await trainTurnoverModel(database, 1, options.today, center.people.find((p) => p.email === 'hr@tend.test')!.id!, createdAt);
	return center.summary;
}
