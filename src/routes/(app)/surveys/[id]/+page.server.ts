import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { submitResponse, surveyById, surveysToAnswer } from '$lib/server/surveys';
import { formText, parseId } from '$lib/server/http/form';

async function theSurvey(event: Pick<RequestEvent, 'locals' | 'params' | 'url' | 'request'>) {
	// Pulse surveys are answered by agents; the others read the results.
	const user = requireRole(event, 'agent');
	const survey = await surveyById(event.locals.database, user.organizationId, parseId(event.params.id) ?? -1);
	if (!survey) error(404, 'not_found');
	return { user, survey };
}

export const load: PageServerLoad = async (event) => {
	const { user, survey } = await theSurvey(event);
	const open = (await surveysToAnswer(event.locals.database, user.id, user.organizationId, Date.now())).find((x) => x.survey.id === survey.id);
	return { survey: { id: survey.id, title: survey.title, includeEnps: survey.includeEnps, includeWho5: survey.includeWho5, allowComment: survey.allowComment, items: survey.items }, open: open ? { closesOn: open.wave.closesOn, answered: open.answered } : null };
};

export const actions: Actions = {
	default: async (event) => {
		const { user, survey } = await theSurvey(event);
		const form = await event.request.formData();
		const raw = { enps: formText(form, 'enps'), who5: [0, 1, 2, 3, 4].map((i) => formText(form, `who5_${i}`)), items: Object.fromEntries(survey.items.map((i) => [i.key, formText(form, `item_${i.key}`)])), comment: formText(form, 'comment') };
		const out = await submitResponse(event.locals.database, user.id, survey, raw, Date.now());
		if (!out.ok) return fail(400, { values: raw, errors: out.errors });
		return { submitted: true };
	}
};
