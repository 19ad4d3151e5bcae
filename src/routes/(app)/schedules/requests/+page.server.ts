import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { dataScope, requireRole, scopeTeams } from '$lib/server/auth/guard';
import { decideTimeOff, pendingTimeOff } from '$lib/server/time-off';
import { decideSwap, pendingSwaps } from '$lib/server/swaps';
import { teamSettings } from '$lib/server/db/schema';
import { inArray } from 'drizzle-orm';
import { formText, parseId } from '$lib/server/http/form';
import { recordAudit } from '$lib/server/audit';
import { teams } from '$lib/server/db/schema';

async function teamIdsOf(event: Pick<RequestEvent, 'locals' | 'url' | 'request'>) {
	const user = requireRole(event, 'supervisor', 'admin');
	const database = event.locals.database;
	const ids = (await scopeTeams(database, await dataScope(database, user))).map((t) => t.id);
	return { user, database, ids };
}

export const load: PageServerLoad = async (event) => {
	const { database, ids } = await teamIdsOf(event);
	const settings = ids.length ? await database.db.select().from(teamSettings).where(inArray(teamSettings.teamId, ids)) : [];
	const names = ids.length ? await database.db.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, ids)) : [];
	return {
		pending: await pendingTimeOff(database, ids),
		swaps: await pendingSwaps(database, ids),
		policies: names.map((t) => ({ ...t, swapsNeedApproval: settings.find((s) => s.teamId === t.id)?.swapsNeedApproval ?? false }))
	};
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
	},
	decideSwap: async (event) => {
		const { user, database, ids } = await teamIdsOf(event);
		const form = await event.request.formData();
		const id = parseId(formText(form, 'id'));
		const decision = formText(form, 'decision');
		if (id === null || (decision !== 'approve' && decision !== 'deny')) return fail(400, { decideError: 'invalid' as const });
		const outcome = await decideSwap(database, id, ids, decision === 'approve', user.id, Date.now());
		if (outcome !== 'decided') return fail(outcome === 'not_found' ? 404 : 409, { decideError: outcome });
		return { swapDecided: decision };
	},
	policy: async (event) => {
		const { user, database, ids } = await teamIdsOf(event);
		const form = await event.request.formData();
		const teamId = parseId(formText(form, 'team'));
		if (teamId === null || !ids.includes(teamId)) return fail(404, { decideError: 'not_found' as const });
		const swapsNeedApproval = form.get('swaps_need_approval') === 'on';
		await database.write(async (tx) => {
			await tx.insert(teamSettings).values({ teamId, swapsNeedApproval }).onConflictDoUpdate({ target: teamSettings.teamId, set: { swapsNeedApproval } });
			await recordAudit(tx, { actorId: user.id, action: 'team_settings.update', entity: 'team', entityId: teamId, detail: { swapsNeedApproval } }, Date.now());
		});
		return { policySaved: true };
	}
};
