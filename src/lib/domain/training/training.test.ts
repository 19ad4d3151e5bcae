import { describe, expect, it } from 'vitest';
import { gradeQuiz, passMark } from './quiz';
import { moduleProgress } from './progress';
import { parseModule, type ModuleRaw } from './module-input';
import { asLocale, viewShipped } from './module-view';
import { shippedModules } from './shipped-content';

const quiz = [
	{ key: 'q1', prompt: 'a', options: ['x', 'y'], answerIndex: 1, explanation: '' },
	{ key: 'q2', prompt: 'b', options: ['x', 'y', 'z'], answerIndex: 0, explanation: '' }
];

describe('quiz', () => {
	it('grades chosen options against the key; unanswered or out-of-range answers are wrong', () => {
		expect(gradeQuiz(quiz, new Map([['q1', 1], ['q2', 0]]))).toMatchObject({ correct: 2, total: 2, passed: true });
		expect(gradeQuiz(quiz, new Map([['q1', 1]]))).toMatchObject({ correct: 1, passed: false, answers: [{ chosen: 1, right: true }, { chosen: null, right: false }] });
		expect(gradeQuiz(quiz, new Map([['q1', 7], ['q2', -1]])).answers.map((a) => a.chosen)).toEqual([null, null]);
		expect(gradeQuiz([], new Map()).passed).toBe(false);
	});
});

describe('progress', () => {
	const keys = ['s1', 's2'];
	it('is complete only with every scenario practised and the quiz passed', () => {
		expect(moduleProgress(keys, new Set(['s1', 's2']), [passMark], null, '2026-11-23')).toMatchObject({ complete: true, status: 'complete' });
		expect(moduleProgress(keys, new Set(['s1', 's2']), [0.6], null, '2026-11-23')).toMatchObject({ complete: false, status: 'in_progress', bestQuiz: 0.6 });
		expect(moduleProgress(keys, new Set(['s1']), [1], null, '2026-11-23').complete).toBe(false);
	});
	it('is overdue from the day after the due day', () => {
		expect(moduleProgress(keys, new Set(), [], '2026-11-23', '2026-11-23').status).toBe('not_started');
		expect(moduleProgress(keys, new Set(), [], '2026-11-23', '2026-11-24').status).toBe('overdue');
	});
});

describe('authored modules', () => {
	const raw = (over: Partial<ModuleRaw> = {}): ModuleRaw => ({
		title: 'Calm words',
		summary: '',
		minutes: '20',
		lessons: [{ title: 'Breathe', body: '# Slow down\n\nName the feeling.' }, { title: '', body: '' }],
		scenarios: [{ title: 'Late parcel', customerMessage: 'Where is it?', modelReply: 'I am sorry it is late; I will track it now.' }],
		quiz: [{ prompt: 'First?', options: 'Acknowledge\nExplain policy', answer: '1', explanation: 'Feelings first.' }],
		...over
	});
	it('accepts a complete module and ignores blank spare rows', () => {
		const out = parseModule(raw());
		expect(out.ok && out.value.content.lessons).toHaveLength(1);
		expect(out.ok && out.value.content.quiz[0]).toMatchObject({ options: ['Acknowledge', 'Explain policy'], answerIndex: 0 });
	});
	it('refuses a quiz without an answer key, a key out of range and too few options, naming each question', () => {
		const out = parseModule(raw({ quiz: [{ prompt: 'A?', options: 'x\ny', answer: '', explanation: '' }, { prompt: 'B?', options: 'x\ny', answer: '3', explanation: '' }, { prompt: 'C?', options: 'only one', answer: '1', explanation: '' }] }));
		expect(out.ok ? [] : out.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['quiz[0].answer:quiz_answer_missing', 'quiz[1].answer:quiz_answer_range', 'quiz[2].options:quiz_options']);
	});
	it('needs a title, a lesson, a scenario and a quiz', () => {
		const out = parseModule(raw({ title: ' ', lessons: [], scenarios: [], quiz: [], minutes: '0' }));
		expect(out.ok ? [] : out.errors.map((e) => e.code).sort()).toEqual(['lessons_none', 'minutes', 'quiz_none', 'required', 'scenarios_none']);
	});
});

describe('shipped modules as a reader sees them', () => {
	it('resolves every text in the reader\'s language, English for unknown ones', () => {
		const pl = viewShipped(shippedModules[0]!, 'pl-PL');
		expect(pl.title).toBe(shippedModules[0]!.title.pl);
		expect(pl.scenarios).toHaveLength(5);
		expect(viewShipped(shippedModules[0]!, 'de').title).toBe(shippedModules[0]!.title.en);
		expect(asLocale('fa')).toBe('fa');
	});
});
