import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
	it('renders Markdown and shows raw HTML as text, so a lesson cannot inject markup', () => {
		expect(renderMarkdown('# Title\n\n**bold**')).toBe('<h1>Title</h1>\n<p><strong>bold</strong></p>\n');
		expect(renderMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)>')).not.toMatch(/<script|<img/);
		expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('href="javascript:');
	});
});
