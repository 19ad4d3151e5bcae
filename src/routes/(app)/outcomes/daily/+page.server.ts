import type { PageServerLoad } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { dailyReview } from '$lib/server/outcomes';
import { todayOf } from '$lib/server/time-off';
import { recordMetricReview } from '$lib/server/outcome-targets';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'supervisor', 'hr', 'admin');
	const database = event.locals.database;
	const today = await todayOf(database, user.id);
	await recordMetricReview(database, user.id, today);
	return await dailyReview(database, await dataScope(database, user), today);
};
