// Large-neighbourhood search by exact sub-MIPs (Curtois & Qu benchmark): free every cell of a
// window of consecutive days (for all employees, or a random subset when the window would be too
// large), keep the rest of the roster fixed, and solve that sub-problem of the compact model
// (curtois-mip.ts) to optimality with HiGHS, starting from the current roster.
//
// Why: the DP local search changes one employee at a time against the others, so it stalls where a
// better roster needs several employees to trade shifts on the same days at once. A sub-MIP makes
// those trades in one step. Measured before it was wired in (scratch runs, one each): on 12 a
// roster of 4146 went to 4041 in about 8 s of 7-day windows, on 9 one of 549 to 449 in 18 s.
//
// Size: the number of free x cells (free employee-days × shifts) adapts. A solve that stops on its
// time limit shrinks it by a third; a solve proven optimal in under a tenth of its limit without
// improving grows it by half (up to the whole roster). The window covers at least one week.
// Limits: a neighbourhood is exact only within its window; the search proves nothing about the whole
// problem. HiGHS-wasm blocks: each solve gets at most `solveSeconds` and is interrupted at `until`.
import type { Highs } from 'highs';
import type { CurtoisInstance } from './curtois-format';
import { evaluate, type Roster } from './curtois-model';
import { buildMip, solveMip } from './curtois-mip';
import { shuffle } from '../random';

/** Free x cells of the first neighbourhoods (12: all 60 employees × 7 days × 10 shifts ≈ 4,200). */
const START_CELLS = 4_000;
/** Days a window covers at least (whole weeks hold the weekend and the consecutive-days rules). */
const MIN_DAYS = 7;

export interface MipLns {
	/**
	 * Improves `roster` (objective `objective`) until `until` (ms on `now`) or until `bound` is met;
	 * `onBetter` receives each better roster; it also stops after `patience` solves in a row that
	 * found nothing better. Returns the best roster and its objective.
	 */
	run(roster: Roster, objective: number, until: number, bound: number, onBetter: (roster: Roster, objective: number) => void, patience?: number): { roster: Roster; objective: number };
	stats(): string;
}

export function createMipLns(highs: Highs, instance: CurtoisInstance, random: () => number, now: () => number, solveSeconds = 5): MipLns {
	const H = instance.horizon;
	const S = instance.shifts.length;
	const E = instance.staff.length;
	const maxCells = E * H * S;
	let cells = Math.min(maxCells, START_CELLS, E * S * MIN_DAYS);
	let solves = 0;
	let improving = 0;
	return {
		stats: () => `${solves} solves, ${improving} improving, ${Math.round(cells)} cells`,
		run(roster, objective, until, bound, onBetter, patience = Infinity) {
			let cur = roster;
			let obj = objective;
			let stale = 0;
			while (obj > bound && until - now() > 100 && stale < patience) {
				const days = Math.max(Math.min(H, MIN_DAYS), Math.min(H, Math.floor(cells / (E * S))));
				const staff = Math.max(1, Math.min(E, Math.floor(cells / (days * S))));
				const a = Math.floor(random() * (H - days + 1));
				const chosen = new Uint8Array(E);
				if (staff >= E) chosen.fill(1);
				else for (const e of shuffle([...Array(E).keys()], random).slice(0, staff)) chosen[e] = 1;
				const mip = buildMip(instance, cur, (e, d) => chosen[e] === 1 && d >= a && d < a + days);
				const limit = Math.min(solveSeconds, (until - now()) / 1000);
				const t = now();
				const r = solveMip(highs, instance, cur, mip, { timeLimit: limit, now, deadline: until, start: cur, seed: solves });
				const took = (now() - t) / 1000;
				solves++;
				let better = false;
				stale++;
				if (r.roster) {
					// The benchmark's own evaluation decides, not the MIP's objective value.
					const ev = evaluate(instance, r.roster);
					if (ev.feasible && ev.objective < obj) {
						better = true;
						stale = 0;
						improving++;
						cur = r.roster;
						obj = ev.objective;
						onBetter(cur, obj);
					} else if (ev.feasible && ev.objective === obj) cur = r.roster; // a plateau move
				}
				if (r.status !== 'optimal' && r.status !== 'infeasible') {
					if (now() < until) cells = Math.max(S * MIN_DAYS, cells / 1.5);
				} else if (!better && took < limit / 10) cells = Math.min(maxCells, cells * 1.5);
			}
			return { roster: cur, objective: obj };
		}
	};
}
