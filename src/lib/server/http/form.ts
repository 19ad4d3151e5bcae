import { error } from '@sveltejs/kit';

/** A form field as trimmed-later text; absent and file fields read as ''. */
export function formText(form: FormData, key: string): string {
	const value = form.get(key);
	return typeof value === 'string' ? value : '';
}

export function formList(form: FormData, key: string): string[] {
	return form.getAll(key).filter((v): v is string => typeof v === 'string');
}

/** A positive integer id from a route parameter or form field, or null. */
export function parseId(value: string | null | undefined): number | null {
	if (!value || !/^\d{1,12}$/.test(value)) return null;
	const id = Number(value);
	return id > 0 ? id : null;
}

/** The person fields of the admin person form, as typed. */
export function personRaw(form: FormData) {
	return {
		name: formText(form, 'name'),
		email: formText(form, 'email'),
		role: formText(form, 'role'),
		team: formText(form, 'team'),
		site: formText(form, 'site'),
		hire_date: formText(form, 'hire_date'),
		employment_status: formText(form, 'employment_status'),
		contract_hours_min: formText(form, 'contract_hours_min'),
		contract_hours_max: formText(form, 'contract_hours_max'),
		skills: formList(form, 'skills')
	};
}

/**
 * Which existing record an add-or-edit form targets: its hidden `id` field is empty for a new
 * record, or must name one of `existing` (else 404, so ids of other organizations stay unknown).
 * `others` are the records a new name must not clash with.
 */
export function editTarget<T extends { id: number }>(form: FormData, existing: readonly T[]): { idText: string; id: number | null; others: T[] } {
	const idText = formText(form, 'id');
	if (!idText) return { idText, id: null, others: [...existing] };
	const id = parseId(idText);
	if (id === null || !existing.some((item) => item.id === id)) error(404, 'not_found');
	return { idText, id, others: existing.filter((item) => item.id !== id) };
}
