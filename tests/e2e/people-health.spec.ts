// People health (6/7): HR reads turnover against the reports' reference figures, by team, site and
// tenure band, early-tenure attrition and retention curves; a supervisor sees only their teams.
import { expect, test } from '@playwright/test';
import { message, newSignedInPage, open, teams, directory } from './helpers';

const en = (key: string) => message('en', key);

test('HR reads turnover and retention for the organization; a supervisor for their teams only', async ({ browser }) => {
	const { own, other } = teams(await directory(browser));
	const hr = await newSignedInPage(browser, 'hr', 'en');
	try {
		await open(hr.page, '/people-health');
		await expect(hr.page.getByTestId('current')).toContainText(/\d+(\.\d)?%/);
		await expect(hr.page.getByTestId('current')).toContainText('Reference: 19.0% a year on average; 20.0%-60.0% in many centers.');
		await expect(hr.page.getByRole('heading', { name: en('health_by_site') })).toBeVisible();
		await expect(hr.page.getByRole('region', { name: en('health_by_team') })).toContainText(own);
		await expect(hr.page.getByRole('region', { name: en('health_by_team') })).toContainText(other);
		await expect(hr.page.getByRole('region', { name: en('health_by_tenure') })).toContainText(en('tenure_over_2y'));
		await expect(hr.page.getByTestId('early').getByRole('listitem')).toHaveCount(2);
		await hr.page.waitForFunction(() => [...document.querySelectorAll('main canvas')].filter((c) => '$chartjs' in c).length === 2);
	} finally {
		await hr.context.close();
	}
	const supervisor = await newSignedInPage(browser, 'supervisor', 'en');
	try {
		await open(supervisor.page, '/people-health');
		await expect(supervisor.page.getByRole('region', { name: en('health_by_team') })).toContainText(own);
		await expect(supervisor.page.getByRole('region', { name: en('health_by_team') })).not.toContainText(other);
		await expect(supervisor.page.getByRole('heading', { name: en('health_by_site') })).toHaveCount(0);
	} finally {
		await supervisor.context.close();
	}
});
