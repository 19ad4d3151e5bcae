import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { maxReplyLength, moduleById, moduleForReader, recordPractice, recordQuiz } from '$lib/server/training';
import { renderMarkdown } from '$lib/server/markdown';
import { formText, parseId } from '$lib/server/http/form';
import { getLocale } from '$lib/paraglide/runtime';

async function theModule(event: Pick<RequestEvent, 'locals' | 'params' | 'url' | 'request'>) {
	const user = requireRole(event, 'agent', 'supervisor', 'admin');
	const id = parseId(event.params.id);
	const module = id === null ? null : await moduleById(event.locals.database.db, user.organizationId, id);
	if (!module) error(404, 'not_found');
	return { user, module };
}

export const load: PageServerLoad = async (event) => {
	const { user, module } = await theModule(event);
	const found = await moduleForReader(event.locals.database, user.id, module, getLocale(), Date.now());
	if (!found) error(404, 'not_found');
	return {
		id: module.id,
		view: { ...found.view, lessons: found.view.lessons.map((l) => ({ key: l.key, title: l.title, html: renderMarkdown(l.body) })), quiz: found.view.quiz.map((q) => ({ key: q.key, prompt: q.prompt, options: q.options })) },
		dueDay: found.dueDay,
		progress: found.progress,
		maxReplyLength
	};
};

export const actions: Actions = {
	practice: async (event) => {
		const { user, module } = await theModule(event);
		const form = await event.request.formData();
		const scenario = formText(form, 'scenario');
		const reply = formText(form, 'reply');
		const out = await recordPractice(event.locals.database, user.id, module, scenario, reply, getLocale(), Date.now());
		if (!out.ok) return fail(400, { practiceError: out.error, scenario, reply });
		const s = out.score;
		return {
			practice: {
				scenario,
				reply: reply.trim(),
				total: out.total,
				mechanisms: [
					['emotional_reaction', s.emotionalReaction],
					['interpretation', s.interpretation],
					['exploration', s.exploration],
					['ownership', s.ownership],
					['next_steps', s.nextSteps]
				].map(([key, mech]) => ({ key: key as string, ...(mech as typeof s.emotionalReaction) }))
			}
		};
	},
	quiz: async (event) => {
		const { user, module } = await theModule(event);
		const form = await event.request.formData();
		const chosen = new Map<string, number>();
		for (const [k, v] of form) if (k.startsWith('q:') && typeof v === 'string' && /^\d+$/.test(v)) chosen.set(k.slice(2), Number(v));
		const result = await recordQuiz(event.locals.database, user.id, module, chosen, getLocale(), Date.now());
		if (!result) error(404, 'not_found');
		// The answer key's explanations only once an attempt is in: the page never carries the key before.
		const found = await moduleForReader(event.locals.database, user.id, module, getLocale(), Date.now());
		return { quiz: { ...result, explanations: Object.fromEntries((found?.view.quiz ?? []).map((q) => [q.key, q.explanation])) } };
	}
};
