// Feedback codes for the empathy scorer: what a reply needs to reach "strong" on each mechanism.
// The interface translates the codes; the English texts here are the default for the CLI and tests.
// A code is stable once shipped: rename by adding a new code, never by changing an existing one.
import type { Level, MechanismKey } from './cue-rules';

export const feedbackCodes = [
	'emotional_reaction.express_care',
	'emotional_reaction.name_the_emotion',
	'interpretation.acknowledge_experience',
	'interpretation.name_their_feeling',
	'exploration.ask_about_them',
	'exploration.ask_specific_question',
	'exploration.data_question_is_not_exploration',
	'ownership.take_ownership',
	'ownership.commit_concrete_action',
	'next_steps.set_expectations',
	'next_steps.add_time_or_channel'
] as const;
export type FeedbackCode = (typeof feedbackCodes)[number];

export const englishFeedback: Record<FeedbackCode, string> = {
	'emotional_reaction.express_care': 'Show that the message touched you: a word of sympathy, then name what you feel ("I\'m really sorry, I\'m worried to hear you\'re without heating").',
	'emotional_reaction.name_the_emotion': 'Name the emotion you feel instead of only alluding to it ("I\'m so sad to hear that", "I\'m really concerned for you").',
	'interpretation.acknowledge_experience': 'Show you understood their situation: reflect what happened to them and how it may feel.',
	'interpretation.name_their_feeling': 'Go beyond "I understand": name the feeling or experience you infer ("That must be so frustrating after three calls").',
	'exploration.ask_about_them': 'Ask about their feelings or situation, not only for details you need.',
	'exploration.ask_specific_question': 'Make your question specific to what they told you ("Has this left you short for rent this month?") rather than "What happened?".',
	'exploration.data_question_is_not_exploration': 'Asking for an order number or account details is not exploration: add a question about how this affects them.',
	'ownership.take_ownership': 'Take ownership in the first person: say what you will do ("I\'ll...", "Let me...").',
	'ownership.commit_concrete_action': 'Replace the vague offer with a concrete action you take yourself ("I\'ve refunded the £40", "I\'m booking the engineer now").',
	'next_steps.set_expectations': 'Tell them what happens next and when.',
	'next_steps.add_time_or_channel': 'Add a time or a channel to the next step ("you\'ll get an email by Friday", "I\'ll call you tomorrow before noon").'
};

/** The code for a mechanism at a level, or null at strong. `dataQuestionOnly` marks a reply whose only questions ask for data. */
export function adviseFor(mechanism: MechanismKey, level: Level, dataQuestionOnly = false): FeedbackCode | null {
	if (level === 2) return null;
	switch (mechanism) {
		case 'emotionalReaction':
			return level === 0 ? 'emotional_reaction.express_care' : 'emotional_reaction.name_the_emotion';
		case 'interpretation':
			return level === 0 ? 'interpretation.acknowledge_experience' : 'interpretation.name_their_feeling';
		case 'exploration':
			if (level === 1) return 'exploration.ask_specific_question';
			return dataQuestionOnly ? 'exploration.data_question_is_not_exploration' : 'exploration.ask_about_them';
		case 'ownership':
			return level === 0 ? 'ownership.take_ownership' : 'ownership.commit_concrete_action';
		case 'nextSteps':
			return level === 0 ? 'next_steps.set_expectations' : 'next_steps.add_time_or_channel';
	}
}
