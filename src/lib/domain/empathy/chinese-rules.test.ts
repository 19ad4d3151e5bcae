import { describe, expect, it } from 'vitest';
import { scoreReply } from './score-reply';

const seeker = '这是我第三次联系你们说网络断线的问题了。我在家办公。';
const score = (response: string) => scoreReply({ seeker, response, locale: 'zh' });

describe('Chinese rules', () => {
	it('scores emotional reactions', () => {
		expect(score('我真的很担心您。').emotionalReaction.level).toBe(2);
		expect(score('很抱歉给您带来麻烦。').emotionalReaction.level).toBe(1);
		expect(score('请重启您的路由器。').emotionalReaction.level).toBe(0);
	});

	it('scores interpretations', () => {
		expect(score('在家办公却总是断网，一定非常烦人。').interpretation.level).toBe(2);
		expect(score('我理解。').interpretation.level).toBe(1);
	});

	it('scores questions, including a closing 吗 without a question mark', () => {
		expect(score('断网有没有影响到您的工作会议？').exploration.level).toBe(2);
		expect(score('发生了什么事？').exploration.level).toBe(1);
		expect(score('您的快递单号是多少？').exploration.level).toBe(0);
		expect(score('您还好吗').exploration.level).toBe(1);
	});

	it('scores ownership and next steps', () => {
		const s = score('我已经为您预约了周四上午的技术人员上门。');
		expect(s.ownership.level).toBe(2);
		expect(s.nextSteps.level).toBe(2);
		expect(score('我们会查一下，然后通知您。').nextSteps.level).toBe(1);
	});
});
