import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { dataScope, requirePersonInScope, requireRole, requireUser } from '$lib/server/auth/guard';
import { anonymisePerson } from '$lib/server/personal-data';
import { formText } from '$lib/server/http/form';
import { getPerson, outcomeSummary } from '$lib/server/people';
import { listQueues } from '$lib/server/org';
import { parseId } from '$lib/server/http/form';
import { addDays } from '$lib/domain/people/turnover';
import { dayInZone } from '$lib/domain/time/calendar';

// Agents see their own page, supervisors their teams', HR and admins everyone's; any other id is a 404.
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const database = event.locals.database;
	const id = parseId(event.params.id);
	if (id === null) error(404, 'not_found');
	await requirePersonInScope(database, await dataScope(database, user), id);
	const person = (await getPerson(database, user.organizationId, id))!;
	const queues = await listQueues(database, user.organizationId);
	const today = dayInZone(Date.now(), 'UTC');
	return {
		person,
		skills: queues.filter((q) => person.skills.includes(q.id)).map((q) => q.name),
		today,
		outcomes: await outcomeSummary(database, id, addDays(today, -30)),
		canAnonymise: (user.role === 'hr' || user.role === 'admin') && user.id !== id
	};
};

export const actions: Actions = {
	// HR (and admins) anonymise a person who has left or asked to be forgotten; the confirmation
	// box must be ticked, and nobody anonymises themselves.
	anonymise: async (event) => {
		const user = requireRole(event, 'hr', 'admin');
		const id = parseId(event.params.id);
		if (id === null) error(404, 'not_found');
		await requirePersonInScope(event.locals.database, await dataScope(event.locals.database, user), id);
		if (formText(await event.request.formData(), 'confirm') !== 'on') return fail(400, { confirmNeeded: true });
		if (!(await anonymisePerson(event.locals.database, user.organizationId, id, user.id, Date.now()))) return fail(400, { anonymiseRefused: true });
		redirect(303, `/people/${id}?anonymised`);
	}
};
