import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from './db';
import { auditLog, people } from './db/schema';
import { dataScope, type DataScope } from './auth/guard';
import { createPerson, getPerson, importPeople, listPeople, personLookups, setPersonDisabled, teamRosters, updatePerson } from './people';
import type { PersonInput } from '$lib/domain/people/person-input';
import { createTestDatabase, disposeTestDatabase, seedNow, seedTestOrg, sessionUserOf, type TestOrg } from './test-fixtures';

let database: Database;
let org: TestOrg;
let scopes: Record<'agent' | 'supervisor' | 'hr' | 'admin' | 'outsider', DataScope>;
const extra: Record<string, number> = {};

const input = (overrides: Partial<PersonInput>): PersonInput => ({
	name: 'Someone',
	email: 'someone@tend.test',
	role: 'agent',
	teamId: null,
	siteId: null,
	hireDate: '2025-06-01',
	employmentStatus: 'active',
	contractHoursMin: 0,
	contractHoursMax: 40,
	skills: [],
	...overrides
});

beforeAll(async () => {
	database = await createTestDatabase();
	org = await seedTestOrg(database);
	// Names and emails with LIKE wildcards, in team 1.
	extra.percent = await createPerson(database, org.organizationId, input({ name: 'Pat 100% Sure', email: 'pat@tend.test', teamId: org.team1, siteId: org.siteA }), org.adminId, seedNow);
	extra.underscore = await createPerson(database, org.organizationId, input({ name: 'Una Under_Score', email: 'una@tend.test', teamId: org.team1, siteId: org.siteA }), org.adminId, seedNow);
	extra.plain = await createPerson(database, org.organizationId, input({ name: 'Paul Plain', email: 'paul.plain@tend.test', teamId: org.team1, siteId: org.siteA }), org.adminId, seedNow);
	extra.backslash = await createPerson(database, org.organizationId, input({ name: 'Bea Back\\slash', email: 'bea@tend.test', teamId: org.team2, siteId: org.siteB }), org.adminId, seedNow);
	extra.exited = await createPerson(database, org.organizationId, input({ name: 'Eve Exited', email: 'eve@tend.test', teamId: org.team1, siteId: org.siteA, employmentStatus: 'exited' }), org.adminId, seedNow);
	scopes = {
		agent: await dataScope(database, await sessionUserOf(database, org.agent1Id)),
		supervisor: await dataScope(database, await sessionUserOf(database, org.supervisorId)),
		hr: await dataScope(database, await sessionUserOf(database, org.hrId)),
		admin: await dataScope(database, await sessionUserOf(database, org.adminId)),
		outsider: await dataScope(database, await sessionUserOf(database, org.outsiderId))
	};
});
afterAll(() => disposeTestDatabase(database));

const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);
const sorted = (...values: number[]) => [...values].sort((a, b) => a - b);

describe('listPeople scope', () => {
	it('shows an agent only themselves', async () => {
		expect(ids(await listPeople(database, scopes.agent))).toEqual([org.agent1Id]);
	});

	it("shows a supervisor their teams' people plus themselves, and nobody else", async () => {
		const rows = await listPeople(database, scopes.supervisor);
		expect(ids(rows)).toEqual(sorted(org.supervisorId, org.agent1Id, extra.percent!, extra.underscore!, extra.plain!, extra.exited!));
		expect(ids(rows)).not.toContain(org.agent2Id);
		expect(ids(rows)).not.toContain(org.hrId);
	});

	it('shows a supervisor of no team only themselves', async () => {
		const scope: DataScope = { kind: 'teams', organizationId: org.organizationId, personId: org.supervisorId, teamIds: [] };
		expect(ids(await listPeople(database, scope))).toEqual([org.supervisorId]);
	});

	it('shows hr and admin the whole organization and never the other one', async () => {
		const all = ids(await listPeople(database, scopes.hr));
		expect(all).toEqual(sorted(org.supervisorId, org.agent1Id, org.agent2Id, org.hrId, org.adminId, ...Object.values(extra)));
		expect(ids(await listPeople(database, scopes.admin))).toEqual(all);
		expect(all).not.toContain(org.outsiderId);
		expect(ids(await listPeople(database, scopes.outsider))).toEqual([org.outsiderId]);
	});

	it('keeps a forged scope inside its own organization', async () => {
		const forged: DataScope = { kind: 'teams', organizationId: org.otherOrganizationId, personId: org.outsiderId, teamIds: [org.team1] };
		expect(ids(await listPeople(database, forged))).toEqual([org.outsiderId]);
	});

	it('sorts by name and carries team and site names', async () => {
		const rows = await listPeople(database, scopes.hr);
		const names = rows.map((r) => r.name);
		expect(names).toEqual([...names].sort());
		expect(rows.find((r) => r.id === org.agent2Id)).toMatchObject({ teamName: 'Team Two', siteName: 'Lisbon', role: 'agent' });
		expect(rows.find((r) => r.id === org.hrId)).toMatchObject({ teamName: null, siteName: null });
		// The list never carries password hashes.
		expect(Object.keys(rows[0]!)).not.toContain('passwordHash');
	});

	it('filters by status and limits', async () => {
		expect(ids(await listPeople(database, scopes.hr, { status: 'exited' }))).toEqual([extra.exited]);
		expect(ids(await listPeople(database, scopes.supervisor, { status: 'active' }))).not.toContain(extra.exited);
		expect(await listPeople(database, scopes.hr, { limit: 2 })).toHaveLength(2);
	});
});

