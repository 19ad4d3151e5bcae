import { describe, expect, it } from 'vitest';
import { isCrossSiteUnsafe } from './cross-site';

const origin = 'https://tend.example';

function request(method: string, headers: Record<string, string> = {}, body?: BodyInit) {
	return new Request(`${origin}/admin/people`, { method, headers, body });
}

const contentTypes = {
	form: 'application/x-www-form-urlencoded',
	multipart: 'multipart/form-data; boundary=x',
	text: 'text/plain',
	json: 'application/json'
} as const;

describe('isCrossSiteUnsafe', () => {
	it.each(['GET', 'HEAD', 'OPTIONS'])('allows %s whatever the headers say', (method) => {
		expect(isCrossSiteUnsafe(request(method), origin)).toBe(false);
		expect(isCrossSiteUnsafe(request(method, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }), origin)).toBe(false);
	});

	it('allows a same-origin POST with Sec-Fetch-Site same-origin', () => {
		expect(isCrossSiteUnsafe(request('POST', { origin, 'sec-fetch-site': 'same-origin', 'content-type': contentTypes.form }, 'a=1'), origin)).toBe(false);
	});

	it('allows a same-origin POST without Sec-Fetch-Site (older browsers, tools that send Origin)', () => {
		expect(isCrossSiteUnsafe(request('POST', { origin, 'content-type': contentTypes.json }, '{}'), origin)).toBe(false);
	});

	it('allows a user-initiated navigation (Sec-Fetch-Site none) from the same origin', () => {
		expect(isCrossSiteUnsafe(request('POST', { origin, 'sec-fetch-site': 'none' }), origin)).toBe(false);
	});

	describe.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s', (method) => {
		it.each([
			['a form', { 'content-type': contentTypes.form }],
			['a multipart form', { 'content-type': contentTypes.multipart }],
			['text', { 'content-type': contentTypes.text }],
			['JSON', { 'content-type': contentTypes.json }],
			['no content type', {}]
		])('refuses a foreign Origin with %s', (_label, headers) => {
			expect(isCrossSiteUnsafe(request(method, { ...headers, origin: 'https://evil.example' }), origin)).toBe(true);
			expect(isCrossSiteUnsafe(request(method, { ...headers, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }), origin)).toBe(true);
		});

		it('refuses a missing Origin, whatever the content type', () => {
			expect(isCrossSiteUnsafe(request(method), origin)).toBe(true);
			expect(isCrossSiteUnsafe(request(method, { 'content-type': contentTypes.json }), origin)).toBe(true);
			expect(isCrossSiteUnsafe(request(method, { 'content-type': contentTypes.form, 'sec-fetch-site': 'same-origin' }), origin)).toBe(true);
		});
	});

	it('refuses Sec-Fetch-Site cross-site or same-site even with a matching Origin', () => {
		expect(isCrossSiteUnsafe(request('POST', { origin, 'sec-fetch-site': 'cross-site' }), origin)).toBe(true);
		expect(isCrossSiteUnsafe(request('POST', { origin, 'sec-fetch-site': 'same-site' }), origin)).toBe(true);
		expect(isCrossSiteUnsafe(request('POST', { origin, 'sec-fetch-site': 'something-new' }), origin)).toBe(true);
	});

	it('compares the whole origin: scheme, host and port', () => {
		for (const other of ['http://tend.example', 'https://tend.example:8443', 'https://sub.tend.example', 'https://tend.example.evil.com', 'null', '', 'https://TEND.example/']) {
			expect(isCrossSiteUnsafe(request('POST', { origin: other, 'sec-fetch-site': 'same-origin' }), origin), other).toBe(true);
		}
	});
});
