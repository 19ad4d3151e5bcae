import { error, type RequestHandler } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { getForecast, loadForecastIntervals } from '$lib/server/forecasting';
import { parseId } from '$lib/server/http/form';
import { csvLine } from '$lib/server/http/csv';

export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'supervisor', 'admin');
	const id = parseId(event.params.id);
	const found = id === null ? null : await getForecast(event.locals.database, user.organizationId, id);
	if (!found || found.forecast.status !== 'done') error(404, 'not_found');
	const rows = await loadForecastIntervals(event.locals.database, found.forecast.id);
	let body = csvLine(['interval_start', 'queue', 'interval_minutes', 'volume', 'lower', 'upper', 'aht_seconds', 'required_agents', 'scheduled_agents', 'service_level', 'occupancy']);
	for (const r of rows) {
		body += csvLine([
			new Date(r.intervalStart).toISOString(),
			found.queue.name,
			found.forecast.intervalMinutes,
			r.volume.toFixed(2),
			r.lower.toFixed(2),
			r.upper.toFixed(2),
			r.ahtSeconds.toFixed(1),
			r.requiredAgents,
			r.scheduledAgents,
			r.serviceLevel === null ? '' : r.serviceLevel.toFixed(4),
			r.occupancy === null ? '' : r.occupancy.toFixed(4)
		]);
	}
	const name = `forecast-${found.queue.name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}-${found.forecast.firstDay}.csv`;
	return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"` } });
};
