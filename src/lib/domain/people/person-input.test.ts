import { describe, expect, it } from 'vitest';
import { validatePersonInput, type FieldError, type PersonInputRaw, type PersonLookups } from './person-input';

const today = '2026-01-15';

const lookups = (refs: 'id' | 'name' = 'id'): PersonLookups => ({
	refs,
	teams: [
		{ id: 1, name: 'Team One', siteId: 10 },
		{ id: 2, name: 'Team Two', siteId: 20 }
	],
	sites: [
		{ id: 10, name: 'Warsaw' },
		{ id: 20, name: 'Lisbon' }
	],
	queues: [
		{ id: 100, name: 'Billing' },
		{ id: 101, name: 'Sales Chat' }
	],
	emails: new Map([
		['taken@tend.test', 7],
		['self@tend.test', 8]
	]),
	today
});

const valid: PersonInputRaw = { name: 'Ann Agent', email: 'ann@tend.test', role: 'agent', team: '1', site: '10', hire_date: '2025-03-01', employment_status: 'active', contract_hours_min: '20', contract_hours_max: '40', skills: ['100'] };

function errorsOf(raw: Partial<PersonInputRaw>, l: PersonLookups = lookups(), selfId?: number): FieldError[] {
	const result = validatePersonInput({ ...valid, ...raw }, l, selfId);
	return result.ok ? [] : result.errors;
}

function valueOf(raw: Partial<PersonInputRaw>, l: PersonLookups = lookups(), selfId?: number) {
	const result = validatePersonInput({ ...valid, ...raw }, l, selfId);
	if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
	return result.value;
}

describe('a valid person', () => {
	it('becomes a typed value', () => {
		expect(valueOf({})).toEqual({
			name: 'Ann Agent',
			email: 'ann@tend.test',
			role: 'agent',
			teamId: 1,
			siteId: 10,
			hireDate: '2025-03-01',
			employmentStatus: 'active',
			contractHoursMin: 20,
			contractHoursMax: 40,
			skills: [100]
		});
	});

	it('normalises: collapses spaces in the name, lower-cases email, role and status', () => {
		expect(valueOf({ name: '  Ann \t  Agent  ', email: '  Ann@TEND.test ', role: ' Agent ', employment_status: 'LEAVE' })).toMatchObject({ name: 'Ann Agent', email: 'ann@tend.test', role: 'agent', employmentStatus: 'leave' });
	});

	it('defaults: active, 0–40 hours, no team or site, no skills', () => {
		expect(valueOf({ team: '', site: '', employment_status: '', contract_hours_min: '', contract_hours_max: undefined, skills: undefined })).toMatchObject({
			teamId: null,
			siteId: null,
			employmentStatus: 'active',
			contractHoursMin: 0,
			contractHoursMax: 40,
			skills: []
		});
	});

	it('takes the site from the team when the site is left out', () => {
		expect(valueOf({ team: '2', site: '' })).toMatchObject({ teamId: 2, siteId: 20 });
		expect(valueOf({ team: '', site: '20' })).toMatchObject({ teamId: null, siteId: 20 });
	});
});

describe('name', () => {
	it('accepts 120 characters and refuses 121', () => {
		expect(errorsOf({ name: 'a'.repeat(120) })).toEqual([]);
		expect(errorsOf({ name: 'a'.repeat(121) })).toEqual([{ field: 'name', code: 'too_long', params: { max: 120 } }]);
	});

	it('counts after collapsing spaces', () => {
		expect(errorsOf({ name: `${'a'.repeat(60)}     ${'b'.repeat(59)}` })).toEqual([]);
	});

	it('is required', () => {
		expect(errorsOf({ name: '   ' })).toEqual([{ field: 'name', code: 'required' }]);
		expect(errorsOf({ name: undefined })).toEqual([{ field: 'name', code: 'required' }]);
	});
});

