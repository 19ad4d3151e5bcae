// Grading a quiz attempt: one chosen option per question, compared with the answer key. A module
// counts as passed at `passMark` (80%) of the questions right; an unanswered question is wrong.
import type { ModuleContent } from './module-view';

export const passMark = 0.8;

export interface QuizResult {
	correct: number;
	total: number;
	passed: boolean;
	/** Per question: the chosen option (null if none) and whether it was right. */
	answers: { key: string; chosen: number | null; right: boolean }[];
}

export function gradeQuiz(quiz: ModuleContent['quiz'], chosen: ReadonlyMap<string, number>): QuizResult {
	const answers = quiz.map((q) => {
		const c = chosen.get(q.key);
		const valid = c !== undefined && Number.isInteger(c) && c >= 0 && c < q.options.length ? c : null;
		return { key: q.key, chosen: valid, right: valid === q.answerIndex };
	});
	const correct = answers.filter((a) => a.right).length;
	return { correct, total: quiz.length, passed: quiz.length > 0 && correct / quiz.length >= passMark, answers };
}
