// Lessons are Markdown written by trainers; raw HTML in them is shown as text (html: false), and
// markdown-it refuses javascript:, vbscript: and data: links, so a lesson can't inject markup or code.
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function renderMarkdown(source: string): string {
	return markdown.render(source);
}
