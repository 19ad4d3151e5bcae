import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { refreshAfterHistoryImport } from '$lib/server/staffing-adequacy';
import { importHistory } from '$lib/server/history';
import { readCsvUpload } from '$lib/server/http/csv';
import { formText } from '$lib/server/http/form';
import { historyColumns, intervalChoices } from '$lib/domain/history/history-import';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'supervisor', 'admin');
	return { columns: historyColumns, intervalChoices };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'supervisor', 'admin');
		const form = await event.request.formData();
		const intervalMinutes = Number(formText(form, 'interval_minutes'));
		if (!(intervalChoices as readonly number[]).includes(intervalMinutes)) return fail(400, { problem: 'interval' as const });
		const upload = await readCsvUpload(form.get('file'));
		if (!upload.ok) return fail(400, upload);
		const result = await importHistory(event.locals.database, user.organizationId, upload, intervalMinutes, user.id, Date.now());
		if (!result.ok) return fail(400, { ...result });
		if (result.rows.length) await refreshAfterHistoryImport(event.locals.database, user.organizationId, result.rows);
		return { imported: result.rows.length };
	}
};
