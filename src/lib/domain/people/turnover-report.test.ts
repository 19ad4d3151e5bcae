import { describe, expect, it } from 'vitest';
import { monthlyTurnover, tenureBandOf, turnoverByGroup, turnoverByTenureBand } from './turnover-report';
import type { Employment } from './turnover';

const staff = (n: number, hireDate: string, exitDate: string | null = null): Employment[] => Array.from({ length: n }, () => ({ hireDate, exitDate, exitType: exitDate ? 'voluntary' : null }));

describe('turnover report', () => {
	it('bands tenure at its edges', () => {
		expect(tenureBandOf(-3)).toBe('under_90d');
		expect(tenureBandOf(0)).toBe('under_90d');
		expect(tenureBandOf(89.5)).toBe('under_90d');
		expect(tenureBandOf(89)).toBe('under_90d');
		expect(tenureBandOf(90)).toBe('90d_1y');
		expect(tenureBandOf(365)).toBe('1y_2y');
		expect(tenureBandOf(730)).toBe('over_2y');
	});
	it('monthly and rolling rates: 10 people, one leaves in March', () => {
		const people = [...staff(9, '2024-01-01'), ...staff(1, '2024-01-01', '2026-03-15')];
		const months = monthlyTurnover(people, '2026-05-10', 4);
		expect(months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
		expect(months.map((m) => m.exits)).toEqual([0, 0, 1, 0]);
		expect(months[2]!.monthly).toBeGreaterThan(0.09);
		expect(months[2]!.monthly).toBeLessThan(0.11);
		expect(months[3]!.rolling).toBeCloseTo(1 / 9.77, 1);
	});
	it('groups and tenure bands: exits counted where their tenure was at exit', () => {
		const people = [...staff(4, '2026-04-01'), ...staff(1, '2026-04-01', '2026-05-15'), ...staff(5, '2020-01-01')];
		const bands = turnoverByTenureBand(people, '2026-06-01');
		expect(bands.find((b) => b.key === 'under_90d')).toMatchObject({ exits: 1, headcount: 4 });
		expect(bands.find((b) => b.key === 'over_2y')).toMatchObject({ exits: 0, headcount: 5, rate: 0 });
		const groups = turnoverByGroup(people.map((p, i) => ({ ...p, team: i < 5 ? 'B' : 'A' })), '2026-06-01', (p) => p.team);
		expect(groups.map((g) => [g.key, g.exits])).toEqual([['A', 0], ['B', 1]]);
	});
});
