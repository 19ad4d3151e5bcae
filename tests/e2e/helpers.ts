// Shared by the end-to-end specs. No storageState: every test signs in through the form in
// its own browser context, so tests never share a session and can run in any order.
import { readFileSync } from 'node:fs';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

export type Role = 'agent' | 'supervisor' | 'hr' | 'admin';
export const roles: readonly Role[] = ['agent', 'supervisor', 'hr', 'admin'];
export const demoPassword = 'tend-demo-password';
export const demoEmail: Record<Role, string> = {
	agent: 'agent@tend.test',
	supervisor: 'supervisor@tend.test',
	hr: 'hr@tend.test',
	admin: 'admin@tend.test'
};
export const baseURL = `http://localhost:${Number(process.env.E2E_PORT ?? 4173)}`;
/**
 * The headers a same-site browser form post carries. Without Accept: text/html, SvelteKit
 * treats a form-action POST as its own JSON (enhanced) request.
 */
export const sameOrigin = { origin: baseURL, accept: 'text/html' };

/**
 * Signs in through the form (locale-independent selectors) and waits to leave /sign-in.
 * A context without a language cookie gets English first: sign-in would otherwise apply the
 * language saved on the person's profile, which the i18n tests change.
 */
export async function signInAs(page: Page, email: string, password = demoPassword, path = '/sign-in'): Promise<void> {
	if (!(await page.context().cookies(baseURL)).some((c) => c.name === 'PARAGLIDE_LOCALE')) await setLocaleCookie(page.context(), 'en');
	await open(page, path);
	await page.locator('input[name="email"]').fill(email);
	await page.locator('input[name="password"]').fill(password);
	await expect(page.locator('input[name="email"]')).toHaveValue(email);
	await Promise.all([page.waitForURL((url) => url.pathname !== '/sign-in'), page.locator('main form button[type="submit"]').click()]);
}

/**
 * Waits until SvelteKit has hydrated the page. Hydration sets every input and <details> back
 * to its rendered state, so typing or clicking before it can be undone. SvelteKit starts its
 * router right after hydrating, and the router's first act is to take over scroll restoration.
 */
export async function waitForHydration(page: Page): Promise<void> {
	await page.waitForFunction(() => history.scrollRestoration === 'manual');
}

/** Goes to `path` and waits for hydration, before the test types or clicks anything. */
export async function open(page: Page, path: string) {
	const response = await page.goto(path);
	await waitForHydration(page);
	return response;
}

export async function signIn(page: Page, role: Role): Promise<void> {
	await signInAs(page, demoEmail[role]);
}

/** A fresh context and page signed in as `role`; close the context when done. */
export async function newSignedInPage(browser: Browser, role: Role, locale?: string): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ baseURL });
	if (locale) await setLocaleCookie(context, locale);
	const page = await context.newPage();
	await signIn(page, role);
	return { context, page };
}

export async function setLocaleCookie(context: BrowserContext, locale: string): Promise<void> {
	await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: locale, url: baseURL, sameSite: 'Lax' }]);
}

export interface DirectoryEntry {
	id: number;
	name: string;
	email: string;
	role: string;
	team: string;
	disabled: boolean;
}

let directoryCache: DirectoryEntry[] | null = null;

/** Everyone in the demo center as the admin's people list shows them (read once per worker). */
export async function directory(browser: Browser): Promise<DirectoryEntry[]> {
	if (directoryCache) return directoryCache;
	const { context, page } = await newSignedInPage(browser, 'admin', 'en');
	try {
		await page.goto('/admin/people?status=');
		const rows = await page.locator('main table tbody tr').evaluateAll((trs) =>
			trs.map((tr) => {
				const cells = [...tr.querySelectorAll('td')];
				const link = cells[0]?.querySelector('a');
				return {
					id: Number(link?.getAttribute('href')?.split('/').pop()),
					name: link?.textContent?.trim() ?? '',
					email: cells[1]?.textContent?.trim() ?? '',
					role: cells[2]?.textContent?.trim() ?? '',
					team: cells[3]?.textContent?.trim() ?? '',
					disabled: !!cells[0]?.querySelector('.badge')
				};
			})
		);
		// Only the seeded people: those the tests add (emails starting e2e-) come and go.
		const seeded = rows.filter((row) => !row.email.startsWith('e2e-'));
		expect(seeded.length, 'the demo center has people').toBeGreaterThan(5);
		directoryCache = seeded;
		return seeded;
	} finally {
		await context.close();
	}
}

export function person(people: DirectoryEntry[], email: string): DirectoryEntry {
	const found = people.find((p) => p.email === email);
	if (!found) throw new Error(`${email} is not in the demo center`);
	return found;
}

/** The demo supervisor's team (the agent's team) and another team the supervisor does not run. */
export function teams(people: DirectoryEntry[]): { own: string; other: string } {
	const own = person(people, demoEmail.agent).team;
	const other = people.find((p) => p.role === 'Agent' && p.team !== own && p.team !== '—')?.team;
	if (!own || !other) throw new Error('the demo center needs two teams');
	return { own, other };
}

type Messages = Record<string, string>;
const messageCache = new Map<string, Messages>();

/** A message as messages/<locale>.json has it (the build compiles the same files). */
export function message(locale: string, key: string): string {
	let messages = messageCache.get(locale);
	if (!messages) {
		messages = JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')) as Messages;
		messageCache.set(locale, messages);
	}
	const value = messages[key];
	if (typeof value !== 'string') throw new Error(`messages/${locale}.json lacks ${key}`);
	return value;
}

/** A suffix unique to this run and call, for emails and names that must not collide. */
let counter = 0;
export function unique(): string {
	return `${Date.now().toString(36)}${process.pid.toString(36)}${(counter++).toString(36)}`;
}

/** An address for a person a test adds: unique, and recognisable as the tests' own. */
export function testEmail(label: string, tag: string): string {
	return `e2e-${label}-${tag}@tend.test`;
}
