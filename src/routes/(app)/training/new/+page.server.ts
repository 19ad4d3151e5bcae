import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { createAuthoredModule } from '$lib/server/training';
import { formText } from '$lib/server/http/form';
import { parseModule, type ModuleRaw } from '$lib/domain/training/module-input';
import { getLocale } from '$lib/paraglide/runtime';

// Spare rows the form offers; blank ones are ignored.
const rows = { lessons: 3, scenarios: 5, quiz: 5 };

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'supervisor', 'admin');
	return { rows };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'supervisor', 'admin');
		const form = await event.request.formData();
		const f = (name: string) => formText(form, name);
		const raw: ModuleRaw = {
			title: f('title'),
			summary: f('summary'),
			minutes: f('minutes'),
			lessons: Array.from({ length: rows.lessons }, (_, i) => ({ title: f(`lesson${i}_title`), body: f(`lesson${i}_body`) })),
			scenarios: Array.from({ length: rows.scenarios }, (_, i) => ({ title: f(`scenario${i}_title`), customerMessage: f(`scenario${i}_message`), modelReply: f(`scenario${i}_reply`) })),
			quiz: Array.from({ length: rows.quiz }, (_, i) => ({ prompt: f(`question${i}_prompt`), options: f(`question${i}_options`), answer: f(`question${i}_answer`), explanation: f(`question${i}_explanation`) }))
		};
		const parsed = parseModule(raw);
		if (!parsed.ok) return fail(400, { values: raw, errors: parsed.errors });
		const module = await createAuthoredModule(event.locals.database, user.organizationId, parsed.value, getLocale(), user.id, Date.now());
		redirect(303, `/training/${module.id}`);
	}
};
