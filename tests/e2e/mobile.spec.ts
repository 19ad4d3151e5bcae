// At a phone's width the nav folds behind a "Menu" summary.
import { expect, test } from '@playwright/test';
import { baseURL, newSignedInPage, open, signIn, waitForHydration } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('on a phone the menu folds, opens on tap and works', async ({ page }) => {
	await signIn(page, 'admin');
	await waitForHydration(page);
	const menu = page.locator('header details.menu');
	const summary = menu.locator('summary');
	const nav = page.getByRole('navigation', { name: 'Main navigation' });
	await expect(summary).toBeVisible();
	await expect(summary).toHaveText('Menu');
	await expect(nav.getByRole('link', { name: 'People', exact: true })).toBeHidden();
	await expect(nav.getByRole('link', { name: 'Audit log' })).toBeHidden();

	await summary.tap();
	await expect(menu).toHaveAttribute('open', '');
	const people = nav.getByRole('link', { name: 'People', exact: true });
	await expect(people).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Audit log' })).toBeVisible();
	// The open menu fits the screen.
	const box = (await nav.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(390);

	await people.tap();
	await expect(page).toHaveURL(`${baseURL}/people`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
	// No page scrolls sideways on a phone.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' })).toBeHidden();
});

test('outcome dashboards with wide tables scroll inside their tables, not sideways, in both directions', async ({ browser }) => {
	for (const locale of ['en', 'ar']) {
		const { context, page } = await newSignedInPage(browser, 'hr', locale);
		try {
			await page.setViewportSize({ width: 390, height: 844 });
			for (const path of ['/outcomes/kpis?by=week', '/outcomes', '/outcomes/maturity', '/outcomes/summary']) {
				await open(page, path);
				expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} (${locale})`).toBeLessThanOrEqual(390);
			}
		} finally {
			await context.close();
		}
	}
});

test('on a desk the row of links wraps: no page scrolls sideways for roles with many pages, in both directions', async ({ browser }) => {
	for (const role of ['supervisor', 'hr', 'admin'] as const)
		for (const locale of ['en', 'ar']) {
			const { context, page } = await newSignedInPage(browser, role, locale);
			try {
				for (const width of [1000, 1280]) {
					await page.setViewportSize({ width, height: 800 });
					await open(page, '/');
					expect(await page.evaluate(() => document.documentElement.scrollWidth), `${role} ${locale} ${width}`).toBeLessThanOrEqual(width);
				}
			} finally {
				await context.close();
			}
		}
});
