import { describe, expect, it } from 'vitest';
import { matchedChange, type AgentWeekValue, type TreatmentEvent } from './matched-change';
import { mulberry32 } from '../random';

// Mondays from 2026-01-05 on.
const week = (k: number) => new Date(Date.UTC(2026, 0, 5 + 7 * k)).toISOString().slice(0, 10);
const series = (agentId: number, byWeek: Record<number, number>): AgentWeekValue[] => Object.entries(byWeek).map(([k, value]) => ({ agentId, week: week(Number(k)), value }));

// Gaussian noise from the seeded generator (Box-Muller).
function normal(random: () => number): number {
	return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/**
 * `treatedCount` agents with an event spread over weeks 6..13, `controls` agents with none, 20
 * weeks each; every agent has their own level, weekly noise and `trend` points a week in common;
 * treated agents gain `effect` from the week after their event.
 */
function panel(options: { treatedCount: number; controls: number; effect: number; trend: number; noise: number; seed: number }) {
	const random = mulberry32(options.seed);
	const values: AgentWeekValue[] = [];
	const events: TreatmentEvent[] = [];
	for (let id = 1; id <= options.treatedCount + options.controls; id++) {
		const level = 70 + 5 * normal(random);
		const event = id <= options.treatedCount ? 6 + (id % 8) : null;
		if (event !== null) events.push({ agentId: id, week: week(event) });
		for (let k = 0; k < 20; k++) values.push({ agentId: id, week: week(k), value: level + options.trend * k + (event !== null && k > event ? options.effect : 0) + options.noise * normal(random) });
	}
	return { values, events };
}

describe('before and after against matched agents', () => {
	it('pairs a treated agent with the nearest agent before (lower id on a tie) and takes the difference in changes', () => {
		const values = [
			// Treated at week 4: 15 before, 35 after.
			...series(1, { 2: 10, 3: 20, 5: 30, 6: 40 }),
			// 14 before, 19 after: 1 away.
			...series(2, { 2: 14, 3: 14, 5: 18, 6: 20 }),
			// 16 before, 16 after: also 1 away, higher id.
			...series(3, { 2: 16, 3: 16, 5: 16, 6: 16 }),
			// Exactly 15 before, but an event of their own at week 6, inside the window.
			...series(4, { 2: 15, 3: 15, 5: 15, 6: 15 }),
			// Exactly 15 before, but one week with data before.
			...series(5, { 3: 15, 5: 15, 6: 15 })
		];
		const events = [
			{ agentId: 1, week: week(4) },
			{ agentId: 4, week: week(6) }
		];
		const r = matchedChange(values, events, mulberry32(1), { minPairs: 1 })!;
		expect(r).toEqual({ treated: 1, matched: 1, unmatched: 0, comparisonAgents: 1, treatedChange: 20, matchedChange: 5, difference: 15, lower: 15, upper: 15 });
	});

	it('weights the weeks of a window mean, and uses only the first event of an agent', () => {
		const values: AgentWeekValue[] = [
			{ agentId: 1, week: week(2), value: 10, weight: 3 },
			{ agentId: 1, week: week(3), value: 20, weight: 1 },
			{ agentId: 1, week: week(5), value: 20, weight: 1 },
			{ agentId: 1, week: week(6), value: 20, weight: 0 },
			{ agentId: 1, week: week(7), value: 30, weight: 1 },
			...series(2, { 2: 12, 3: 12, 5: 13, 7: 14 }),
			...series(3, { 2: 30, 3: 30, 5: 30, 7: 30 })
		];
		// Before: (30 + 20) / 4 = 12.5; after: weeks 5 and 7 (week 6 weighs nothing) = 25; change 12.5.
		// Agent 2 (12 before, 13.5 after) is nearest: 12.5 − 1.5 = 11.
		const r = matchedChange(values, [{ agentId: 1, week: week(9) }, { agentId: 1, week: week(4) }], mulberry32(1), { minPairs: 1 })!;
		expect(r).toMatchObject({ treated: 1, matched: 1, treatedChange: 12.5, matchedChange: 1.5, difference: 11 });
	});

	it('recovers an effect of +5 points with an interval around it', () => {
		const { values, events } = panel({ treatedCount: 30, controls: 40, effect: 5, trend: 0.2, noise: 2, seed: 11 });
		const r = matchedChange(values, events, mulberry32(5))!;
		expect(r.treated).toBe(30);
		expect(r.matched).toBe(30);
		expect(Math.abs(r.difference - 5)).toBeLessThan(1);
		expect(r.lower).toBeLessThan(5);
		expect(r.upper).toBeGreaterThan(5);
		expect(r.upper - r.lower).toBeLessThan(3);
	});

	it('finds no difference when everyone improves alike, where the plain before/after does', () => {
		const { values, events } = panel({ treatedCount: 30, controls: 40, effect: 0, trend: 1, noise: 1, seed: 12 });
		const r = matchedChange(values, events, mulberry32(5))!;
		// 4 weeks either side of the event at 1 point a week: the means are 5 weeks apart.
		expect(r.treatedChange).toBeCloseTo(5, 0);
		expect(Math.abs(r.difference)).toBeLessThan(0.75);
		expect(r.lower).toBeLessThan(0);
		expect(r.upper).toBeGreaterThan(0);
	});

	it('counts treated agents without a match, and gives nothing below the minimum of pairs', () => {
		const { values } = panel({ treatedCount: 0, controls: 8, effect: 0, trend: 0, noise: 1, seed: 13 });
		// Everyone trained the same week: nobody is left to compare with.
		const together = [1, 2, 3, 4, 5, 6, 7, 8].map((agentId) => ({ agentId, week: week(8) }));
		expect(matchedChange(values, together, mulberry32(1), { minPairs: 0 })).toBeNull();
		const some = panel({ treatedCount: 10, controls: 30, effect: 5, trend: 0, noise: 1, seed: 14 });
		const all = matchedChange(some.values, some.events, mulberry32(1))!;
		expect(all).toMatchObject({ treated: 10, matched: 10, unmatched: 0 });
		const tight = matchedChange(some.values, some.events, mulberry32(1), { caliper: 0.2 })!;
		expect(tight.unmatched).toBeGreaterThan(0);
		expect(tight.matched + tight.unmatched).toBe(10);
		const four = { values: some.values, events: some.events.slice(0, 4) };
		expect(matchedChange(four.values, four.events, mulberry32(1))).toBeNull();
		expect(matchedChange(four.values, four.events, mulberry32(1), { minPairs: 4 })?.matched).toBe(4);
	});

	it('gives the same result for the same seed', () => {
		const { values, events } = panel({ treatedCount: 12, controls: 20, effect: 2, trend: 0, noise: 3, seed: 15 });
		const a = matchedChange(values, events, mulberry32(9));
		expect(matchedChange(values, events, mulberry32(9))).toEqual(a);
		const b = matchedChange(values, events, mulberry32(10))!;
		expect(b.difference).toBe(a!.difference);
		expect(b.lower).not.toBe(a!.lower);
	});

	it('needs enough weeks with data on each side of an event at the edge of the data', () => {
		const controls = [2, 3, 4, 5, 6].flatMap((id) => series(id, { 0: 10, 1: 10, 2: 10, 3: 10, 4: 10, 5: 10, 6: 10 }));
		const treated = series(1, { 0: 10, 1: 10, 2: 10, 3: 10, 4: 10, 5: 10, 6: 10 });
		const at = (k: number) => matchedChange([...treated, ...controls], [{ agentId: 1, week: week(k) }], mulberry32(1), { minPairs: 1 });
		// Last week of data: nothing after; first week: nothing before.
		expect(at(6)).toBeNull();
		expect(at(0)).toBeNull();
		// One week with data on a side is not enough; two are.
		expect(at(5)).toBeNull();
		expect(at(1)).toBeNull();
		expect(at(4)).toMatchObject({ treated: 1, matched: 1, difference: 0 });
		expect(at(2)).toMatchObject({ treated: 1, matched: 1, difference: 0 });
		// The window is a parameter: with one week a side, week 5 has enough.
		expect(matchedChange([...treated, ...controls], [{ agentId: 1, week: week(5) }], mulberry32(1), { minPairs: 1, window: 1, minWeeks: 1 })).toMatchObject({ treated: 1, matched: 1 });
	});
});
