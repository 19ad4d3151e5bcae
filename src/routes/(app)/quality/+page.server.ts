import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { coachableAgents, importTranscript, listScorecards, listTranscripts } from '$lib/server/quality';
import { todayOf } from '$lib/server/time-off';
import { formText } from '$lib/server/http/form';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'supervisor', 'admin');
	const database = event.locals.database;
	const scope = await dataScope(database, user);
	return {
		today: await todayOf(database, user.id),
		transcripts: await listTranscripts(database, scope),
		scorecards: await listScorecards(database, user.organizationId, Date.now()),
		agents: await coachableAgents(database, scope)
	};
};

export const actions: Actions = {
	import: async (event) => {
		const user = requireRole(event, 'supervisor', 'admin');
		const database = event.locals.database;
		const form = await event.request.formData();
		const raw = { person: formText(form, 'person'), channel: formText(form, 'channel'), day: formText(form, 'day'), title: formText(form, 'title'), text: formText(form, 'text') };
		const out = await importTranscript(database, await dataScope(database, user), raw, user.id, Date.now());
		if (!out.ok) return fail(400, { values: raw, errors: out.errors });
		return { imported: out.id };
	}
};
