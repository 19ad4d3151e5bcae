// Survey codes in the reader's language.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { messageValue } from '$lib/i18n';

export function surveyErrorMessage(code: string, params: Record<string, string | number> = {}): string {
	const p = (k: string) => messageValue(params[k], getLocale());
	const texts: Record<string, () => string> = {
		required: () => m.err_required(),
		too_long: () => m.err_too_long({ max: p('max') }),
		survey_answer_required: () => m.err_survey_answer_required(),
		survey_closed: () => m.err_survey_closed(),
		survey_answered: () => m.err_survey_answered(),
		survey_items_many: () => m.err_survey_items_many({ max: p('max') }),
		survey_no_measure: () => m.err_survey_no_measure(),
		survey_start: () => m.err_survey_start({ today: p('today') }),
		survey_every: () => m.err_survey_every(),
		survey_open_days: () => m.err_survey_open_days({ max: p('max') }),
		survey_threshold: () => m.err_survey_threshold(),
		survey_comment_threshold: () => m.err_survey_comment_threshold()
	};
	return texts[code]?.() ?? code;
}

export function hiddenReason(reason: string): string {
	return ({ too_few: m.results_hidden_too_few, complementary: m.results_hidden_complementary, difference: m.results_hidden_difference } as Record<string, () => string>)[reason]?.() ?? reason;
}

export const who5Questions = () => [m.survey_who5_1(), m.survey_who5_2(), m.survey_who5_3(), m.survey_who5_4(), m.survey_who5_5()];
