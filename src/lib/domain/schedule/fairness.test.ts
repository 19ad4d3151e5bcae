import { describe, expect, it } from 'vitest';
import { fairnessByAgent, flexibilityValue, spread } from './fairness';

const tz = 'Europe/Warsaw';
// 2026-01-05 is a Monday; Warsaw is UTC+1 in January.
const shift = (personId: number, day: string, hourLocal: number) => ({ personId, start: Date.parse(`${day}T${String(hourLocal - 1).padStart(2, '0')}:00:00Z`), end: Date.parse(`${day}T${String(hourLocal + 7).padStart(2, '0')}:00:00Z`) });
const days = Array.from({ length: 14 }, (_, i) => new Date(Date.UTC(2026, 0, 5 + i)).toISOString().slice(0, 10));

describe('fairnessByAgent', () => {
	it('counts weekends once per Saturday-Sunday pair and evening starts', () => {
		const shifts = [shift(1, '2026-01-10', 8), shift(1, '2026-01-11', 8), shift(1, '2026-01-18', 8), shift(1, '2026-01-07', 18), shift(2, '2026-01-06', 9)];
		const result = fairnessByAgent([1, 2], shifts, [], days, tz);
		expect(result).toEqual([
			{ personId: 1, weekends: 2, evenings: 1, wishesHonoured: 0, wishesTotal: 0 },
			{ personId: 2, weekends: 0, evenings: 0, wishesHonoured: 0, wishesTotal: 0 }
		]);
	});
	it('scores day-off wishes on every such day and window wishes on worked days', () => {
		const shifts = [shift(1, '2026-01-07', 8), shift(1, '2026-01-06', 14)];
		const wishes = [
			{ personId: 1, kind: 'day_off' as const, weekday: 2, startMinute: null, endMinute: null }, // Wednesdays: worked the 7th, free the 14th
			{ personId: 1, kind: 'avoid_window' as const, weekday: 1, startMinute: 12 * 60, endMinute: 16 * 60 } // Tuesday 6th starts 14:00: broken
		];
		const [a] = fairnessByAgent([1], shifts, wishes, days, tz);
		expect(a).toMatchObject({ wishesHonoured: 1, wishesTotal: 3 });
	});
});

describe('flexibility index', () => {
	it('averages what there is to measure', () => {
		expect(flexibilityValue(3, 4, 1, 1)).toEqual({ preferencesHonoured: 0.75, requestsApproved: 1, value: 0.875 });
		expect(flexibilityValue(0, 0, 1, 2)).toEqual({ preferencesHonoured: null, requestsApproved: 0.5, value: 0.5 });
		expect(flexibilityValue(0, 0, 0, 0)).toEqual({ preferencesHonoured: null, requestsApproved: null, value: null });
	});
	it('summarises a team without names', () => {
		expect(spread([1, 3, 2])).toEqual({ mean: 2, min: 1, max: 3 });
		expect(spread([])).toEqual({ mean: 0, min: 0, max: 0 });
	});
});
