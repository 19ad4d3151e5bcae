// Chinese (Simplified) cues for the empathy scorer: a small rule set (9 cue patterns) for the
// same mechanisms as english-rules.ts. Chinese has no word spaces, so cues are matched as character
// strings and the seeker overlap uses character bigrams (text.ts). "很抱歉给您带来麻烦" is counted
// as personal sympathy (weak), like "sorry for the trouble" in English.
// Limits: far weaker than English; checked on 16 labelled replies only; Traditional characters are
// not covered (a few common forms are listed), nor are colloquial or internet registers.
import type { Cue, LanguageRules } from './cue-rules';

const re = (source: string): RegExp => new RegExp(source, 'gu');
const once = (source: string): RegExp => new RegExp(source, 'u');
const FEELINGS = '(?:着急|沮丧|烦|难受|辛苦|心力交瘁|厌倦|担心|难过|累|压力|焦虑|害怕|失望|痛苦|不容易|崩溃|生气|委屈)';

const cues: Cue[] = [
	{ mechanism: 'emotionalReaction', level: 2, cue: 'own_emotion_named', pattern: re(`我(?:真的|非常|很|十分|特别)*(?:担心|難過|难过|伤心|心疼|生气|高兴|开心|遗憾)|让我(?:很|非常)?(?:难过|担心|心疼)|我感到(?:很|非常)?\\S{1,2}`) },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'sympathy', pattern: re(`(?:抱歉|对不起|對不起|节哀|節哀|不好意思|深表同情|哎呀)`) },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'reassurance', pattern: re(`(?:别担心|不要担心|别着急|不用担心|一切都会好)`) },
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`(?:一定|肯定|想必)[^。！？?!]{0,20}?${FEELINGS}|(?:理解|明白)您(?:的)?(?:心情|感受|着急|担心|沮丧)`) },
	{ mechanism: 'interpretation', level: 1, cue: 'generic_acknowledgement', pattern: re(`(?:我理解|我明白|理解您|我知道)`) },
	{ mechanism: 'ownership', level: 2, cue: 'concrete_action', pattern: re(`(?:我已经|我已為您|我已为您|我已|已经亲自|亲自为您|我(?:会|會)?亲自|我来处理|我会给您打电话|我会打电话)`) },
	{ mechanism: 'ownership', level: 1, cue: 'vague_offer', pattern: re(`(?:我会查|我会把问题转给|我们会查|我会尽力|我们会处理|我会跟进|我们会跟进|我来帮您)`) },
	{ mechanism: 'nextSteps', level: 2, cue: 'step_with_time_or_channel', pattern: re(`(?:明天|今天|小时内|小时|工作日|周[一二三四五六日]|星期[一二三四五六日天]|中午|[0-9０-９]+点|短信|邮件|電郵|电话)`), statementOnly: true },
	{ mechanism: 'nextSteps', level: 1, cue: 'vague_next_step', pattern: re(`(?:联系您|通知您|尽快|稍后|回复您)`), statementOnly: true }
];

export const chineseRules: LanguageRules = {
	cues,
	blocks: [],
	negationBefore: once(`(?:不|没|沒)$`),
	questions: {
		questionMark: /[?？؟]["'”’)\]]*$|吗$/u,
		invitations: [once(`(?:多说一些|具体说说|跟我说说)`)],
		notExploring: [once(`(?:单号|订单号|号码|账号|提供|确认一下|地址|还有什么可以帮|有什么可以帮)`)],
		generic: [once(`(?:发生了什么|怎么了|您还好吗|你还好吗)`)],
		specific: [once(`${FEELINGS}|(?:影响|够吗|有人在帮|帮您|安全|一个人)`)],
		closedQuestion: once(`(?:吗[？?]?$|有没有|是不是|能不能)`),
		overlapForSpecific: 3
	}
};
