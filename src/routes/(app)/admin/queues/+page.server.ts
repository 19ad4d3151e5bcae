import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { createQueue, listQueues, updateQueue } from '$lib/server/org';
import { validateQueue } from '$lib/domain/org/org-input';
import { editTarget, formText } from '$lib/server/http/form';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin');
	return { queues: await listQueues(event.locals.database, user.organizationId) };
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'admin');
		const database = event.locals.database;
		const form = await event.request.formData();
		const { idText, id, others } = editTarget(form, await listQueues(database, user.organizationId));
		const raw = {
			name: formText(form, 'name'),
			channel: formText(form, 'channel'),
			time_zone: formText(form, 'time_zone'),
			sl_target: formText(form, 'sl_target'),
			sl_seconds: formText(form, 'sl_seconds'),
			concurrency: formText(form, 'concurrency')
		};
		const result = validateQueue(raw, others.map((q) => q.name));
		if (!result.ok) return fail(400, { id: idText, values: raw, errors: result.errors });
		if (id === null) await createQueue(database, user.organizationId, result.value, user.id, Date.now());
		else await updateQueue(database, user.organizationId, id, result.value, user.id, Date.now());
		return { saved: true };
	}
};
