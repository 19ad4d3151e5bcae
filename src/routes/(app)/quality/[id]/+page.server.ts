import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { calibrationOf, createCoachingSession, evaluationInScope, evaluationsOf, latestVersions, listScorecards, saveEvaluation, scorecardById, transcriptInScope } from '$lib/server/quality';
import { formText, parseId } from '$lib/server/http/form';
import { itemAnswers, type ItemAnswer } from '$lib/domain/quality/scorecard';

async function theTranscript(event: Pick<RequestEvent, 'locals' | 'params' | 'url' | 'request'>) {
	const user = requireRole(event, 'supervisor', 'admin');
	const database = event.locals.database;
	const scope = await dataScope(database, user);
	const id = parseId(event.params.id);
	const found = id === null ? null : await transcriptInScope(database, scope, id);
	if (!found) error(404, 'not_found');
	return { user, database, scope, found };
}

export const load: PageServerLoad = async (event) => {
	const { user, database, found } = await theTranscript(event);
	const rows = await evaluationsOf(database.db, found.transcript.id);
	return {
		transcript: found.transcript,
		agentName: found.name,
		cards: latestVersions(await listScorecards(database, user.organizationId, Date.now())),
		evaluations: rows.map((r) => ({ id: r.evaluation.id, reviewer: r.reviewer, score: r.evaluation.score, autoFailed: r.evaluation.autoFailed, calibration: r.evaluation.calibration, expert: r.evaluation.expert, note: r.evaluation.note, card: `${r.card.name} v${r.card.version}`, mine: r.evaluation.reviewerId === user.id })),
		calibration: calibrationOf(rows)
	};
};

export const actions: Actions = {
	evaluate: async (event) => {
		const { user, database, found } = await theTranscript(event);
		const form = await event.request.formData();
		const card = await scorecardById(database.db, user.organizationId, parseId(formText(form, 'scorecard')) ?? -1);
		if (!card) return fail(400, { evaluationErrors: [{ field: 'scorecard', code: 'evaluation_card' }] });
		const answers = new Map<string, ItemAnswer>();
		for (const [k, v] of form) if (k.startsWith('item:') && typeof v === 'string' && (itemAnswers as readonly string[]).includes(v)) answers.set(k.slice(5), v as ItemAnswer);
		const out = await saveEvaluation(database, found.transcript, card, user.id, { answers, note: formText(form, 'note'), calibration: form.get('calibration') === 'on', expert: form.get('expert') === 'on' }, Date.now());
		if (!out.ok) return fail(400, { evaluationErrors: out.errors, answers: Object.fromEntries(answers), scorecard: card.id });
		return { saved: out.score };
	},
	coach: async (event) => {
		const { user, database, scope, found } = await theTranscript(event);
		const form = await event.request.formData();
		const evaluation = await evaluationInScope(database, scope, parseId(formText(form, 'evaluation')) ?? -1);
		if (!evaluation || evaluation.evaluation.transcriptId !== found.transcript.id) error(404, 'not_found');
		const feedback = formText(form, 'feedback');
		const out = await createCoachingSession(database, scope, { personId: found.transcript.personId, feedback, goals: [], evaluationId: evaluation.evaluation.id, practiceAttemptId: null }, user.id, Date.now());
		if (!out.ok) return fail(400, { coachErrors: out.errors, coachEvaluation: evaluation.evaluation.id });
		redirect(303, `/coaching/${out.id}`);
	}
};
