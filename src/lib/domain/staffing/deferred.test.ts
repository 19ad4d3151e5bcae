import { describe, expect, it } from 'vitest';
import { evaluateDeferred, requiredDeferredAgents, type DeferredInterval } from './deferred';

const hour = 3600;
const iv = (startSeconds: number, volume: number, ahtSeconds: number, agents?: number, lengthSeconds = hour): DeferredInterval => ({ startSeconds, lengthSeconds, volume, ahtSeconds, agents });

/**
 * Brute force: many small items, evenly spread in each interval, answered FIFO by walking the
 * capacity step by step. Independent of the piecewise-linear algebra in the engine.
 */
function simulate(intervals: DeferredInterval[], agents: number[], share: number, limit: number, perInterval = 2000) {
	const items: Array<{ interval: number; at: number; work: number }> = [];
	intervals.forEach((x, i) => {
		for (let m = 0; m < perInterval; m++) if (x.volume > 0) items.push({ interval: i, at: x.startSeconds + ((m + 0.5) / perInterval) * x.lengthSeconds, work: (x.volume * x.ahtSeconds) / perInterval });
	});
	const capacityRate = (t: number) => {
		const i = intervals.findIndex((x) => x.startSeconds <= t && t < x.startSeconds + x.lengthSeconds);
		return i < 0 ? 0 : agents[i]! * share;
	};
	const boundaries = intervals.flatMap((x) => [x.startSeconds, x.startSeconds + x.lengthSeconds]).sort((a, b) => a - b);
	let clock = intervals[0]!.startSeconds;
	const waits: number[][] = intervals.map(() => []);
	for (const item of items) {
		clock = Math.max(clock, item.at);
		let remaining = item.work;
		while (remaining > 1e-12) {
			const next = boundaries.find((b) => b > clock + 1e-9);
			if (next === undefined) {
				clock = Infinity;
				break;
			}
			const rate = capacityRate(clock);
			if (rate === 0) {
				clock = next;
				continue;
			}
			const span = Math.min(next - clock, remaining / rate);
			remaining -= span * rate;
			clock += span;
		}
		waits[item.interval]!.push(clock - item.at);
	}
	return waits.map((w) => ({ sl: w.length ? w.filter((x) => x <= limit).length / w.length : 1, asa: w.length ? w.reduce((a, b) => a + b, 0) / w.length : 0 }));
}

describe('deferred work, fluid FIFO backlog', () => {
	it('answers everything at once when capacity exceeds arrivals', () => {
		const [m] = evaluateDeferred([iv(0, 100, 36)], [2], { answerSeconds: 600 });
		expect(m).toEqual({ serviceLevel: 1, asaSeconds: 0, occupancy: 0.5, pWait: 0, pAbandon: 0 });
	});

	it('carries a backlog into the next interval (worked by hand)', () => {
		// hour 1: 1 work-second per second arrives, nobody works; hour 2: 2 agents, nothing new.
		// An item arriving at τ has τ of work ahead, answered at 3600 + τ/2: wait 3600 − τ/2.
		const [first, second] = evaluateDeferred([iv(0, 100, 36, 0), iv(hour, 0, 36, 2)], [0, 2], { answerSeconds: 3000 });
		expect(first!.asaSeconds).toBeCloseTo(2700, 9); // mean of 3600 − τ/2 over [0, 3600)
		expect(first!.serviceLevel).toBeCloseTo(2 / 3, 12); // wait ≤ 3000 ⇔ τ ≥ 1200
		expect(first!.pWait).toBe(1);
		expect(first!.occupancy).toBe(1); // no agents facing work
		expect(second).toEqual({ serviceLevel: 1, asaSeconds: 0, occupancy: 0.5, pWait: 0, pAbandon: 0 });
	});

	it('lets time pass over a gap between intervals with no capacity', () => {
		// same, but hour 2 starts one hour later: wait 7200 − τ/2
		const [first] = evaluateDeferred([iv(0, 100, 36), iv(2 * hour, 0, 36)], [0, 2], { answerSeconds: 6000 });
		expect(first!.asaSeconds).toBeCloseTo(6300, 9);
		expect(first!.serviceLevel).toBeCloseTo(1 / 3, 12);
	});

	it('counts work still open at the end as not answered, and its ASA as unknown (Infinity)', () => {
		// hour 2 works at half speed (productive share 0.5): only items with τ ≤ 1800 finish, at 3600 + 2τ.
		const [first] = evaluateDeferred([iv(0, 100, 36), iv(hour, 0, 36)], [0, 1], { answerSeconds: 5000, productiveShare: 0.5 });
		expect(first!.asaSeconds).toBe(Infinity);
		expect(first!.serviceLevel).toBeCloseTo(1400 / 3600, 12); // 3600 + τ ≤ 5000
	});

	it('matches a brute-force item-by-item simulation on a mixed day', () => {
		const day = [iv(0, 40, 300), iv(hour, 90, 300), iv(2 * hour, 120, 300), iv(4 * hour, 30, 300), iv(5 * hour, 10, 300), iv(6 * hour, 0, 300)];
		const agents = [4, 6, 7, 8, 5, 3];
		const limit = 2400;
		const exact = evaluateDeferred(day, agents, { answerSeconds: limit, productiveShare: 0.9 });
		const brute = simulate(day, agents, 0.9, limit);
		exact.forEach((m, i) => {
			expect(Math.abs(m.serviceLevel - brute[i]!.sl)).toBeLessThanOrEqual(2 / 2000 + 1e-12); // within one or two of 2000 items
			// each simulated item carries volume·AHT/2000 work-seconds, answered when its own work is done: a few seconds apart
			expect(Math.abs(m.asaSeconds - brute[i]!.asa)).toBeLessThan(5);
			if (brute[i]!.asa > 500) expect(m.asaSeconds / brute[i]!.asa).toBeCloseTo(1, 2);
		});
		expect(exact.some((m) => m.serviceLevel < 1 && m.serviceLevel > 0)).toBe(true); // the case is not trivial
	});

	it('never lowers anyone\u2019s service level when agents are added', () => {
		const day = [iv(0, 60, 400), iv(hour, 150, 400), iv(2 * hour, 40, 400)];
		let previous = evaluateDeferred(day, [0, 0, 0], { answerSeconds: 1800 });
		for (let level = 1; level < 25; level++) {
			const now = evaluateDeferred(day, [level, level, level], { answerSeconds: 1800 });
			now.forEach((m, i) => expect(m.serviceLevel).toBeGreaterThanOrEqual(previous[i]!.serviceLevel - 1e-12));
			previous = now;
		}
	});
});

