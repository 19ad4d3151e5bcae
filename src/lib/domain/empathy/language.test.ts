import { describe, expect, it } from 'vitest';
import { detectLanguage, isEmpathyLanguage } from './language';

describe('detectLanguage', () => {
	it('tells the five interface languages apart', () => {
		expect(detectLanguage("I'm so sorry, that must be frustrating.")).toBe('en');
		expect(detectLanguage('Bardzo mi przykro, to musi być frustrujące.')).toBe('pl');
		expect(detectLanguage('Przepraszam, rozumiem')).toBe('pl');
		expect(detectLanguage('واقعاً متأسفم. حتماً خیلی نگران‌کننده است.')).toBe('fa');
		expect(detectLanguage('أنا آسف جداً. لا بد أن هذا مقلق للغاية.')).toBe('ar');
		expect(detectLanguage('真的很抱歉。您一定很着急。')).toBe('zh');
	});

	it('falls back to English for other Latin text and empty text', () => {
		expect(detectLanguage('Lo siento mucho')).toBe('en');
		expect(detectLanguage('')).toBe('en');
	});

	it('recognises its language codes only', () => {
		expect(isEmpathyLanguage('fa')).toBe(true);
		expect(isEmpathyLanguage('de')).toBe(false);
		expect(isEmpathyLanguage(3)).toBe(false);
	});
});
