import { describe, expect, it } from 'vitest';
import loadHighs from 'highs';
import { benchmarkInstance } from './curtois-test-fixtures';
import { evaluate } from './curtois-model';
import { createMipLns } from './curtois-mip-lns';
import { mulberry32, solveCurtois } from './curtois-solver';

const instance1 = () => benchmarkInstance(1);

describe('sub-MIP local search', () => {
	it('takes a poor roster of Instance 1 to the optimum 607, each step better and checked', async () => {
		const highs = await loadHighs();
		const inst = instance1();
		// A clock that moves 1 ms a call stops the solver right after construction: a poor roster,
		// the same on every run.
		let fake = 0;
		const start = solveCurtois(highs, inst, { timeLimitSeconds: 0.05, now: () => (fake += 1), random: mulberry32(1) });
		expect(start.objective).toBeGreaterThan(700);
		const seen: number[] = [];
		const search = createMipLns(highs, inst, mulberry32(2), Date.now);
		const out = search.run(start.roster!, start.objective!, Date.now() + 60_000, 607, (roster, objective) => {
			const ev = evaluate(inst, roster);
			expect(ev.feasible).toBe(true);
			expect(ev.objective).toBe(objective);
			seen.push(objective);
		});
		expect(out.objective).toBe(607);
		expect(evaluate(inst, out.roster).objective).toBe(607);
		expect(seen.length).toBeGreaterThan(0);
		expect(seen.every((o, i) => o < (i === 0 ? start.objective! : seen[i - 1]!))).toBe(true);
	}, 90_000);

	it('stops after `patience` solves without a better roster, and returns the roster unchanged when already optimal', async () => {
		const highs = await loadHighs();
		const inst = instance1();
		const best = solveCurtois(highs, inst, { timeLimitSeconds: 30, now: Date.now, random: mulberry32(1) });
		expect(best.proven).toBe(true);
		const search = createMipLns(highs, inst, mulberry32(3), Date.now);
		let calls = 0;
		const out = search.run(best.roster!, best.objective!, Date.now() + 60_000, -Infinity, () => calls++, 2);
		expect(calls).toBe(0);
		expect(out.objective).toBe(607);
		expect(search.stats()).toMatch(/^2 solves, 0 improving/);
	}, 90_000);
});
