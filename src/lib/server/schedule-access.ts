// The schedule an endpoint is about, when the planner may see it: a supervisor's own teams', any
// team's for an admin; 404 otherwise, so other teams' schedule ids stay unknown.
import { error, type RequestEvent } from '@sveltejs/kit';
import { dataScope, requireRole, scopeTeams } from './auth/guard';
import { listSchedules } from './scheduling';
import { parseId } from './http/form';

export async function plannableSchedule(event: Pick<RequestEvent, 'locals' | 'url' | 'request' | 'params'>) {
	const user = requireRole(event, 'supervisor', 'admin');
	const database = event.locals.database;
	const teamIds = (await scopeTeams(database, await dataScope(database, user))).map((t) => t.id);
	const id = parseId(event.params.id);
	const schedule = (await listSchedules(database, teamIds, 1000)).find((s) => s.id === id);
	if (!schedule) error(404, 'not_found');
	return { user, database, schedule };
}
