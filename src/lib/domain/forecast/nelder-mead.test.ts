import { describe, expect, it } from 'vitest';
import { nelderMead } from './nelder-mead';

describe('Nelder-Mead', () => {
	it('finds the minimum of the Rosenbrock function', () => {
		const rosenbrock = (x: number[]) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
		const result = nelderMead(rosenbrock, [-1.2, 1], { maxEvaluations: 5000, tolerance: 1e-14 });
		expect(result.x[0]).toBeCloseTo(1, 3);
		expect(result.x[1]).toBeCloseTo(1, 3);
	});

	it('is deterministic and treats non-finite values as +Infinity', () => {
		const f = (x: number[]) => (x[0]! < 0 ? Number.NaN : (x[0]! - 2) ** 2);
		const a = nelderMead(f, [0.5]);
		const b = nelderMead(f, [0.5]);
		expect(a).toEqual(b);
		expect(a.x[0]).toBeCloseTo(2, 3);
	});
});
