import type { PageServerLoad } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { latestModel, riskList } from '$lib/server/turnover-risk';
import { requesterOf } from '$lib/server/time-off';
import { dayInZone } from '$lib/domain/time/calendar';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'supervisor', 'hr', 'admin');
	const database = event.locals.database;
	const now = Date.now();
	const today = dayInZone(now, (await requesterOf(database, user.id)).timeZone);
	const model = await latestModel(database, user.organizationId);
	return {
		canTrain: user.role === 'hr' || user.role === 'admin',
		showDistribution: user.role !== 'supervisor',
		fallback: model?.model.fallback ?? null,
		trained: model !== null,
		rows: model ? await riskList(database, await dataScope(database, user), model, today, user.id, now) : []
	};
};
