// Locale helpers shared by server and client. Dates and numbers go through Intl so each
// language gets its own digits, calendar and separators (Persian uses the Solar Hijri calendar).
export const rtlLocales = new Set(['fa', 'ar']);

export function textDirection(locale: string): 'rtl' | 'ltr' {
	return rtlLocales.has(locale) ? 'rtl' : 'ltr';
}

/** Native names, shown in the language switcher in their own script. */
export const localeNames: Record<string, string> = {
	en: 'English',
	fa: 'فارسی',
	ar: 'العربية',
	pl: 'Polski',
	zh: '中文'
};

// Building an Intl formatter costs far more than using one (a table of dates and numbers spent most
// of its rendering time on it), so each locale-and-options pair is built once and kept.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = dateFormats.get(key);
	if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
	return format;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = numberFormats.get(key);
	if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
	return format;
}

/** A calendar date 'YYYY-MM-DD' (no time zone: it is a day, not an instant). */
export function formatDay(day: string, locale: string, style: 'medium' | 'long' = 'medium'): string {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return dateFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant (ms) in a given IANA time zone. */
export function formatInstant(ms: number, locale: string, timeZone: string): string {
	return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(ms));
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
	return numberFormat(locale, options).format(value);
}

/**
 * A value for a message's placeholder: a number in the locale's digits, without grouping (a row
 * number, a count or a limit reads as it did in English), text as it is, nothing as ''.
 */
export function messageValue(value: string | number | null | undefined, locale: string): string {
	return typeof value === 'number' ? formatNumber(value, locale, { useGrouping: false }) : (value ?? '');
}

export function formatPercent(share: number, locale: string, digits = 0): string {
	return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(share);
}
