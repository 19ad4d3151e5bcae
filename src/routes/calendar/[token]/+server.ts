import { error, type RequestHandler } from '@sveltejs/kit';
import { calendarFor } from '$lib/server/calendar-feed';

// Public by design: calendar apps send no cookies, so the secret in the URL is the credential.
export const GET: RequestHandler = async ({ params, locals }) => {
	const text = await calendarFor(locals.database, (params.token ?? '').replace(/\.ics$/, ''), Date.now());
	if (text === null) error(404, 'not_found');
	return new Response(text, { headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, max-age=300' } });
};
