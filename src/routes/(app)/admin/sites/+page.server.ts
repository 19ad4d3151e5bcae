import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { createSite, listSites, updateSite } from '$lib/server/org';
import { validateSite } from '$lib/domain/org/org-input';
import { editTarget, formText } from '$lib/server/http/form';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin');
	return { sites: await listSites(event.locals.database, user.organizationId) };
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'admin');
		const database = event.locals.database;
		const form = await event.request.formData();
		const { idText, id, others } = editTarget(form, await listSites(database, user.organizationId));
		const raw = { name: formText(form, 'name'), time_zone: formText(form, 'time_zone') };
		const result = validateSite(raw, others.map((s) => s.name));
		if (!result.ok) return fail(400, { id: idText, values: raw, errors: result.errors });
		if (id === null) await createSite(database, user.organizationId, result.value, user.id, Date.now());
		else await updateSite(database, user.organizationId, id, result.value, user.id, Date.now());
		return { saved: true };
	}
};
