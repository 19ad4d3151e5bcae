import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { Database } from '../db';
import { people, teamSupervisors, type Role } from '../db/schema';
import { dataScope, requirePersonInScope, requireRole, requireUser, scopeCovers, supervisedTeamIds, teamCondition, type DataScope } from './guard';
import type { SessionUser } from './session';
import { createTestDatabase, disposeTestDatabase, seedTestOrg, sessionUserOf, type TestOrg } from '../test-fixtures';

let database: Database;
let org: TestOrg;
const users = {} as Record<'agent1' | 'agent2' | 'supervisor' | 'hr' | 'admin' | 'outsider', SessionUser>;

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	users.agent1 = await sessionUserOf(database, org.agent1Id);
	users.agent2 = await sessionUserOf(database, org.agent2Id);
	users.supervisor = await sessionUserOf(database, org.supervisorId);
	users.hr = await sessionUserOf(database, org.hrId);
	users.admin = await sessionUserOf(database, org.adminId);
	users.outsider = await sessionUserOf(database, org.outsiderId);
});
afterAll(() => disposeTestDatabase(database));

function event(user: SessionUser | null, url = 'https://tend.test/people?q=a%20b', init: RequestInit & { sessionEnded?: boolean } = {}) {
	const { sessionEnded = false, ...requestInit } = init;
	return {
		locals: { user, database, session: null, sessionEnded } as App.Locals,
		url: new URL(url),
		request: new Request(url, requestInit)
	};
}

/** What the guard threw: an HttpError's status, a Redirect's status and location, or the error itself. */
function thrown(work: () => unknown): { kind: 'http'; status: number } | { kind: 'redirect'; status: number; location: string } | { kind: 'none' } {
	try {
		work();
	} catch (e) {
		if (isHttpError(e)) return { kind: 'http', status: e.status };
		if (isRedirect(e)) return { kind: 'redirect', status: e.status, location: e.location };
		throw e;
	}
	return { kind: 'none' };
}

async function thrownAsync(work: () => Promise<unknown>) {
	try {
		await work();
	} catch (e) {
		if (isHttpError(e)) return { kind: 'http' as const, status: e.status, body: e.body };
		throw e;
	}
	return { kind: 'none' as const };
}

describe('dataScope', () => {
	it('gives an agent their own records only', async () => {
		expect(await dataScope(database, users.agent1)).toEqual({ kind: 'self', organizationId: org.organizationId, personId: org.agent1Id });
	});

	it('gives a supervisor the teams they supervise (not the team they are in)', async () => {
		expect(await dataScope(database, users.supervisor)).toEqual({ kind: 'teams', organizationId: org.organizationId, personId: org.supervisorId, teamIds: [org.team1] });
	});

	it('follows changes in team supervision', async () => {
		await database.write((tx) => tx.insert(teamSupervisors).values({ teamId: org.team2, personId: org.supervisorId }));
		expect((await supervisedTeamIds(database.db, org.supervisorId)).sort()).toEqual([org.team1, org.team2].sort());
		await database.write((tx) => tx.delete(teamSupervisors).where(eq(teamSupervisors.teamId, org.team2)));
		expect(await dataScope(database, users.supervisor)).toMatchObject({ kind: 'teams', teamIds: [org.team1] });
	});

	it('gives a supervisor of no team an empty team list', async () => {
		const lonely = { ...users.supervisor, id: org.agent2Id };
		expect(await dataScope(database, lonely)).toMatchObject({ kind: 'teams', teamIds: [] });
	});

	it('gives hr and admin the whole organization', async () => {
		expect(await dataScope(database, users.hr)).toEqual({ kind: 'org', organizationId: org.organizationId, personId: org.hrId });
		expect(await dataScope(database, users.admin)).toEqual({ kind: 'org', organizationId: org.organizationId, personId: org.adminId });
	});
});

