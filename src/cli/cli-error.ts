/** A refusal of bad input: its message goes to the user as {"error": ...} with a non-zero exit. */
export class CliError extends Error {
	constructor(
		message: string,
		readonly exitCode = 2
	) {
		super(message);
	}
}
