// Progress through a module: which practice scenarios have a reply, the best quiz result, and
// whether the module is complete (every scenario practised and the quiz passed at least once).
// Due dates are calendar days in the agent's zone; an assignment is overdue the day after.
import { passMark } from './quiz';

export interface ModuleProgress {
	scenariosDone: number;
	scenariosTotal: number;
	bestQuiz: number | null;
	complete: boolean;
	status: 'not_started' | 'in_progress' | 'complete' | 'overdue';
}

export function moduleProgress(scenarioKeys: readonly string[], practised: ReadonlySet<string>, quizScores: readonly number[], dueDay: string | null, today: string, completed = false): ModuleProgress {
	const done = scenarioKeys.filter((k) => practised.has(k)).length;
	const bestQuiz = quizScores.length ? Math.max(...quizScores) : null;
	const complete = completed || (done === scenarioKeys.length && bestQuiz !== null && bestQuiz >= passMark);
	const started = done > 0 || bestQuiz !== null;
	const status = complete ? 'complete' : dueDay !== null && today > dueDay ? 'overdue' : started ? 'in_progress' : 'not_started';
	return { scenariosDone: done, scenariosTotal: scenarioKeys.length, bestQuiz, complete, status };
}
