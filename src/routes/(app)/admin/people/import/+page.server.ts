import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { importPeople } from '$lib/server/people';
import { dayInZone } from '$lib/domain/time/calendar';
import { importColumns } from '$lib/domain/people/people-import';
import { readCsvUpload } from '$lib/server/http/csv';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return { columns: importColumns };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'admin');
		const upload = await readCsvUpload((await event.request.formData()).get('file'), 2 * 1024 * 1024);
		if (!upload.ok) return fail(400, upload);
		const now = Date.now();
		const result = await importPeople(event.locals.database, user.organizationId, upload.header, upload.rows, user.id, dayInZone(now, 'UTC'), now);
		if (!result.ok) return fail(400, { ...result });
		return { imported: result.people.length };
	}
};
