import { describe, expect, it } from 'vitest';
import { scoreReply } from './score-reply';

const seeker = 'سومین بار است که درباره قطعی اینترنت تماس می‌گیرم. از خانه کار می‌کنم.';
const score = (response: string) => scoreReply({ seeker, response, locale: 'fa' });

describe('Persian rules', () => {
	it('scores emotional reactions', () => {
		expect(score('من واقعاً نگران شما هستم.').emotionalReaction.level).toBe(2);
		expect(score('متأسفم.').emotionalReaction.level).toBe(1);
		expect(score('لطفاً مودم را خاموش و روشن کنید.').emotionalReaction.level).toBe(0);
	});

	it('scores interpretations', () => {
		expect(score('حتماً خیلی خسته‌کننده است.').interpretation.level).toBe(2);
		expect(score('متوجه هستم.').interpretation.level).toBe(1);
	});

	it('scores questions', () => {
		expect(score('آیا این قطعی‌ها روی جلسات کاری شما اثر گذاشته؟').exploration.level).toBe(2);
		expect(score('چه اتفاقی افتاد؟').exploration.level).toBe(1);
		expect(score('شماره پیگیری مرسوله چیست؟').exploration.level).toBe(0);
	});

	it('scores ownership and next steps, with or without the zero-width non-joiner', () => {
		const s = score('یک بسته جدید فرستادم که فردا می‌رسد.');
		expect(s.ownership.level).toBe(2);
		expect(s.nextSteps.level).toBe(2);
		expect(score('بررسی می‌کنم و با شما تماس می‌گیریم.').ownership.level).toBe(1);
		expect(score('بررسی می کنم و با شما تماس می گیریم.').nextSteps.level).toBe(1);
	});
});
