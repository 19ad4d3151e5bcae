import { describe, expect, it } from 'vitest';
import { nextWaves } from './waves';

const fortnightly = { startDay: '2026-01-05', everyWeeks: 2 as const, closesAfterDays: 5 };

describe('nextWaves', () => {
	it('lists waves from the start when today is before it', () => {
		expect(nextWaves(fortnightly, '2025-12-01', 3)).toEqual([
			{ index: 0, opensOn: '2026-01-05', closesOn: '2026-01-09' },
			{ index: 1, opensOn: '2026-01-19', closesOn: '2026-01-23' },
			{ index: 2, opensOn: '2026-02-02', closesOn: '2026-02-06' }
		]);
	});
	it('includes the wave open today, up to and including its last day', () => {
		expect(nextWaves(fortnightly, '2026-01-19', 1)[0]!.index).toBe(1);
		expect(nextWaves(fortnightly, '2026-01-23', 1)[0]!.index).toBe(1);
		expect(nextWaves(fortnightly, '2026-01-24', 1)[0]!.index).toBe(2);
		expect(nextWaves(fortnightly, '2026-01-18', 1)[0]!.index).toBe(1);
	});
	it('counts calendar days across month, leap-day and year ends', () => {
		const weekly = { startDay: '2028-02-22', everyWeeks: 1 as const, closesAfterDays: 7 };
		expect(nextWaves(weekly, '2028-02-28', 2)).toEqual([
			{ index: 0, opensOn: '2028-02-22', closesOn: '2028-02-28' },
			{ index: 1, opensOn: '2028-02-29', closesOn: '2028-03-06' }
		]);
		const monthly = { startDay: '2026-12-01', everyWeeks: 4 as const, closesAfterDays: 10 };
		expect(nextWaves(monthly, '2026-12-30', 1)).toEqual([{ index: 1, opensOn: '2026-12-29', closesOn: '2027-01-07' }]);
	});
	it('is deterministic and gives nothing for a count of 0', () => {
		expect(nextWaves(fortnightly, '2026-06-01', 4)).toEqual(nextWaves(fortnightly, '2026-06-01', 4));
		expect(nextWaves(fortnightly, '2026-06-01', 0)).toEqual([]);
	});
	it('refuses overlapping waves, bad days and bad counts', () => {
		expect(() => nextWaves({ ...fortnightly, closesAfterDays: 15 }, '2026-01-01', 1)).toThrow('closesAfterDays must be a whole number from 1 to 14');
		expect(() => nextWaves({ ...fortnightly, closesAfterDays: 0 }, '2026-01-01', 1)).toThrow('got 0');
		expect(() => nextWaves({ ...fortnightly, everyWeeks: 3 as 2 }, '2026-01-01', 1)).toThrow('everyWeeks must be 1, 2 or 4, got 3');
		expect(() => nextWaves({ ...fortnightly, startDay: '2026-02-30' }, '2026-01-01', 1)).toThrow('schedule startDay is not a calendar day: 2026-02-30');
		expect(() => nextWaves(fortnightly, '1/1/2026', 1)).toThrow("today must be a day 'YYYY-MM-DD', got \"1/1/2026\"");
		expect(() => nextWaves(fortnightly, '2026-01-01', 1.5)).toThrow('count must be a whole number from 0 to 520, got 1.5');
	});
});
