import { redirect, type RequestHandler } from '@sveltejs/kit';
import { deleteSession, sessionCookieName } from '$lib/server/auth/session';
import { recordAudit } from '$lib/server/audit';

export const POST: RequestHandler = async ({ locals, cookies }) => {
	const { session, user } = locals;
	if (session && user) {
		await deleteSession(locals.database, session.id);
		await locals.database.write((tx) => recordAudit(tx, { actorId: user.id, action: 'session.sign_out', entity: 'person', entityId: user.id }, Date.now()));
	}
	cookies.delete(sessionCookieName, { path: '/', secure: true });
	redirect(303, '/sign-in?signed-out');
};
