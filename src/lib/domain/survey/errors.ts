// Errors the survey modules throw. Plain data so the server and the CLI can phrase them for
// their audience; `message` already reads on its own (which item, which field, why).

/** An input the survey modules refuse: a bad answer, policy, segment or schedule. */
export class SurveyInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'SurveyInputError';
	}
}

/** A readable rendering of a received value for error messages: `-5`, `"abc"`, `null`, `nothing`. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
	if (typeof value === 'bigint') return `${value}n`;
	try {
		const text = JSON.stringify(value);
		return text === undefined ? String(value) : text.length > 60 ? text.slice(0, 57) + '...' : text;
	} catch {
		return String(value);
	}
}
