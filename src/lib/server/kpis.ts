// KPIs against targets for an agent, a team, a site or the organization, by day (the last 28
// days) or by ISO week (the last 12 full weeks), from the pre-aggregated team days (an agent's own
// from their agent days). Who may look at what: an agent at themselves and their team; a
// supervisor at their teams and their agents (a site or the organization would count other teams'
// people); HR and admins at everything in the organization.
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from './db';
import { people, sites, teams } from './db/schema';
import { scopeTeams, type DataScope } from './auth/guard';
import { personDaySums, summarizeDays, type Sums } from './outcome-aggregates';
import { teamDays } from './outcomes';
import { outcomeTargetsOf, type Targets } from './outcome-targets';
import { isoWeekStart } from '$lib/domain/autonomy/autonomy-index';
import { addDays } from '$lib/domain/people/turnover';
import { meetsTarget, outcomeMeasures } from '$lib/domain/outcomes/measures';

export type KpiLevel = 'organization' | 'site' | 'team' | 'agent';
export type Granularity = 'day' | 'week';

export interface KpiSubject {
	level: KpiLevel;
	id: number | null;
	name: string;
}

/** `organization`, `site:3`, `team:4` or `agent:12` as a subject key. */
export function subjectKey(s: Pick<KpiSubject, 'level' | 'id'>): string {
	return s.id === null ? s.level : `${s.level}:${s.id}`;
}

/** Everything this viewer may look at, in the order a picker shows it. */
export async function kpiSubjects(database: Database, scope: DataScope, viewer: { id: number; teamId: number | null }): Promise<KpiSubject[]> {
	const org = scope.organizationId;
	if (scope.kind === 'self') {
		const own = viewer.teamId === null ? [] : await database.db.select({ id: teams.id, name: teams.name }).from(teams).where(and(eq(teams.id, viewer.teamId), eq(teams.organizationId, org)));
		const me = (await database.db.select({ name: people.name }).from(people).where(eq(people.id, viewer.id)))[0];
		return [{ level: 'agent', id: viewer.id, name: me?.name ?? '' }, ...own.map((t) => ({ level: 'team' as const, id: t.id, name: t.name }))];
	}
	const visible = await scopeTeams(database, scope);
	const siteRows = scope.kind === 'org' ? await database.db.select({ id: sites.id, name: sites.name }).from(sites).where(eq(sites.organizationId, org)).orderBy(sites.name) : [];
	const agents = visible.length ? await database.db.select({ id: people.id, name: people.name }).from(people).where(and(inArray(people.teamId, visible.map((t) => t.id)), eq(people.role, 'agent'), eq(people.organizationId, org))).orderBy(people.name) : [];
	return [
		...(scope.kind === 'org' ? [{ level: 'organization' as const, id: null, name: '' }] : []),
		...siteRows.map((s) => ({ level: 'site' as const, id: s.id, name: s.name })),
		...visible.map((t) => ({ level: 'team' as const, id: t.id, name: t.name })),
		...agents.map((a) => ({ level: 'agent' as const, id: a.id, name: a.name }))
	];
}

export interface KpiPeriod {
	period: string;
	values: ReturnType<typeof summarizeDays>;
}

export interface KpiReport {
	subject: KpiSubject;
	granularity: Granularity;
	periods: KpiPeriod[];
	total: ReturnType<typeof summarizeDays>;
	targets: Targets;
	met: Partial<Record<(typeof outcomeMeasures)[number], boolean | null>>;
}

/** The subject's KPIs; null when the key names none of `subjects` (kpiSubjects: what this viewer may see). */
export async function kpiReport(database: Database, scope: DataScope, subjects: readonly KpiSubject[], key: string, granularity: Granularity, today: string): Promise<KpiReport | null> {
	const subject = subjects.find((s) => subjectKey(s) === key);
	if (!subject) return null;
	// Up to yesterday: today's figures are still coming in.
	const last = addDays(today, -1);
	const from = granularity === 'day' ? addDays(today, -28) : addDays(isoWeekStart(today), -7 * 12);
	const lastPeriodEnd = granularity === 'day' ? last : addDays(isoWeekStart(today), -1);
	let days: (Sums & { day: string })[];
	if (subject.level === 'agent') days = (await personDaySums(database.db, subject.id!, from)).filter((d) => d.day <= lastPeriodEnd);
	else {
		const allTeams = (await database.db.select({ id: teams.id, siteId: teams.siteId }).from(teams).where(eq(teams.organizationId, scope.organizationId)));
		const teamIds = subject.level === 'organization' ? allTeams.map((t) => t.id) : subject.level === 'site' ? allTeams.filter((t) => t.siteId === subject.id).map((t) => t.id) : [subject.id!];
		days = await teamDays(database, teamIds, from, lastPeriodEnd);
	}
	const periodOf = (day: string) => (granularity === 'day' ? day : isoWeekStart(day));
	const groups = new Map<string, Sums[]>();
	for (let p = periodOf(from); p <= lastPeriodEnd; p = addDays(p, granularity === 'day' ? 1 : 7)) groups.set(p, []);
	for (const d of days) groups.get(periodOf(d.day))?.push(d);
	const targets = await outcomeTargetsOf(database, scope.organizationId);
	const total = summarizeDays(days);
	return {
		subject,
		granularity,
		periods: [...groups.entries()].map(([period, rows]) => ({ period, values: summarizeDays(rows) })),
		total,
		targets,
		met: Object.fromEntries(outcomeMeasures.map((m) => [m, meetsTarget(m, total[m], targets[m])]))
	};
}
