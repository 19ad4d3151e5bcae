import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { getPerson, personLookups, setPersonDisabled, updatePerson } from '$lib/server/people';
import { listQueues, listSites, listTeams } from '$lib/server/org';
import { createInvitation } from '$lib/server/invitations';
import { validatePersonInput } from '$lib/domain/people/person-input';
import { parseId, personRaw } from '$lib/server/http/form';
import { dayInZone } from '$lib/domain/time/calendar';
import type { Database } from '$lib/server/db';

async function personOr404(database: Database, organizationId: number, idParam: string) {
	const id = parseId(idParam);
	const person = id === null ? null : await getPerson(database, organizationId, id);
	if (!person) error(404, 'not_found');
	return person;
}

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin');
	const database = event.locals.database;
	const person = await personOr404(database, user.organizationId, event.params.id);
	const [teams, sites, queues] = await Promise.all([listTeams(database, user.organizationId), listSites(database, user.organizationId), listQueues(database, user.organizationId)]);
	return { person, teams, sites, queues, created: event.url.searchParams.has('created'), isSelf: person.id === user.id };
};

export const actions: Actions = {
	update: async (event) => {
		const user = requireRole(event, 'admin');
		const database = event.locals.database;
		const person = await personOr404(database, user.organizationId, event.params.id);
		const raw = personRaw(await event.request.formData());
		const now = Date.now();
		const result = validatePersonInput(raw, await personLookups(database.db, user.organizationId, 'id', dayInZone(now, 'UTC')), person.id);
		if (!result.ok) return fail(400, { action: 'update' as const, values: raw, errors: result.errors });
		await updatePerson(database, person.id, result.value, user.id, now);
		return { action: 'update' as const, saved: true };
	},
	disable: async (event) => {
		const user = requireRole(event, 'admin');
		const person = await personOr404(event.locals.database, user.organizationId, event.params.id);
		if (person.id === user.id) return fail(400, { action: 'disable' as const, selfDisable: true });
		await setPersonDisabled(event.locals.database, person.id, true, user.id, Date.now());
		return { action: 'disable' as const, disabled: true };
	},
	enable: async (event) => {
		const user = requireRole(event, 'admin');
		const person = await personOr404(event.locals.database, user.organizationId, event.params.id);
		await setPersonDisabled(event.locals.database, person.id, false, user.id, Date.now());
		return { action: 'enable' as const, enabled: true };
	},
	invite: async (event) => {
		const user = requireRole(event, 'admin');
		const person = await personOr404(event.locals.database, user.organizationId, event.params.id);
		const token = await createInvitation(event.locals.database, person.id, user.id, Date.now());
		return { action: 'invite' as const, inviteUrl: `${event.url.origin}/invite/${token}` };
	}
};
