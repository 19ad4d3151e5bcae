import { describe, expect, it } from 'vitest';
import loadHighs, { type Highs } from 'highs';
import type { CurtoisInstance } from './curtois-format';
import { benchmarkInstance, bruteForceOptimum, randomInstance } from './curtois-test-fixtures';
import { employeeViolations, objectiveParts, type Roster } from './curtois-model';
import { createPricer, priceRow, type Pricer } from './curtois-pricing';
import { addColumn, createMaster, disposeMaster, requestCosts, type Master } from './curtois-master';
import { branchAndPrice, nextStrongBranching, STRONG_BRANCHING_ON, strongScore, usesStrongBranching, type StrongBranching } from './curtois-branch';

/** The random instances of these tests: 3 employees, requests on 30 % of the day-shifts. */
const SMALL = { ids: ['A', 'B', 'C'], requestShare: 0.3 };

/** A master holding each employee's best row at zero costs, with its pricers and request costs, disposed after `use`. */
function withMaster<T>(highs: Highs, inst: CurtoisInstance, use: (m: { master: Master; pricers: Pricer[]; reqWork: Float64Array[]; onTotal: Float64Array }) => T): T {
	const master = createMaster(highs, inst);
	try {
		const pricers = inst.staff.map((_, e) => createPricer(inst, e));
		const zero = new Float64Array(inst.horizon * inst.shifts.length);
		for (let e = 0; e < pricers.length; e++) {
			const r = priceRow(pricers[e]!, { work: zero });
			expect(r && r !== 'tooLarge').toBeTruthy();
			addColumn(master, e, (r as { row: number[] }).row);
		}
		return use({ master, pricers, ...requestCosts(inst) });
	} finally {
		disposeMaster(master);
	}
}

/** A caller's onRoster that keeps the least objective seen, starting from `start`. */
function keepBest(inst: CurtoisInstance, start: number): (roster: Roster) => number {
	let best = start;
	return (roster) => (best = Math.min(best, objectiveParts(inst, roster).objective));
}

