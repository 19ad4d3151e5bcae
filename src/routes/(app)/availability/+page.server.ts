import { fail } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { addException, addPreference, deleteException, deletePreference, loadAvailability, replaceWeekly, setDesiredHours } from '$lib/server/availability';
import { formText, parseId } from '$lib/server/http/form';
import { people } from '$lib/server/db/schema';
import { siteTimeZone } from '$lib/server/org';
import { validateDesiredHours, validateException, validatePreference, validateWeekly } from '$lib/domain/schedule/availability-input';
import { dayInZone } from '$lib/domain/time/calendar';

async function agentContext(event: Pick<RequestEvent, 'locals' | 'url' | 'request'>) {
	const user = requireRole(event, 'agent');
	const database = event.locals.database;
	const person = (await database.db.select({ min: people.contractHoursMin, max: people.contractHoursMax, siteId: people.siteId }).from(people).where(eq(people.id, user.id)).limit(1))[0]!;
	const timeZone = await siteTimeZone(database.db, person.siteId);
	return { user, database, person, timeZone, today: dayInZone(Date.now(), timeZone) };
}

export const load: PageServerLoad = async (event) => {
	const { user, database, person, timeZone, today } = await agentContext(event);
	return { ...(await loadAvailability(database, user.id, today)), contract: { min: person.min, max: person.max }, timeZone, today };
};

export const actions: Actions = {
	weekly: async (event) => {
		const { user, database } = await agentContext(event);
		const form = await event.request.formData();
		const raw = Array.from({ length: 7 }, (_, d) => ({ available: form.get(`day${d}_available`) === 'on', start: formText(form, `day${d}_start`), end: formText(form, `day${d}_end`) }));
		const result = validateWeekly(raw);
		if (!result.ok) return fail(400, { weeklyValues: raw, weeklyErrors: result.errors });
		await replaceWeekly(database, user.id, result.value, Date.now());
		return { saved: 'weekly' as const };
	},
	exception: async (event) => {
		const { user, database, today } = await agentContext(event);
		const form = await event.request.formData();
		const raw = { day: formText(form, 'day'), all_day: form.get('all_day') === 'on', start: formText(form, 'start'), end: formText(form, 'end'), note: formText(form, 'note') };
		const result = validateException(raw, today);
		if (!result.ok) return fail(400, { exceptionErrors: result.errors });
		await addException(database, user.id, result.value, Date.now());
		return { saved: 'exception' as const };
	},
	deleteException: async (event) => {
		const { user, database } = await agentContext(event);
		const id = parseId(formText(await event.request.formData(), 'id'));
		if (id !== null) await deleteException(database, user.id, id, Date.now());
		return { saved: 'exception' as const };
	},
	preference: async (event) => {
		const { user, database } = await agentContext(event);
		const form = await event.request.formData();
		const result = validatePreference({ kind: formText(form, 'kind'), weekday: formText(form, 'weekday'), start: formText(form, 'start'), end: formText(form, 'end') });
		if (!result.ok) return fail(400, { preferenceErrors: result.errors });
		await addPreference(database, user.id, result.value, Date.now());
		return { saved: 'preference' as const };
	},
	deletePreference: async (event) => {
		const { user, database } = await agentContext(event);
		const id = parseId(formText(await event.request.formData(), 'id'));
		if (id !== null) await deletePreference(database, user.id, id, Date.now());
		return { saved: 'preference' as const };
	},
	desired: async (event) => {
		const { user, database, person } = await agentContext(event);
		const result = validateDesiredHours(formText(await event.request.formData(), 'desired'), person.min, person.max);
		if (!result.ok) return fail(400, { desiredErrors: result.errors });
		await setDesiredHours(database, user.id, result.value, Date.now());
		return { saved: 'desired' as const };
	}
};
