import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Kept apart from vite.config.ts: the Paraglide plugin there keeps every vitest run open for 10 s.
export default defineConfig({
	resolve: {
		alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) }
	},
	test: {
		include: ['src/**/*.test.ts', 'seeds/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