describe('listPeople search', () => {
	it('matches name or email, case-insensitively, trimmed', async () => {
		expect(ids(await listPeople(database, scopes.hr, { query: '  PAUL ' }))).toEqual([extra.plain]);
		expect(ids(await listPeople(database, scopes.hr, { query: 'AGENT2@' }))).toEqual([org.agent2Id]);
		expect(ids(await listPeople(database, scopes.hr, { query: '   ' }))).toHaveLength(5 + Object.keys(extra).length);
	});

	it('treats % as a literal', async () => {
		expect(ids(await listPeople(database, scopes.hr, { query: '%' }))).toEqual([extra.percent]);
		expect(ids(await listPeople(database, scopes.hr, { query: '100%' }))).toEqual([extra.percent]);
		expect(ids(await listPeople(database, scopes.hr, { query: '%a%' }))).toEqual([]);
	});

	it('treats _ as a literal', async () => {
		expect(ids(await listPeople(database, scopes.hr, { query: '_' }))).toEqual([extra.underscore]);
		// 'r_s' would match 'r s', 'r.s' … if _ were a wildcard.
		expect(ids(await listPeople(database, scopes.hr, { query: 'l.p' }))).toEqual([extra.plain]);
		expect(ids(await listPeople(database, scopes.hr, { query: 'l_p' }))).toEqual([]);
		expect(ids(await listPeople(database, scopes.hr, { query: 'r_s' }))).toEqual([extra.underscore]);
	});

	it('treats a backslash as a literal', async () => {
		expect(ids(await listPeople(database, scopes.hr, { query: '\\' }))).toEqual([extra.backslash]);
		expect(ids(await listPeople(database, scopes.hr, { query: 'k\\s' }))).toEqual([extra.backslash]);
	});

	it('searches within the scope only', async () => {
		expect(ids(await listPeople(database, scopes.supervisor, { query: 'agent' }))).toEqual([org.agent1Id]);
		expect(ids(await listPeople(database, scopes.hr, { query: 'outsider' }))).toEqual([]);
		expect(ids(await listPeople(database, scopes.agent, { query: '%' }))).toEqual([]);
	});
});

describe('person writes', () => {
	it('createPerson and updatePerson write the person and an audit entry together', async () => {
		const id = await createPerson(database, org.organizationId, input({ name: 'New One', email: 'new.one@tend.test', teamId: org.team2, siteId: org.siteB }), org.adminId, seedNow + 1);
		expect(await getPerson(database, org.organizationId, id)).toMatchObject({ name: 'New One', teamName: 'Team Two' });
		expect(await getPerson(database, org.otherOrganizationId, id)).toBeNull();
		await updatePerson(database, id, input({ name: 'New Name', email: 'new.one@tend.test', contractHoursMax: 20 }), org.hrId, seedNow + 2);
		expect(await getPerson(database, org.organizationId, id)).toMatchObject({ name: 'New Name', teamId: null, contractHoursMax: 20 });
		const entries = await database.db.select().from(auditLog).where(eq(auditLog.entityId, String(id)));
		expect(entries.map((e) => [e.action, e.actorId])).toEqual([
			['person.create', org.adminId],
			['person.update', org.hrId]
		]);
	});

	it('a refused write leaves no audit entry', async () => {
		const before = (await database.db.select().from(auditLog)).length;
		// The email is unique across organizations.
		await expect(createPerson(database, org.organizationId, input({ email: 'outsider@elsewhere.test' }), org.adminId, seedNow)).rejects.toThrow();
		expect(await database.db.select().from(auditLog)).toHaveLength(before);
	});

	it('setPersonDisabled records who and when, and enabling clears it', async () => {
		await setPersonDisabled(database, extra.plain!, true, org.adminId, seedNow + 10);
		expect((await getPerson(database, org.organizationId, extra.plain!))!.disabledAt).toBe(seedNow + 10);
		await setPersonDisabled(database, extra.plain!, false, org.adminId, seedNow + 11);
		expect((await getPerson(database, org.organizationId, extra.plain!))!.disabledAt).toBeNull();
		const actions = (await database.db.select().from(auditLog).where(eq(auditLog.entityId, String(extra.plain)))).map((e) => e.action);
		expect(actions.slice(-2)).toEqual(['person.disable', 'person.enable']);
	});

	it('teamRosters lists supervisors and active members per team', async () => {
		const rosters = await teamRosters(database, [org.team1]);
		expect(rosters).toHaveLength(1);
		expect(rosters[0]).toMatchObject({ id: org.team1, name: 'Team One', siteName: 'Warsaw', timeZone: 'Europe/Warsaw', supervisors: ['Sam Supervisor'] });
		const members = rosters[0]!.members.map((m) => m.id);
		expect(members).toContain(org.agent1Id);
		expect(members).not.toContain(extra.exited);
		expect(await teamRosters(database, [])).toEqual([]);
	});
});

