import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { flexibilityFor, teamFairness } from '$lib/server/fairness';
import { requesterOf } from '$lib/server/time-off';
import { spread } from '$lib/domain/schedule/fairness';
import { isoWeekday } from '$lib/domain/schedule/center-model';
import { addDays } from '$lib/domain/people/turnover';
import { dayInZone } from '$lib/domain/time/calendar';

// The agent's own figures beside team summaries (mean, lowest, highest): no one else's row leaves the server.
export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'agent');
	const database = event.locals.database;
	const me = await requesterOf(database, user.id);
	const today = dayInZone(Date.now(), me.timeZone);
	const monday = addDays(today, -isoWeekday(today));
	const firstDay = addDays(monday, -28);
	const lastDay = addDays(monday, 13);
	const figures = me.teamId === null ? [] : await teamFairness(database, me.teamId, firstDay, lastDay, me.timeZone);
	const mine = figures.find((f) => f.personId === user.id) ?? null;
	const share = (f: { wishesHonoured: number; wishesTotal: number }) => (f.wishesTotal ? f.wishesHonoured / f.wishesTotal : null);
	const shares = figures.map(share).filter((v): v is number => v !== null);
	return {
		firstDay,
		lastDay,
		teamSize: figures.length,
		mine: mine ? { weekends: mine.weekends, evenings: mine.evenings, wishesShare: share(mine), wishesTotal: mine.wishesTotal } : null,
		team: { weekends: spread(figures.map((f) => f.weekends)), evenings: spread(figures.map((f) => f.evenings)), wishesShare: shares.length ? spread(shares) : null },
		flexibility: (await flexibilityFor(database, [user.id], firstDay)).sort((a, b) => a.weekStart.localeCompare(b.weekStart))
	};
};
