/**
 * Training in the demo center: Tend's shipped modules registered, the first module assigned to
 * every agent of the first team (due in a week), the second to the second team (due yesterday, so
 * some are overdue), and a few weeks of practice replies and quiz attempts of mixed quality,
 * scored by the real empathy scorer, so the training and team pages have progress to show; and
 * the third module completed months ago by half the agents of the other teams (see below).
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../src/lib/server/db';
import { trainingAssignments, trainingModules } from '../src/lib/server/db/schema';
import { ensureShippedModules, recordPractice, recordQuiz, viewModule } from '../src/lib/server/training';
import { addDays } from '../src/lib/domain/people/turnover';
import { createRandom, deriveSeed } from './random';

// Replies an agent in training might write, from curt to caring; the scorer grades each.
const replies = [
	'Sorry for the inconvenience. Please provide your account number.',
	'I understand. We will look into it.',
	"I'm sorry to hear that. Let me check what happened and I'll get back to you.",
	"I'm really sorry, that must be so frustrating after waiting all week. I'll sort this out for you now and you'll get an email by tomorrow confirming it.",
	"Oh no, I'm so sorry. That sounds really stressful. Has this left you worried about anything else this month? I'm going to fix the charge myself right now, and I'll call you back before 5 pm today to confirm."
];

export async function seedDemoTraining(database: Database, options: { today: string; seed: number; agents: readonly { id: number; teamId: number | null }[]; teamIds: readonly number[]; adminId: number }): Promise<void> {
	const random = createRandom(deriveSeed(options.seed, 'training'));
	const start = Date.parse(`${options.today}T00:00:00Z`);
	await ensureShippedModules(database, 1, start - 30 * 86_400_000);
	const modules = await database.db.select().from(trainingModules).where(eq(trainingModules.organizationId, 1));
	const plan = [
		{ module: modules[0]!, teamId: options.teamIds[0], due: addDays(options.today, 7) },
		{ module: modules[1]!, teamId: options.teamIds[1], due: addDays(options.today, -1) }
	];
	for (const p of plan) {
		const view = viewModule(p.module, 'en')!;
		const agents = options.agents.filter((a) => a.teamId === p.teamId);
		await database.write(async (tx) => {
			for (const a of agents) await tx.insert(trainingAssignments).values({ moduleId: p.module.id, personId: a.id, assignedBy: options.adminId, dueDay: p.due, createdAt: start - 21 * 86_400_000 });
		});
		for (const a of agents) {
			// Skill grows with practice: later replies are better on average.
			const practised = random.int(0, view.scenarios.length);
			for (let i = 0; i < practised; i++) {
				const quality = Math.min(replies.length - 1, Math.max(0, Math.round(random.normal(1 + (i * 2) / view.scenarios.length, 1))));
				const at = start - random.int(1, 20) * 86_400_000 + random.int(9, 17) * 3_600_000;
				await recordPractice(database, a.id, p.module, view.scenarios[i]!.key, replies[quality]!, 'en', at);
			}
			if (practised >= 3 && random.chance(0.7)) {
				const chosen = new Map(view.quiz.map((q) => [q.key, random.chance(0.8) ? q.answerIndex : (q.answerIndex + 1) % q.options.length]));
				await recordQuiz(database, a.id, p.module, chosen, 'en', start - random.int(1, 5) * 86_400_000);
			}
		}
	}
	// Earlier training: the third module, completed by about half the agents of the other teams in
	// some week 6 to 20 weeks ago, so before-and-after comparisons have weeks on both sides to read.
	const earlier = modules[2];
	const earlierView = earlier ? viewModule(earlier, 'en') : null;
	if (earlier && earlierView) {
		for (const a of options.agents) {
			if (a.teamId === null || options.teamIds.slice(0, 2).includes(a.teamId) || !random.chance(0.5)) continue;
			const done = start - random.int(42, 140) * 86_400_000 + random.int(9, 16) * 3_600_000;
			for (const [i, scenario] of earlierView.scenarios.entries()) await recordPractice(database, a.id, earlier, scenario.key, replies[random.int(2, replies.length - 1)]!, 'en', done - (earlierView.scenarios.length - i) * 600_000);
			await recordQuiz(database, a.id, earlier, new Map(earlierView.quiz.map((q) => [q.key, q.answerIndex])), 'en', done);
		}
	}
}
