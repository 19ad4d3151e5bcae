// Module 2, "Listen to understand": paraphrase and explore (EPITOME interpretations and
// explorations). Assembled from one file per lesson, scenario group and quiz.
import type { ShippedModule } from './types';
import { paraphraseLesson } from './listen-to-understand-lesson-1';
import { exploreLesson } from './listen-to-understand-lesson-2';
import { eveningDropoutsScenario, priceRiseScenario } from './listen-to-understand-scenarios-1';
import { fridgeInsulinScenario, oldAddressScenario } from './listen-to-understand-scenarios-2';
import { widowAccountScenario } from './listen-to-understand-scenarios-3';
import { listenToUnderstandQuiz } from './listen-to-understand-quiz';

export const listenToUnderstand: ShippedModule = {
	key: 'listen_to_understand',
	version: 1,
	title: {
		en: 'Listen to understand: paraphrase and explore',
		fa: 'گوش دادن برای فهمیدن: بازگویی و کندوکاو',
		ar: 'أصغِ لتفهم: إعادة الصياغة والاستكشاف',
		pl: 'Słuchaj, by zrozumieć: parafrazuj i dopytuj',
		zh: '为理解而倾听：复述与探询'
	},
	summary: {
		en: "Give the customer's story back in your own words, including what it costs them, and ask the specific questions that bring out what matters before you solve anything.",
		fa: 'ماجرای مشتری را، همراه با هزینه‌ای که برایش داشته، با کلمات خودتان به او برگردانید و پیش از هر راه‌حلی، سؤال‌های مشخصی بپرسید که چیزهای مهم را آشکار کند.',
		ar: 'أعِد قصة العميل إليه بكلماتك، بما في ذلك ما كلّفته، واسأل الأسئلة المحددة التي تكشف ما يهمّه قبل أن تحلّ أي شيء.',
		pl: 'Oddaj klientowi jego historię własnymi słowami, razem z tym, ile go kosztuje, i zanim cokolwiek rozwiążesz, zadaj konkretne pytania, które wydobędą to, co ważne.',
		zh: '用自己的话把客户的经历连同它带来的代价讲给他听，并在动手解决之前，提出能引出关键信息的具体问题。'
	},
	minutes: 25,
	lessons: [paraphraseLesson, exploreLesson],
	scenarios: [eveningDropoutsScenario, priceRiseScenario, fridgeInsulinScenario, oldAddressScenario, widowAccountScenario],
	quiz: listenToUnderstandQuiz
};
