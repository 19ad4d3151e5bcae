/** A same-site path to return to after a form, never another origin ('//evil' or 'https://…'). */
export function safeNextPath(value: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
	if (typeof value !== 'string') return fallback;
	if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
	return value;
}
