import { describe, expect, it } from 'vitest';
import { parseSkills, validateRules } from './rules-input';

const good = { max_consecutive_days: '5', min_rest_hours: '11', max_weekends: '2', first_start: '07:00', last_start: '09:00', start_step: '60', lengths: '8, 8.5', time_off_days: '26', break_minutes: '15', lunch_minutes: '30' };

describe('validateRules', () => {
	it('expands the start window and converts hours to minutes', () => {
		expect(validateRules(good)).toEqual({ ok: true, value: { maxConsecutiveDays: 5, minRestHours: 11, maxWeekendsPer4Weeks: 2, allowedStarts: [420, 480, 540], shiftLengths: [480, 510], timeOffDaysPerYear: 26, breakMinutes: 15, lunchMinutes: 30 } });
	});
	it('names every bad field', () => {
		const result = validateRules({ ...good, max_consecutive_days: '0', min_rest_hours: 'x', first_start: '10:00', last_start: '09:00', lengths: '1, 13' });
		expect(result).toEqual({
			ok: false,
			errors: [
				{ field: 'max_consecutive_days', code: 'range', params: { min: 1, max: 14 } },
				{ field: 'min_rest_hours', code: 'number' },
				{ field: 'last_start', code: 'order' },
				{ field: 'lengths', code: 'lengths', params: { min: 2, max: 12 } }
			]
		});
	});
	it('takes break and lunch minutes in steps of 5, 0 for none', () => {
		expect(validateRules({ ...good, break_minutes: '0', lunch_minutes: '60' })).toMatchObject({ ok: true, value: { breakMinutes: 0, lunchMinutes: 60 } });
		expect(validateRules({ ...good, break_minutes: '12', lunch_minutes: '150' })).toEqual({
			ok: false,
			errors: [
				{ field: 'break_minutes', code: 'step', params: { step: 5 } },
				{ field: 'lunch_minutes', code: 'range', params: { min: 0, max: 120 } }
			]
		});
	});
});

describe('parseSkills', () => {
	it('keeps the organization’s queues, once each, in order', () => {
		expect(parseSkills(['3', '1', '3'], [1, 2, 3])).toEqual({ ok: true, value: [1, 3] });
		expect(parseSkills([], [1, 2])).toEqual({ ok: true, value: [] });
	});
	it('refuses a queue that is not the organization’s, naming it', () => {
		expect(parseSkills(['1', '9'], [1, 2])).toEqual({ ok: false, error: { field: 'skills', code: 'skill_unknown', params: { name: '9' } } });
		expect(parseSkills(['x'], [1])).toMatchObject({ ok: false });
	});
});
