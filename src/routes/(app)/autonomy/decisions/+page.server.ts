import type { PageServerLoad } from './$types';
import { dataScope, requireRole, scopeTeams } from '$lib/server/auth/guard';
import { listDecisions } from '$lib/server/decisions';
import { decisionFilterOf } from '$lib/server/decision-filter';
import { listActions } from '$lib/server/autonomy-policy';
import { todayOf } from '$lib/server/time-off';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'agent', 'supervisor', 'hr', 'admin');
	const database = event.locals.database;
	const scope = await dataScope(database, user);
	const today = await todayOf(database, user.id);
	const filter = decisionFilterOf(event.url.searchParams, today);
	return {
		filter,
		rows: await listDecisions(database, scope, filter, 500),
		teams: await scopeTeams(database, scope),
		actions: await listActions(database.db, user.organizationId),
		showPeople: scope.kind !== 'self'
	};
};
