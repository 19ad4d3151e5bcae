// Whether the production build is missing or older than the sources it is built from: `npm start`
// builds then, and so does the dashboard load bench.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sources = ['src', 'static', 'messages', 'svelte.config.js', 'vite.config.ts', 'package.json', 'project.inlang'];

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) {
		if (entry === 'paraglide') continue; // generated during the build itself
		newest = Math.max(newest, newestMtime(join(path, entry)));
	}
	return newest;
}

/** 'missing', 'stale' or 'fresh' for the build under `root`. */
export function buildState(root = '.'): 'missing' | 'stale' | 'fresh' {
	const buildTime = newestMtime(join(root, 'build/index.js'));
	if (!buildTime) return 'missing';
	return sources.some((s) => newestMtime(join(root, s)) > buildTime) ? 'stale' : 'fresh';
}