describe('personLookups', () => {
	it("holds the organization's teams, sites and queues, and every organization's emails", async () => {
		const lookups = await personLookups(database.db, org.organizationId, 'name', '2026-01-15');
		expect(lookups.teams.map((t) => t.name).sort()).toEqual(['Team One', 'Team Two']);
		expect(lookups.sites.map((s) => s.name).sort()).toEqual(['Lisbon', 'Warsaw']);
		expect(lookups.queues.map((q) => q.name)).toEqual(['Billing']);
		expect(lookups.emails.get('outsider@elsewhere.test')).toBe(org.outsiderId);
		expect(lookups.emails.get('agent1@tend.test')).toBe(org.agent1Id);
		expect(lookups).toMatchObject({ refs: 'name', today: '2026-01-15' });
	});
});

describe('importPeople', () => {
	const header = ['name', 'email', 'role', 'team', 'site', 'hire_date', 'contract_hours_min', 'contract_hours_max', 'skills'];
	const row = (n: number, overrides: Record<string, string> = {}) => ({
		name: `Imported ${n}`,
		email: `imported${n}@tend.test`,
		role: 'agent',
		team: 'team one',
		site: '',
		hire_date: '2026-01-05',
		contract_hours_min: '20',
		contract_hours_max: '37,5',
		skills: 'Billing',
		...overrides
	});
	const count = async () => (await database.db.select().from(people)).length;
	const importAudits = async () => database.db.select().from(auditLog).where(eq(auditLog.action, 'person.import'));

	it('inserts nobody when one row is bad, and says which row', async () => {
		const before = await count();
		const result = await importPeople(database, org.organizationId, header, [row(1), row(2), row(3, { team: 'No Such Team' }), row(4)], org.hrId, '2026-01-15', seedNow);
		expect(result).toEqual({ ok: false, problem: 'rows', errors: [{ row: 4, field: 'team', code: 'team_unknown' }] });
		expect(await count()).toBe(before);
		expect(await database.db.select().from(people).where(eq(people.email, 'imported1@tend.test'))).toEqual([]);
		expect(await importAudits()).toEqual([]);
	});

	it('refuses an email that exists in another organization', async () => {
		const result = await importPeople(database, org.organizationId, header, [row(1, { email: 'Outsider@Elsewhere.test' })], org.hrId, '2026-01-15', seedNow);
		expect(result).toEqual({ ok: false, problem: 'rows', errors: [{ row: 2, field: 'email', code: 'email_taken' }] });
	});

	it('inserts every row of a good file, with the team, site and skills resolved, and one audit entry', async () => {
		const before = await count();
		const result = await importPeople(database, org.organizationId, header, [row(1), row(2, { team: '', site: 'lisbon', skills: '' }), row(3)], org.hrId, '2026-01-15', seedNow + 99);
		expect(result.ok).toBe(true);
		expect(await count()).toBe(before + 3);
		const first = (await database.db.select().from(people).where(eq(people.email, 'imported1@tend.test')))[0]!;
		expect(first).toMatchObject({
			organizationId: org.organizationId,
			name: 'Imported 1',
			role: 'agent',
			teamId: org.team1,
			siteId: org.siteA,
			contractHoursMin: 20,
			contractHoursMax: 37.5,
			skills: [org.queueId],
			passwordHash: null,
			createdAt: seedNow + 99
		});
		const second = (await database.db.select().from(people).where(eq(people.email, 'imported2@tend.test')))[0]!;
		expect(second).toMatchObject({ teamId: null, siteId: org.siteB, skills: [] });
		const audits = await importAudits();
		expect(audits).toHaveLength(1);
		expect(audits[0]).toMatchObject({ actorId: org.hrId, entity: 'person', detail: { count: 3 }, at: seedNow + 99 });
	});

	it('refuses the same file twice: every email is now taken', async () => {
		const before = await count();
		const result = await importPeople(database, org.organizationId, header, [row(1), row(2)], org.hrId, '2026-01-15', seedNow);
		expect(result).toMatchObject({ ok: false, problem: 'rows' });
		if (result.ok || result.problem !== 'rows') throw new Error('unreachable');
		expect(result.errors.map((e) => [e.row, e.code])).toEqual([
			[2, 'email_taken'],
			[3, 'email_taken']
		]);
		expect(await count()).toBe(before);
	});
});
