import type { PageServerLoad } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { latestModel, riskList } from '$lib/server/turnover-risk';
import { todayOf } from '$lib/server/time-off';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'supervisor', 'hr', 'admin');
	const database = event.locals.database;
	const now = Date.now();
	const today = await todayOf(database, user.id, now);
	const model = await latestModel(database, user.organizationId);
	return {
		canTrain: user.role === 'hr' || user.role === 'admin',
		showDistribution: user.role !== 'supervisor',
		fallback: model?.model.fallback ?? null,
		trained: model !== null,
		rows: model ? await riskList(database, await dataScope(database, user), model, today, user.id, now) : []
	};
};
