import { describe, expect, it } from 'vitest';
import { formatMoney, isCurrency, minorDigits, parseAmount } from './money';

describe('money', () => {
	it('knows ISO currencies and their minor units', () => {
		expect(isCurrency('EUR')).toBe(true);
		expect(isCurrency('PLN')).toBe(true);
		expect(isCurrency('XYZ')).toBe(false);
		expect(isCurrency('eur')).toBe(false);
		expect(minorDigits('EUR')).toBe(2);
		expect(minorDigits('JPY')).toBe(0);
		expect(minorDigits('KWD')).toBe(3);
	});

	it('parses amounts exactly into minor units, with either decimal separator', () => {
		expect(parseAmount('50', 'EUR')).toEqual({ ok: true, minor: 5000 });
		expect(parseAmount('50.01', 'EUR')).toEqual({ ok: true, minor: 5001 });
		expect(parseAmount('0,1', 'EUR')).toEqual({ ok: true, minor: 10 });
		expect(parseAmount('1 250,5', 'PLN')).toEqual({ ok: true, minor: 125050 });
		expect(parseAmount('0.29', 'EUR')).toEqual({ ok: true, minor: 29 }); // 0.29*100 is 28.999… in floating point
		expect(parseAmount('1200', 'JPY')).toEqual({ ok: true, minor: 1200 });
		expect(parseAmount('1.234', 'KWD')).toEqual({ ok: true, minor: 1234 });
	});

	it('refuses negative, zero, malformed, over-precise and absurd amounts with a reason', () => {
		expect(parseAmount('', 'EUR')).toEqual({ ok: false, error: 'amount_required' });
		expect(parseAmount('-5', 'EUR')).toEqual({ ok: false, error: 'amount_not_positive' });
		expect(parseAmount('0.00', 'EUR')).toEqual({ ok: false, error: 'amount_not_positive' });
		expect(parseAmount('12.5.1', 'EUR')).toEqual({ ok: false, error: 'amount_format' });
		expect(parseAmount('1e9', 'EUR')).toEqual({ ok: false, error: 'amount_format' });
		expect(parseAmount('10.001', 'EUR')).toEqual({ ok: false, error: 'amount_too_many_digits', params: { digits: 2 } });
		expect(parseAmount('1.5', 'JPY')).toEqual({ ok: false, error: 'amount_too_many_digits', params: { digits: 0 } });
		expect(parseAmount('1000000.01', 'EUR')).toEqual({ ok: false, error: 'amount_too_large', params: { max: 1_000_000 } });
		expect(parseAmount('99999999999999999999', 'EUR')).toEqual({ ok: false, error: 'amount_too_large', params: { max: 1_000_000 } });
		expect(parseAmount('1000000', 'EUR')).toEqual({ ok: true, minor: 100_000_000 });
	});

	it('formats for the reader\'s locale', () => {
		expect(formatMoney(5001, 'EUR', 'en')).toBe('€50.01');
		expect(formatMoney(1200, 'JPY', 'en')).toBe('¥1,200');
	});
});