describe('scopeCovers', () => {
	const orgId = 1;
	const other = 2;
	const self: DataScope = { kind: 'self', organizationId: orgId, personId: 10 };
	const teamsScope: DataScope = { kind: 'teams', organizationId: orgId, personId: 20, teamIds: [100, 101] };
	const noTeams: DataScope = { kind: 'teams', organizationId: orgId, personId: 20, teamIds: [] };
	const whole: DataScope = { kind: 'org', organizationId: orgId, personId: 30 };
	const person = (id: number, teamId: number | null, organizationId = orgId) => ({ id, teamId, organizationId });

	it.each([
		// scope, person, covered
		['self: own record', self, person(10, 100), true],
		['self: own record without a team', self, person(10, null), true],
		['self: a teammate', self, person(11, 100), false],
		['self: same id in another organization', self, person(10, 100, other), false],
		['teams: a member of a supervised team', teamsScope, person(1, 100), true],
		['teams: a member of the other supervised team', teamsScope, person(2, 101), true],
		['teams: the supervisor themselves without a team', teamsScope, person(20, null), true],
		['teams: a member of an unsupervised team', teamsScope, person(3, 102), false],
		['teams: a person without a team', teamsScope, person(4, null), false],
		['teams: a member of a supervised team id in another organization', teamsScope, person(5, 100, other), false],
		['teams: the supervisor id in another organization', teamsScope, person(20, null, other), false],
		['teams, none supervised: themselves', noTeams, person(20, null), true],
		['teams, none supervised: anyone else', noTeams, person(6, 100), false],
		['org: anyone in the organization', whole, person(7, 102), true],
		['org: a person without a team', whole, person(8, null), true],
		['org: a person in another organization', whole, person(9, 100, other), false]
	] as const)('%s → %s', (_label, scope, p, covered) => {
		expect(scopeCovers(scope, p)).toBe(covered);
	});
});

describe('requireUser and requireRole', () => {
	it('returns the user when the role is allowed', () => {
		expect(requireRole(event(users.admin), 'admin')).toBe(users.admin);
		expect(requireRole(event(users.hr), 'hr', 'admin')).toBe(users.hr);
		expect(requireUser(event(users.agent1))).toBe(users.agent1);
	});

	it.each([
		['agent', ['supervisor', 'hr', 'admin']],
		['supervisor', ['hr', 'admin']],
		['hr', ['admin']],
		['admin', ['hr']]
	] as [Role, Role[]][])('throws 403 for a %s where only %j may go', (role, allowed) => {
		const user = Object.values(users).find((u) => u.role === role)!;
		expect(thrown(() => requireRole(event(user), ...allowed))).toEqual({ kind: 'http', status: 403 });
	});

	it('throws 403 when no role is allowed at all', () => {
		expect(thrown(() => requireRole(event(users.admin)))).toEqual({ kind: 'http', status: 403 });
	});

	it('redirects an anonymous GET to sign-in with the path and query as next', () => {
		const result = thrown(() => requireRole(event(null, 'https://tend.test/admin/people?q=a%20b&page=2'), 'admin'));
		expect(result).toEqual({ kind: 'redirect', status: 303, location: `/sign-in?next=${encodeURIComponent('/admin/people?q=a%20b&page=2')}` });
		if (result.kind !== 'redirect') throw new Error('unreachable');
		// The next path survives the round trip and stays on this site.
		expect(new URL(result.location, 'https://tend.test').searchParams.get('next')).toBe('/admin/people?q=a%20b&page=2');
	});

	it('says the session ended when a dead session cookie came with the request', () => {
		const result = thrown(() => requireUser(event(null, 'https://tend.test/home', { sessionEnded: true })));
		expect(result).toMatchObject({ kind: 'redirect', status: 303 });
		if (result.kind !== 'redirect') throw new Error('unreachable');
		const params = new URL(result.location, 'https://tend.test').searchParams;
		expect(params.get('next')).toBe('/home');
		expect(params.has('expired')).toBe(true);
		expect(thrown(() => requireUser(event(null, 'https://tend.test/home')))).toEqual({ kind: 'redirect', status: 303, location: '/sign-in?next=%2Fhome' });
	});

	it('answers 401, not a redirect, to anonymous POSTs, API calls and JSON requests', () => {
		expect(thrown(() => requireRole(event(null, 'https://tend.test/admin/people', { method: 'POST' }), 'admin'))).toEqual({ kind: 'http', status: 401 });
		expect(thrown(() => requireRole(event(null, 'https://tend.test/api/people'), 'admin'))).toEqual({ kind: 'http', status: 401 });
		expect(thrown(() => requireUser(event(null, 'https://tend.test/people', { headers: { accept: 'application/json' } })))).toEqual({ kind: 'http', status: 401 });
	});

	it('checks sign-in before role: an anonymous request never learns about roles', () => {
		expect(thrown(() => requireRole(event(null, 'https://tend.test/x', { method: 'DELETE' }), 'agent'))).toEqual({ kind: 'http', status: 401 });
	});
});

