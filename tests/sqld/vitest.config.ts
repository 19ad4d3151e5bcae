import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// The smoke flow against a running libSQL server; scripts/test-sqld.sh starts it and sets DATABASE_URL.
export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) } },
	test: { include: ['tests/sqld/**/*.test.ts'], root: fileURLToPath(new URL('../..', import.meta.url)), testTimeout: 60_000, hookTimeout: 120_000 }
});
