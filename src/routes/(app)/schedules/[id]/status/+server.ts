import { error, json, type RequestHandler } from '@sveltejs/kit';
import { dataScope, requireRole, scopeTeams } from '$lib/server/auth/guard';
import { listSchedules } from '$lib/server/scheduling';
import { parseId } from '$lib/server/http/form';

// Polled by the schedules page while a run is going.
export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'supervisor', 'admin');
	const database = event.locals.database;
	const teamIds = (await scopeTeams(database, await dataScope(database, user))).map((t) => t.id);
	const id = parseId(event.params.id);
	const schedule = (await listSchedules(database, teamIds, 1000)).find((s) => s.id === id);
	if (!schedule) error(404, 'not_found');
	return json({ runStatus: schedule.runStatus, progress: schedule.progress, error: schedule.runError });
};
