/**
 * A pulse survey in the demo center: "Monthly pulse" (eNPS, WHO-5, one own question, comment),
 * every 4 weeks from 16 weeks ago, open 7 days, so four waves have closed and one opens today.
 * About three in four active agents answered each closed wave, under the survey's pseudonyms.
 * Synthetic answers: eNPS around 7, WHO-5 items around 3 of 5, a little lower in the team with
 * more schedule strain (the second); comments from a small pool.
 */
import type { Database } from '../src/lib/server/db';
import { surveyResponses, surveys } from '../src/lib/server/db/schema';
import { respondentKey } from '../src/lib/domain/survey/respondent-key';
import { nextWaves } from '../src/lib/domain/survey/waves';
import { tenureBandOf } from '../src/lib/domain/people/turnover-report';
import { addDays, tenureDays } from '../src/lib/domain/people/turnover';
import { createRandom, deriveSeed } from './random';

const comments = ['More notice before schedule changes, please.', 'Coaching sessions really help.', 'Breaks get cut on busy days.', 'Good team, tough queues.', 'I like being able to swap shifts.', 'Refund limits slow me down.'];

export async function seedDemoSurveys(database: Database, options: { today: string; seed: number; agents: readonly { id: number; teamId: number | null; siteId: number | null; hireDate: string }[]; teamIds: readonly number[]; adminId: number }): Promise<void> {
	const random = createRandom(deriveSeed(options.seed, 'surveys'));
	const secret = Array.from({ length: 32 }, () => random.int(0, 255).toString(16).padStart(2, '0')).join('');
	const startDay = addDays(options.today, -16 * 7);
	const [survey] = await database.write((tx) =>
		tx
			.insert(surveys)
			.values({ organizationId: 1, title: 'Monthly pulse', includeEnps: true, includeWho5: true, allowComment: true, items: [{ key: 'i1', text: 'I can decide how to help a customer without asking first', min: 1, max: 5 }], startDay, everyWeeks: 4, closesAfterDays: 7, minRespondents: 5, minCommentRespondents: 10, secret, createdBy: options.adminId, createdAt: Date.parse(`${startDay}T00:00:00Z`) })
			.returning()
	);
	const waves = nextWaves({ startDay, everyWeeks: 4, closesAfterDays: 7 }, startDay, 4);
	const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v)));
	const rows: (typeof surveyResponses.$inferInsert)[] = [];
	for (const wave of waves) {
		for (const agent of options.agents) {
			if (agent.hireDate > wave.opensOn || !random.chance(0.75)) continue;
			const strain = agent.teamId === options.teamIds[1] ? -0.6 : 0;
			rows.push({
				surveyId: survey!.id,
				waveIndex: wave.index,
				respondentKey: respondentKey(Buffer.from(secret, 'hex'), String(survey!.id), String(agent.id)),
				siteId: agent.siteId,
				teamId: agent.teamId,
				tenureBand: tenureBandOf(tenureDays(agent.hireDate, wave.opensOn)),
				enps: clamp(random.normal(7 + strain * 2, 2), 0, 10),
				who5: Array.from({ length: 5 }, () => clamp(random.normal(3 + strain, 1), 0, 5)),
				items: { i1: clamp(random.normal(3.2, 1), 1, 5) },
				comment: random.chance(0.3) ? random.pick(comments) : null
			});
		}
	}
	await database.write(async (tx) => {
		for (let i = 0; i < rows.length; i += 300) await tx.insert(surveyResponses).values(rows.slice(i, i + 300));
	});
}
