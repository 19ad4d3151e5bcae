import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { createSurvey, listSurveys, openWaveProgress, surveysToAnswer } from '$lib/server/surveys';
import { todayOf } from '$lib/server/time-off';
import { formText } from '$lib/server/http/form';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'agent', 'supervisor', 'hr', 'admin');
	const database = event.locals.database;
	const now = Date.now();
	const today = await todayOf(database, user.id, now);
	if (user.role === 'agent') return { role: user.role, today, toAnswer: (await surveysToAnswer(database, user.id, user.organizationId, now)).map((x) => ({ id: x.survey.id, title: x.survey.title, closesOn: x.wave.closesOn, answered: x.answered })), surveys: [] };
	const list = await listSurveys(database, user.organizationId);
	const surveys = [];
	for (const s of list) surveys.push({ id: s.id, title: s.title, startDay: s.startDay, everyWeeks: s.everyWeeks, openDays: s.closesAfterDays, progress: await openWaveProgress(database, s, today) });
	return { role: user.role, today, toAnswer: [], surveys };
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, 'hr', 'admin');
		const database = event.locals.database;
		const form = await event.request.formData();
		const raw = { title: formText(form, 'title'), enps: form.get('enps') === 'on', who5: form.get('who5') === 'on', comment: form.get('comment') === 'on', items: formText(form, 'items'), start_day: formText(form, 'start_day'), every_weeks: formText(form, 'every_weeks'), open_days: formText(form, 'open_days'), min_respondents: formText(form, 'min_respondents'), min_comment_respondents: formText(form, 'min_comment_respondents') };
		const today = await todayOf(database, user.id);
		const out = await createSurvey(database, user.organizationId, raw, today, user.id, Date.now());
		if (!out.ok) return fail(400, { values: raw, errors: out.errors });
		return { created: out.survey.id };
	}
};
