import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { acceptInvitation, findInvitation } from '$lib/server/invitations';
import { checkNewPassword, minPasswordLength, maxPasswordLength } from '$lib/server/auth/password';
import { sessionCookieExpiry, sessionCookieName } from '$lib/server/auth/session';
import { formText } from '$lib/server/http/form';

// Public by design: the secret in the link is the credential.
export const load: PageServerLoad = async ({ params, locals }) => {
	const invitation = await findInvitation(locals.database, params.token, Date.now());
	return { valid: !!invitation, name: invitation?.name ?? '', min: minPasswordLength, max: maxPasswordLength };
};

export const actions: Actions = {
	default: async ({ params, request, locals, cookies }) => {
		const form = await request.formData();
		const password = formText(form, 'password');
		const confirm = formText(form, 'confirm');
		const problem = checkNewPassword(password);
		if (problem) return fail(400, { problem });
		if (password !== confirm) return fail(400, { problem: 'mismatch' as const });
		const created = await acceptInvitation(locals.database, params.token, password, Date.now());
		if (!created) return fail(400, { problem: 'invalid' as const });
		cookies.set(sessionCookieName, created.token, { path: '/', httpOnly: true, secure: true, sameSite: 'lax', expires: sessionCookieExpiry(created.session) });
		redirect(303, '/');
	}
};
