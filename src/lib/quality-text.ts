// Quality and coaching codes in the reader's language.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { messageValue } from '$lib/i18n';

export function answerLabel(answer: string): string {
	return ({ met: m.quality_answer_met, partial: m.quality_answer_partial, not_met: m.quality_answer_not_met, na: m.quality_answer_na } as Record<string, () => string>)[answer]?.() ?? answer;
}

export function goalStatusLabel(status: string): string {
	return ({ open: m.coaching_status_open, met: m.coaching_status_met, not_met: m.coaching_status_not_met } as Record<string, () => string>)[status]?.() ?? status;
}

export function qualityErrorMessage(code: string, params: Record<string, string | number> = {}): string {
	const p = (k: string) => messageValue(params[k], getLocale());
	const texts: Record<string, () => string> = {
		required: () => m.err_required(),
		too_long: () => m.err_too_long({ max: p('max') }),
		evaluation_missing: () => m.err_evaluation_missing(),
		evaluation_exists: () => m.err_evaluation_exists(),
		evaluation_card: () => m.err_evaluation_card(),
		transcript_agent: () => m.err_transcript_agent(),
		transcript_channel: () => m.err_transcript_channel(),
		transcript_day: () => m.err_transcript_day(),
		transcript_line: () => m.err_transcript_line({ line: p('line') }),
		weight: () => m.err_weight(),
		weights_sum: () => m.err_weights_sum({ total: p('total') }),
		sections_none: () => m.err_sections_none(),
		items_none: () => m.err_items_none(),
		coaching_agent: () => m.err_coaching_agent(),
		coaching_feedback: () => m.err_coaching_feedback(),
		coaching_measure: () => m.err_coaching_measure(),
		coaching_due: () => m.err_coaching_due()
	};
	return texts[code]?.() ?? code;
}

export function fieldErrors(errors: readonly { field: string; code: string; params?: Record<string, string | number> }[] | undefined): Record<string, string> {
	const out: Record<string, string> = {};
	for (const e of errors ?? []) out[e.field] ??= qualityErrorMessage(e.code, e.params);
	return out;
}
