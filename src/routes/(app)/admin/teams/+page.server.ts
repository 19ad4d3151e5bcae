import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { createTeam, listSites, listSupervisors, listTeams, updateTeam } from '$lib/server/org';
import { validateTeam } from '$lib/domain/org/org-input';
import { editTarget, formList, formText } from '$lib/server/http/form';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin');
	const database = event.locals.database;
	const [teams, sites, supervisors] = await Promise.all([listTeams(database, user.organizationId), listSites(database, user.organizationId), listSupervisors(database, user.organizationId)]);
	return { teams, sites, supervisors };
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'admin');
		const database = event.locals.database;
		const form = await event.request.formData();
		const [existing, sites, supervisors] = await Promise.all([listTeams(database, user.organizationId), listSites(database, user.organizationId), listSupervisors(database, user.organizationId)]);
		const { idText, id, others } = editTarget(form, existing);
		const raw = { name: formText(form, 'name'), site: formText(form, 'site'), supervisors: formList(form, 'supervisors') };
		const result = validateTeam(raw, { takenNames: others.map((t) => t.name), siteIds: sites.map((s) => s.id), supervisors });
		if (!result.ok) return fail(400, { id: idText, values: raw, errors: result.errors });
		if (id === null) await createTeam(database, user.organizationId, result.value, user.id, Date.now());
		else await updateTeam(database, user.organizationId, id, result.value, user.id, Date.now());
		return { saved: true };
	}
};
