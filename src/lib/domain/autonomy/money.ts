// Money for decision limits: amounts are integers in the currency's minor unit (cents, fils,
// yen), so a limit and an amount compare exactly and "one cent over" is one unit over.
// Source of currency codes and their minor-unit digits: the runtime's ICU data (ISO 4217) via
// Intl, so there is no table to keep up to date. Limits: an amount above `maxAmountMajor` is
// refused as absurd for a front-line decision; a center that needs more raises the constant.

export const maxAmountMajor = 1_000_000;

export function isCurrency(code: string): boolean {
	return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code);
}

/** Digits after the decimal point in the currency's minor unit (2 for EUR, 0 for JPY, 3 for KWD). */
export function minorDigits(currency: string): number {
	return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export type AmountError = 'amount_required' | 'amount_format' | 'amount_not_positive' | 'amount_too_many_digits' | 'amount_too_large';

/** Parses a typed amount ("12.50", "12,50", "1 250") into minor units without floating point. */
export function parseAmount(text: string, currency: string): { ok: true; minor: number } | { ok: false; error: AmountError; params?: Record<string, number> } {
	const cleaned = text.trim().replace(/[\s\u00a0\u202f']/g, '');
	if (cleaned === '') return { ok: false, error: 'amount_required' };
	// One decimal separator, either . or , (Polish and many others write 12,50).
	const match = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(cleaned);
	if (!match) return { ok: false, error: 'amount_format' };
	const [, sign, whole, fraction = ''] = match;
	const digits = minorDigits(currency);
	if (fraction.length > digits) return { ok: false, error: 'amount_too_many_digits', params: { digits } };
	if (whole!.replace(/^0+/, '').length > String(maxAmountMajor).length) return { ok: false, error: 'amount_too_large', params: { max: maxAmountMajor } };
	const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
	if (sign === '-' || minor <= 0) return { ok: false, error: 'amount_not_positive' };
	if (minor > maxAmountMajor * 10 ** digits) return { ok: false, error: 'amount_too_large', params: { max: maxAmountMajor } };
	return { ok: true, minor };
}

/** Minor units to major units as a number, for display with Intl. */
export function toMajor(minor: number, currency: string): number {
	return minor / 10 ** minorDigits(currency);
}

export function formatMoney(minor: number, currency: string, locale: string): string {
	return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(toMajor(minor, currency));
}
