import { fail } from '@sveltejs/kit';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { importOutcomes } from '$lib/server/outcome-import';
import { outcomeColumns } from '$lib/domain/outcomes/outcome-import';
import { agentDayColumns } from '$lib/domain/outcomes/agent-day-import';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return { columns: outcomeColumns, agentDayColumns };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'admin');
		const file = (await event.request.formData()).get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { noFile: true });
		// The import reads the file twice (check, then write): it goes to a private temp file first.
		const dir = mkdtempSync(join(tmpdir(), 'tend-outcome-upload-'));
		try {
			const path = join(dir, 'upload.csv');
			writeFileSync(path, Buffer.from(await file.arrayBuffer()));
			const result = await importOutcomes(event.locals.database, user.organizationId, path, user.id, Date.now());
			if (!result.ok) return fail(400, { errors: result.errors, moreErrors: result.moreErrors, unknownColumns: result.unknownColumns });
			return { imported: result.rows };
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
};
