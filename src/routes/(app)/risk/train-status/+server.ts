import { json, type RequestHandler } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { trainingRun } from '$lib/server/turnover-risk';

// Polled by the model card while a retraining runs.
export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'hr', 'admin');
	const run = await trainingRun(event.locals.database, user.organizationId);
	return json(run ? { trainingStatus: run.status, progress: run.progress, error: run.error } : { trainingStatus: 'none', progress: 0, error: null });
};
