// Arabic (Modern Standard) cues for the empathy scorer: a small rule set (10 cue patterns, 1 block) for the
// same mechanisms as english-rules.ts. First-person actions are matched on "لقد" + verb, the
// first-person past ending "ت" of a short list of service verbs, and the future "سـ" + first person.
// The first-person apology "أعتذر" is personal sympathy; the institutional "نعتذر عن الإزعاج" is not.
// Limits: far weaker than English; checked on 16 labelled replies only; dialects are not covered;
// letters are matched as written (no normalisation of hamza forms beyond the listed variants).
import type { Block, Cue, LanguageRules } from './cue-rules';

const re = (source: string): RegExp => new RegExp(source, 'gu');
const once = (source: string): RegExp => new RegExp(source, 'u');
const FEELINGS = '(?:مقلق|متعب|محبط|صعب|مرهق|مزعج|مؤلم|مخيف|محزن|مرهقة|صعبة|مزعجاً|مزعجا|تعبت|قلق|إحباط|غضب)';

const cues: Cue[] = [
	{ mechanism: 'emotionalReaction', level: 2, cue: 'own_emotion_named', pattern: re(`(?:أنا (?:حقاً |جداً )?(?:قلق|قلقة|حزين|حزينة|سعيد|سعيدة)|قلق(?:ة)? عليك|حزنت|أحزنني|يحزنني|أشعر بالحزن|أشعر بالقلق|قلبي معك)`) },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'sympathy', pattern: re(`(?:آسف|آسفة|أعتذر|عظم الله أجر|البقاء لله|رحمه الله|رحمها الله|يا إلهي|للأسف الشديد)`) },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'reassurance', pattern: re(`(?:لا تقلق|لا تقلقي|لا داعي للقلق|كل شيء سيكون بخير|اطمئن|اطمئني)`) },
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`(?:لا بد|لابد|بالتأكيد)[^.?!؟]{0,60}?${FEELINGS}`) },
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`(?:أتفهم|أفهم) (?:إحباطك|قلقك|غضبك|انزعاجك|مشاعرك|شعورك)`) },
	{ mechanism: 'interpretation', level: 1, cue: 'generic_acknowledgement', pattern: re(`(?:أفهم|أتفهم|أرى|فهمت)`) },
	{ mechanism: 'ownership', level: 2, cue: 'concrete_action', pattern: re(`(?:لقد \\S+|قمت|أعدت|أرسلت|حجزت|أوقفت|ألغيت|حظرت|سجلت|بنفسي|سأتولى|سأتصل|سأرسل|سأعيد|سألغي|سأحجز)`) },
	{ mechanism: 'ownership', level: 1, cue: 'vague_offer', pattern: re(`(?:سأتحقق|سأحيل|سنتحقق|سأتابع|سنتابع|سأحاول|سأساعد|سنعمل|سنقوم)`) },
	{ mechanism: 'nextSteps', level: 2, cue: 'step_with_time_or_channel', pattern: re(`(?:غداً|غدا|اليوم|خلال|ساعة|أيام عمل|يوم (?:الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)|قبل الظهر|من [٠-٩0-9]|البريد الإلكتروني|رسالة نصية|سأتصل|بالبريد)`), statementOnly: true },
	{ mechanism: 'nextSteps', level: 1, cue: 'vague_next_step', pattern: re(`(?:سنتواصل|نبلغك|سيتواصلون|سنبلغك|قريباً|قريبا|في أقرب وقت|سيتم)`), statementOnly: true }
];

const blocks: Block[] = [{ mechanism: 'emotionalReaction', pattern: re(`نعتذر عن (?:أي )?(?:الإزعاج|إزعاج|التأخير)`) }];

export const arabicRules: LanguageRules = {
	cues,
	blocks,
	negationBefore: once(`(?:لا|لم|لن|ليس|لست)\\s+$`),
	questions: {
		questionMark: /[?？؟]["'”’)\]]*$/u,
		invitations: [once(`(?:أخبرني المزيد|حدثني أكثر)`)],
		notExploring: [once(`(?:رقم|تزويدنا|تأكيد|عنوان|تاريخ الميلاد|هل يمكنني|شيء آخر|كيف يمكنني مساعدتك)`)],
		generic: [once(`(?:ماذا حدث|كيف حالك|ما الذي حدث|ما المشكلة)`)],
		specific: [once(`${FEELINGS}|(?:يساعدك|أثر|تشعر|وحدك|احتياجاتك|تغطية|آمن)`)],
		closedQuestion: once(`^\\s*هل`),
		overlapForSpecific: 2
	}
};
