import { describe, expect, it } from 'vitest';
import { earlyAttrition, hireCohort, kaplanMeier, retentionByCohort, retentionCurve, survivalAt, tenureObservations } from './retention';
import { addDays, type Employment } from './turnover';

// Freireich et al. (Blood 1963), 6-MP arm: weeks in remission, * = censored. The textbook
// Kaplan-Meier example (e.g. Kleinbaum & Klein, Survival Analysis, ch. 2).
const sixMp = '6 6 6 6* 7 9* 10 10* 11* 13 16 17* 19* 20* 22 23 25* 32* 32* 34* 35*'
	.split(' ')
	.map((item) => ({ time: Number(item.replace('*', '')), event: !item.endsWith('*') }));

describe('kaplanMeier on the 6-MP leukaemia data', () => {
	const curve = kaplanMeier(sixMp);
	const at = (time: number) => curve.steps.find((step) => step.time === time)!;
	it('reproduces the published survival estimates', () => {
		expect(curve.n).toBe(21);
		expect(curve.events).toBe(9);
		const published: [number, number][] = [
			[6, 0.857],
			[7, 0.807],
			[10, 0.753],
			[13, 0.69],
			[16, 0.627],
			[22, 0.538],
			[23, 0.448]
		];
		for (const [time, survival] of published) expect(at(time).survival, `S(${time})`).toBeCloseTo(survival, 3);
		expect(at(6)).toMatchObject({ atRisk: 21, events: 3, censored: 1 });
		expect(at(10)).toMatchObject({ atRisk: 15, events: 1, censored: 1 });
		// A censoring does not move the curve.
		expect(at(9).survival).toBe(at(7).survival);
		expect(survivalAt(curve, 5)).toBe(1);
		expect(survivalAt(curve, 8)).toBeCloseTo(0.807, 3);
		expect(survivalAt(curve, 100)).toBeCloseTo(0.448, 3);
	});
	it('gives the Greenwood standard errors', () => {
		expect(at(6).standardError).toBeCloseTo(0.0764, 4);
		// S(23)^2 x (3/(21*18) + 1/(17*16) + 1/(15*14) + 1/(12*11) + 1/(11*10) + 1/(7*6) + 1/(6*5)).
		expect(at(23).standardError).toBeCloseTo(0.1346, 3);
	});
	it('gives log-log 95% bands inside [0, 1]', () => {
		// At t = 6: S^exp(±1.96 x sqrt(3/378) / |log S|) = 0.620 .. 0.952.
		expect(at(6).lower).toBeCloseTo(0.62, 3);
		expect(at(6).upper).toBeCloseTo(0.952, 3);
		for (const step of curve.steps) {
			expect(step.lower).toBeGreaterThanOrEqual(0);
			expect(step.upper).toBeLessThanOrEqual(1);
			expect(step.lower).toBeLessThanOrEqual(step.survival);
			expect(step.upper).toBeGreaterThanOrEqual(step.survival);
		}
	});
	it('finds the median and its limits', () => {
		expect(curve.median).toBe(23);
		// Lower band first at or below 0.5 at 13 (0.43; 0.503 at 10); the upper band never gets there.
		expect(curve.medianLower).toBe(13);
		expect(curve.medianUpper).toBeNull();
	});
});

describe('kaplanMeier edge cases', () => {
	it('is flat at 1 with no events and has no median', () => {
		const curve = kaplanMeier([
			{ time: 3, event: false },
			{ time: 5, event: false }
		]);
		expect(curve.steps.map((step) => step.survival)).toEqual([1, 1]);
		expect(curve.median).toBeNull();
		expect(curve.steps[0]).toMatchObject({ lower: 1, upper: 1, variance: 0 });
	});
	it('reaches 0 when the last one at risk leaves, with a zero-width band', () => {
		const curve = kaplanMeier([
			{ time: 1, event: true },
			{ time: 2, event: true }
		]);
		expect(curve.steps.map((step) => step.survival)).toEqual([0.5, 0]);
		expect(curve.steps[1]).toMatchObject({ lower: 0, upper: 0, variance: 0 });
		expect(curve.median).toBe(1);
	});
	it('handles no observations and refuses bad ones', () => {
		expect(kaplanMeier([])).toMatchObject({ n: 0, events: 0, steps: [], median: null });
		expect(() => kaplanMeier([{ time: -1, event: true }])).toThrow('observation 0: time must be a finite number >= 0, got -1');
		expect(() => kaplanMeier([{ time: 1, event: 'yes' as unknown as boolean }])).toThrow('observation 0: event must be true or false');
	});
});

