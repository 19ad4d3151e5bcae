import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
	it.each(['/', '/x', '/people?q=a%20b', '/admin/people/3#top', '/a//b'])('keeps the same-site path %s', (path) => {
		expect(safeNextPath(path)).toBe(path);
	});

	it.each([
		['protocol-relative', '//evil.com'],
		['protocol-relative with a path', '//evil.com/people'],
		['absolute https', 'https://evil.com'],
		['absolute http', 'http://evil.com/x'],
		['backslash after the slash', '/\\evil'],
		['backslash after the slash with a host', '/\\evil.com/path'],
		['javascript', 'javascript:alert(1)'],
		['relative', 'people'],
		['empty', ''],
		['a leading space', ' /x'],
		['a backslash first', '\\\\evil.com'],
		['a tab between the slashes', '/\t/evil.com'],
		['a newline between the slashes', '/\n/evil.com'],
		['a carriage return and newline between the slashes', '/\r\n/evil.com'],
		['a tab before a backslash', '/\t\\evil.com'],
		['a NUL byte', '/x\u0000']
	])('falls back to / for %s', (_label, value) => {
		expect(safeNextPath(value)).toBe('/');
	});

	it('falls back for missing and file values, and honours a given fallback', () => {
		expect(safeNextPath(null)).toBe('/');
		expect(safeNextPath(undefined)).toBe('/');
		expect(safeNextPath(new File(['x'], '/x'))).toBe('/');
		expect(safeNextPath('//evil.com', '/home')).toBe('/home');
	});

	it('never yields a URL that leaves the site when resolved', () => {
		const base = 'https://tend.example/sign-in';
		for (const value of ['/x', '//evil.com', '/\\evil.com', 'https://evil.com', '/%2F%2Fevil.com', '/\t/evil.com', '/\n/evil.com', '/\r/evil.com', '/\t\\evil.com', '/ /evil.com']) {
			expect(new URL(safeNextPath(value), base).origin, value).toBe('https://tend.example');
		}
	});
});