describe('required deferred agents', () => {
	const day = Array.from({ length: 10 }, (_, i) => iv(8 * hour + i * hour, [20, 60, 90, 70, 40, 80, 100, 60, 30, 5][i]!, 420));
	const targets = { serviceLevel: 0.9, answerSeconds: 4 * hour, productiveShare: 0.85 };

	it('finds the smallest constant level meeting 90% within 4 hours in every interval', () => {
		const r = requiredDeferredAgents(day, targets);
		const meets = (level: number) => evaluateDeferred(day, day.map(() => level), targets).every((m, i) => day[i]!.volume === 0 || m.serviceLevel >= 0.9);
		expect(meets(r.agents)).toBe(true);
		expect(meets(r.agents - 1)).toBe(false);
		expect(r.intervals.every((x) => x.agents === r.agents)).toBe(true);
		// a 4-hour target needs fewer agents than answering each hour's work within the hour
		const peakWorkload = Math.max(...day.map((x) => (x.volume * x.ahtSeconds) / (hour * 0.85)));
		expect(r.agents).toBeLessThan(Math.ceil(peakWorkload));
	});

	it('honours fixed agents and solves the rest', () => {
		const fixed = day.map((x, i) => (i === 0 ? { ...x, agents: 0 } : x));
		const r = requiredDeferredAgents(fixed, targets);
		expect(r.intervals[0]!.agents).toBe(0);
		expect(r.intervals[1]!.agents).toBe(r.agents);
	});

	it('an ASA target can bind', () => {
		const withAsa = requiredDeferredAgents(day, { ...targets, asaSeconds: 600 });
		expect(withAsa.agents).toBeGreaterThan(requiredDeferredAgents(day, targets).agents);
		expect(withAsa.intervals.every((x, i) => day[i]!.volume === 0 || x.metrics.asaSeconds <= 600)).toBe(true);
	});

	it('needs nobody with no volume, and reports fixed staffing that leaves work unanswerable', () => {
		expect(requiredDeferredAgents([iv(0, 0, 0)], targets).agents).toBe(0);
		// the last interval is fixed at 0 agents and has work: nothing can answer it
		expect(() => requiredDeferredAgents([iv(0, 10, 300), iv(hour, 10, 300, 0)], targets)).toThrow(/no constant staffing/);
	});

	it('refuses overlapping intervals', () => {
		expect(() => evaluateDeferred([iv(0, 1, 60), iv(1800, 1, 60)], [1, 1], { answerSeconds: 60 })).toThrow(/overlaps/);
	});
});
