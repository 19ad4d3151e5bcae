import { error, json, type RequestHandler } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { getForecast } from '$lib/server/forecasting';
import { parseId } from '$lib/server/http/form';

// Polled by the forecast page while a run is going.
export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'supervisor', 'admin');
	const id = parseId(event.params.id);
	const found = id === null ? null : await getForecast(event.locals.database, user.organizationId, id);
	if (!found) error(404, 'not_found');
	const { status, progress, error: failure } = found.forecast;
	return json({ status, progress, error: failure });
};
