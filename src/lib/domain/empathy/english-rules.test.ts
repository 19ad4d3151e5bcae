import { describe, expect, it } from 'vitest';
import { scoreReply } from './score-reply';

const seeker = 'My internet has been down since yesterday. I work from home and I have lost a day of pay. This is the third time I have called.';
const score = (response: string, s = seeker) => scoreReply({ seeker: s, response, locale: 'en' });
const level = (response: string, key: 'emotionalReaction' | 'interpretation' | 'exploration' | 'ownership' | 'nextSteps', s = seeker) => score(response, s)[key].level;

describe('English emotional reactions', () => {
	it('is strong when the replier names an emotion of their own', () => {
		expect(level("I'm really worried about you.", 'emotionalReaction')).toBe(2);
		expect(level('I feel so sad for you.', 'emotionalReaction')).toBe(2);
		expect(level('My heart goes out to you.', 'emotionalReaction')).toBe(2);
		expect(level("I'm so glad you told us.", 'emotionalReaction')).toBe(2);
		expect(level("I'm not happy about this either.", 'emotionalReaction')).toBe(2); // displeasure, named
	});

	it('is weak for sympathy, personal apology and reassurance without a named emotion', () => {
		expect(level('Sorry to hear that.', 'emotionalReaction')).toBe(1);
		expect(level('Oh no!', 'emotionalReaction')).toBe(1);
		expect(level("Don't worry, we'll sort it.", 'emotionalReaction')).toBe(1); // "worry" is negated reassurance, not the replier's worry
		expect(level('Everything will be fine.', 'emotionalReaction')).toBe(1);
		expect(level('Please accept our condolences.', 'emotionalReaction')).toBe(1);
	});

	it('is none for negated emotions, service idioms and institutional apologies', () => {
		expect(level("I'm not worried about this, it's how the system works.", 'emotionalReaction')).toBe(0);
		expect(level("I'm happy to help with that.", 'emotionalReaction')).toBe(0);
		expect(level('We apologise for any inconvenience caused.', 'emotionalReaction')).toBe(0);
		expect(level('No need to apologise. Please provide your account number.', 'emotionalReaction')).toBe(0);
		expect(level("I'm not surprised, that model often breaks.", 'emotionalReaction')).toBe(0);
	});
});

describe('English interpretations', () => {
	it('is strong for a specific inferred feeling or a shared experience', () => {
		expect(level('That must be so frustrating.', 'interpretation')).toBe(2);
		expect(level('Losing a day of pay because of our outage must be really stressful.', 'interpretation')).toBe(2);
		expect(level("It sounds like you've been passed from team to team.", 'interpretation')).toBe(2);
		expect(level('I understand your frustration.', 'interpretation')).toBe(2);
		expect(level('I can imagine how worrying that is.', 'interpretation')).toBe(2);
		expect(level('Three calls for one fault would wear anyone down.', 'interpretation')).toBe(2);
		expect(level('The same thing happened to me with my old provider.', 'interpretation')).toBe(2);
	});

	it('is weak for a generic acknowledgement', () => {
		expect(level('I understand.', 'interpretation')).toBe(1);
		expect(level('I hear you.', 'interpretation')).toBe(1);
		expect(level('I can see the fault was logged yesterday.', 'interpretation')).toBe(1);
		expect(level('That makes sense.', 'interpretation')).toBe(1);
	});

	it('is none without acknowledgement, and negation removes it', () => {
		expect(level('Please restart your router.', 'interpretation')).toBe(0);
		expect(level("I don't understand why you called.", 'interpretation')).toBe(0);
		expect(level('That sounds good, thanks.', 'interpretation')).toBe(0);
		expect(level("That's terrible.", 'interpretation')).toBe(0); // a short exclamation is the replier's reaction
	});
});

describe('English explorations', () => {
	it('is strong for a specific question about feelings or experience', () => {
		expect(level('Are you feeling alone right now?', 'exploration')).toBe(2);
		expect(level('Has the outage affected your work calls?', 'exploration')).toBe(2);
		expect(level('How are you managing without pay this week?', 'exploration')).toBe(2);
	});

	it('is weak for a generic question', () => {
		expect(level('What happened?', 'exploration')).toBe(1);
		expect(level('Can you tell me more?', 'exploration')).toBe(1);
		expect(level('How are you holding up?', 'exploration')).toBe(1);
		expect(level('How long has it been down?', 'exploration')).toBe(1);
	});

	it('is none for account-data, permission, device and closing questions', () => {
		expect(level('Can you give me your order number?', 'exploration')).toBe(0);
		expect(level('Could you please confirm the last four digits of your card?', 'exploration')).toBe(0);
		expect(level('Would you like me to cancel it?', 'exploration')).toBe(0);
		expect(level('What lights are showing on your router?', 'exploration')).toBe(0);
		expect(level('Is there anything else I can help you with?', 'exploration')).toBe(0);
		expect(level('Have you tried restarting it?', 'exploration')).toBe(0);
		expect(score('Can you give me your order number?').exploration.advice).toBe('exploration.data_question_is_not_exploration');
	});
});

describe('English ownership', () => {
	it('is strong for a concrete first-person action', () => {
		expect(level("I've refunded the £12.", 'ownership')).toBe(2);
		expect(level("I'm going to call the depot now.", 'ownership')).toBe(2);
		expect(level('Let me cancel that for you right now.', 'ownership')).toBe(2);
		expect(level("I'm sending a replacement today.", 'ownership')).toBe(2);
	});

	it('is weak for a vague offer or a "we" commitment', () => {
		expect(level("I'll look into it.", 'ownership')).toBe(1);
		expect(level('Let me see what I can do.', 'ownership')).toBe(1);
		expect(level("We'll look into it.", 'ownership')).toBe(1);
	});

	it('is none for passive, deflecting or negated statements and for questions', () => {
		expect(level('The refund will be processed.', 'ownership')).toBe(0);
		expect(level("You'll need to contact the courier.", 'ownership')).toBe(0);
		expect(level("I can't refund this order.", 'ownership')).toBe(0);
		expect(level('Is there anything else I can help with?', 'ownership')).toBe(0);
	});
});

describe('English next steps', () => {
	it('is strong for a step with a time or a channel', () => {
		expect(level("You'll get an email by Friday confirming the refund.", 'nextSteps')).toBe(2);
		expect(level("I'll call you tomorrow before noon.", 'nextSteps')).toBe(2);
		expect(level('The money will be back in 3 to 5 working days.', 'nextSteps')).toBe(2);
	});

	it('is weak for a vague expectation or a policy time frame', () => {
		expect(level("We'll be in touch.", 'nextSteps')).toBe(1);
		expect(level('Someone will get back to you.', 'nextSteps')).toBe(1);
		expect(level('Refunds can take 5 to 7 working days.', 'nextSteps')).toBe(1);
	});

	it('is none for facts about the past and bare instructions', () => {
		expect(level('Direct debits are collected on the 1st of each month.', 'nextSteps')).toBe(0);
		expect(level('Please restart your router.', 'nextSteps')).toBe(0);
		expect(level('I can see the delivery was due Monday.', 'nextSteps')).toBe(0);
	});
});

describe('English literal reading', () => {
	it('reads sarcasm literally (a known limit)', () => {
		expect(level('Oh great, congratulations on being free!', 'emotionalReaction')).toBe(1);
	});
});
