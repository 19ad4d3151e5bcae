import { and, count, eq, inArray } from 'drizzle-orm';
import type { Database } from './db';
import { people, queues, sites, teams } from './db/schema';
import type { SessionUser } from './auth/session';
import { supervisedTeamIds } from './auth/guard';
import { employmentRecords, outcomeSummary, recentWorkedDays, teamRosters } from './people';
import { publishedShiftsFor } from './scheduling';
import { siteTimeZone } from './org';
import { exchangesToAnswer } from './swaps';
import { addDays, headcountOn, rollingYearTurnover } from '$lib/domain/people/turnover';
import { dayInZone } from '$lib/domain/time/calendar';

export async function agentHome(database: Database, user: SessionUser, now: number) {
	const timeZone = await siteTimeZone(database.db, user.siteId);
	const today = dayInZone(now, timeZone);
	const [team] = user.teamId ? await teamRosters(database, [user.teamId]) : [];
	return {
		kind: 'agent' as const,
		timeZone,
		team: team
			? { name: team.name, siteName: team.siteName, supervisors: team.supervisors, teammates: team.members.filter((p) => p.id !== user.id && p.role === 'agent').map((p) => p.name) }
			: null,
		nextShifts: (await publishedShiftsFor(database, user.id, now, now + 14 * 86_400_000)).slice(0, 5),
		// Teammates' exchange proposals for shifts the agent offered: only the agent can answer them.
		exchangesToAnswer: await exchangesToAnswer(database, user.id),
		recentShifts: await recentWorkedDays(database, user.id, 5),
		outcomes: await outcomeSummary(database, user.id, addDays(today, -30))
	};
}

export async function supervisorHome(database: Database, user: SessionUser, now: number) {
	const rosters = await teamRosters(database, await supervisedTeamIds(database.db, user.id));
	const today = dayInZone(now, rosters[0]?.timeZone ?? 'UTC');
	return { kind: 'supervisor' as const, today, rosters };
}

export async function hrHome(database: Database, user: SessionUser, now: number) {
	const timeZone = await siteTimeZone(database.db, user.siteId);
	const today = dayInZone(now, timeZone);
	const records = await employmentRecords(database.db, user.organizationId, ['agent']);
	const siteRows = await database.db.select({ id: sites.id, name: sites.name }).from(sites).where(eq(sites.organizationId, user.organizationId));
	const teamRows = await database.db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.organizationId, user.organizationId));
	const bySite = siteRows.map((site) => {
		const group = records.filter((r) => r.siteId === site.id);
		return { name: site.name, headcount: headcountOn(group, today), turnover: rollingYearTurnover(group, today) };
	});
	const byTeam = teamRows.map((team) => {
		const group = records.filter((r) => r.teamId === team.id);
		return { name: team.name, headcount: headcountOn(group, today), turnover: rollingYearTurnover(group, today) };
	});
	return { kind: 'hr' as const, today, headcount: headcountOn(records, today), turnover: rollingYearTurnover(records, today), bySite, byTeam };
}

export async function adminHome(database: Database, user: SessionUser) {
	const org = user.organizationId;
	const [peopleCount] = await database.db.select({ n: count() }).from(people).where(and(eq(people.organizationId, org), inArray(people.employmentStatus, ['active', 'leave'])));
	const [teamCount] = await database.db.select({ n: count() }).from(teams).where(eq(teams.organizationId, org));
	const [siteCount] = await database.db.select({ n: count() }).from(sites).where(eq(sites.organizationId, org));
	const [queueCount] = await database.db.select({ n: count() }).from(queues).where(eq(queues.organizationId, org));
	return { kind: 'admin' as const, counts: { people: peopleCount?.n ?? 0, teams: teamCount?.n ?? 0, sites: siteCount?.n ?? 0, queues: queueCount?.n ?? 0 } };
}
