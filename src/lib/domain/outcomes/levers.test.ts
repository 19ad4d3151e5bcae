import { describe, expect, it } from 'vitest';
import { compareQuartiles, fixedEffectsSlope, type TeamWeek } from './levers';
import { mulberry32 } from '../random';

// 12 teams over 6 weeks: a team's own level varies, and within a team CSAT rises 2 points per 0.1 of lever.
function panel(noise = 0): TeamWeek[] {
	const random = mulberry32(3);
	const out: TeamWeek[] = [];
	for (let team = 1; team <= 12; team++)
		for (let w = 0; w < 6; w++) {
			const lever = team / 20 + w / 100;
			out.push({ teamId: team, week: `w${w}`, lever, outcome: 70 + team * 0.5 + 20 * (lever - team / 20) + (random() - 0.5) * noise });
		}
	return out;
}

describe('levers and outcomes', () => {
	it('compares the top and bottom quartiles of teams with a bootstrap interval around the difference', () => {
		const c = compareQuartiles(panel(2), mulberry32(1))!;
		expect(c.topTeams).toBe(3);
		expect(c.bottomTeams).toBe(3);
		expect(c.difference).toBeCloseTo(c.topMean - c.bottomMean);
		expect(c.difference).toBeGreaterThan(4);
		expect(c.lower).toBeLessThan(c.difference);
		expect(c.upper).toBeGreaterThan(c.difference);
		expect(compareQuartiles(panel(2), mulberry32(1))).toEqual(c);
	});
	it('needs 8 teams for quartiles', () => {
		expect(compareQuartiles(panel().filter((p) => p.teamId <= 7), mulberry32(1))).toBeNull();
	});
	it('recovers the within-team slope and ignores the differences between teams', () => {
		const fe = fixedEffectsSlope(panel(0))!;
		expect(fe.slope).toBeCloseTo(20, 6);
		expect(fe.teams).toBe(12);
		expect(fe.observations).toBe(72);
		const noisy = fixedEffectsSlope(panel(4))!;
		expect(Math.abs(noisy.slope - 20)).toBeLessThan(4 * noisy.standardError + 1);
	});
	it('has no slope when the lever never moves within a team', () => {
		expect(fixedEffectsSlope([1, 2, 3].flatMap((t) => [{ teamId: t, week: 'a', lever: t, outcome: t }, { teamId: t, week: 'b', lever: t, outcome: t + 1 }]))).toBeNull();
	});
});
