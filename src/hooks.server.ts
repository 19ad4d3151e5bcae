import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getDatabase } from '$lib/server/db';
import { sessionCookieExpiry, sessionCookieName, validateSessionToken } from '$lib/server/auth/session';
import { isCrossSiteUnsafe } from '$lib/server/http/cross-site';
import { textDirection } from '$lib/i18n';
import { purgeExpiredSurveyData } from '$lib/server/personal-data';

// The retention job: once when the server starts, then daily. A failure is logged, never fatal.
export const init: ServerInit = async () => {
	const run = async () => {
		try {
			await purgeExpiredSurveyData(await getDatabase(), new Date().toISOString().slice(0, 10), Date.now());
		} catch (error) {
			console.error('retention job failed:', error);
		}
	};
	void run();
	setInterval(run, 24 * 3_600_000).unref();
};

// Refuses cross-site unsafe requests of every content type, JSON and bodiless ones included:
// SvelteKit's own check covers only form content types.
const crossSiteGuard: Handle = async ({ event, resolve }) => {
	if (isCrossSiteUnsafe(event.request, event.url.origin)) {
		return new Response(JSON.stringify({ message: 'Cross-site request refused' }), {
			status: 403,
			headers: { 'content-type': 'application/json' }
		});
	}
	return resolve(event);
};

const authenticate: Handle = async ({ event, resolve }) => {
	event.locals.database = await getDatabase();
	event.locals.user = null;
	event.locals.session = null;
	event.locals.sessionEnded = false;
	const token = event.cookies.get(sessionCookieName);
	if (token) {
		const valid = await validateSessionToken(event.locals.database, token, Date.now());
		if (valid) {
			event.locals.user = valid.user;
			event.locals.session = valid.session;
			event.cookies.set(sessionCookieName, token, {
				path: '/',
				httpOnly: true,
				secure: true,
				sameSite: 'lax',
				expires: sessionCookieExpiry(valid.session)
			});
		} else {
			// Expired, signed out elsewhere or disabled: the sign-in page says the session ended.
			event.locals.sessionEnded = true;
			event.cookies.delete(sessionCookieName, { path: '/', secure: true });
		}
	}
	return resolve(event);
};

const localize: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale).replace('%paraglide.dir%', textDirection(locale))
		});
	});

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	if (!response.headers.has('content-security-policy')) {
		// Non-page responses (endpoints, errors from guards) still refuse framing and scripts.
		response.headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
	}
	if (event.locals.user) response.headers.set('Cache-Control', 'no-store');
	return response;
};

export const handle = sequence(securityHeaders, crossSiteGuard, authenticate, localize);

export const handleError: HandleServerError = ({ error, status }) => {
	// Never a stack trace to the browser; the detail goes to the server log only.
	if (status >= 500) console.error(error);
	return { message: status === 404 ? 'not_found' : 'internal_error' };
};
