import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { newSignedInPage, open } from './helpers';

test('draft schedule a11y (temporary)', async ({ browser }) => {
	test.slow();
	for (const locale of ['en', 'ar']) {
		const { context, page } = await newSignedInPage(browser, 'supervisor', locale);
		await open(page, '/schedules');
		if (locale === 'en') {
			await page.locator('select[name="weeks"]').selectOption('1');
			await page.locator('input[name="time_limit"]').fill('5');
			await Promise.all([page.waitForURL(/schedule=\d+/), page.locator('form[action="?/generate"] button').click()]);
		}
		await expect(page.locator('main dl')).toBeVisible({ timeout: 30_000 });
		await page.waitForFunction(() => [...document.querySelectorAll('main canvas')].some((canvas) => '$chartjs' in canvas));
		for (const summary of await page.locator('main details > summary').all()) await summary.click();
		await expect(page.locator('main form[action="?/edit"]')).toBeVisible();
		const v = (await new AxeBuilder({ page }).analyze()).violations.filter((x) => x.impact === 'serious' || x.impact === 'critical');
		console.log(locale, JSON.stringify(v.map((x) => [x.id, x.nodes.map((n) => n.target)])));
		// also an edit error state
		await page.locator('main form[action="?/edit"] input[name="start"]').fill('17:00');
		await page.locator('main form[action="?/edit"] input[name="end"]').fill('08:00');
		await Promise.all([page.waitForEvent('framenavigated'), page.locator('main form[action="?/edit"] button').click()]);
		await page.waitForLoadState('load');
		const v2 = (await new AxeBuilder({ page }).analyze()).violations.filter((x) => x.impact === 'serious' || x.impact === 'critical');
		console.log(locale, 'edit error', JSON.stringify(v2.map((x) => [x.id, x.nodes.map((n) => n.target)])), await page.getByRole('alert').allInnerTexts());
		await context.close();
	}
});
