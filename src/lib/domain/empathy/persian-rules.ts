// Persian cues for the empathy scorer: a small rule set (10 cue patterns) for the same mechanisms
// as english-rules.ts. Persian first-person past verbs end in "م" ("فرستادم", "برگرداندم"); the
// listed service verbs are matched in that form and with the zero-width non-joiner or a space
// before "می" ("می‌کنم" / "می کنم").
// Limits: far weaker than English; checked on 16 labelled replies only; colloquial spellings and
// Arabic-keyboard letters (ي ك) are normalised only by the patterns that list them.
import type { Cue, LanguageRules } from './cue-rules';

const re = (source: string): RegExp => new RegExp(source, 'gu');
const once = (source: string): RegExp => new RegExp(source, 'u');
const ZW = '[\\u200c ]?';
const FEELINGS = `(?:سخت|نگران${ZW}کننده|ناراحت${ZW}کننده|خسته${ZW}کننده|طاقت${ZW}فرسا|استرس|ناامید${ZW}کننده|دردناک|ترسناک|آزاردهنده|خسته شده|نگران|ناراحت|کلافه|ناامید)`;

const cues: Cue[] = [
	{ mechanism: 'emotionalReaction', level: 2, cue: 'own_emotion_named', pattern: re(`(?:نگران شما هستم|نگرانتان هستم|نگرانم|غمگین شدم|ناراحت شدم|دلم (?:برای|می${ZW}سوزد|گرفت)|خوشحالم|متأثر شدم)`) },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'sympathy', pattern: re(`(?:متأسفم|متاسفم|ببخشید|تسلیت|عذر می${ZW}خواهم|پوزش می${ZW}خواهم|وای)`) },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'reassurance', pattern: re(`(?:نگران نباشید|نگران نباش|همه چیز درست می${ZW}شود|نترسید)`) },
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`(?:حتماً|حتما|قطعاً|لابد)[^.?!؟]{0,60}?${FEELINGS}`) },
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`(?:درک می${ZW}کنم|متوجه هستم|می${ZW}فهمم)[^.?!؟]{0,30}?${FEELINGS}`) },
	{ mechanism: 'interpretation', level: 1, cue: 'generic_acknowledgement', pattern: re(`(?:متوجه هستم|متوجهم|درک می${ZW}کنم|می${ZW}فهمم|می${ZW}بینم)`) },
	{ mechanism: 'ownership', level: 2, cue: 'concrete_action', pattern: re(`(?:برگرداندم|فرستادم|متوقف کردم|انجام دادم|لغو کردم|رزرو کردم|مسدود کردم|ثبت کردم|پرداخت کردم|خودم|تماس می${ZW}گیرم|ایمیل می${ZW}کنم|پیامک می${ZW}کنم|می${ZW}فرستم)`) },
	{ mechanism: 'ownership', level: 1, cue: 'vague_offer', pattern: re(`(?:بررسی می${ZW}کنم|ارجاع می${ZW}دهم|بررسی می${ZW}کنیم|پیگیری می${ZW}کنم|پیگیری می${ZW}کنیم|کمک می${ZW}کنم|تلاش می${ZW}کنم)`) },
	{ mechanism: 'nextSteps', level: 2, cue: 'step_with_time_or_channel', pattern: re(`(?:امروز|فردا|ساعت|روز کاری|روز${ZW}های کاری|شنبه|یکشنبه|دوشنبه|سه${ZW}شنبه|چهارشنبه|پنجشنبه|جمعه|ظهر|ایمیل|پیامک|پست|تماس می${ZW}گیرم)`), statementOnly: true },
	{ mechanism: 'nextSteps', level: 1, cue: 'vague_next_step', pattern: re(`(?:تماس می${ZW}گیریم|اطلاع می${ZW}دهیم|تماس خواهند گرفت|به زودی|هر چه زودتر|اطلاع خواهیم داد)`), statementOnly: true }
];

export const persianRules: LanguageRules = {
	cues,
	blocks: [],
	negationBefore: once(`(?:نه|هیچ)\\s+$`),
	questions: {
		questionMark: /[?？؟]["'”’)\]]*$/u,
		invitations: [once(`(?:بیشتر (?:برایم )?توضیح دهید|بیشتر بگویید)`)],
		notExploring: [once(`(?:شماره|کد|ارسال کنید|تأیید کنید|آدرس|تاریخ تولد|کار دیگری|چه کمکی)`)],
		generic: [once(`(?:چه اتفاقی افتاد|حالتان چطور|حالت چطور|چه شده)`)],
		specific: [once(`${FEELINGS}|(?:کمکتان|کمک می${ZW}کند|اثر گذاشته|تأثیر|احساس|تنها)`)],
		closedQuestion: once(`^\\s*آیا`),
		overlapForSpecific: 2
	}
};
