import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { createSite, listSites, updateSite } from '$lib/server/org';
import { validateSite } from '$lib/domain/org/org-input';
import { formText, parseId } from '$lib/server/http/form';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin');
	return { sites: await listSites(event.locals.database, user.organizationId) };
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'admin');
		const database = event.locals.database;
		const form = await event.request.formData();
		const idText = formText(form, 'id');
		const id = idText ? parseId(idText) : null;
		const existing = await listSites(database, user.organizationId);
		if (idText && !existing.some((s) => s.id === id)) error(404, 'not_found');
		const raw = { name: formText(form, 'name'), time_zone: formText(form, 'time_zone') };
		const result = validateSite(raw, existing.filter((s) => s.id !== id).map((s) => s.name));
		if (!result.ok) return fail(400, { id: idText, values: raw, errors: result.errors });
		if (id === null) await createSite(database, user.organizationId, result.value, user.id, Date.now());
		else await updateSite(database, user.organizationId, id, result.value, user.id, Date.now());
		return { saved: true };
	}
};
