import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { cancelTimeOff, myTimeOff, requestTimeOff, requesterOf, teammatesOff, timeOffBalance } from '$lib/server/time-off';
import { formText, parseId } from '$lib/server/http/form';
import { validateTimeOffRequest } from '$lib/domain/schedule/time-off';
import { addDays } from '$lib/domain/people/turnover';
import { dayInZone } from '$lib/domain/time/calendar';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'agent');
	const database = event.locals.database;
	const requester = await requesterOf(database, user.id);
	const today = dayInZone(Date.now(), requester.timeZone);
	const from = event.url.searchParams.get('from') ?? today;
	const first = /^\d{4}-\d{2}-\d{2}$/.test(from) && from >= today ? from : today;
	return {
		today,
		balance: await timeOffBalance(database, user.id, Number(today.slice(0, 4))),
		requests: await myTimeOff(database, user.id),
		teammatesOff: await teammatesOff(database, requester, first, addDays(first, 13))
	};
};

export const actions: Actions = {
	request: async (event) => {
		const user = requireRole(event, 'agent');
		const database = event.locals.database;
		const form = await event.request.formData();
		const requester = await requesterOf(database, user.id);
		const raw = { first_day: formText(form, 'first_day'), last_day: formText(form, 'last_day'), reason: formText(form, 'reason') };
		const result = validateTimeOffRequest(raw, dayInZone(Date.now(), requester.timeZone));
		if (!result.ok) return fail(400, { values: raw, errors: result.errors });
		const outcome = await requestTimeOff(database, user.id, result.value, Date.now());
		if (!outcome.ok) return fail(400, { values: raw, problem: outcome.problem, left: outcome.left ?? 0 });
		return { requested: outcome.request.status };
	},
	cancel: async (event) => {
		const user = requireRole(event, 'agent');
		const database = event.locals.database;
		const requester = await requesterOf(database, user.id);
		const id = parseId(formText(await event.request.formData(), 'id'));
		if (id === null || !(await cancelTimeOff(database, user.id, id, dayInZone(Date.now(), requester.timeZone), Date.now()))) return fail(400, { cancelError: true });
		return { cancelled: true };
	}
};