describe('email', () => {
	it.each(['no-at-sign', 'a@b', 'a b@c.de', 'a@b c.de', 'a@@b.cd', '@b.cd', 'a@.', 'a@b.'])('refuses %j', (email) => {
		expect(errorsOf({ email })).toEqual([{ field: 'email', code: 'email' }]);
	});

	it('is required', () => {
		expect(errorsOf({ email: ' ' })).toEqual([{ field: 'email', code: 'required' }]);
	});

	it('accepts 254 characters and refuses 255', () => {
		const at = (n: number) => `${'a'.repeat(n - '@tend.test'.length)}@tend.test`;
		expect(errorsOf({ email: at(254) })).toEqual([]);
		expect(errorsOf({ email: at(255) })).toEqual([{ field: 'email', code: 'too_long', params: { max: 254 } }]);
	});

	it("refuses another person's email, in any case, but allows the person's own", () => {
		expect(errorsOf({ email: 'taken@tend.test' })).toEqual([{ field: 'email', code: 'email_taken' }]);
		expect(errorsOf({ email: ' TAKEN@tend.test ' })).toEqual([{ field: 'email', code: 'email_taken' }]);
		expect(errorsOf({ email: 'taken@tend.test' }, lookups(), 7)).toEqual([]);
		expect(errorsOf({ email: 'taken@tend.test' }, lookups(), 8)).toEqual([{ field: 'email', code: 'email_taken' }]);
		expect(errorsOf({ email: 'self@tend.test' }, lookups(), 8)).toEqual([]);
	});
});

describe('role and status', () => {
	it.each(['agent', 'supervisor', 'hr', 'admin'])('accepts the role %s', (role) => {
		expect(valueOf({ role }).role).toBe(role);
	});

	it('refuses an unknown role and requires one', () => {
		expect(errorsOf({ role: 'boss' })).toEqual([{ field: 'role', code: 'role' }]);
		expect(errorsOf({ role: 'agents' })).toEqual([{ field: 'role', code: 'role' }]);
		expect(errorsOf({ role: '' })).toEqual([{ field: 'role', code: 'required' }]);
	});

	it('refuses an unknown status', () => {
		expect(errorsOf({ employment_status: 'retired' })).toEqual([{ field: 'employment_status', code: 'status' }]);
		expect(valueOf({ employment_status: 'exited' }).employmentStatus).toBe('exited');
	});
});

describe('team, site and skills', () => {
	it('refuses an unknown team or site', () => {
		expect(errorsOf({ team: '3', site: '' })).toEqual([{ field: 'team', code: 'team_unknown' }]);
		expect(errorsOf({ team: '', site: '30' })).toEqual([{ field: 'site', code: 'site_unknown' }]);
		expect(errorsOf({ team: '3', site: '30' })).toEqual([
			{ field: 'team', code: 'team_unknown' },
			{ field: 'site', code: 'site_unknown' }
		]);
	});

	it('refuses a team from another site', () => {
		expect(errorsOf({ team: '1', site: '20' })).toEqual([{ field: 'team', code: 'team_site' }]);
	});

	it('reads ids in a form and names in a CSV, never the other way round', () => {
		expect(errorsOf({ team: 'Team One', site: '' })).toEqual([{ field: 'team', code: 'team_unknown' }]);
		expect(valueOf({ team: 'team one', site: 'WARSAW', skills: ['billing', 'Sales Chat'] }, lookups('name'))).toMatchObject({ teamId: 1, siteId: 10, skills: [100, 101] });
		expect(errorsOf({ team: '1', site: '', skills: [] }, lookups('name'))).toEqual([{ field: 'team', code: 'team_unknown' }]);
	});

	it('refuses an unknown skill, naming it', () => {
		expect(errorsOf({ skills: ['100', '999'] })).toEqual([{ field: 'skills', code: 'skill_unknown', params: { name: '999' } }]);
		expect(errorsOf({ skills: ['Typing'] }, lookups('name'))).toEqual([
			{ field: 'team', code: 'team_unknown' },
			{ field: 'site', code: 'site_unknown' },
			{ field: 'skills', code: 'skill_unknown', params: { name: 'Typing' } }
		]);
	});

	it('drops empty and repeated skills and sorts them', () => {
		expect(valueOf({ skills: ['101', ' ', '100', '101', ''] }).skills).toEqual([100, 101]);
	});
});

