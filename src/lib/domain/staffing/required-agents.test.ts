import { describe, expect, it } from 'vitest';
import { evaluateAgents, meetsTargets, requiredAgents, requiredServers, targetProblem, type ErlangQueue, type StaffingTargets } from './required-agents';
import { StaffingError } from './errors';

const voice = (trafficErlangs: number, ahtSeconds = 180): ErlangQueue => ({ model: 'erlang_c', trafficErlangs, ahtSeconds });

/** The answer is minimal: it meets every target and one fewer does not. */
function expectMinimal(queue: ErlangQueue, targets: StaffingTargets, agents: number) {
	expect(meetsTargets(evaluateAgents(queue, agents, targets.answerSeconds), targets)).toBe(true);
	if (agents > 0) expect(meetsTargets(evaluateAgents(queue, agents - 1, targets.answerSeconds), targets)).toBe(false);
}

describe('required agents, Erlang C', () => {
	it('C04: 80% in 20 s with max occupancy 0.85 needs 14 for 10 Erlangs', () => {
		const targets = { serviceLevel: 0.8, answerSeconds: 20, maxOccupancy: 0.85 };
		const r = requiredAgents(voice(10), targets);
		expect(r.agents).toBe(14);
		expect(r.metrics.serviceLevel).toBeCloseTo(0.888350019179467, 12);
		expectMinimal(voice(10), targets, 14);
	});
	it('C05: the occupancy cap binds at 0.70 (14 gives 0.714) → 15', () => {
		expect(requiredAgents(voice(10), { serviceLevel: 0.8, answerSeconds: 19.8, maxOccupancy: 0.7 }).agents).toBe(15);
	});
	it('C14: ASA <= 120 s alone needs 12 for 10 Erlangs (11 gives 122.8 s)', () => {
		const r = requiredAgents(voice(10), { answerSeconds: 0, asaSeconds: 120 });
		expect(r.agents).toBe(12);
		expect(r.metrics.asaSeconds).toBeCloseTo(40.4449, 4);
		expect(evaluateAgents(voice(10), 11, 0).asaSeconds).toBeCloseTo(122.781, 3);
	});
	it('takes the strictest of several targets', () => {
		const sl = requiredAgents(voice(50), { serviceLevel: 0.8, answerSeconds: 20 }).agents;
		const asa = requiredAgents(voice(50), { answerSeconds: 20, asaSeconds: 2 }).agents;
		const both = requiredAgents(voice(50), { serviceLevel: 0.8, answerSeconds: 20, asaSeconds: 2 }).agents;
		expect(both).toBe(Math.max(sl, asa));
		expect(asa).toBeGreaterThan(sl);
	});
	it('counts occupancy exactly at the cap as meeting it (8.5 Erlangs, 0.85 → 10 agents)', () => {
		expect(requiredAgents(voice(8.5), { serviceLevel: 0.01, answerSeconds: 20, maxOccupancy: 0.85 }).agents).toBe(10);
	});
	it('is minimal over a grid of loads and targets', () => {
		for (const a of [0.05, 0.7, 3, 12.5, 47, 230])
			for (const targets of [
				{ serviceLevel: 0.8, answerSeconds: 20 },
				{ serviceLevel: 0.95, answerSeconds: 0, maxOccupancy: 0.9 },
				{ serviceLevel: 0.5, answerSeconds: 60, asaSeconds: 15 }
			]) {
				const r = requiredAgents(voice(a), targets);
				expectMinimal(voice(a), targets, r.agents);
			}
	});
	it('solves 4,900 Erlangs (N around 5,000) quickly and exactly', () => {
		const started = performance.now();
		const r = requiredAgents(voice(4900), { serviceLevel: 0.8, answerSeconds: 20 });
		expect(performance.now() - started).toBeLessThan(100);
		expect(r.agents).toBe(4913);
		expectMinimal(voice(4900), { serviceLevel: 0.8, answerSeconds: 20 }, r.agents);
	});
	it('needs no one for no traffic', () => {
		expect(requiredAgents(voice(0), { serviceLevel: 0.8, answerSeconds: 20 })).toEqual({
			agents: 0,
			servers: 0,
			metrics: { serviceLevel: 1, asaSeconds: 0, occupancy: 0, pWait: 0, pAbandon: 0 }
		});
	});
	it('meets near-impossible targets without hanging (99.9999999% answered at once)', () => {
		const r = requiredAgents(voice(100), { serviceLevel: 0.999999999, answerSeconds: 0 });
		expect(r.metrics.pWait).toBeLessThanOrEqual(1e-9);
		expectMinimal(voice(100), { serviceLevel: 0.999999999, answerSeconds: 0 }, r.agents);
	});
});

describe('impossible targets', () => {
	it('service level 1 is impossible with finite staffing, whatever the answer time', () => {
		expect(targetProblem({ serviceLevel: 1, answerSeconds: 0 })).toMatch(/impossible/);
		expect(() => requiredAgents(voice(10), { serviceLevel: 1, answerSeconds: 20 })).toThrow(/service_level 1 is impossible/);
	});
	it('an ASA of 0 and out-of-range targets are refused up front', () => {
		expect(() => requiredAgents(voice(10), { serviceLevel: 0.8, answerSeconds: 20, asaSeconds: 0 })).toThrow(/asa_seconds/);
		expect(() => requiredAgents(voice(10), { serviceLevel: 0, answerSeconds: 20 })).toThrow(/service_level/);
		expect(() => requiredAgents(voice(10), { serviceLevel: 0.8, answerSeconds: -1 })).toThrow(/answer_seconds/);
		expect(() => requiredAgents(voice(10), { serviceLevel: 0.8, answerSeconds: 20, maxOccupancy: 1.2 })).toThrow(/max_occupancy/);
	});
	it('extreme but possible targets finish fast (the search is capped; doubles reach them well before the cap)', () => {
		const started = performance.now();
		const r = requiredAgents(voice(1000), { serviceLevel: 0.9999999999999999, answerSeconds: 0, asaSeconds: Number.MIN_VALUE });
		expect(performance.now() - started).toBeLessThan(200);
		expect(r.agents).toBeGreaterThan(1000);
		expect(r.agents).toBeLessThan(10_000);
	});
});

