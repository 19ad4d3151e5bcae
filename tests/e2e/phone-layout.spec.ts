// Every page a role can reach fits a small phone's width in English, in a right-to-left language
// and in one with long words (Polish): wide content (tables, charts, a select's long options, file
// inputs, codes) scrolls or wraps inside its box, and the page itself never scrolls sideways. The
// pages are found by following the links of each page from home, one page per route (ids are not
// part of a route).
import { expect, test, type Page } from '@playwright/test';
import { newSignedInPage, open, roles } from './helpers';

const WIDTH = 320;
/** Links that download, sign out or leave the app, and actions reached by link that change data. */
const SKIP = /sign-out|\.ics|\.csv|\/calendar|\/export|\/download|\/language/;

/** Walks from home, one page per route, and returns each page with its width in CSS pixels. */
async function walk(page: Page, paths?: readonly string[]): Promise<Map<string, number>> {
	const widths = new Map<string, number>();
	const routes = new Set<string>();
	const queue = paths ? [...paths] : ['/'];
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (widths.has(path)) continue;
		await open(page, path);
		const { width, links } = await page.evaluate(() => ({
			width: document.documentElement.scrollWidth,
			links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '')
		}));
		widths.set(path, width);
		if (paths) continue;
		for (const href of links) {
			if (!href.startsWith('/') || href.startsWith('//') || SKIP.test(href)) continue;
			const target = href.split('#')[0]!;
			const route = target.split('?')[0]!.replace(/\/\d+(?=\/|$)/g, '/[id]');
			if (routes.has(route)) continue;
			routes.add(route);
			queue.push(target);
		}
	}
	return widths;
}

for (const role of roles)
	test(`every page the ${role} reaches fits a ${WIDTH} px phone, in English, Persian and Polish`, async ({ browser }) => {
		test.setTimeout(120_000);
		let paths: string[] | undefined;
		for (const locale of ['en', 'fa', 'pl']) {
			const { context, page } = await newSignedInPage(browser, role, locale);
			try {
				await page.setViewportSize({ width: WIDTH, height: 740 });
				const widths = await walk(page, paths);
				paths = [...widths.keys()];
				// A role's menu alone has several pages; fewer means the walk broke.
				expect(paths.length).toBeGreaterThan(5);
				const wide = [...widths].filter(([, width]) => width > WIDTH).map(([path, width]) => `${path}: ${width} px`);
				expect(wide, `${role}, ${locale}`).toEqual([]);
			} finally {
				await context.close();
			}
		}
	});
