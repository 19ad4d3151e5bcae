import { describe, expect, it } from 'vitest';
import { dateFormat, formatDay, formatPercent, messageValue, numberFormat } from './i18n';

describe('formatter cache', () => {
	it('builds each locale-and-options formatter once and formats as Intl does', () => {
		expect(numberFormat('pl', { maximumFractionDigits: 1 })).toBe(numberFormat('pl', { maximumFractionDigits: 1 }));
		expect(numberFormat('pl', { maximumFractionDigits: 2 })).not.toBe(numberFormat('pl', { maximumFractionDigits: 1 }));
		expect(dateFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' })).toBe(dateFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }));
		expect(formatDay('2026-11-23', 'en')).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 10, 23))));
		expect(formatPercent(0.256, 'fa', 1)).toBe(new Intl.NumberFormat('fa', { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(0.256));
	});
});

describe('messageValue', () => {
	it('writes numbers in the locale’s digits without grouping, and passes text and nothing through', () => {
		expect(messageValue(12345, 'en')).toBe('12345');
		expect(messageValue(12, 'fa')).toBe('۱۲');
		expect(messageValue(2.5, 'pl')).toBe('2,5');
		expect(messageValue('06:00', 'fa')).toBe('06:00');
		expect(messageValue(undefined, 'fa')).toBe('');
		expect(messageValue(null, 'en')).toBe('');
	});
});
