// The one guard every load, action and endpoint calls. A layout load is never the guard:
// SvelteKit runs page loads in parallel with layout loads, so each checks for itself.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Database, DbOrTx } from '../db';
import { people, sites, teams, teamSupervisors, type Role } from '../db/schema';
import type { SessionUser } from './session';

/** What a person may see: their own records, their teams', or the whole organization's. */
export type DataScope =
	| { kind: 'self'; organizationId: number; personId: number }
	| { kind: 'teams'; organizationId: number; personId: number; teamIds: number[] }
	| { kind: 'org'; organizationId: number; personId: number };

type GuardEvent = Pick<RequestEvent, 'locals' | 'url' | 'request'>;

function wantsJson(event: GuardEvent): boolean {
	return event.url.pathname.startsWith('/api/') || (event.request.headers.get('accept') ?? '').includes('application/json');
}

export function requireUser(event: GuardEvent): SessionUser {
	const user = event.locals.user;
	if (user) return user;
	if (wantsJson(event) || event.request.method !== 'GET') error(401, 'Sign in first');
	const next = encodeURIComponent(event.url.pathname + event.url.search);
	redirect(303, `/sign-in?next=${next}${event.locals.sessionEnded ? '&expired' : ''}`);
}

export function requireRole(event: GuardEvent, ...roles: Role[]): SessionUser {
	const user = requireUser(event);
	if (!roles.includes(user.role)) error(403, 'forbidden');
	return user;
}

export async function supervisedTeamIds(db: DbOrTx, personId: number): Promise<number[]> {
	const rows = await db.select({ teamId: teamSupervisors.teamId }).from(teamSupervisors).where(eq(teamSupervisors.personId, personId));
	return rows.map((r) => r.teamId);
}

export async function dataScope(database: Database, user: SessionUser): Promise<DataScope> {
	const base = { organizationId: user.organizationId, personId: user.id };
	if (user.role === 'hr' || user.role === 'admin') return { kind: 'org', ...base };
	if (user.role === 'supervisor') return { kind: 'teams', ...base, teamIds: await supervisedTeamIds(database.db, user.id) };
	return { kind: 'self', ...base };
}

/** Whether `scope` covers the person with this id and team. */
export function scopeCovers(scope: DataScope, person: { id: number; organizationId: number; teamId: number | null }): boolean {
	if (person.organizationId !== scope.organizationId) return false;
	if (scope.kind === 'org') return true;
	if (scope.kind === 'teams') return person.id === scope.personId || (person.teamId !== null && scope.teamIds.includes(person.teamId));
	return person.id === scope.personId;
}

/** The person, when the scope covers them; 404 otherwise, so ids outside the scope stay unknown. */
export async function requirePersonInScope(database: Database, scope: DataScope, personId: number) {
	const person = (await database.db.select().from(people).where(and(eq(people.id, personId), eq(people.organizationId, scope.organizationId))).limit(1))[0];
	if (!person || !scopeCovers(scope, person)) error(404, 'not_found');
	return person;
}

/** A condition on people that limits a query to the scope: the same people scopeCovers admits. */
export function teamCondition(scope: DataScope) {
	// A supervisor is covered too, even when they belong to none of the teams they supervise.
	if (scope.kind === 'teams') return scope.teamIds.length ? or(eq(people.id, scope.personId), inArray(people.teamId, scope.teamIds))! : eq(people.id, scope.personId);
	if (scope.kind === 'self') return eq(people.id, scope.personId);
	return eq(people.organizationId, scope.organizationId);
}

/** The teams a scope covers (a supervisor's own; every team of the organization for HR and admins), by name, with their zones. */
export async function scopeTeams(database: Database, scope: DataScope) {
	const all = await database.db
		.select({ id: teams.id, name: teams.name, siteId: teams.siteId, siteName: sites.name, timeZone: sites.timeZone })
		.from(teams)
		.innerJoin(sites, eq(sites.id, teams.siteId))
		.where(eq(teams.organizationId, scope.organizationId))
		.orderBy(asc(teams.name));
	if (scope.kind === 'teams') return all.filter((t) => scope.teamIds.includes(t.id));
	return scope.kind === 'org' ? all : [];
}
