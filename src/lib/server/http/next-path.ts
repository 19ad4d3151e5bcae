/** A same-site path to return to after a form, never another origin ('//evil' or 'https://…'). */
export function safeNextPath(value: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
	if (typeof value !== 'string') return fallback;
	if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
	// URL parsers drop tabs and newlines, so '/\t/evil.com' would still lead off the site.
	if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
	return value;
}
