import { describe, expect, it } from 'vitest';
import { scoreReply } from './score-reply';

const seeker = 'Trzeci raz piszę w sprawie internetu. Ciągle się rozłącza, a pracuję z domu.';
const score = (response: string) => scoreReply({ seeker, response, locale: 'pl' });

describe('Polish rules', () => {
	it('scores emotional reactions: named worry strong, "przykro mi" weak', () => {
		expect(score('Naprawdę martwię się o Pana.').emotionalReaction.level).toBe(2);
		expect(score('Bardzo mi przykro.').emotionalReaction.level).toBe(1);
		expect(score('Proszę zrestartować router.').emotionalReaction.level).toBe(0);
	});

	it('scores interpretations: an inferred feeling strong, "rozumiem" weak', () => {
		expect(score('To musi być bardzo frustrujące.').interpretation.level).toBe(2);
		expect(score('Rozumiem.').interpretation.level).toBe(1);
	});

	it('scores questions: closed "czy" about the seeker strong, "co się stało" weak, data none', () => {
		expect(score('Czy przerwy utrudniają Panu pracę?').exploration.level).toBe(2);
		expect(score('Co się stało?').exploration.level).toBe(1);
		expect(score('Jaki jest numer przesyłki?').exploration.level).toBe(0);
	});

	it('scores ownership and next steps', () => {
		const s = score('Umówiłem technika na czwartek między 8 a 12.');
		expect(s.ownership.level).toBe(2);
		expect(s.nextSteps.level).toBe(2);
		expect(score('Sprawdzę to i odezwiemy się.').ownership.level).toBe(1);
		expect(score('Sprawdzę to i odezwiemy się.').nextSteps.level).toBe(1);
	});

	it('drops a negated worry', () => {
		expect(score('Nie martwię się tym.').emotionalReaction.level).toBe(0);
	});
});
