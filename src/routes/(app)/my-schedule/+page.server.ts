import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { publishedShiftsFor } from '$lib/server/scheduling';
import { createCalendarFeed, hasCalendarFeed, revokeCalendarFeed } from '$lib/server/calendar-feed';
import { siteTimeZone } from '$lib/server/org';
import { isoWeekday, localTimeMs } from '$lib/domain/schedule/center-model';
import { addDays, addMonths } from '$lib/domain/people/turnover';
import { dayInZone } from '$lib/domain/time/calendar';
import { fail } from '@sveltejs/kit';
import { answerExchange, cancelOffer, exchangesOf, myOffers, offerShift, openOffers, proposeExchange, returnableShifts, takeShift, withdrawExchange } from '$lib/server/swaps';
import { openOffersFor, takeOffer } from '$lib/server/offers';
import { formText, parseId } from '$lib/server/http/form';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'agent');
	const database = event.locals.database;
	const now = Date.now();
	const week = 7 * 86_400_000;
	const timeZone = await siteTimeZone(database.db, user.siteId);
	// Month view: ?month=YYYY-MM (default the current one), shown as whole weeks Monday to Sunday.
	const view = event.url.searchParams.get('view') === 'month' ? 'month' : 'week';
	const monthParam = event.url.searchParams.get('month') ?? '';
	const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(monthParam) ? monthParam : dayInZone(now, timeZone).slice(0, 7);
	const firstOfMonth = `${month}-01`;
	const gridStart = addDays(firstOfMonth, -isoWeekday(firstOfMonth));
	const nextMonth = addMonths(firstOfMonth, 1);
	const gridEnd = addDays(nextMonth, (7 - isoWeekday(nextMonth)) % 7);
	const range = view === 'month' ? [localTimeMs(gridStart, 0, timeZone), localTimeMs(gridEnd, 0, timeZone)] : [now - week, now + 5 * week];
	return {
		view,
		month,
		previousMonth: addMonths(firstOfMonth, -1).slice(0, 7),
		nextMonth: nextMonth.slice(0, 7),
		gridStart,
		gridEnd,
		timeZone,
		shifts: await publishedShiftsFor(database, user.id, range[0]!, range[1]!),
		hasFeed: await hasCalendarFeed(database, user.id),
		offers: await openOffers(database, user.teamId, user.id, now),
		mine: (await myOffers(database, user.id)).map((o) => ({ id: o.id, shiftId: o.shiftId, status: o.status })),
		exchanges: await exchangesOf(database, user.id),
		// What the agent may give in exchange: their free shifts of the next six weeks.
		returnable: await returnableShifts(database, user.id, now, now + 6 * week),
		staffingOffers: await openOffersFor(database, user.teamId, user.id, dayInZone(now, timeZone)),
		now
	};
};

export const actions: Actions = {
	feed: async (event) => {
		const user = requireRole(event, 'agent');
		const token = await createCalendarFeed(event.locals.database, user.id, Date.now());
		return { feedUrl: `${event.url.origin}/calendar/${token}.ics` };
	},
	offer: async (event) => {
		const user = requireRole(event, 'agent');
		const id = parseId(formText(await event.request.formData(), 'shift'));
		if (id === null || !(await offerShift(event.locals.database, user.id, id, Date.now()))) return fail(400, { swapProblem: 'not_open' as const });
		return { offered: true };
	},
	cancelOffer: async (event) => {
		const user = requireRole(event, 'agent');
		const id = parseId(formText(await event.request.formData(), 'swap'));
		if (id === null || !(await cancelOffer(event.locals.database, user.id, id, Date.now()))) return fail(400, { swapProblem: 'not_open' as const });
		return { offerCancelled: true };
	},
	take: async (event) => {
		const user = requireRole(event, 'agent');
		const id = parseId(formText(await event.request.formData(), 'swap'));
		if (id === null) return fail(400, { swapProblem: 'not_found' as const });
		const outcome = await takeShift(event.locals.database, user.id, id, Date.now());
		if (!outcome.ok) return fail(400, { swapProblem: outcome.problem, violations: outcome.violations ?? [] });
		return { taken: outcome.status, queueShort: outcome.queueShort };
	},
	propose: async (event) => {
		const user = requireRole(event, 'agent');
		const form = await event.request.formData();
		const id = parseId(formText(form, 'swap'));
		const returnShiftId = parseId(formText(form, 'return_shift'));
		if (id === null) return fail(400, { swapProblem: 'not_found' as const });
		if (returnShiftId === null) return fail(400, { swapProblem: 'return_shift' as const });
		const outcome = await proposeExchange(event.locals.database, user.id, id, returnShiftId, Date.now());
		if (!outcome.ok) return fail(400, { swapProblem: outcome.problem, violations: outcome.violations ?? [] });
		return { proposed: true };
	},
	answer: async (event) => {
		const user = requireRole(event, 'agent');
		const form = await event.request.formData();
		const id = parseId(formText(form, 'swap'));
		const decision = formText(form, 'decision');
		if (id === null || (decision !== 'accept' && decision !== 'decline')) return fail(400, { exchangeProblem: 'not_found' as const });
		const outcome = await answerExchange(event.locals.database, user.id, id, decision === 'accept', Date.now());
		if (!outcome.ok) return fail(400, { exchangeProblem: outcome.problem, exchangeViolations: outcome.violations ?? [] });
		return { answered: outcome.status, queueShort: outcome.queueShort };
	},
	withdraw: async (event) => {
		const user = requireRole(event, 'agent');
		const id = parseId(formText(await event.request.formData(), 'swap'));
		if (id === null || !(await withdrawExchange(event.locals.database, user.id, id, Date.now()))) return fail(400, { exchangeProblem: 'not_open' as const });
		return { withdrawn: true };
	},
	takeOffer: async (event) => {
		const user = requireRole(event, 'agent');
		const id = parseId(formText(await event.request.formData(), 'offer'));
		if (id === null) return fail(400, { offerProblem: 'not_found' as const });
		const outcome = await takeOffer(event.locals.database, user.id, id, Date.now());
		if (!outcome.ok) return fail(400, { offerProblem: outcome.problem, offerViolations: outcome.violations ?? [] });
		return { offerTaken: true };
	},
	revoke: async (event) => {
		const user = requireRole(event, 'agent');
		await revokeCalendarFeed(event.locals.database, user.id, Date.now());
		return { revoked: true };
	}
};
