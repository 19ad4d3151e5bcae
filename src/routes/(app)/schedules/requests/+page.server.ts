import { fail } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { decideTimeOff, pendingTimeOff } from '$lib/server/time-off';
import { formText, parseId } from '$lib/server/http/form';
import { teams } from '$lib/server/db/schema';

async function teamIdsOf(event: Pick<RequestEvent, 'locals' | 'url' | 'request'>) {
	const user = requireRole(event, 'supervisor', 'admin');
	const database = event.locals.database;
	const scope = await dataScope(database, user);
	const ids = scope.kind === 'teams' ? scope.teamIds : (await database.db.select({ id: teams.id }).from(teams).where(eq(teams.organizationId, user.organizationId))).map((t) => t.id);
	return { user, database, ids };
}

export const load: PageServerLoad = async (event) => {
	const { database, ids } = await teamIdsOf(event);
	return { pending: await pendingTimeOff(database, ids) };
};

export const actions: Actions = {
	decide: async (event) => {
		const { user, database, ids } = await teamIdsOf(event);
		const form = await event.request.formData();
		const id = parseId(formText(form, 'id'));
		const decision = formText(form, 'decision');
		if (id === null || (decision !== 'approve' && decision !== 'deny')) return fail(400, { decideError: 'invalid' as const });
		const outcome = await decideTimeOff(database, id, ids, decision === 'approve', formText(form, 'note').trim(), user.id, Date.now());
		if (outcome !== 'decided') return fail(outcome === 'not_found' ? 404 : 409, { decideError: outcome });
		return { decided: decision };
	}
};