const p = (hireDate: string, exitDate: string | null = null): Employment => ({ hireDate, exitDate });

describe('tenure observations', () => {
	it('counts days from hire to exit, censors at asOf those still there or leaving later, skips future hires', () => {
		expect(
			tenureObservations([p('2026-01-01', '2026-03-01'), p('2026-01-01'), p('2026-01-01', '2026-12-31'), p('2026-07-01')], '2026-06-30')
		).toEqual([
			{ time: 59, event: true },
			{ time: 180, event: false },
			{ time: 180, event: false }
		]);
	});
	it('refuses an exit before the hire and malformed days', () => {
		expect(() => tenureObservations([p('2026-03-01', '2026-02-01')], '2026-06-30')).toThrow('person 0: exitDate 2026-02-01 is before hireDate 2026-03-01');
		expect(() => tenureObservations([p('2026-02-30')], '2026-06-30')).toThrow('person 0 hireDate is not a calendar day: 2026-02-30');
		expect(() => retentionCurve([], '30/06/2026')).toThrow("asOf must be a day 'YYYY-MM-DD'");
	});
});

describe('retention by hire cohort', () => {
	it('names cohorts by year or quarter', () => {
		expect(hireCohort('2025-11-03', 'year')).toBe('2025');
		expect(hireCohort('2025-11-03', 'quarter')).toBe('2025-Q4');
		expect(hireCohort('2025-01-01', 'quarter')).toBe('2025-Q1');
	});
	it('fits one curve per cohort, oldest first', () => {
		const people = [p('2024-02-01', '2024-03-01'), p('2024-05-01'), p('2025-01-10', '2025-01-20'), p('2025-02-01', '2025-04-01'), p('2025-03-01'), p('2027-01-01')];
		const cohorts = retentionByCohort(people, '2025-12-31', 'year');
		expect(cohorts.map((c) => c.cohort)).toEqual(['2024', '2025']);
		expect(cohorts[0]!.curve.n).toBe(2);
		expect(survivalAt(cohorts[0]!.curve, 365)).toBe(0.5);
		expect(cohorts[1]!.curve.n).toBe(3);
		expect(survivalAt(cohorts[1]!.curve, 10)).toBeCloseTo(2 / 3, 10);
		expect(survivalAt(cohorts[1]!.curve, 59)).toBeCloseTo(1 / 3, 10);
		expect(retentionByCohort(people, '2025-12-31', 'quarter').map((c) => c.cohort)).toEqual(['2024-Q1', '2024-Q2', '2025-Q1']);
	});
});

describe('early attrition', () => {
	const asOf = '2026-06-30';
	const hired = (daysBefore: number, leftAfter: number | null) => p(addDays(asOf, -daysBefore), leftAfter === null ? null : addDays(asOf, -daysBefore + leftAfter));
	it('counts exits within 90 and 180 days among hires old enough to be observed', () => {
		const people = [
			hired(400, 30), // left within 90
			hired(400, 90), // on day 90: within 90
			hired(400, 91), // within 180, not 90
			hired(400, null),
			hired(200, 150), // within 180
			hired(120, 20), // observed for 90 only
			hired(60, 10) // too recent for either window
		];
		const [d90, d180] = earlyAttrition(people, asOf);
		expect(d90).toMatchObject({ horizonDays: 90, eligible: 6, left: 3, share: 0.5 });
		expect(d180).toMatchObject({ horizonDays: 180, eligible: 5, left: 4, share: 0.8 });
		// Wilson 95% for 3 of 6: 0.188 .. 0.812.
		expect(d90!.lower).toBeCloseTo(0.1876, 3);
		expect(d90!.upper).toBeCloseTo(0.8124, 3);
	});
	it('is null with nobody old enough, and refuses bad horizons', () => {
		expect(earlyAttrition([hired(10, null)], asOf, [90])).toEqual([{ horizonDays: 90, eligible: 0, left: 0, share: null, lower: null, upper: null }]);
		expect(() => earlyAttrition([], asOf, [0])).toThrow('horizon 0 must be a whole number of days > 0, got 0');
	});
});
