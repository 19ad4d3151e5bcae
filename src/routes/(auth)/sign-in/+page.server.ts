import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { signIn } from '$lib/server/auth/sign-in';
import { sessionCookieExpiry, sessionCookieName } from '$lib/server/auth/session';
import { safeNextPath } from '$lib/server/http/next-path';
import { hasDemoAccounts } from '$lib/server/people';
import { cookieName as localeCookieName, isLocale } from '$lib/paraglide/runtime';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNextPath(url.searchParams.get('next')));
	return { signedOut: url.searchParams.has('signed-out'), expired: url.searchParams.has('expired'), demo: await hasDemoAccounts(locals.database) };
};

export const actions: Actions = {
	default: async ({ request, cookies, locals, getClientAddress, url }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '').slice(0, 320);
		const password = String(form.get('password') ?? '').slice(0, 1024);
		if (!email.trim() || !password) return fail(400, { email, error: 'missing' as const });
		const result = await signIn(locals.database, { email, password, address: getClientAddress() }, Date.now());
		if (!result.ok) {
			if (result.reason === 'locked') {
				return fail(429, { email, error: 'locked' as const, minutes: Math.max(1, Math.ceil((result.until - Date.now()) / 60_000)) });
			}
			return fail(400, { email, error: 'invalid' as const });
		}
		cookies.set(sessionCookieName, result.token, {
			path: '/',
			httpOnly: true,
			secure: true,
			sameSite: 'lax',
			expires: sessionCookieExpiry(result)
		});
		if (!cookies.get(localeCookieName) && result.locale && isLocale(result.locale)) {
			cookies.set(localeCookieName, result.locale, { path: '/', httpOnly: false, sameSite: 'lax', secure: true, maxAge: 60 * 60 * 24 * 400 });
		}
		redirect(303, safeNextPath(url.searchParams.get('next')));
	}
};
