import { describe, expect, it } from 'vitest';
import { choleskySolve, NormalEquations } from './least-squares';

describe('least squares', () => {
	it('solves a symmetric positive definite system', () => {
		const x = choleskySolve(Float64Array.from([4, 2, 2, 3]), Float64Array.from([2, 1]), 2);
		expect(x[0]).toBeCloseTo(0.5, 12);
		expect(x[1]).toBeCloseTo(0, 12);
	});

	it('refuses a matrix that is not positive definite', () => {
		expect(() => choleskySolve(Float64Array.from([1, 2, 2, 1]), Float64Array.from([1, 1]), 2)).toThrow(RangeError);
	});

	it('recovers the coefficients of an exact linear relation', () => {
		const eq = new NormalEquations(3);
		for (let i = 0; i < 50; i++) {
			const x = Float64Array.from([1, i / 50, Math.cos(i)]);
			eq.add(x, 2 - 3 * x[1]! + 0.5 * x[2]!);
		}
		const b = eq.solve(1e-12);
		expect(b[0]).toBeCloseTo(2, 6);
		expect(b[1]).toBeCloseTo(-3, 6);
		expect(b[2]).toBeCloseTo(0.5, 6);
	});

	it('keeps an unidentified column at 0 thanks to the ridge', () => {
		const eq = new NormalEquations(2);
		for (let i = 0; i < 10; i++) eq.add(Float64Array.from([1, 0]), 5);
		const b = eq.solve();
		expect(b[0]).toBeCloseTo(5, 6);
		expect(b[1]).toBe(0);
	});

	it('shrinks penalised columns', () => {
		const eq = new NormalEquations(2);
		for (let i = 0; i < 10; i++) eq.add(Float64Array.from([1, i === 0 ? 1 : 0]), i === 0 ? 10 : 0);
		const free = eq.solve(1e-12);
		const shrunk = eq.solve(1e-12, Float64Array.from([0, 5]));
		expect(free[1]).toBeCloseTo(10, 6);
		expect(shrunk[1]!).toBeLessThan(5);
	});
});
