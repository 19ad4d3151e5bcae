import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { dataScope, requireRole } from '$lib/server/auth/guard';
import { closedWaves, compareResults, surveyById, waveResults } from '$lib/server/surveys';
import { todayOf } from '$lib/server/time-off';
import { parseId } from '$lib/server/http/form';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'supervisor', 'hr', 'admin');
	const database = event.locals.database;
	const survey = await surveyById(database, user.organizationId, parseId(event.params.id) ?? -1);
	if (!survey) error(404, 'not_found');
	const today = await todayOf(database, user.id);
	const waves = closedWaves(survey, today);
	const wanted = Number(event.url.searchParams.get('wave') ?? waves[0]?.index ?? -1);
	const scope = await dataScope(database, user);
	const results = waves.some((w) => w.index === wanted) ? await waveResults(database, scope, survey, wanted, today) : null;
	// Comparison only between segments this person may see, and only when the plan allows it.
	const a = event.url.searchParams.get('a');
	const b = event.url.searchParams.get('b');
	const comparison = results && a && b && results.visibleKeys.has(a) && results.visibleKeys.has(b) ? { a, b, outcome: compareResults(results.plan, a, b) } : null;
	return {
		survey: { id: survey.id, title: survey.title, items: survey.items, minRespondents: survey.minRespondents, minCommentRespondents: survey.minCommentRespondents },
		waves,
		wave: results?.wave ?? null,
		results: results?.results ?? [],
		comparison
	};
};