describe('branch and price', () => {
	it('searched to the end from one column per employee, finds the exhaustive optimum; stopped early, its bound stays below it', async () => {
		const highs = await loadHighs();
		let checked = 0;
		let branched = 0;
		for (let seed = 1; seed <= 12; seed++) {
			const inst = randomInstance(seed, SMALL);
			const expected = bruteForceOptimum(inst);
			if (expected === null) continue;
			for (const budget of [1e12, 40]) {
				withMaster(highs, inst, ({ master, pricers, reqWork, onTotal }) => {
					let clock = 0; // counts calls: a budget is a number of clock reads, not time
					let best = Infinity;
					const res = branchAndPrice({
						master, pricers, reqWork, onTotal, now: () => clock++, until: budget, rootBound: -Infinity, incumbent: Infinity, maxEntries: 1_000_000, maxRounds: 3,
						onRoster: (roster: Roster) => {
							roster.forEach((row, e) => expect(employeeViolations(inst, e, row), `seed ${seed}`).toEqual([]));
							best = Math.min(best, objectiveParts(inst, roster).objective);
							return best;
						}
					});
					if (budget === 1e12) {
						expect(res.complete, `seed ${seed}`).toBe(true);
						expect(res.incumbent, `seed ${seed}`).toBe(expected);
						expect(res.lowerBound, `seed ${seed}`).toBe(expected);
						if (res.nodes > 1) branched++;
						checked++;
					} else if (res.lowerBound !== null) expect(res.lowerBound, `seed ${seed}`).toBeLessThanOrEqual(expected + 1e-6);
					// The pool's bounds are restored: every column open again, the aggregate rows free.
					expect(master.columns.length).toBeGreaterThanOrEqual(3);
					expect(master.aggregateBounds).toEqual([{ lo: -Infinity, hi: Infinity }, { lo: -Infinity, hi: Infinity }]);
				});
			}
		}
		expect(checked).toBeGreaterThan(6);
		expect(branched).toBeGreaterThan(0);
	}, 60_000);

	it('given an incumbent 2 above the optimum, forbids cells by reduced cost and still finds and proves the optimum (Instances 1 and 3)', async () => {
		const highs = await loadHighs();
		// The random instances above close at the root; these two branch after fixing (19 and 205 cells).
		for (const [n, optimum] of [[1, 607], [3, 1001]] as const) {
			const inst = benchmarkInstance(n);
			const res = withMaster(highs, inst, ({ master, pricers, reqWork, onTotal }) => {
				let clock = 0;
				const best = optimum + 2; // a roster the caller already has
				return branchAndPrice({
					master, pricers, reqWork, onTotal, now: () => clock++, until: 1e12, rootBound: -Infinity, incumbent: best, maxEntries: 3_000_000, maxRounds: 100,
					onRoster: keepBest(inst, best)
				});
			});
			// Had a cell of every optimal roster been forbidden, the search would end at optimum + 2.
			expect(res.cellsFixed, `Instance${n}`).toBeGreaterThan(10);
			expect(res.complete, `Instance${n}`).toBe(true);
			expect(res.incumbent, `Instance${n}`).toBe(optimum);
		}
	}, 60_000);

	it('keeps searching past its stop while it is proving, up to the later stop, and only then', async () => {
		const highs = await loadHighs();
		// Budgets count clock reads. Given the optimum as incumbent, a search is proving once its
		// least open bound is within 1 of it; stopped early, it finishes when allowed the later stop.
		const run = (inst: CurtoisInstance, expected: number, proofUntil: number | undefined) =>
			withMaster(highs, inst, ({ master, pricers, reqWork, onTotal }) => {
				let clock = 0;
				return branchAndPrice({ master, pricers, reqWork, onTotal, now: () => clock++, until: 16, proofUntil, rootBound: -Infinity, incumbent: expected, maxEntries: 1_000_000, maxRounds: 3, onRoster: () => expected });
			});
		let helped = 0;
		for (let seed = 1; seed <= 12; seed++) {
			const inst = randomInstance(seed, SMALL);
			const expected = bruteForceOptimum(inst);
			if (expected === null) continue;
			const short = run(inst, expected, undefined);
			const long = run(inst, expected, 1e12);
			if (short.complete) expect(long.complete, `seed ${seed}`).toBe(true);
			if (long.complete) expect(long.lowerBound, `seed ${seed}`).toBe(expected);
			// Unfinished with no later limit: it was not proving at its stop, so it stopped there,
			// exactly where the search without a later limit stopped (the clocks read alike).
			else expect(long.nodes, `seed ${seed}`).toBe(short.nodes);
			if (long.complete && !short.complete) helped++;
		}
		expect(helped).toBeGreaterThan(0);
	}, 60_000);

	it('branches a diving node after its dive rounds, and searched to the end still proves the optimum', async () => {
		const highs = await loadHighs();
		// Instance 1 of the benchmark (8 employees, 14 days, optimum 607), from one column per
		// employee. A diving node whose LP is fractional and not converged is branched after one
		// round with diveRounds 1, after maxRounds (4) without.
		const inst = benchmarkInstance(1);
		const run = (diveRounds: number | undefined) =>
			withMaster(highs, inst, ({ master, pricers, reqWork, onTotal }) => {
				let best = Infinity;
				return branchAndPrice({
					master, pricers, reqWork, onTotal, now: () => 0, until: 1, rootBound: -Infinity, incumbent: Infinity, maxEntries: 1_000_000, maxRounds: 4, diveRounds,
					onRoster: (roster: Roster) => {
						roster.forEach((row, e) => expect(employeeViolations(inst, e, row)).toEqual([]));
						best = Math.min(best, objectiveParts(inst, roster).objective);
						return best;
					}
				});
			});
		const dive = run(1);
		const full = run(undefined);
		for (const r of [dive, full]) {
			expect(r.complete).toBe(true);
			expect(r.incumbent).toBe(607);
			expect(r.lowerBound).toBe(607);
			expect(r.diveCutShort.nodes).toBeGreaterThan(0);
		}
		expect(full.diveCutShort.rounds).toBeGreaterThanOrEqual(4 * full.diveCutShort.nodes);
		// Rounds go on while the LP is integral, so a few nodes take more than one.
		expect(dive.diveCutShort.rounds).toBeLessThan(2 * dive.diveCutShort.nodes);
	}, 120_000);

	it('does not count the time the caller sets aside (a long polish of a roster) as the cost of a step', async () => {
		const highs = await loadHighs();
		// A clock that moves 1 ms a call; the first roster handed over takes 30,000 s more (a caller
		// polishing it), reported through asideMs. Counted as step time, it would make the next steps
		// fix many values at once (a plunge aims at a leaf in a third of the time left) and change the tree.
		const inst = benchmarkInstance(1);
		const run = (firstRosterMs: number) =>
			withMaster(highs, inst, ({ master, pricers, reqWork, onTotal }) => {
				let clock = 0;
				let best = Infinity;
				let calls = 0;
				let aside = 0;
				return branchAndPrice({
					master, pricers, reqWork, onTotal, now: () => ++clock, until: 100_000_000, rootBound: -Infinity, incumbent: Infinity, maxEntries: 1_000_000, maxRounds: 4, diveRounds: 2,
					asideMs: () => aside,
					onRoster: (roster: Roster) => {
						if (calls++ === 0) { clock += firstRosterMs; aside += firstRosterMs; }
						best = Math.min(best, objectiveParts(inst, roster).objective);
						return best;
					}
				});
			});
		const quick = run(0);
		const slow = run(30_000_000);
		for (const r of [quick, slow]) {
			expect(r.complete).toBe(true);
			expect(r.incumbent).toBe(607);
		}
		expect(slow.nodes).toBe(quick.nodes);
		expect(slow.rounds).toBe(quick.rounds);
	}, 120_000);

	it('on Instance 9, the root probe bounds the total staff short for the whole tree (≥ 4), which lifts the bound to the optimum 439 and closes the tree', async () => {
		const highs = await loadHighs();
		const inst = benchmarkInstance(9);
		const res = withMaster(highs, inst, ({ master, pricers, reqWork, onTotal }) => {
			// A counting clock: 5,000 readings (each LP gets the readings left as milliseconds; 400 left
			// the last LPs 50 ms, which one dual simplex solve passed). Without the probe the bound stays
			// near the LP's 405.67.
			let clock = 0;
			return branchAndPrice({
				master, pricers, reqWork, onTotal, now: () => clock++, until: 5000, rootBound: -Infinity, incumbent: Infinity, maxEntries: 3_000_000, maxRounds: 100,
				onRoster: keepBest(inst, Infinity)
			});
		});
		expect(res.aggregateFixes).toBe(1);
		expect(res.complete).toBe(true);
		expect(res.incumbent).toBe(439);
		expect(res.lowerBound).toBe(439);
	}, 60_000);

	it('proves Instance 5 from an incumbent 1 above its optimum in a few dozen nodes: strong branching picks values whose two sides both lift the bound', async () => {
		const highs = await loadHighs();
		const inst = benchmarkInstance(5);
		const res = withMaster(highs, inst, ({ master, pricers, reqWork, onTotal }) => {
			let clock = 0;
			return branchAndPrice({
				master, pricers, reqWork, onTotal, now: () => clock++, until: 1e12, rootBound: -Infinity, incumbent: 1144, maxEntries: 3_000_000, maxRounds: 100,
				onRoster: keepBest(inst, 1144)
			});
		});
		expect(res.complete).toBe(true);
		expect(res.incumbent).toBe(1143);
		expect(res.lowerBound).toBe(1143);
		// 4 nodes; branching on the most fractional value instead took 410.
		expect(res.nodes).toBeLessThan(40);
		expect(res.log).toMatch(/strong-branching LPs/);
	}, 60_000);

	it('on turning to the proof, replaces the dive\'s open nodes by the root: Instance 5 from no roster is proven, and stopped after the restart its bound stays valid', async () => {
		const highs = await loadHighs();
		const inst = benchmarkInstance(5);
		// Budgets count clock reads; the search's batch sizes follow the time left, so the two runs differ.
		for (const budget of [2000, 1900]) {
			const res = withMaster(highs, inst, ({ master, pricers, reqWork, onTotal }) => {
				let clock = 0;
				return branchAndPrice({
					master, pricers, reqWork, onTotal, now: () => clock++, until: budget, proofUntil: budget, rootBound: -Infinity, incumbent: Infinity, maxEntries: 3_000_000, maxRounds: 10,
					onRoster: keepBest(inst, Infinity)
				});
			});
			// The dive leaves hundreds of open nodes when the search turns to the proof.
			expect(Number(/restarted for the proof \((\d+) open nodes\)/.exec(res.log)?.[1]), `budget ${budget}`).toBeGreaterThan(50);
			if (budget === 2000) {
				expect(res.complete).toBe(true);
				expect(res.incumbent).toBe(1143);
				expect(res.lowerBound).toBe(1143);
			} else {
				expect(res.complete).toBe(false);
				expect(res.lowerBound).not.toBeNull();
				expect(res.lowerBound!).toBeLessThanOrEqual(1143);
			}
		}
	}, 60_000);

	it('turns strong branching off after 3 nodes in a row where it lifts no side, tries it again after 16 nodes, then after twice as many each time it finds nothing', () => {
		let s: StrongBranching = STRONG_BRANCHING_ON;
		expect(usesStrongBranching(s)).toBe(true);
		s = nextStrongBranching(s, 0);
		s = nextStrongBranching(s, 0.5); // a node that lifts both sides resets the count
		s = nextStrongBranching(s, 0);
		s = nextStrongBranching(s, 1e-4);
		expect(usesStrongBranching(s)).toBe(true);
		s = nextStrongBranching(s, 0);
		expect(usesStrongBranching(s)).toBe(false);
		for (let i = 0; i < 15; i++) { s = nextStrongBranching(s, null); expect(usesStrongBranching(s), `node ${i}`).toBe(false); }
		s = nextStrongBranching(s, null);
		expect(usesStrongBranching(s)).toBe(true);
		s = nextStrongBranching(s, 0); // the retry finds nothing: off for 32 nodes
		for (let i = 0; i < 32; i++) { expect(usesStrongBranching(s), `node ${i}`).toBe(false); s = nextStrongBranching(s, null); }
		expect(usesStrongBranching(s)).toBe(true);
		s = nextStrongBranching(s, 0.2); // this retry lifts both sides: on again, and the wait starts over
		expect(s).toEqual(STRONG_BRANCHING_ON);
		// Outside the proof (no strong branching asked for), an "on" state stays on.
		expect(nextStrongBranching(STRONG_BRANCHING_ON, null)).toEqual(STRONG_BRANCHING_ON);
	});

	it('scores a candidate by the product of its two gains, a side without gain counting as 0.001', () => {
		expect(strongScore(0.5, 0.4)).toBeCloseTo(0.2, 12);
		expect(strongScore(1, 0)).toBeCloseTo(0.001, 12);
		// Balanced gains beat one large gain with none on the other side.
		expect(strongScore(0.2, 0.2)).toBeGreaterThan(strongScore(3, 0));
	});
});
