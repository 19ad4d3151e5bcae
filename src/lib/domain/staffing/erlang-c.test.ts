import { describe, expect, it } from 'vitest';
import { erlangB, erlangC, erlangCMetrics } from './erlang-c';

// Reference values: ../shared/data/erlang-reference/erlang_reference_cases.csv, column
// independent_value (mpmath, 50 digits, printed to 15 significant digits); the published sources
// are named there (pyworkforce, FelixKleineBoesing/queuingSystem, mitan.co.uk inputs).
const rel = (x: number, y: number) => Math.abs(x - y) / Math.abs(y);

describe('Erlang B', () => {
	it.each([
		['B01', 1, 1, 0.5],
		['B02', 2, 1, 0.2],
		['B03', 1, 5, 0.833333333333333],
		['B04', 10, 20, 0.537963168632073],
		['B05', 190, 200, 0.0886968438692356],
		['B06', 200, 5, 5.31667137954674e-238],
		['B07', 1000, 500, 1.65241512775134e-86]
	])('%s: B(%i, %d) = %d', (_id, n, a, expected) => {
		expect(rel(erlangB(n, a), expected)).toBeLessThan(1e-13);
	});
	it('is 1 with no servers and 0 with no traffic', () => {
		expect(erlangB(0, 3)).toBe(1);
		expect(erlangB(5, 0)).toBe(0);
	});
	it('rejects fractional servers and negative traffic', () => {
		expect(() => erlangB(2.5, 1)).toThrow(RangeError);
		expect(() => erlangB(2, -1)).toThrow(RangeError);
	});
});

describe('Erlang C', () => {
	const a07 = 0.1 / 0.0033; // λ = 0.1/s, μ = 0.0033/s
	it.each([
		['C01', 14, 10, 0.17413193359505],
		['C07', 35, a07, 0.312192501532849],
		['C09', 40, a07, 0.0627883461353576],
		['C11', 35, 24, 0.0235211168614586],
		['C12', 35, 90 / 3.0033, 0.281687235025889],
		['C13', 135, a07, 3.31703715931894e-44],
		['X01', 55, 48, 0.238700936378009]
	])('%s: P(wait) C(%i, %d)', (_id, n, a, expected) => {
		expect(rel(erlangC(n, a), expected)).toBeLessThan(1e-13);
	});

	it('C02/C03: the textbook case, 100 calls per 30 min, AHT 180 s, 14 agents, 20 s', () => {
		const m = erlangCMetrics(14, 10, 180, 20);
		expect(m.serviceLevel).toBeCloseTo(0.888350019179467, 12);
		expect(m.occupancy).toBeCloseTo(0.714285714285714, 12);
		expect(m.pWait).toBeCloseTo(0.17413193359505, 12);
		expect(m.asaSeconds).toBeCloseTo(7.835937011777, 9);
		expect(m.pAbandon).toBe(0);
	});
	it('C08/C10: P(wait <= 20 s) for λ = 0.1/s, μ = 0.0033/s', () => {
		expect(rel(erlangCMetrics(35, a07, 1 / 0.0033, 20).serviceLevel, 0.771023359994685)).toBeLessThan(1e-13);
		expect(rel(erlangCMetrics(40, a07, 1 / 0.0033, 20).serviceLevel, 0.966892180764633)).toBeLessThan(1e-13);
	});
	it('X02/X03: 360 calls per 30 min of 4 minutes, 55 agents, 15 s', () => {
		const m = erlangCMetrics(55, 48, 240, 15);
		expect(rel(m.serviceLevel, 0.84588309217058)).toBeLessThan(1e-13);
		expect(rel(m.asaSeconds, 8.18403210438889)).toBeLessThan(1e-13);
	});
	it('C06: 15 agents, 19.8 s', () => {
		const m = erlangCMetrics(15, 10, 180, 19.8);
		expect(m.serviceLevel).toBeCloseTo(0.941127, 6);
		expect(m.occupancy).toBeCloseTo(0.666667, 6);
		expect(m.pWait).toBeCloseTo(0.102042, 6);
	});

	it('is stable at N = 5000, A = 4900 (exact rational value from bench/staffing.ts)', () => {
		// exact P(wait) by BigInt rational arithmetic: 0.09993787723448766
		const m = erlangCMetrics(5000, 4900, 180, 20);
		expect(rel(m.pWait, 0.09993787723448766)).toBeLessThan(1e-12);
		expect(Number.isFinite(m.asaSeconds)).toBe(true);
		expect(m.serviceLevel).toBeGreaterThan(0.99);
		expect(m.serviceLevel).toBeLessThan(1);
	});
	it('stays finite far beyond: N = 50,000, A = 49,800', () => {
		const c = erlangC(50_000, 49_800);
		expect(c).toBeGreaterThan(0);
		expect(c).toBeLessThan(1);
	});

	it('reports an unstable queue (N <= A) as SL 0, ASA Infinity, occupancy 1, P(wait) 1', () => {
		for (const n of [0, 5, 10]) expect(erlangCMetrics(n, 10, 180, 20)).toEqual({ serviceLevel: 0, asaSeconds: Infinity, occupancy: 1, pWait: 1, pAbandon: 0 });
		expect(erlangC(10, 10)).toBe(1);
	});
	it('reports no traffic as an idle interval', () => {
		expect(erlangCMetrics(3, 0, 180, 20)).toEqual({ serviceLevel: 1, asaSeconds: 0, occupancy: 0, pWait: 0, pAbandon: 0 });
	});
	it('SL(0) = 1 − P(wait) and SL grows with the answer time and with agents', () => {
		const m0 = erlangCMetrics(14, 10, 180, 0);
		expect(m0.serviceLevel).toBeCloseTo(1 - m0.pWait, 15);
		expect(erlangCMetrics(14, 10, 180, 60).serviceLevel).toBeGreaterThan(erlangCMetrics(14, 10, 180, 20).serviceLevel);
		let previous = 0;
		for (let n = 11; n < 30; n++) {
			const sl = erlangCMetrics(n, 10, 180, 20).serviceLevel;
			expect(sl).toBeGreaterThan(previous);
			previous = sl;
		}
	});
	it('accepts a B passed in by the caller', () => {
		expect(erlangCMetrics(14, 10, 180, 20, erlangB(14, 10))).toEqual(erlangCMetrics(14, 10, 180, 20));
	});
});
