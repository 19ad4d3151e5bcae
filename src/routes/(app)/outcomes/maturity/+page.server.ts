import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { loadMaturity, saveSelfAssessment } from '$lib/server/cx-maturity';
import { requesterOf } from '$lib/server/time-off';
import { formText, parseId } from '$lib/server/http/form';
import { characteristics, parseSelfAssessment } from '$lib/domain/outcomes/cx-maturity';
import { dayInZone } from '$lib/domain/time/calendar';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'supervisor', 'hr', 'admin');
	const database = event.locals.database;
	const now = Date.now();
	const { timeZone } = await requesterOf(database, user.id);
	const result = await loadMaturity(database, await dataScope(database, user), dayInZone(now, timeZone), now);
	return { ...result, timeZone, role: user.role, saved: event.url.searchParams.get('saved') };
};

export const actions: Actions = {
	assess: async (event) => {
		const user = requireRole(event, 'supervisor', 'hr', 'admin');
		const database = event.locals.database;
		const form = await event.request.formData();
		// "org" for the organization, otherwise a team id.
		const target = formText(form, 'target');
		const teamId = target === 'org' ? null : parseId(target);
		if (target !== 'org' && teamId === null) error(404, 'not_found');
		const values = Object.fromEntries(characteristics.map((key) => [key, formText(form, key)]));
		const result = parseSelfAssessment(values);
		if (!result.ok) return fail(400, { target, values, errors: result.errors });
		if (!(await saveSelfAssessment(database, await dataScope(database, user), teamId, result.value, Date.now()))) error(teamId === null ? 403 : 404, teamId === null ? 'forbidden' : 'not_found');
		redirect(303, `/outcomes/maturity?saved=${target}#unit-${target}`);
	}
};