describe('hire date', () => {
	it('refuses dates that do not exist or are badly written', () => {
		for (const hire_date of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-1-5', '15.01.2026', '2026-01-15T00:00']) {
			expect(errorsOf({ hire_date }), hire_date).toEqual([{ field: 'hire_date', code: 'date' }]);
		}
		expect(errorsOf({ hire_date: '2024-02-29' })).toEqual([]);
	});

	it('is required', () => {
		expect(errorsOf({ hire_date: '' })).toEqual([{ field: 'hire_date', code: 'required' }]);
	});

	it('accepts up to 366 days ahead and refuses one more', () => {
		// 2026-01-15 + 366 days = 2027-01-16.
		expect(errorsOf({ hire_date: '2027-01-16' })).toEqual([]);
		expect(errorsOf({ hire_date: '2027-01-17' })).toEqual([{ field: 'hire_date', code: 'date_future' }]);
		expect(errorsOf({ hire_date: '1990-01-01' })).toEqual([]);
	});
});

describe('contract hours', () => {
	it('accepts 0 and 80 and refuses negative and more than 80', () => {
		expect(valueOf({ contract_hours_min: '0', contract_hours_max: '80' })).toMatchObject({ contractHoursMin: 0, contractHoursMax: 80 });
		expect(errorsOf({ contract_hours_min: '-1' })).toEqual([{ field: 'contract_hours_min', code: 'range', params: { min: 0, max: 80 } }]);
		expect(errorsOf({ contract_hours_min: '-0.5' })).toEqual([{ field: 'contract_hours_min', code: 'range', params: { min: 0, max: 80 } }]);
		expect(errorsOf({ contract_hours_max: '80.5' })).toEqual([{ field: 'contract_hours_max', code: 'range', params: { min: 0, max: 80 } }]);
		expect(errorsOf({ contract_hours_max: '81' })).toEqual([{ field: 'contract_hours_max', code: 'range', params: { min: 0, max: 80 } }]);
	});

	it('refuses text that is not a number', () => {
		for (const text of ['abc', '37,5,0', '1.000,5', 'Infinity', '20h']) {
			expect(errorsOf({ contract_hours_max: text }), text).toEqual([{ field: 'contract_hours_max', code: 'number' }]);
		}
	});

	it('reads a decimal comma', () => {
		expect(valueOf({ contract_hours_min: '17,5', contract_hours_max: '37,5' })).toMatchObject({ contractHoursMin: 17.5, contractHoursMax: 37.5 });
	});

	it('refuses a minimum above the maximum, but not equal ones', () => {
		expect(errorsOf({ contract_hours_min: '30', contract_hours_max: '20' })).toEqual([{ field: 'contract_hours_min', code: 'hours_order' }]);
		expect(errorsOf({ contract_hours_min: '45' , contract_hours_max: '' })).toEqual([{ field: 'contract_hours_min', code: 'hours_order' }]);
		expect(errorsOf({ contract_hours_min: '30', contract_hours_max: '30' })).toEqual([]);
	});

	it('reports the order only when both numbers are good', () => {
		expect(errorsOf({ contract_hours_min: '90', contract_hours_max: '20' })).toEqual([{ field: 'contract_hours_min', code: 'range', params: { min: 0, max: 80 } }]);
		// Errors in other fields do not hide an order problem.
		expect(errorsOf({ name: '', contract_hours_min: '30', contract_hours_max: '20' })).toEqual([
			{ field: 'name', code: 'required' },
			{ field: 'contract_hours_min', code: 'hours_order' }
		]);
	});
});

describe('all errors at once', () => {
	it('reports every field in form order', () => {
		const result = validatePersonInput({}, lookups());
		expect(result).toEqual({
			ok: false,
			errors: [
				{ field: 'name', code: 'required' },
				{ field: 'email', code: 'required' },
				{ field: 'role', code: 'required' },
				{ field: 'hire_date', code: 'required' }
			]
		});
	});
});
