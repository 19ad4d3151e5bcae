// Module 3, "Own it": responsibility and clear next steps, the two contact-center mechanisms
// EPITOME does not cover. Assembled from one file per lesson, scenario group and quiz.
import type { ShippedModule } from './types';
import { takeOwnershipLesson } from './own-it-lesson-1';
import { nextStepsLesson } from './own-it-lesson-2';
import { managerDemandScenario, missingRefundScenario } from './own-it-scenarios-1';
import { cancellationScenario, missedInstallationScenario } from './own-it-scenarios-2';
import { collectorLetterScenario } from './own-it-scenarios-3';
import { ownItQuiz } from './own-it-quiz';

export const ownIt: ShippedModule = {
	key: 'own_it',
	version: 1,
	title: {
		en: 'Own it: responsibility and clear next steps',
		fa: 'مسئولیتش با من: پذیرفتن مسئولیت و گام‌های بعدی روشن',
		ar: 'تحمّلها: المسؤولية وخطوات تالية واضحة',
		pl: 'Weź to na siebie: odpowiedzialność i jasne kolejne kroki',
		zh: '担起来：承担责任，讲清下一步'
	},
	summary: {
		en: 'Say what you will do yourself, keep promises to things you control, and end every contact with what happens next, who does it, when, and how the customer will know.',
		fa: 'بگویید خودتان چه می‌کنید، فقط قول چیزهایی را بدهید که در اختیار خودتان است و هر تماس را با این تمام کنید که بعد چه می‌شود، چه کسی انجامش می‌دهد، کی، و مشتری از چه راهی باخبر می‌شود.',
		ar: 'قل ما ستفعله بنفسك، ولا تَعِد إلا بما تتحكم فيه، واختم كل تواصل بما سيحدث بعد ذلك، ومن سيقوم به، ومتى، وكيف سيعرف العميل.',
		pl: 'Mów, co zrobisz osobiście, obiecuj tylko to, na co masz wpływ, i kończ każdy kontakt informacją, co stanie się dalej, kto to zrobi, kiedy i jak klient się o tym dowie.',
		zh: '说清你自己会做什么，只承诺你能掌控的事，并在每次沟通结束时讲明接下来会发生什么、谁来做、什么时候、客户如何得知。'
	},
	minutes: 25,
	lessons: [takeOwnershipLesson, nextStepsLesson],
	scenarios: [managerDemandScenario, missingRefundScenario, cancellationScenario, missedInstallationScenario, collectorLetterScenario],
	quiz: ownItQuiz
};
