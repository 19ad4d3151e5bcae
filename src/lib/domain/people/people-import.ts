// Validation of a whole people CSV: header, every row through validatePersonInput, and
// emails repeated within the file. All or nothing: the caller writes only when no row fails.
import { validatePersonInput, type FieldError, type PersonInput, type PersonLookups } from './person-input';

export const importColumns = ['name', 'email', 'role', 'team', 'site', 'hire_date', 'employment_status', 'contract_hours_min', 'contract_hours_max', 'skills'] as const;
export const requiredColumns = ['name', 'email', 'role', 'hire_date'] as const;
export const maxImportRows = 5000;

export interface RowError extends FieldError {
	/** 1-based line in the file, counting the header as line 1. */
	row: number;
}

export type ImportCheck =
	| { ok: true; people: PersonInput[] }
	| { ok: false; problem: 'empty' }
	| { ok: false; problem: 'too_large'; max: number }
	| { ok: false; problem: 'missing_column'; column: string }
	| { ok: false; problem: 'rows'; errors: RowError[] };

export function checkPeopleImport(header: readonly string[], rows: readonly Record<string, string>[], lookups: PersonLookups): ImportCheck {
	const columns = header.map((h) => h.trim().toLowerCase());
	for (const column of requiredColumns) if (!columns.includes(column)) return { ok: false, problem: 'missing_column', column };
	if (!rows.length) return { ok: false, problem: 'empty' };
	if (rows.length > maxImportRows) return { ok: false, problem: 'too_large', max: maxImportRows };
	const errors: RowError[] = [];
	const people: PersonInput[] = [];
	const seen = new Map<string, number>();
	rows.forEach((cells, index) => {
		const row = index + 2;
		const get = (key: string) => cells[key] ?? '';
		const result = validatePersonInput(
			{
				name: get('name'),
				email: get('email'),
				role: get('role'),
				team: get('team'),
				site: get('site'),
				hire_date: get('hire_date'),
				employment_status: get('employment_status'),
				contract_hours_min: get('contract_hours_min'),
				contract_hours_max: get('contract_hours_max'),
				skills: get('skills').split('|')
			},
			lookups
		);
		const email = get('email').trim().toLowerCase();
		if (email) {
			const first = seen.get(email);
			if (first !== undefined) errors.push({ row, field: 'email', code: 'email_duplicate_row', params: { row: first } });
			else seen.set(email, row);
		}
		if (result.ok) people.push(result.value);
		else for (const error of result.errors) errors.push({ row, ...error });
	});
	return errors.length ? { ok: false, problem: 'rows', errors } : { ok: true, people };
}
