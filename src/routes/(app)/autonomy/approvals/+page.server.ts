import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { approvalQueue, reviewDecision } from '$lib/server/decisions';
import { listActions } from '$lib/server/autonomy-policy';
import { formText, parseId } from '$lib/server/http/form';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'supervisor', 'hr', 'admin');
	const database = event.locals.database;
	const now = Date.now();
	return {
		now,
		queue: await approvalQueue(database, await dataScope(database, user), user.role, now),
		actions: await listActions(database.db, user.organizationId)
	};
};

export const actions: Actions = {
	review: async (event) => {
		const user = requireRole(event, 'supervisor', 'hr', 'admin');
		const database = event.locals.database;
		const form = await event.request.formData();
		const id = parseId(formText(form, 'id'));
		const verdict = formText(form, 'verdict');
		if (id === null || (verdict !== 'approved' && verdict !== 'denied')) return fail(400, { problem: 'review_not_found', reviewer: '', id: id ?? 0 });
		const out = await reviewDecision(database, await dataScope(database, user), user.role, id, { verdict, note: formText(form, 'note') }, Date.now());
		if (!out.ok) return fail(out.problem === 'review_note_required' ? 400 : 409, { problem: out.problem, reviewer: out.by ?? '', id });
		return { reviewed: verdict, id };
	}
};
