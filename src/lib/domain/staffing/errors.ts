// Errors the staffing engine throws. Pure data, so the CLI and the web layer can phrase them
// for their own audience; `message` is already readable on its own.

/** A target or input the engine cannot honour (for example service level 1, or no staffing within the search cap). */
export class StaffingError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'StaffingError';
	}
}

/**
 * Bad input tied to one interval. The message reads
 * `interval 3 (2026-01-05T09:30:00Z): volume must be a number >= 0, got -5`; the index is the
 * 0-based position in the input array, `start` is echoed as given.
 */
export class StaffingInputError extends StaffingError {
	constructor(
		readonly index: number | null,
		readonly start: string | null,
		readonly field: string,
		readonly problem: string
	) {
		super(index === null ? problem : `interval ${index} (${start ?? '?'}): ${problem}`);
		this.name = 'StaffingInputError';
	}
}

/** A readable rendering of a received value for error messages: `-5`, `"abc"`, `null`, `nothing`. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
	try {
		const text = JSON.stringify(value);
		return text === undefined ? String(value) : text.length > 60 ? text.slice(0, 57) + '...' : text;
	} catch {
		return String(value);
	}
}
