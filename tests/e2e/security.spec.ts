// Cross-site request refusal, security headers and the error page, checked over bare HTTP.
import { expect, test } from '@playwright/test';
import { baseURL, demoEmail, demoPassword, sameOrigin, signIn } from './helpers';

const foreign = 'https://evil.example';
const endpoints = ['/sign-in', '/language', '/sign-out'] as const;
const formBody: Record<(typeof endpoints)[number], Record<string, string>> = {
	'/sign-in': { email: demoEmail.agent, password: demoPassword },
	'/language': { locale: 'fa', next: '/' },
	'/sign-out': {}
};

test.describe('cross-site unsafe requests are refused', () => {
	for (const path of endpoints) {
		test(`POST ${path}`, async ({ request }) => {
			const fields = formBody[path];
			const urlencoded = new URLSearchParams(fields).toString();
			const attempts: { label: string; headers: Record<string, string>; data?: string }[] = [
				{ label: 'form, foreign Origin', headers: { origin: foreign, 'content-type': 'application/x-www-form-urlencoded' }, data: urlencoded },
				{ label: 'multipart, foreign Origin', headers: { origin: foreign, 'content-type': 'multipart/form-data; boundary=x' }, data: '--x--\r\n' },
				{ label: 'text/plain, foreign Origin', headers: { origin: foreign, 'content-type': 'text/plain' }, data: urlencoded },
				{ label: 'JSON, foreign Origin', headers: { origin: foreign, 'content-type': 'application/json' }, data: JSON.stringify(fields) },
				{ label: 'no content type, foreign Origin', headers: { origin: foreign } },
				{ label: 'form, Sec-Fetch-Site cross-site', headers: { ...sameOrigin, 'sec-fetch-site': 'cross-site', 'content-type': 'application/x-www-form-urlencoded' }, data: urlencoded },
				{ label: 'JSON, Sec-Fetch-Site same-site', headers: { ...sameOrigin, 'sec-fetch-site': 'same-site', 'content-type': 'application/json' }, data: JSON.stringify(fields) },
				{ label: 'form, Origin null', headers: { origin: 'null', 'content-type': 'application/x-www-form-urlencoded' }, data: urlencoded },
				{ label: 'form, no Origin', headers: { 'content-type': 'application/x-www-form-urlencoded' }, data: urlencoded }
			];
			for (const attempt of attempts) {
				const response = await request.post(path, { headers: attempt.headers, data: attempt.data, maxRedirects: 0 });
				expect.soft(response.status(), `${path}: ${attempt.label}`).toBe(403);
				expect.soft(response.headers()['set-cookie'] ?? '', `${path}: ${attempt.label} sets no cookie`).toBe('');
			}
		});
	}

	test('other unsafe methods too', async ({ request }) => {
		for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
			const response = await request.fetch('/sign-out', { method, headers: { origin: foreign }, maxRedirects: 0 });
			expect.soft(response.status(), method).toBe(403);
		}
	});

	test('a same-site form post is accepted (control)', async ({ request }) => {
		const language = await request.post('/language', { headers: { ...sameOrigin, 'sec-fetch-site': 'same-origin' }, form: { locale: 'pl', next: '/sign-in' }, maxRedirects: 0 });
		expect(language.status()).toBe(303);
		expect(language.headers()['location']).toBe('/sign-in');
		expect(language.headers()['set-cookie']).toContain('PARAGLIDE_LOCALE=pl');
		const signIn = await request.post('/sign-in', { headers: sameOrigin, form: { email: demoEmail.agent, password: demoPassword }, maxRedirects: 0 });
		expect(signIn.status()).toBe(303);
		expect(signIn.headers()['set-cookie']).toContain('__Host-session=');
	});
});

test.describe('response headers', () => {
	test('every page carries CSP, nosniff and a referrer policy', async ({ request }) => {
		for (const path of ['/sign-in', '/invite/not-a-token', '/no-such-page']) {
			const response = await request.get(path);
			const headers = response.headers();
			const csp = headers['content-security-policy'] ?? '';
			expect.soft(csp, path).toContain("frame-ancestors 'none'");
			expect.soft(csp, path).toContain("object-src 'none'");
			expect.soft(csp, path).toMatch(/script-src 'self'( 'nonce-[^']+')?(;|$)/);
			expect.soft(csp, path).not.toContain('unsafe-eval');
			expect.soft(headers['x-content-type-options'], path).toBe('nosniff');
			expect.soft(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
			expect.soft(headers['x-frame-options'], path).toBe('DENY');
		}
		const endpoint = await request.post('/sign-out', { headers: { origin: foreign } });
		expect(endpoint.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(endpoint.headers()['x-content-type-options']).toBe('nosniff');
	});

	test('signed-in pages are not cached', async ({ page }) => {
		await signIn(page, 'admin');
		for (const path of ['/', '/people', '/admin/people', '/admin/audit']) {
			const response = await page.goto(path);
			expect.soft(response!.status(), path).toBe(200);
			expect.soft(response!.headers()['cache-control'], path).toContain('no-store');
			expect.soft(response!.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
		}
		// The data endpoint SvelteKit uses on client-side navigation, too.
		const data = await page.request.get('/admin/people/__data.json');
		expect(data.status()).toBe(200);
		expect(data.headers()['cache-control']).toContain('no-store');
	});
});

test('an unknown route gets the app error page, with no stack trace', async ({ page, request }) => {
	const response = await request.get('/definitely/not/here');
	expect(response.status()).toBe(404);
	const html = await response.text();
	for (const tell of ['Error:', 'node_modules', '/work/', 'build/server', '.js:', '.ts:', 'stack']) expect.soft(html, tell).not.toContain(tell);
	expect(html).not.toMatch(/\bat [\w$.<>]+ \(/);

	const shown = await page.goto('/definitely/not/here');
	expect(shown!.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error 404');
	await expect(page.getByText('This page does not exist, or is not yours to see.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/');
	const text = await page.locator('body').innerText();
	expect(text).not.toMatch(/\bat \S+:\d+|Error:|node_modules/);

	const data = await request.get('/definitely/not/here/__data.json');
	expect(data.status()).toBe(404);
	expect(await data.text()).not.toMatch(/node_modules|\/work\/|\bat [\w$.<>]+ \(/);
});

test('a malformed session cookie is simply ignored', async ({ playwright }) => {
	const anonymous = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: '__Host-session=' + 'x'.repeat(300) + '.y' } });
	const response = await anonymous.get('/', { maxRedirects: 0 });
	expect(response.status()).toBe(303);
	expect(response.headers()['location']).toMatch(/^\/sign-in\?next=%2F(&expired)?$/);
	await anonymous.dispose();
});
