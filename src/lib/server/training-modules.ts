// The training modules a policy rule may require, with their titles in the reader's language.
// Tend ships its modules (domain/training/shipped-content); completions arrive with training (5/7).
import { shippedModules, locales, type Locale } from '$lib/domain/training/shipped-content';

export function trainingModules(locale: string): { key: string; title: string }[] {
	const l: Locale = (locales as readonly string[]).includes(locale) ? (locale as Locale) : 'en';
	return shippedModules.map((m) => ({ key: m.key, title: m.title[l] }));
}

export function trainingModuleKeys(): string[] {
	return shippedModules.map((m) => m.key);
}
