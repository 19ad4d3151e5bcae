import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { listQueues } from '$lib/server/org';
import { historyCoverage } from '$lib/server/history';
import { deleteShrinkage, listShrinkage, saveShrinkage } from '$lib/server/staffing-settings';
import { listForecasts } from '$lib/server/forecasting';
import { validateShrinkage } from '$lib/domain/staffing/settings-input';
import { editTarget, formText, parseId } from '$lib/server/http/form';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'supervisor', 'admin');
	const database = event.locals.database;
	const queues = await listQueues(database, user.organizationId);
	const coverage = await historyCoverage(database, queues.map((q) => q.id));
	const latest = await Promise.all(queues.map(async (q) => (await listForecasts(database, q.id, 12)).find((f) => f.saved) ?? null));
	return {
		queues: queues.map((q, i) => ({ ...q, coverage: coverage.find((c) => c.queueId === q.id) ?? null, saved: latest[i] })),
		shrinkage: await listShrinkage(database, user.organizationId)
	};
};

export const actions: Actions = {
	shrinkage: async (event) => {
		const user = requireRole(event, 'supervisor', 'admin');
		const database = event.locals.database;
		const form = await event.request.formData();
		const existing = await listShrinkage(database, user.organizationId);
		const { idText, id, others } = editTarget(form, existing);
		const raw = { name: formText(form, 'name'), kind: formText(form, 'kind'), share: formText(form, 'share') };
		const result = validateShrinkage(raw, others.map((c) => c.name), others.reduce((sum, c) => sum + c.share, 0));
		if (!result.ok) return fail(400, { id: idText, values: raw, errors: result.errors });
		await saveShrinkage(database, user.organizationId, id, result.value, user.id, Date.now());
		return { saved: true };
	},
	deleteShrinkage: async (event) => {
		const user = requireRole(event, 'supervisor', 'admin');
		const id = parseId(formText(await event.request.formData(), 'id'));
		if (id !== null) await deleteShrinkage(event.locals.database, user.organizationId, id, user.id, Date.now());
		return { saved: true };
	}
};
