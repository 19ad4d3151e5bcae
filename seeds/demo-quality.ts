/**
 * Quality and coaching in the demo center: the 16 demo transcripts (seeds/demo-transcripts.ts)
 * given to agents of both teams over the last three weeks, Tend's default scorecard, scores by the
 * team's supervisor that follow each transcript's stated quality, one calibration round on the
 * first transcript (the admin as expert, both supervisors), a coaching session for the demo
 * agent with two goals, and one earlier coaching session for about four in ten agents of the other
 * teams.
 */
import type { Database } from '../src/lib/server/db';
import { coachingGoals, coachingSessions, evaluations, transcripts } from '../src/lib/server/db/schema';
import { listScorecards } from '../src/lib/server/quality';
import { scoreEvaluation, type ItemAnswer } from '../src/lib/domain/quality/scorecard';
import { addDays } from '../src/lib/domain/people/turnover';
import { demoTranscripts } from './demo-transcripts';
import { createRandom, deriveSeed } from './random';

export async function seedDemoQuality(database: Database, options: { today: string; seed: number; agents: readonly { id: number; teamId: number | null; email: string }[]; supervisorOf: ReadonlyMap<number, number>; adminId: number }): Promise<void> {
	const random = createRandom(deriveSeed(options.seed, 'quality'));
	const start = Date.parse(`${options.today}T00:00:00Z`);
	const [card] = await listScorecards(database, 1, start - 30 * 86_400_000);
	const items = card!.sections.flatMap((s) => s.items);
	// A transcript's quality sets how likely each item is met.
	const chance = { good: 0.9, mixed: 0.6, poor: 0.25 } as const;
	const answersFor = (quality: keyof typeof chance, bias = 0) =>
		new Map<string, ItemAnswer>(items.map((i) => {
			const u = random.next() + bias;
			const a: ItemAnswer = i.allowNa && random.chance(0.1) ? 'na' : u < chance[quality] ? 'met' : u < chance[quality] + 0.15 ? 'partial' : 'not_met';
			return [i.key, a];
		}));
	const demoAgent = options.agents.find((a) => a.email === 'agent@tend.test') ?? options.agents[0]!;
	await database.write(async (tx) => {
		let firstId = 0;
		let agentEvaluation = 0;
		for (const [n, t] of demoTranscripts.entries()) {
			const agent = n === 0 ? demoAgent : options.agents[n % options.agents.length]!;
			const day = addDays(options.today, -1 - (n % 21));
			const [row] = await tx.insert(transcripts).values({ organizationId: 1, personId: agent.id, channel: t.channel, day, title: t.key.replace(/_/g, ' '), turns: t.turns, createdAt: start - (n + 1) * 3_600_000 }).returning({ id: transcripts.id });
			if (n === 0) firstId = row!.id;
			// Most transcripts are scored once by the team's supervisor; a few are waiting.
			if (n % 5 === 4) continue;
			const reviewer = options.supervisorOf.get(agent.teamId ?? -1) ?? options.adminId;
			const answers = answersFor(t.quality);
			const scored = scoreEvaluation(card!.sections, answers);
			const [ev] = await tx.insert(evaluations).values({ transcriptId: row!.id, scorecardId: card!.id, reviewerId: reviewer, answers: Object.fromEntries(answers), score: scored.score, autoFailed: scored.autoFailed, note: '', createdAt: start - n * 3_600_000 }).returning({ id: evaluations.id });
			if (agent.id === demoAgent.id && !agentEvaluation) agentEvaluation = ev!.id;
		}
		// Calibration on the first transcript: the admin is the expert; supervisors score it too.
		const first = demoTranscripts[0]!;
		const reviewers = [options.adminId, ...new Set(options.supervisorOf.values())];
		for (const [i, reviewer] of reviewers.entries()) {
			const answers = answersFor(first.quality, i === 0 ? 0 : 0.15 * i);
			const scored = scoreEvaluation(card!.sections, answers);
			await tx.insert(evaluations).values({ transcriptId: firstId, scorecardId: card!.id, reviewerId: reviewer, answers: Object.fromEntries(answers), score: scored.score, autoFailed: scored.autoFailed, calibration: true, expert: i === 0, note: '', createdAt: start - 2 * 86_400_000 + i * 60_000 });
		}
		const coach = options.supervisorOf.get(demoAgent.teamId ?? -1) ?? options.adminId;
		const [session] = await tx
			.insert(coachingSessions)
			.values({ personId: demoAgent.id, coachId: coach, evaluationId: agentEvaluation || null, feedback: 'You solved the problem quickly. Before the fix, name what the customer is feeling and check you understood: one sentence is enough.', createdAt: start - 3 * 86_400_000 })
			.returning({ id: coachingSessions.id });
		// Earlier coaching: about four in ten agents of the other teams coached once 6 to 20 weeks
		// ago, so before-and-after comparisons of coaching have weeks on both sides to read.
		const earlierFeedback = [
			'Good ownership of the fix. Slow down at the start: reflect back what the customer said before you explain.',
			'Clear and correct. Add a dated next step at the end so the customer knows when to expect the outcome.',
			'Warm tone throughout. Ask one more question before solving: twice you fixed something the customer had not asked about.'
		];
		const otherTeams = new Set([...options.supervisorOf.keys()].sort((a, b) => a - b).slice(2));
		for (const a of options.agents) {
			if (a.teamId === null || !otherTeams.has(a.teamId) || !random.chance(0.4)) continue;
			await tx.insert(coachingSessions).values({ personId: a.id, coachId: options.supervisorOf.get(a.teamId) ?? options.adminId, feedback: earlierFeedback[random.int(0, earlierFeedback.length - 1)]!, acknowledgedAt: null, createdAt: start - random.int(42, 140) * 86_400_000 + random.int(9, 16) * 3_600_000 });
		}
		await tx.insert(coachingGoals).values([
			{ sessionId: session!.id, goal: 'Name the emotion before solving', measure: 'QA item "acknowledges the emotion" met on 4 of the next 5 scored calls', dueDay: addDays(options.today, 14) },
			{ sessionId: session!.id, goal: 'Close with a dated next step', measure: 'Practice replies score Strong on next steps', dueDay: addDays(options.today, 7) }
		]);
	});
}
