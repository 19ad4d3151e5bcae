// Lever and programme findings read half a year of every team in scope and bootstrap their
// intervals: hundreds of milliseconds on a large center, for results that move with weekly data.
// They are kept per scope and day for ten minutes, and dropped at once when this process rebuilds
// outcome aggregates (an import). Another process (scale-out on a libSQL server) sees an import
// within the ten minutes. A failed computation is not kept.
const ttlMs = 10 * 60_000;
const maxEntries = 500;
const entries = new Map<string, { at: number; value: Promise<unknown> }>();

export function cachedFindings<T>(key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
	const hit = entries.get(key);
	if (hit && now - hit.at < ttlMs) return hit.value as Promise<T>;
	if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
	const value = compute();
	entries.set(key, { at: now, value });
	value.catch(() => {
		if (entries.get(key)?.value === value) entries.delete(key);
	});
	return value;
}

export function forgetCachedFindings(): void {
	entries.clear();
}
