// Command line shared by the benches that time any checkout's code: `--root DIR` picks the checkout
// whose src/ is loaded (default: this one, e.g. a `git worktree` of an older commit with its
// node_modules linked); the other arguments are numbers.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export function readCheckoutArgs(argv: string[]) {
	const here = fileURLToPath(new URL('..', import.meta.url));
	let root = here;
	const numbers: number[] = [];
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--root') root = resolve(String(argv[++i]));
		else numbers.push(Number(argv[i]));
	}
	/** Imports a module of the chosen checkout (path from its root). */
	const load = (path: string) => import(pathToFileURL(resolve(root, path)).href);
	return { here, root, numbers, load };
}
