// The language switcher in the header: lang/dir on <html>, translated text, a mirrored layout
// in right-to-left languages, and a choice that sticks.
import { expect, test, type Page } from '@playwright/test';
import { baseURL, message, newSignedInPage, open, signIn, waitForHydration } from './helpers';

const scripts: Record<string, RegExp> = {
	fa: /[\u0600-\u06FF]/,
	ar: /[\u0600-\u06FF]/,
	zh: /[\u4E00-\u9FFF]/,
	pl: /[A-Za-zĄąĆćĘęŁłŃńÓóŚśŹźŻż]/
};

async function switchTo(page: Page, locale: string) {
	await waitForHydration(page);
	const select = page.locator('header select[name="locale"]');
	await Promise.all([
		page.waitForResponse((r) => new URL(r.url()).pathname === '/language' && r.request().method() === 'POST'),
		select.selectOption(locale)
	]);
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

async function boxes(page: Page) {
	const brand = await page.locator('header a.brand').boundingBox();
	const signOut = await page.locator('header form[action="/sign-out"] button').boundingBox();
	expect(brand).not.toBeNull();
	expect(signOut).not.toBeNull();
	return { brand: brand!, signOut: signOut! };
}

for (const [locale, dir] of [
	['fa', 'rtl'],
	['ar', 'rtl'],
	['pl', 'ltr'],
	['zh', 'ltr']
] as const) {
	test(`switching to ${locale} gives ${dir} and ${locale} text, and the choice persists`, async ({ page, context }) => {
		await signIn(page, 'agent');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
		const ltr = await boxes(page);
		expect(ltr.brand.x).toBeLessThan(ltr.signOut.x);

		await switchTo(page, locale);
		await expect(page).toHaveURL(`${baseURL}/`);
		await expect(page.locator('html')).toHaveAttribute('dir', dir);
		const cookie = (await context.cookies()).find((c) => c.name === 'PARAGLIDE_LOCALE');
		expect(cookie?.value).toBe(locale);

		// Translated text, in the language's own script, where English had its own words.
		for (const key of ['nav_sign_out', 'home_my_team', 'home_recent_shifts']) expect(message(locale, key), `${locale} ${key} is translated`).not.toBe(message('en', key));
		await expect(page.locator('header form[action="/sign-out"] button')).toHaveText(message(locale, 'nav_sign_out'));
		await expect(page.getByRole('heading', { level: 2, name: message(locale, 'home_my_team') })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: message(locale, 'home_recent_shifts') })).toBeVisible();
		expect(await page.locator('main h2').first().innerText()).toMatch(scripts[locale]!);
		await expect(page.locator('header select[name="locale"]')).toHaveValue(locale);

		// The box of the nav is mirrored in right-to-left languages.
		const now = await boxes(page);
		if (dir === 'rtl') {
			expect(now.brand.x).toBeGreaterThan(now.signOut.x);
			expect(now.brand.x + now.brand.width).toBeGreaterThan((page.viewportSize()!.width * 3) / 4);
		} else {
			expect(now.brand.x).toBeLessThan(now.signOut.x);
		}

		// It sticks: a client-side navigation, a full reload and a new page all keep it.
		await page.locator('header a.brand').click();
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.locator('html')).toHaveAttribute('dir', dir);
		const other = await context.newPage();
		await other.goto('/people/999999');
		await expect(other.locator('html')).toHaveAttribute('lang', locale);
		await expect(other.locator('html')).toHaveAttribute('dir', dir);
		await expect(other.getByRole('heading', { level: 1 })).toHaveText(message(locale, 'error_status').replace('{status}', '404'));
	});
}

test('the sign-in page has the switcher too, and the choice carries into the app', async ({ page }) => {
	await open(page, '/sign-in');
	await switchTo(page, 'ar');
	await expect(page).toHaveURL(`${baseURL}/sign-in`);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('ar', 'sign_in_title'));
	await waitForHydration(page);
	await page.locator('input[name="email"]').fill('supervisor@tend.test');
	await page.locator('input[name="password"]').fill('tend-demo-password');
	await page.locator('main form button[type="submit"]').click();
	await expect(page).toHaveURL(`${baseURL}/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await page.goto('/people');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('ar', 'people_title'));
	// Switching back to English from inside the app returns to the same page.
	await switchTo(page, 'en');
	await expect(page).toHaveURL(`${baseURL}/people`);
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
});

test('numbers inside messages are written in the language’s digits (Persian ۱, not 1)', async ({ browser }) => {
	// Arabic follows the runtime's number format for 'ar' (Latin digits in current ICU), Persian has its own.
	expect(new Intl.NumberFormat('fa').format(1)).toBe('۱');
	for (const locale of ['fa', 'ar']) {
		const one = new Intl.NumberFormat(locale).format(1);
		const { context, page } = await newSignedInPage(browser, 'supervisor', locale);
		try {
			await open(page, '/coaching');
			await expect(page.locator('main legend').first()).toHaveText(message(locale, 'coaching_goal_n').replace('{n}', one));
			await open(page, '/training/new');
			await expect(page.locator('main legend').first()).toHaveText(message(locale, 'training_lesson_n').replace('{n}', one));
		} finally {
			await context.close();
		}
	}
});
