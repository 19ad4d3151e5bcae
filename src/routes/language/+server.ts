import { redirect, type RequestHandler } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { cookieName, isLocale } from '$lib/paraglide/runtime';
import { people } from '$lib/server/db/schema';
import { safeNextPath } from '$lib/server/http/next-path';

// Open to everyone (the sign-in page has a switcher too); a signed-in person's choice is kept on their profile.
export const POST: RequestHandler = async ({ request, cookies, locals }) => {
	const form = await request.formData();
	const locale = String(form.get('locale') ?? '');
	const next = safeNextPath(form.get('next'));
	if (isLocale(locale)) {
		cookies.set(cookieName, locale, { path: '/', httpOnly: false, sameSite: 'lax', secure: true, maxAge: 60 * 60 * 24 * 400 });
		const user = locals.user;
		if (user) await locals.database.write((tx) => tx.update(people).set({ locale }).where(eq(people.id, user.id)));
	}
	redirect(303, next);
};
