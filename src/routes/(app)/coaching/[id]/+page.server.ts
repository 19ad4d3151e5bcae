import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { acknowledgeCoaching, coachingInScope, followUpGoal } from '$lib/server/quality';
import { formText, parseId } from '$lib/server/http/form';

async function theSession(event: Pick<RequestEvent, 'locals' | 'params' | 'url' | 'request'>) {
	const user = requireRole(event, 'agent', 'supervisor', 'admin');
	const database = event.locals.database;
	const id = parseId(event.params.id);
	const found = id === null ? null : await coachingInScope(database, await dataScope(database, user), id);
	if (!found) error(404, 'not_found');
	return { user, database, found };
}

export const load: PageServerLoad = async (event) => {
	const { user, found } = await theSession(event);
	return { session: found.session, name: found.name, coachName: found.coachName, goals: found.goals, isAgent: found.session.personId === user.id, isCoach: user.role !== 'agent' };
};

export const actions: Actions = {
	acknowledge: async (event) => {
		const { user, database, found } = await theSession(event);
		// Only the coached agent acknowledges their own session.
		if (found.session.personId !== user.id) error(403, 'forbidden');
		await acknowledgeCoaching(database, user.id, found.session.id, formText(await event.request.formData(), 'reply'), Date.now());
		return { acknowledged: true };
	},
	followUp: async (event) => {
		const { user, database, found } = await theSession(event);
		if (user.role === 'agent') error(403, 'forbidden');
		const form = await event.request.formData();
		const status = formText(form, 'status');
		const goalId = parseId(formText(form, 'goal'));
		if (goalId === null || (status !== 'open' && status !== 'met' && status !== 'not_met')) return fail(400, { followUpError: true });
		if (!(await followUpGoal(database, found.session.id, goalId, { status, followUp: formText(form, 'follow_up') }, Date.now()))) error(404, 'not_found');
		return { followedUp: true };
	}
};
