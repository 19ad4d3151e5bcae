// The `tend` command line: engines and database chores, JSON on stdin and stdout.
// Every failure prints {"error": "..."} to stdout and a readable line to stderr, and exits non-zero.
import { runCommand, CliError } from './commands';

async function readStdin(): Promise<string> {
	if (process.stdin.isTTY) return '';
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<number> {
	const args = process.argv.slice(2);
	try {
		const output = await runCommand(args, readStdin);
		if (typeof output === 'string') process.stdout.write(output.endsWith('\n') ? output : output + '\n');
		else process.stdout.write(JSON.stringify(output) + '\n');
		return 0;
	} catch (error) {
		const message = error instanceof CliError ? error.message : error instanceof Error ? `internal error: ${error.message}` : String(error);
		process.stdout.write(JSON.stringify({ error: message }) + '\n');
		process.stderr.write(`tend: ${message}\n`);
		return error instanceof CliError ? error.exitCode : 1;
	}
}

main().then((code) => process.exit(code));
