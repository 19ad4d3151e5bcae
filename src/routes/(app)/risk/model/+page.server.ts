import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { latestModel, startTraining, trainingRun } from '$lib/server/turnover-risk';
import { todayOf } from '$lib/server/time-off';
import { people } from '$lib/server/db/schema';
import { eq } from 'drizzle-orm';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'supervisor', 'hr', 'admin');
	const database = event.locals.database;
	const model = await latestModel(database, user.organizationId);
	const trainer = model?.trainedBy ? (await database.db.select({ name: people.name }).from(people).where(eq(people.id, model.trainedBy)))[0]?.name : null;
	const run = user.role === 'hr' || user.role === 'admin' ? await trainingRun(database, user.organizationId) : null;
	return {
		run: run ? { status: run.status, progress: run.progress, error: run.error } : null,
		canTrain: user.role === 'hr' || user.role === 'admin',
		model: model ? { trainedAt: model.trainedAt, trainer: trainer ?? '—', windowFrom: model.windowFrom, windowTo: model.windowTo, rows: model.rows, exits: model.exits, kind: model.model.kind, l2: model.model.l2, fallback: model.model.fallback, validation: model.validation } : null
	};
};

export const actions: Actions = {
	train: async (event) => {
		const user = requireRole(event, 'hr', 'admin');
		const database = event.locals.database;
		const now = Date.now();
		await startTraining(database, user.organizationId, await todayOf(database, user.id, now), user.id, now);
		redirect(303, '/risk/model');
	}
};
