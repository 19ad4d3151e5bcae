// A module a supervisor or trainer writes, checked whole before anything is stored: a title, at
// least one lesson (Markdown; raw HTML is never rendered), practice scenarios with a model reply,
// and a quiz whose every question has two or more options and an answer key. Errors name the part
// (lessons[0].body, quiz[2].answer) so the page can point at it.
import type { ModuleContent } from './module-view';

export interface ModuleRaw {
	title: string;
	summary: string;
	minutes: string;
	lessons: { title: string; body: string }[];
	scenarios: { title: string; customerMessage: string; modelReply: string }[];
	quiz: { prompt: string; options: string; answer: string; explanation: string }[];
}

export interface ModuleError {
	field: string;
	code: 'required' | 'too_long' | 'minutes' | 'lessons_none' | 'scenarios_none' | 'quiz_none' | 'quiz_options' | 'quiz_answer_missing' | 'quiz_answer_range';
	params?: Record<string, number>;
}

const limits = { title: 120, summary: 500, body: 20_000, message: 2_000, prompt: 500, option: 200 };

export function parseModule(raw: ModuleRaw): { ok: true; value: { title: string; summary: string; minutes: number; content: ModuleContent } } | { ok: false; errors: ModuleError[] } {
	const errors: ModuleError[] = [];
	const text = (value: string, field: string, max: number, required = true) => {
		const t = value.trim();
		if (required && !t) errors.push({ field, code: 'required' });
		else if (t.length > max) errors.push({ field, code: 'too_long', params: { max } });
		return t;
	};
	const title = text(raw.title, 'title', limits.title);
	const summary = text(raw.summary, 'summary', limits.summary, false);
	const minutes = Number(raw.minutes.trim() || '15');
	if (!Number.isInteger(minutes) || minutes < 1 || minutes > 600) errors.push({ field: 'minutes', code: 'minutes' });
	// Blank rows (all fields empty) are the form's spare rows, not mistakes.
	const lessons = raw.lessons.map((l, i) => ({ l, i })).filter(({ l }) => l.title.trim() || l.body.trim());
	const scenarios = raw.scenarios.map((s, i) => ({ s, i })).filter(({ s }) => s.title.trim() || s.customerMessage.trim() || s.modelReply.trim());
	const quiz = raw.quiz.map((q, i) => ({ q, i })).filter(({ q }) => q.prompt.trim() || q.options.trim() || q.answer.trim() || q.explanation.trim());
	if (!lessons.length) errors.push({ field: 'lessons', code: 'lessons_none' });
	if (!scenarios.length) errors.push({ field: 'scenarios', code: 'scenarios_none' });
	if (!quiz.length) errors.push({ field: 'quiz', code: 'quiz_none' });
	const content: ModuleContent = {
		lessons: lessons.map(({ l, i }) => ({ key: `lesson_${i + 1}`, title: text(l.title, `lessons[${i}].title`, limits.title), body: text(l.body, `lessons[${i}].body`, limits.body) })),
		scenarios: scenarios.map(({ s, i }) => ({
			key: `scenario_${i + 1}`,
			title: text(s.title, `scenarios[${i}].title`, limits.title),
			customerMessage: text(s.customerMessage, `scenarios[${i}].customerMessage`, limits.message),
			modelReply: text(s.modelReply, `scenarios[${i}].modelReply`, limits.message),
			hints: '',
			skills: ['emotional_reaction', 'interpretation', 'exploration', 'ownership', 'next_steps']
		})),
		quiz: quiz.map(({ q, i }) => {
			const options = q.options.split('\n').map((o) => o.trim()).filter(Boolean);
			if (options.length < 2) errors.push({ field: `quiz[${i}].options`, code: 'quiz_options' });
			if (options.some((o) => o.length > limits.option)) errors.push({ field: `quiz[${i}].options`, code: 'too_long', params: { max: limits.option } });
			const answer = q.answer.trim();
			let answerIndex = -1;
			if (!answer) errors.push({ field: `quiz[${i}].answer`, code: 'quiz_answer_missing' });
			else if (!/^\d+$/.test(answer) || Number(answer) < 1 || Number(answer) > options.length) errors.push({ field: `quiz[${i}].answer`, code: 'quiz_answer_range', params: { max: options.length } });
			else answerIndex = Number(answer) - 1;
			return { key: `question_${i + 1}`, prompt: text(q.prompt, `quiz[${i}].prompt`, limits.prompt), options, answerIndex, explanation: text(q.explanation, `quiz[${i}].explanation`, limits.prompt, false) };
		})
	};
	if (errors.length) return { ok: false, errors };
	return { ok: true, value: { title, summary, minutes, content } };
}
