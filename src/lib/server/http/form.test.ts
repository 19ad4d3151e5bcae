import { describe, expect, it } from 'vitest';
import { formList, formText, parseId, personRaw } from './form';

describe('form helpers', () => {
	it('formText reads strings, and absent or file fields as empty', () => {
		const form = new FormData();
		form.set('name', '  Ann ');
		form.set('file', new File(['x'], 'x.txt'));
		expect(formText(form, 'name')).toBe('  Ann ');
		expect(formText(form, 'missing')).toBe('');
		expect(formText(form, 'file')).toBe('');
	});

	it('formList keeps the string values only', () => {
		const form = new FormData();
		form.append('skills', '1');
		form.append('skills', new File(['x'], 'x.txt'));
		form.append('skills', '3');
		expect(formList(form, 'skills')).toEqual(['1', '3']);
		expect(formList(form, 'none')).toEqual([]);
	});

	it.each([
		['1', 1],
		['42', 42],
		['000000000007', 7],
		['999999999999', 999999999999],
		['0', null],
		['', null],
		[null, null],
		[undefined, null],
		['-1', null],
		['1.5', null],
		['1e3', null],
		[' 1', null],
		['0x10', null],
		['1234567890123', null]
	])('parseId(%j) is %j', (value, id) => {
		expect(parseId(value)).toBe(id);
	});

	it('personRaw reads every person field', () => {
		const form = new FormData();
		for (const [k, v] of Object.entries({ name: 'A', email: 'a@b.c', role: 'agent', team: '1', site: '2', hire_date: '2026-01-01', employment_status: 'active', contract_hours_min: '0', contract_hours_max: '40' })) form.set(k, v);
		form.append('skills', '5');
		form.append('skills', '6');
		expect(personRaw(form)).toEqual({ name: 'A', email: 'a@b.c', role: 'agent', team: '1', site: '2', hire_date: '2026-01-01', employment_status: 'active', contract_hours_min: '0', contract_hours_max: '40', skills: ['5', '6'] });
	});
});
