import type { Actions, PageServerLoad } from './$types';
import { eq } from 'drizzle-orm';
import { requireRole } from '$lib/server/auth/guard';
import { publishedShiftsFor } from '$lib/server/scheduling';
import { createCalendarFeed, hasCalendarFeed, revokeCalendarFeed } from '$lib/server/calendar-feed';
import { sites } from '$lib/server/db/schema';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'agent');
	const database = event.locals.database;
	const now = Date.now();
	const week = 7 * 86_400_000;
	const site = user.siteId === null ? undefined : (await database.db.select({ timeZone: sites.timeZone }).from(sites).where(eq(sites.id, user.siteId)).limit(1))[0];
	return {
		timeZone: site?.timeZone ?? 'UTC',
		shifts: await publishedShiftsFor(database, user.id, now - week, now + 5 * week),
		hasFeed: await hasCalendarFeed(database, user.id)
	};
};

export const actions: Actions = {
	feed: async (event) => {
		const user = requireRole(event, 'agent');
		const token = await createCalendarFeed(event.locals.database, user.id, Date.now());
		return { feedUrl: `${event.url.origin}/calendar/${token}.ics` };
	},
	revoke: async (event) => {
		const user = requireRole(event, 'agent');
		await revokeCalendarFeed(event.locals.database, user.id, Date.now());
		return { revoked: true };
	}
};
