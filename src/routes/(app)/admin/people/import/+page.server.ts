import { fail } from '@sveltejs/kit';
import Papa from 'papaparse';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { importPeople } from '$lib/server/people';
import { dayInZone } from '$lib/domain/time/calendar';
import { importColumns } from '$lib/domain/people/people-import';

const maxBytes = 2 * 1024 * 1024;

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return { columns: importColumns };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'admin');
		const file = (await event.request.formData()).get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { problem: 'empty' as const });
		if (file.size > maxBytes) return fail(400, { problem: 'not_csv' as const, reason: `larger than ${maxBytes / 1024 / 1024} MB` });
		const text = (await file.text()).replace(/^\uFEFF/, '');
		const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase() });
		const fatal = parsed.errors.find((e) => e.type === 'Quotes' || e.type === 'Delimiter');
		if (fatal) return fail(400, { problem: 'not_csv' as const, reason: `${fatal.message} (row ${(fatal.row ?? 0) + 2})` });
		const now = Date.now();
		const result = await importPeople(event.locals.database, user.organizationId, parsed.meta.fields ?? [], parsed.data, user.id, dayInZone(now, 'UTC'), now);
		if (!result.ok) return fail(400, { ...result });
		return { imported: result.people.length };
	}
};
