import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { coachableAgents, createCoachingSession, listCoaching } from '$lib/server/quality';
import { recentPractice } from '$lib/server/training';
import { todayOf } from '$lib/server/time-off';
import { formText, parseId } from '$lib/server/http/form';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'agent', 'supervisor', 'admin');
	const database = event.locals.database;
	const scope = await dataScope(database, user);
	const coach = user.role !== 'agent';
	return {
		coach,
		today: await todayOf(database, user.id),
		sessions: await listCoaching(database, scope),
		agents: coach ? await coachableAgents(database, scope) : [],
		practice: coach ? await recentPractice(database, scope, 30) : []
	};
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, 'supervisor', 'admin');
		const database = event.locals.database;
		const form = await event.request.formData();
		const goals = [0, 1, 2].map((i) => ({ goal: formText(form, `goal${i}`), measure: formText(form, `measure${i}`), due: formText(form, `due${i}`) }));
		const value = { personId: parseId(formText(form, 'person')) ?? -1, feedback: formText(form, 'feedback'), goals, evaluationId: null, practiceAttemptId: parseId(formText(form, 'practice')) };
		const scope = await dataScope(database, user);
		if (value.practiceAttemptId !== null && !(await recentPractice(database, scope, 1000)).some((p) => p.id === value.practiceAttemptId && p.personId === value.personId)) value.practiceAttemptId = null;
		const out = await createCoachingSession(database, scope, value, user.id, Date.now());
		if (!out.ok) return fail(400, { values: { person: formText(form, 'person'), feedback: value.feedback, goals }, errors: out.errors });
		redirect(303, `/coaching/${out.id}`);
	}
};
