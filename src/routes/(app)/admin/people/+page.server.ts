import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { createPerson, listPeople, personLookups } from '$lib/server/people';
import { listQueues, listSites, listTeams } from '$lib/server/org';
import { validatePersonInput, personStatuses } from '$lib/domain/people/person-input';
import { personRaw } from '$lib/server/http/form';
import { dayInZone } from '$lib/domain/time/calendar';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin');
	const database = event.locals.database;
	const query = event.url.searchParams.get('q') ?? '';
	const statusParam = event.url.searchParams.get('status') ?? '';
	const status = (personStatuses as readonly string[]).includes(statusParam) ? (statusParam as (typeof personStatuses)[number]) : undefined;
	const [people, teams, sites, queues] = await Promise.all([
		listPeople(database, await dataScope(database, user), { query, status, limit: 500 }),
		listTeams(database, user.organizationId),
		listSites(database, user.organizationId),
		listQueues(database, user.organizationId)
	]);
	return { people, query, status: status ?? '', teams, sites, queues, created: event.url.searchParams.get('created') };
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, 'admin');
		const database = event.locals.database;
		const raw = personRaw(await event.request.formData());
		const now = Date.now();
		const result = validatePersonInput(raw, await personLookups(database.db, user.organizationId, 'id', dayInZone(now, 'UTC')));
		if (!result.ok) return fail(400, { values: raw, errors: result.errors });
		const id = await createPerson(database, user.organizationId, result.value, user.id, now);
		redirect(303, `/admin/people/${id}?created`);
	}
};