describe('required agents, Erlang A', () => {
	const queue = (a: number, patienceSeconds: number): ErlangQueue => ({ model: 'erlang_a', trafficErlangs: a, ahtSeconds: 180, patienceSeconds });
	it('is minimal and needs no more than Erlang C for the same answer-time target', () => {
		for (const a of [2, 10, 47, 300])
			for (const patience of [30, 120, 600]) {
				const targets = { serviceLevel: 0.8, answerSeconds: 20, maxOccupancy: 0.9 };
				const r = requiredAgents(queue(a, patience), targets);
				expectMinimal(queue(a, patience), targets, r.agents);
				expect(r.agents).toBeLessThanOrEqual(requiredAgents(voice(a), targets).agents);
			}
	});
	it('bisection finds what a plain scan from 0 finds, and every metric is monotone in N', () => {
		for (const a of [0.4, 3, 17, 60])
			for (const patience of [20, 180, 900])
				for (const targets of [
					{ serviceLevel: 0.8, answerSeconds: 20, maxOccupancy: 0.85 },
					{ serviceLevel: 0.5, answerSeconds: 60 },
					{ serviceLevel: 0.95, answerSeconds: 10, asaSeconds: 5 },
					{ answerSeconds: 0, maxOccupancy: 0.6 }
				]) {
					const q = queue(a, patience);
					let scan = 0;
					while (!meetsTargets(evaluateAgents(q, scan, targets.answerSeconds), targets)) scan++;
					expect(requiredAgents(q, targets).agents).toBe(scan);
					let previous = evaluateAgents(q, 0, targets.answerSeconds);
					for (let n = 1; n <= scan + 5; n++) {
						const m = evaluateAgents(q, n, targets.answerSeconds);
						// SL is exact to ~1e-16 absolute (1 − I_p cancels deep in an overloaded queue), so allow that noise
						expect(m.serviceLevel).toBeGreaterThanOrEqual(previous.serviceLevel - 1e-15);
						expect(m.asaSeconds).toBeLessThanOrEqual(previous.asaSeconds);
						expect(m.occupancy).toBeLessThanOrEqual(previous.occupancy + 1e-12); // 1 − P(abandon) cancels near full load
						previous = m;
					}
				}
	});
	it('can staff below the load when the targets allow it (abandonment sheds load)', () => {
		const r = requiredAgents(queue(10, 30), { serviceLevel: 0.3, answerSeconds: 20 });
		expect(r.agents).toBeLessThan(10);
		expectMinimal(queue(10, 30), { serviceLevel: 0.3, answerSeconds: 20 }, r.agents);
	});
	it('with patience far beyond the waits, skips the hopeless overloaded range and agrees with Erlang C', () => {
		const r = requiredAgents(queue(100, 1e9), { serviceLevel: 0.8, answerSeconds: 20 });
		expect(r.agents).toBe(requiredAgents(voice(100), { serviceLevel: 0.8, answerSeconds: 20 }).agents);
	});
	it('needs a patience', () => {
		expect(() => requiredAgents({ model: 'erlang_a', trafficErlangs: 10, ahtSeconds: 180 }, { serviceLevel: 0.8, answerSeconds: 20 })).toThrow(/patience_seconds/);
	});
});

describe('chat concurrency', () => {
	const chat = (a: number, concurrency: number): ErlangQueue => ({ model: 'erlang_c', trafficErlangs: a, ahtSeconds: 600, concurrency });
	it('counts each agent as c servers: agents = ceil(servers / c), metrics at agents·c servers', () => {
		const targets = { serviceLevel: 0.8, answerSeconds: 60 };
		const servers = requiredServers(chat(10, 1), targets).servers;
		const r = requiredAgents(chat(10, 3), targets);
		expect(r.agents).toBe(Math.ceil(servers / 3));
		expect(r.servers).toBe(r.agents * 3);
		expect(r.metrics).toEqual(evaluateAgents(chat(10, 1), r.agents * 3, 60));
		expectMinimal(chat(10, 3), targets, r.agents);
	});
	it('concurrency 1 is plain Erlang', () => {
		expect(requiredAgents(chat(10, 1), { serviceLevel: 0.8, answerSeconds: 20 }).agents).toBe(requiredAgents({ ...chat(10, 1), concurrency: undefined }, { serviceLevel: 0.8, answerSeconds: 20 }).agents);
	});
	it('rejects a non-whole concurrency', () => {
		expect(() => requiredAgents(chat(10, 1.5), { serviceLevel: 0.8, answerSeconds: 20 })).toThrow(/concurrency/);
		expect(() => requiredAgents(chat(10, 0), { serviceLevel: 0.8, answerSeconds: 20 })).toThrow(/concurrency/);
	});
});
