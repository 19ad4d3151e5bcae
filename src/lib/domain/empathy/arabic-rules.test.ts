import { describe, expect, it } from 'vitest';
import { scoreReply } from './score-reply';

const seeker = 'هذه ثالث مرة أتصل بكم بخصوص انقطاع الإنترنت. أعمل من المنزل.';
const score = (response: string) => scoreReply({ seeker, response, locale: 'ar' });

describe('Arabic rules', () => {
	it('scores emotional reactions; the institutional apology is not one', () => {
		expect(score('أنا قلق عليك حقاً.').emotionalReaction.level).toBe(2);
		expect(score('آسف لسماع ذلك.').emotionalReaction.level).toBe(1);
		expect(score('نعتذر عن الإزعاج.').emotionalReaction.level).toBe(0);
	});

	it('scores interpretations', () => {
		expect(score('لا بد أن هذا متعب جداً.').interpretation.level).toBe(2);
		expect(score('أفهم ذلك.').interpretation.level).toBe(1);
	});

	it('scores questions', () => {
		expect(score('هل أثر الانقطاع على اجتماعات عملك؟').exploration.level).toBe(2);
		expect(score('ماذا حدث؟').exploration.level).toBe(1);
		expect(score('ما هو رقم التتبع؟').exploration.level).toBe(0);
	});

	it('scores ownership and next steps', () => {
		const s = score('لقد حجزت لك زيارة فني يوم الخميس.');
		expect(s.ownership.level).toBe(2);
		expect(s.nextSteps.level).toBe(2);
		expect(score('سنتحقق من الأمر ونبلغك.').nextSteps.level).toBe(1);
	});
});