describe('requirePersonInScope', () => {
	it('returns people inside the scope', async () => {
		const supervisor = await dataScope(database, users.supervisor);
		expect((await requirePersonInScope(database, supervisor, org.agent1Id)).id).toBe(org.agent1Id);
		expect((await requirePersonInScope(database, supervisor, org.supervisorId)).id).toBe(org.supervisorId);
		const hr = await dataScope(database, users.hr);
		expect((await requirePersonInScope(database, hr, org.agent2Id)).email).toBe('agent2@tend.test');
		const agent = await dataScope(database, users.agent1);
		expect((await requirePersonInScope(database, agent, org.agent1Id)).id).toBe(org.agent1Id);
	});

	it('answers 404, the same as for an unknown id, outside the scope', async () => {
		const supervisor = await dataScope(database, users.supervisor);
		const agent = await dataScope(database, users.agent1);
		const admin = await dataScope(database, users.admin);
		const notFound = { kind: 'http', status: 404, body: { message: 'not_found' } };
		expect(await thrownAsync(() => requirePersonInScope(database, supervisor, org.agent2Id))).toEqual(notFound);
		expect(await thrownAsync(() => requirePersonInScope(database, supervisor, org.hrId))).toEqual(notFound);
		expect(await thrownAsync(() => requirePersonInScope(database, agent, org.agent2Id))).toEqual(notFound);
		expect(await thrownAsync(() => requirePersonInScope(database, agent, org.supervisorId))).toEqual(notFound);
		expect(await thrownAsync(() => requirePersonInScope(database, admin, org.outsiderId))).toEqual(notFound);
		expect(await thrownAsync(() => requirePersonInScope(database, admin, 999_999))).toEqual(notFound);
	});

	it('answers 404 to the outsider for everyone in this organization', async () => {
		const outsider = await dataScope(database, users.outsider);
		expect(await thrownAsync(() => requirePersonInScope(database, outsider, org.agent1Id))).toMatchObject({ status: 404 });
		// Even with a forged org-wide scope of their own organization.
		expect(await thrownAsync(() => requirePersonInScope(database, { kind: 'org', organizationId: org.otherOrganizationId, personId: org.outsiderId }, org.adminId))).toMatchObject({ status: 404 });
	});
});

describe('teamCondition', () => {
	async function idsFor(scope: DataScope) {
		return (await database.db.select({ id: people.id }).from(people).where(teamCondition(scope))).map((r) => r.id).sort((a, b) => a - b);
	}

	it('limits a query to exactly the people scopeCovers admits', async () => {
		expect(await idsFor(await dataScope(database, users.agent1))).toEqual([org.agent1Id]);
		// The same people scopeCovers admits: the supervised teams and the supervisor themselves.
		expect(await idsFor({ kind: 'teams', organizationId: org.organizationId, personId: org.supervisorId, teamIds: [org.team1] })).toEqual([org.supervisorId, org.agent1Id].sort((a, b) => a - b));
		expect(await idsFor({ kind: 'teams', organizationId: org.organizationId, personId: org.supervisorId, teamIds: [] })).toEqual([org.supervisorId]);
		const all = await idsFor(await dataScope(database, users.admin));
		expect(all).toContain(org.agent2Id);
		expect(all).not.toContain(org.outsiderId);
	});
});
