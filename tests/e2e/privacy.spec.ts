// Personal data (6/7): each person downloads their own data and nobody else's; anonymising is
// HR's (and admins') and needs an explicit confirmation; agents can't.
import { expect, test } from '@playwright/test';
import { demoEmail, directory, message, newSignedInPage, open, person, sameOrigin, waitForHydration } from './helpers';

const en = (key: string) => message('en', key);

test("a person downloads their own data as JSON, with nobody else's in it", async ({ browser }) => {
	const people = await directory(browser);
	const { context, page } = await newSignedInPage(browser, 'agent', 'en');
	try {
		await open(page, '/my-data');
		await expect(page.getByRole('link', { name: en('my_data_download') })).toBeVisible();
		const response = await page.request.get('/my-data/export.json');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-disposition']).toContain('attachment');
		const data = await response.json();
		expect(data.profile.email).toBe(demoEmail.agent);
		expect(data.profile.passwordHash).toBeUndefined();
		expect(Array.isArray(data.shifts)).toBe(true);
		const others = people.filter((p) => p.email !== demoEmail.agent).map((p) => p.email);
		const text = JSON.stringify(data);
		expect(others.filter((e) => text.includes(e))).toEqual([]);
	} finally {
		await context.close();
	}
});

test('anonymising needs HR and a confirmation; an agent is refused', async ({ browser }) => {
	const people = await directory(browser);
	const target = person(people, demoEmail.agent);
	const agent = await newSignedInPage(browser, 'agent', 'en');
	try {
		const refused = await agent.page.request.post(`/people/${target.id}?/anonymise`, { headers: sameOrigin, form: { confirm: 'on' }, maxRedirects: 0 });
		expect(refused.status()).toBe(403);
	} finally {
		await agent.context.close();
	}
	const hr = await newSignedInPage(browser, 'hr', 'en');
	try {
		await open(hr.page, `/people/${target.id}`);
		await expect(hr.page.getByRole('heading', { name: en('anonymise_title') })).toBeVisible();
		await Promise.all([hr.page.waitForEvent('framenavigated', (frame) => frame === hr.page.mainFrame()), hr.page.getByRole('button', { name: en('anonymise_submit') }).click()]);
		await waitForHydration(hr.page);
		await expect(hr.page.getByRole('alert')).toHaveText(en('anonymise_confirm_needed'));
		await expect(hr.page.getByRole('heading', { level: 1 })).toHaveText(target.name);
	} finally {
		await hr.context.close();
	}
});
