// A pulse survey and an answer to it as people submit them, checked field by field before anything
// is stored: the survey's title, measures (eNPS, WHO-5, up to 10 own 1-5 questions, a comment),
// schedule (first day not in the past, every 1, 2 or 4 weeks, open for at most the period) and
// anonymity thresholds (scores from at least 3 respondents, comments from at least as many as
// scores); an answer gives every measure the survey asks (an aggregate only covers people who
// answered all of it) and a comment of at most 1,000 characters.
import { isCalendarDay } from '../time/calendar';
import { WHO5_ITEM_COUNT } from './scores';

export interface SurveyItem {
	key: string;
	text: string;
	min: number;
	max: number;
}

export interface SurveyRaw {
	title: string;
	enps: boolean;
	who5: boolean;
	comment: boolean;
	items: string;
	start_day: string;
	every_weeks: string;
	open_days: string;
	min_respondents: string;
	min_comment_respondents: string;
}

export interface SurveyError {
	field: string;
	code: string;
	params?: Record<string, number | string>;
}

export interface SurveyInput {
	title: string;
	includeEnps: boolean;
	includeWho5: boolean;
	allowComment: boolean;
	items: SurveyItem[];
	startDay: string;
	everyWeeks: number;
	closesAfterDays: number;
	minRespondents: number;
	minCommentRespondents: number;
}

export function parseSurvey(raw: SurveyRaw, today: string): { ok: true; value: SurveyInput } | { ok: false; errors: SurveyError[] } {
	const errors: SurveyError[] = [];
	const title = raw.title.trim();
	if (!title || title.length > 120) errors.push({ field: 'title', code: title ? 'too_long' : 'required', params: { max: 120 } });
	const lines = raw.items.split('\n').map((l) => l.trim()).filter(Boolean);
	if (lines.length > 10) errors.push({ field: 'items', code: 'survey_items_many', params: { max: 10 } });
	if (lines.some((l) => l.length > 200)) errors.push({ field: 'items', code: 'too_long', params: { max: 200 } });
	const items: SurveyItem[] = lines.map((text, i) => ({ key: `i${i + 1}`, text, min: 1, max: 5 }));
	if (!raw.enps && !raw.who5 && !items.length) errors.push({ field: 'measures', code: 'survey_no_measure' });
	if (!isCalendarDay(raw.start_day) || raw.start_day < today) errors.push({ field: 'start_day', code: 'survey_start', params: { today } });
	const everyWeeks = Number(raw.every_weeks);
	if (![1, 2, 4].includes(everyWeeks)) errors.push({ field: 'every_weeks', code: 'survey_every' });
	const openDays = Number(raw.open_days);
	if (!Number.isInteger(openDays) || openDays < 1 || openDays > 7 * (everyWeeks || 1)) errors.push({ field: 'open_days', code: 'survey_open_days', params: { max: 7 * ([1, 2, 4].includes(everyWeeks) ? everyWeeks : 1) } });
	const k = Number(raw.min_respondents);
	const kc = Number(raw.min_comment_respondents);
	if (!Number.isInteger(k) || k < 3 || k > 1000) errors.push({ field: 'min_respondents', code: 'survey_threshold' });
	if (!Number.isInteger(kc) || kc < 3 || kc > 1000 || (Number.isInteger(k) && kc < k)) errors.push({ field: 'min_comment_respondents', code: 'survey_comment_threshold' });
	if (errors.length) return { ok: false, errors };
	return { ok: true, value: { title, includeEnps: raw.enps, includeWho5: raw.who5, allowComment: raw.comment, items, startDay: raw.start_day, everyWeeks, closesAfterDays: openDays, minRespondents: k, minCommentRespondents: kc } };
}

export interface ResponseRaw {
	enps: string;
	who5: string[];
	items: Record<string, string>;
	comment: string;
}

export interface ResponseInput {
	enps: number | null;
	who5: number[] | null;
	items: Record<string, number>;
	comment: string | null;
}

/** An answer to a survey with these measures. */
export function parseResponse(survey: { includeEnps: boolean; includeWho5: boolean; allowComment: boolean; items: readonly SurveyItem[] }, raw: ResponseRaw): { ok: true; value: ResponseInput } | { ok: false; errors: SurveyError[] } {
	const errors: SurveyError[] = [];
	const whole = (text: string, min: number, max: number) => (/^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max ? Number(text) : null);
	const enps = survey.includeEnps ? whole(raw.enps, 0, 10) : null;
	if (survey.includeEnps && enps === null) errors.push({ field: 'enps', code: 'survey_answer_required' });
	const who5 = survey.includeWho5 ? Array.from({ length: WHO5_ITEM_COUNT }, (_, i) => whole(raw.who5[i] ?? '', 0, 5)) : null;
	who5?.forEach((v, i) => v === null && errors.push({ field: `who5_${i}`, code: 'survey_answer_required' }));
	const items: Record<string, number> = {};
	for (const item of survey.items) {
		const v = whole(raw.items[item.key] ?? '', item.min, item.max);
		if (v === null) errors.push({ field: `item_${item.key}`, code: 'survey_answer_required' });
		else items[item.key] = v;
	}
	const comment = survey.allowComment ? raw.comment.trim().slice(0, 1000) : '';
	if (errors.length) return { ok: false, errors };
	return { ok: true, value: { enps, who5: who5 as number[] | null, items, comment: comment || null } };
}
