import { describe, expect, it } from 'vitest';
import { checkPeopleImport, importColumns, maxImportRows, requiredColumns } from './people-import';
import type { PersonLookups } from './person-input';

const lookups: PersonLookups = {
	refs: 'name',
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
	emails: new Map([['taken@tend.test', 7]]),
	today: '2026-01-15'
};

const header = [...importColumns];
const row = (n: number, overrides: Record<string, string> = {}): Record<string, string> => ({
	name: `Person ${n}`,
	email: `person${n}@tend.test`,
	role: 'agent',
	team: 'Team One',
	site: '',
	hire_date: '2025-06-01',
	employment_status: '',
	contract_hours_min: '',
	contract_hours_max: '37,5',
	skills: 'Billing|sales chat',
	...overrides
});

describe('columns', () => {
	it('lists the columns, four of them required', () => {
		expect(requiredColumns).toEqual(['name', 'email', 'role', 'hire_date']);
		for (const column of requiredColumns) expect(importColumns).toContain(column);
	});

	it.each(requiredColumns)('refuses a file without the required column %s', (column) => {
		expect(checkPeopleImport(header.filter((h) => h !== column), [row(1)], lookups)).toEqual({ ok: false, problem: 'missing_column', column });
	});

	it('reports the first missing column, before looking at rows', () => {
		expect(checkPeopleImport(['team', 'site'], [], lookups)).toEqual({ ok: false, problem: 'missing_column', column: 'name' });
	});

	it('reads the header case- and space-insensitively, and needs only the required columns', () => {
		expect(checkPeopleImport([' Name', 'EMAIL ', 'Role', 'Hire_Date'], [{ name: 'A B', email: 'ab@tend.test', role: 'hr', hire_date: '2025-01-01' }], lookups)).toMatchObject({ ok: true });
	});
});

describe('size', () => {
	it('refuses a file with a header and no rows', () => {
		expect(checkPeopleImport(header, [], lookups)).toEqual({ ok: false, problem: 'empty' });
	});

	it('accepts the maximum number of rows and refuses one more', () => {
		const many = (n: number) => Array.from({ length: n }, (_, i) => row(i, { skills: '' }));
		expect(checkPeopleImport(header, many(maxImportRows), lookups)).toMatchObject({ ok: true });
		expect(checkPeopleImport(header, many(maxImportRows + 1), lookups)).toEqual({ ok: false, problem: 'too_large', max: maxImportRows });
	});
});

describe('rows', () => {
	it('turns a good file into people, with names resolved', () => {
		const result = checkPeopleImport(header, [row(1), row(2, { team: '', site: 'lisbon', skills: '', role: 'Supervisor' })], lookups);
		expect(result).toEqual({
			ok: true,
			people: [
				{ name: 'Person 1', email: 'person1@tend.test', role: 'agent', teamId: 1, siteId: 10, hireDate: '2025-06-01', employmentStatus: 'active', contractHoursMin: 0, contractHoursMax: 37.5, skills: [100, 101] },
				{ name: 'Person 2', email: 'person2@tend.test', role: 'supervisor', teamId: null, siteId: 20, hireDate: '2025-06-01', employmentStatus: 'active', contractHoursMin: 0, contractHoursMax: 37.5, skills: [] }
			]
		});
	});

	it('numbers rows counting the header as row 1', () => {
		const result = checkPeopleImport(header, [row(1), row(2), row(3, { hire_date: '2026-02-30' })], lookups);
		expect(result).toEqual({ ok: false, problem: 'rows', errors: [{ row: 4, field: 'hire_date', code: 'date' }] });
	});

	it('reports every error of every row, and no people', () => {
		const result = checkPeopleImport(header, [row(1, { name: '', role: 'boss' }), row(2), row(3, { email: 'taken@tend.test', contract_hours_min: '50', contract_hours_max: '40' })], lookups);
		expect(result).toEqual({
			ok: false,
			problem: 'rows',
			errors: [
				{ row: 2, field: 'name', code: 'required' },
				{ row: 2, field: 'role', code: 'role' },
				{ row: 4, field: 'email', code: 'email_taken' },
				{ row: 4, field: 'contract_hours_min', code: 'hours_order' }
			]
		});
		expect(result).not.toHaveProperty('people');
	});

	it('refuses an email repeated within the file, pointing at its first row', () => {
		const result = checkPeopleImport(header, [row(1), row(2, { email: 'dup@tend.test' }), row(3), row(4, { email: ' DUP@tend.test' }), row(5, { email: 'dup@TEND.test' })], lookups);
		expect(result).toEqual({
			ok: false,
			problem: 'rows',
			errors: [
				{ row: 5, field: 'email', code: 'email_duplicate_row', params: { row: 3 } },
				{ row: 6, field: 'email', code: 'email_duplicate_row', params: { row: 3 } }
			]
		});
	});

	it('reads a missing cell as empty and splits skills on |', () => {
		const { skills: _skills, team: _team, ...noSkills } = row(1);
		expect(checkPeopleImport(header, [noSkills], lookups)).toMatchObject({ ok: true, people: [{ skills: [], teamId: null }] });
		expect(checkPeopleImport(header, [row(1, { skills: 'Billing||Nope' })], lookups)).toEqual({
			ok: false,
			problem: 'rows',
			errors: [{ row: 2, field: 'skills', code: 'skill_unknown', params: { name: 'Nope' } }]
		});
	});
});
