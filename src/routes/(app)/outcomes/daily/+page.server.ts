import type { PageServerLoad } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { dailyReview } from '$lib/server/outcomes';
import { requesterOf } from '$lib/server/time-off';
import { dayInZone } from '$lib/domain/time/calendar';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'supervisor', 'hr', 'admin');
	const database = event.locals.database;
	const today = dayInZone(Date.now(), (await requesterOf(database, user.id)).timeZone);
	return await dailyReview(database, await dataScope(database, user), today);
};
