// Everything Tend holds about the signed-in person, as one JSON file: for them only.
import { error, type RequestHandler } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guard';
import { exportPersonalData } from '$lib/server/personal-data';

export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const data = await exportPersonalData(event.locals.database, user.id, Date.now());
	if (!data) error(404, 'not_found');
	return new Response(JSON.stringify(data, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="tend-my-data-${user.id}.json"` } });
};
