import type { PageServerLoad } from './$types';
import { dataScope, requireRole, scopeTeams } from '$lib/server/auth/guard';
import { listDecisions } from '$lib/server/decisions';
import { decisionFilterOf } from '$lib/server/decision-filter';
import { listActions } from '$lib/server/autonomy-policy';
import { requesterOf } from '$lib/server/time-off';
import { dayInZone } from '$lib/domain/time/calendar';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'agent', 'supervisor', 'hr', 'admin');
	const database = event.locals.database;
	const scope = await dataScope(database, user);
	const today = dayInZone(Date.now(), (await requesterOf(database, user.id)).timeZone);
	const filter = decisionFilterOf(event.url.searchParams, today);
	return {
		filter,
		rows: await listDecisions(database, scope, filter, 500),
		teams: await scopeTeams(database, scope),
		actions: await listActions(database.db, user.organizationId),
		showPeople: scope.kind !== 'self'
	};
};
