import { describe, expect, it } from 'vitest';
import { erlangAMetrics } from './erlang-a';
import { erlangCMetrics } from './erlang-c';
import { StaffingError } from './errors';

const rel = (x: number, y: number) => Math.abs(x - y) / Math.abs(y);

/**
 * Independent check of the service level: the tagged contact's absorbing chain (k ahead, rate
 * Nμ + jθ down, θ to abandon) solved by uniformization, weighted by a stationary distribution
 * from direct products of the birth-death rates. Slow, different algorithm from the engine.
 */
function referenceServiceLevel(n: number, a: number, aht: number, patience: number, t: number): number {
	const mu = 1 / aht;
	const theta = 1 / patience;
	const lambda = a * mu;
	const q = [1];
	for (let s = 1; s < n + 400; s++) q.push((q[s - 1]! * lambda) / (Math.min(s, n) * mu + Math.max(s - n, 0) * theta));
	const total = q.reduce((x, y) => x + y, 0);
	let answered = 0;
	q.forEach((weight, s) => {
		if (s < n) {
			answered += weight;
			return;
		}
		const k = s - n;
		const top = n * mu + (k + 1) * theta;
		let p = new Float64Array(k + 1);
		p[k] = 1;
		let served = 0;
		let poisson = Math.exp(-top * t);
		let sum = 0;
		for (let step = 1; step < 2000; step++) {
			const next = new Float64Array(k + 1);
			for (let j = 0; j <= k; j++) {
				const down = (n * mu + j * theta) / top;
				next[j]! += p[j]! * (1 - (n * mu + (j + 1) * theta) / top);
				if (j === 0) served += p[j]! * down;
				else next[j - 1]! += p[j]! * down;
			}
			p = next;
			poisson *= (top * t) / step;
			sum += poisson * served;
			if (step > top * t && poisson < 1e-20) break;
		}
		answered += weight * sum;
	});
	return answered / total;
}

describe('Erlang A', () => {
	// ../shared/data/erlang-reference: rows A01–A05 (pyworkforce test_abandonment.py), 100 calls
	// per 30 min, AHT 3 min, mean patience 5 min, 14 agents, 20 s; independent values to 15 digits.
	it('reproduces the reference rows A01–A05', () => {
		const m = erlangAMetrics(14, 10, 180, 300, 20);
		expect(rel(m.pWait, 0.145260114296361)).toBeLessThan(1e-13);
		expect(rel(m.pAbandon, 0.0139837441224089)).toBeLessThan(1e-13);
		expect(rel(m.occupancy, 0.704297325626851)).toBeLessThan(1e-13);
		expect(rel(m.asaSeconds / 60, 0.0699187206120447)).toBeLessThan(1e-13);
		expect(rel(m.serviceLevel, 0.916792091863547)).toBeLessThan(1e-13);
		// and to the published precision
		expect(m.pWait.toFixed(5)).toBe('0.14526');
		expect(m.pAbandon.toFixed(6)).toBe('0.013984');
		expect(m.occupancy.toFixed(6)).toBe('0.704297');
		expect((m.asaSeconds / 60).toFixed(6)).toBe('0.069919');
		expect(m.serviceLevel.toFixed(6)).toBe('0.916792');
	});

	it('tends to Erlang C as patience grows', () => {
		for (const [n, a] of [
			[14, 10],
			[55, 48],
			[120, 100]
		] as const) {
			const c = erlangCMetrics(n, a, 180, 20);
			const e = erlangAMetrics(n, a, 180, 1e9, 20);
			expect(rel(e.serviceLevel, c.serviceLevel)).toBeLessThan(1e-7);
			expect(rel(e.pWait, c.pWait)).toBeLessThan(1e-6);
			expect(rel(e.asaSeconds, c.asaSeconds)).toBeLessThan(1e-6);
			expect(e.pAbandon).toBeLessThan(1e-6);
		}
	});

	it.each([
		[14, 10, 300, 20],
		[8, 10, 120, 20],
		[3, 2, 60, 30],
		[20, 25, 600, 60],
		[12, 10, 30, 10]
	])('service level matches uniformization: N=%i A=%d patience=%d t=%d', (n, a, patience, t) => {
		expect(rel(erlangAMetrics(n, a, 180, patience, t).serviceLevel, referenceServiceLevel(n, a, 180, patience, t))).toBeLessThan(1e-9);
	});

	it('with t = 0 the service level is 1 − P(wait)', () => {
		const m = erlangAMetrics(14, 10, 180, 300, 0);
		expect(m.serviceLevel).toBeCloseTo(1 - m.pWait, 15);
	});

	it('is always stable: fewer agents than the load still gives finite metrics', () => {
		const m = erlangAMetrics(8, 10, 180, 120, 20);
		for (const x of Object.values(m)) expect(Number.isFinite(x)).toBe(true);
		expect(m.pAbandon).toBeGreaterThan(0.2);
		expect(m.occupancy).toBeLessThan(1);
		// throughput balance: λ(1 − P(abandon)) = μ·E[busy] ≤ N·μ
		expect(10 * (1 - m.pAbandon)).toBeLessThan(8);
	});

	it('with no agents everyone abandons after their patience', () => {
		const m = erlangAMetrics(0, 10, 180, 300, 20);
		expect(m.serviceLevel).toBe(0);
		expect(m.pWait).toBe(1);
		expect(m.pAbandon).toBeCloseTo(1, 12);
		expect(m.asaSeconds).toBeCloseTo(300, 9);
	});

	it('handles a heavy overload without overflow (terms beyond 1e308)', () => {
		const m = erlangAMetrics(500, 2000, 600, 1800, 20);
		for (const x of Object.values(m)) expect(Number.isFinite(x)).toBe(true);
		expect(m.pAbandon).toBeCloseTo(0.75, 3); // only N/A = 25% can be served
	});

	it('is stable at N = 5000, A = 4900 and agrees with Erlang C for long patience there', () => {
		const e = erlangAMetrics(5000, 4900, 180, 1e9, 20);
		const c = erlangCMetrics(5000, 4900, 180, 20);
		expect(rel(e.pWait, c.pWait)).toBeLessThan(1e-5);
		expect(rel(e.serviceLevel, c.serviceLevel)).toBeLessThan(1e-9);
	});

	it('improves with every extra agent', () => {
		let previous = erlangAMetrics(0, 10, 180, 120, 20);
		for (let n = 1; n < 25; n++) {
			const m = erlangAMetrics(n, 10, 180, 120, 20);
			expect(m.serviceLevel).toBeGreaterThan(previous.serviceLevel);
			expect(m.asaSeconds).toBeLessThan(previous.asaSeconds);
			expect(m.pAbandon).toBeLessThan(previous.pAbandon);
			previous = m;
		}
	});

	it('refuses, instead of hanging, when patience is absurdly long for an overload', () => {
		expect(() => erlangAMetrics(50, 100, 180, 1e9, 20)).toThrow(StaffingError);
	});

	it('returns idle metrics with no traffic and rejects bad patience', () => {
		expect(erlangAMetrics(2, 0, 180, 60, 20)).toEqual({ serviceLevel: 1, asaSeconds: 0, occupancy: 0, pWait: 0, pAbandon: 0 });
		expect(() => erlangAMetrics(2, 1, 180, 0, 20)).toThrow(RangeError);
	});
});
