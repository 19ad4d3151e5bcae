// Module 1, "Hear the feeling": acknowledge and name emotions (EPITOME emotional reactions and
// interpretations). Assembled from one file per lesson, scenario group and quiz.
import type { ShippedModule } from './types';
import { acknowledgeFirstLesson } from './hear-the-feeling-lesson-1';
import { showYouUnderstoodLesson } from './hear-the-feeling-lesson-2';
import { birthdayParcelScenario, chargedTwiceScenario } from './hear-the-feeling-scenarios-1';
import { internetDownScenario, lateMotherScenario } from './hear-the-feeling-scenarios-2';
import { thirdCallScenario } from './hear-the-feeling-scenarios-3';
import { hearTheFeelingQuiz } from './hear-the-feeling-quiz';

export const hearTheFeeling: ShippedModule = {
	key: 'hear_the_feeling',
	version: 1,
	title: {
		en: 'Hear the feeling: acknowledge and name emotions',
		fa: 'احساس را بشنوید: همدلی کنید و احساس را نام ببرید',
		ar: 'اسمع الشعور: اعترف بالمشاعر وسمِّها',
		pl: 'Usłysz emocje: zauważ je i nazwij',
		zh: '听见情绪：回应并说出客户的感受'
	},
	summary: {
		en: 'Open every difficult contact by reacting as a person and showing you understood what the customer is going through, not just what went wrong.',
		fa: 'هر تماس دشوار را با واکنشی انسانی آغاز کنید و نشان بدهید فهمیده‌اید مشتری چه چیزی را از سر می‌گذراند، نه فقط اینکه چه چیزی خراب شده.',
		ar: 'ابدأ كل تواصل صعب بتفاعل إنساني، وأظهر أنك فهمت ما يمرّ به العميل، لا ما تعطّل فحسب.',
		pl: 'Zaczynaj każdą trudną rozmowę od ludzkiej reakcji i pokaż, że rozumiesz, co przeżywa klient, a nie tylko, co się zepsuło.',
		zh: '在每一次棘手的沟通开头，先像一个真实的人那样回应，并让客户知道你明白他正在经历什么，而不只是哪里出了问题。'
	},
	minutes: 25,
	lessons: [acknowledgeFirstLesson, showYouUnderstoodLesson],
	scenarios: [chargedTwiceScenario, birthdayParcelScenario, lateMotherScenario, internetDownScenario, thirdCallScenario],
	quiz: hearTheFeelingQuiz
};
