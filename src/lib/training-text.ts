// Training codes in the reader's language: skills, levels, statuses, feedback and form errors.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { messageValue } from '$lib/i18n';

export const skillKeys = ['emotional_reaction', 'interpretation', 'exploration', 'ownership', 'next_steps'] as const;

export function skillLabel(skill: string): string {
	return ({ emotional_reaction: m.skill_emotional_reaction, interpretation: m.skill_interpretation, exploration: m.skill_exploration, ownership: m.skill_ownership, next_steps: m.skill_next_steps } as Record<string, () => string>)[skill]?.() ?? skill;
}

export function levelLabel(level: number): string {
	return [m.level_0, m.level_1, m.level_2][level]?.() ?? String(level);
}

export function statusLabel(status: string): string {
	return ({ not_started: m.training_status_not_started, in_progress: m.training_status_in_progress, complete: m.training_status_complete, overdue: m.training_status_overdue } as Record<string, () => string>)[status]?.() ?? status;
}

export function feedbackText(code: string): string {
	const texts: Record<string, () => string> = {
		'emotional_reaction.express_care': m.feedback_emotional_reaction_express_care,
		'emotional_reaction.name_the_emotion': m.feedback_emotional_reaction_name_the_emotion,
		'interpretation.acknowledge_experience': m.feedback_interpretation_acknowledge_experience,
		'interpretation.name_their_feeling': m.feedback_interpretation_name_their_feeling,
		'exploration.ask_about_them': m.feedback_exploration_ask_about_them,
		'exploration.ask_specific_question': m.feedback_exploration_ask_specific_question,
		'exploration.data_question_is_not_exploration': m.feedback_exploration_data_question_is_not_exploration,
		'ownership.take_ownership': m.feedback_ownership_take_ownership,
		'ownership.commit_concrete_action': m.feedback_ownership_commit_concrete_action,
		'next_steps.set_expectations': m.feedback_next_steps_set_expectations,
		'next_steps.add_time_or_channel': m.feedback_next_steps_add_time_or_channel
	};
	return texts[code]?.() ?? code;
}

export function trainingErrorMessage(code: string, params: Record<string, string | number> = {}): string {
	const p = (k: string) => messageValue(params[k], getLocale());
	const texts: Record<string, () => string> = {
		reply_empty: () => m.err_reply_empty(),
		reply_too_long: () => m.err_reply_too_long({ max: p('max') }),
		scenario_unknown: () => m.err_scenario_unknown(),
		assign_nobody: () => m.err_assign_nobody(),
		assign_due_past: () => m.err_assign_due_past(),
		assign_out_of_scope: () => m.err_assign_out_of_scope(),
		required: () => m.err_required(),
		too_long: () => m.err_too_long({ max: p('max') }),
		minutes: () => m.err_minutes(),
		lessons_none: () => m.err_lessons_none(),
		scenarios_none: () => m.err_scenarios_none(),
		quiz_none: () => m.err_quiz_none(),
		quiz_options: () => m.err_quiz_options(),
		quiz_answer_missing: () => m.err_quiz_answer_missing(),
		quiz_answer_range: () => m.err_quiz_answer_range({ max: p('max') })
	};
	return texts[code]?.() ?? code;
}
