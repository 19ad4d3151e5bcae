import { describe, expect, it } from 'vitest';
import { parseResponse, parseSurvey, type SurveyRaw } from './survey-input';

const good: SurveyRaw = { title: ' Pulse ', enps: true, who5: true, comment: true, items: 'My schedule works for me\n\nI can decide alone', start_day: '2026-11-30', every_weeks: '2', open_days: '7', min_respondents: '5', min_comment_respondents: '10' };

describe('survey input', () => {
	it('reads a survey: trimmed title, one 1-5 question per line, schedule and thresholds', () => {
		expect(parseSurvey(good, '2026-11-23')).toEqual({
			ok: true,
			value: { title: 'Pulse', includeEnps: true, includeWho5: true, allowComment: true, items: [{ key: 'i1', text: 'My schedule works for me', min: 1, max: 5 }, { key: 'i2', text: 'I can decide alone', min: 1, max: 5 }], startDay: '2026-11-30', everyWeeks: 2, closesAfterDays: 7, minRespondents: 5, minCommentRespondents: 10 }
		});
	});
	it('names each bad field', () => {
		const out = parseSurvey({ ...good, title: '', enps: false, who5: false, items: '', start_day: '2026-11-22', every_weeks: '3', open_days: '0', min_respondents: '2', min_comment_respondents: '4' }, '2026-11-23');
		expect(out.ok ? [] : out.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['title:required', 'measures:survey_no_measure', 'start_day:survey_start', 'every_weeks:survey_every', 'open_days:survey_open_days', 'min_respondents:survey_threshold']);
		// Comments need at least as many respondents as scores.
		const low = parseSurvey({ ...good, min_respondents: '8', min_comment_respondents: '5' }, '2026-11-23');
		expect(low.ok ? [] : low.errors.map((e) => e.field)).toEqual(['min_comment_respondents']);
	});
	it('needs every measure of an answer, and keeps the comment short', () => {
		const survey = { includeEnps: true, includeWho5: false, allowComment: true, items: [{ key: 'i1', text: 'Q', min: 1, max: 5 }] };
		expect(parseResponse(survey, { enps: '9', who5: [], items: { i1: '4' }, comment: ' ' + 'x'.repeat(1200) })).toEqual({ ok: true, value: { enps: 9, who5: null, items: { i1: 4 }, comment: 'x'.repeat(1000) } });
		const bad = parseResponse(survey, { enps: '11', who5: [], items: { i1: '0' }, comment: '' });
		expect(bad.ok ? [] : bad.errors.map((e) => e.field)).toEqual(['enps', 'item_i1']);
		expect(parseResponse({ ...survey, allowComment: false }, { enps: '0', who5: [], items: { i1: '5' }, comment: 'hidden' })).toMatchObject({ ok: true, value: { comment: null } });
	});
});
