// Module "Own it", practice scenario 5: bereavement (a debt collector's letter sent after the
// death had been reported).
import type { ShippedScenario } from './types';

export const collectorLetterScenario: ShippedScenario = {
	key: 'own_it.bereavement',
	situation: 'bereavement',
	title: {
		en: "A debt collector's letter about a late father's bill",
		fa: 'نامهٔ وصول مطالبات برای قبض پدری که از دنیا رفته',
		ar: 'رسالة تحصيل ديون بشأن فاتورة أب متوفى',
		pl: 'List od windykatora w sprawie rachunku zmarłego taty',
		zh: '已故父亲的电费收到了催收信'
	},
	customerMessage: {
		en: "My dad died six weeks ago. I'm his executor. Today a letter came from a debt collection agency about his electricity bill, £312, saying they'll take 'further action'. I told you about his death a month ago, on the phone, and I sent the death certificate. I thought it was all on hold. I opened that letter at his kitchen table. I can't believe this is how you treat grieving families.",
		fa: 'پدرم شش هفته پیش فوت کرد و من وصی او هستم. امروز نامه‌ای از یک شرکت وصول مطالبات دربارهٔ قبض برق او آمده، سه میلیون و صد هزار تومان، که نوشته «اقدامات بعدی» انجام می‌دهند. من یک ماه پیش تلفنی خبر فوتش را به شما دادم و گواهی فوت را هم فرستادم. فکر می‌کردم همه‌چیز متوقف شده. آن نامه را پشت میز آشپزخانهٔ خودش باز کردم. باورم نمی‌شود با خانواده‌های داغدار این‌طور رفتار می‌کنید.',
		ar: 'توفي والدي قبل ستة أسابيع، وأنا منفّذ وصيته. اليوم وصلت رسالة من شركة تحصيل ديون بشأن فاتورة الكهرباء الخاصة به، ١٢٤٠ ريالًا، يقولون فيها إنهم سيتخذون «إجراءات أخرى». أبلغتكم بوفاته قبل شهر عبر الهاتف، وأرسلت شهادة الوفاة. ظننت أن كل شيء مُعلّق. فتحت تلك الرسالة على طاولة مطبخه. لا أصدق أن هذه طريقتكم في التعامل مع العائلات المفجوعة.',
		pl: 'Mój tata zmarł sześć tygodni temu. Jestem wykonawcą testamentu. Dziś przyszedł list od firmy windykacyjnej w sprawie jego rachunku za prąd, 1280 zł, z informacją, że podejmą „dalsze kroki”. Miesiąc temu zgłosiłem Państwu telefonicznie jego śmierć i wysłałem akt zgonu. Myślałem, że wszystko jest wstrzymane. Otworzyłem ten list przy jego kuchennym stole. Nie mogę uwierzyć, że tak traktują Państwo rodziny w żałobie.',
		zh: '我父亲六周前去世了，我是他的遗嘱执行人。今天收到一家催收公司的信，说是他的电费，1240元，还说要采取“进一步措施”。一个月前我就打电话告诉过你们他去世了，也寄了死亡证明。我以为一切都暂停了。我是在他家厨房的餐桌上拆开那封信的。真不敢相信你们就是这样对待刚失去亲人的家庭的。'
	},
	skills: ['ownership', 'next_steps', 'emotional_reaction'],
	modelReply: {
		en: "I'm so sorry about your dad, and I'm sorry that letter reached you, and at his kitchen table of all places. It should never have been sent: you told us a month ago and sent the certificate, so the account should have been on hold. That's our failure. I've recalled the debt from the agency today, so they won't contact you again, and I've put the account on a bereavement hold: no letters or charges while it's open. The £312 can be settled from the estate whenever you're ready, with no deadline and no fees. I'll email you written confirmation by 5 pm today, with my team's direct number, so you never have to start from the beginning again.",
		fa: 'خدا پدرتان را رحمت کند، واقعاً متأسفم. و متأسفم که آن نامه به دستتان رسید، آن هم پشت میز آشپزخانهٔ خود ایشان. این نامه اصلاً نباید فرستاده می‌شد: شما یک ماه پیش به ما خبر دادید و گواهی را هم فرستادید، پس حساب باید متوقف می‌شد. این کوتاهی ماست. امروز پرونده را از شرکت وصول مطالبات پس گرفتم، پس دیگر با شما تماس نمی‌گیرند، و حساب را در وضعیت توقف به دلیل فوت گذاشتم: تا وقتی باز است، هیچ نامه یا هزینه‌ای صادر نمی‌شود. آن سه میلیون و صد هزار تومان را هر وقت آماده بودید می‌شود از ماترک پرداخت کرد، بدون مهلت و بدون هیچ جریمه‌ای. تا ساعت ۵ امروز تأیید کتبی را همراه با شمارهٔ مستقیم تیمم برایتان ایمیل می‌کنم تا دیگر هیچ‌وقت مجبور نباشید از اول شروع کنید.',
		ar: 'رحم الله والدك وأحسن عزاءك، وأنا آسف حقًا لأن تلك الرسالة وصلتك، وعلى طاولة مطبخه من بين كل الأماكن. ما كان يجب أن تُرسل أصلًا: أبلغتنا قبل شهر وأرسلت الشهادة، وكان يجب تعليق الحساب. هذا تقصير منا. استرجعت اليوم الدين من شركة التحصيل، فلن يتواصلوا معك مرة أخرى، ووضعت الحساب في حالة تعليق بسبب الوفاة: لا رسائل ولا رسوم ما دام مفتوحًا. ويمكن تسوية مبلغ ١٢٤٠ ريالًا من التركة متى كنت مستعدًا، بلا موعد نهائي وبلا أي رسوم. سأرسل لك تأكيدًا مكتوبًا بالبريد الإلكتروني قبل الخامسة مساء اليوم، ومعه الرقم المباشر لفريقي، حتى لا تضطر أبدًا إلى البدء من جديد.',
		pl: 'Bardzo mi przykro z powodu śmierci Pana taty. Przykro mi też, że ten list do Pana trafił, i to akurat przy jego kuchennym stole. W ogóle nie powinien był zostać wysłany: zgłosił nam Pan śmierć taty miesiąc temu i przesłał akt zgonu, więc konto powinno być wstrzymane. To nasze zaniedbanie. Jeszcze dziś osobiście wycofam sprawę z firmy windykacyjnej, więc nie będą się już z Panem kontaktować, i ustawię na koncie blokadę z powodu żałoby: dopóki konto jest otwarte, nie wyjdą żadne listy ani opłaty. Kwotę 1280 zł można uregulować z masy spadkowej, kiedy będzie Pan gotowy, bez terminu i bez dodatkowych opłat. Do 17:00 wyślę Panu mailem pisemne potwierdzenie wraz z bezpośrednim numerem do mojego zespołu, żeby już nigdy nie musiał Pan zaczynać od początku.',
		zh: '您父亲的事，我真的很难过，请节哀。也很抱歉让您收到那封信，偏偏还是在他家的厨房餐桌上拆开的。那封信根本就不该寄出：您一个月前就通知了我们，也寄了证明，账户早就应该暂停。这是我们的失职。我今天已经亲自把这笔欠款从催收公司撤回，他们不会再联系您；账户也已设为丧亲暂停状态，在处理完之前不会再寄任何信件、产生任何费用。这1240元等您准备好了再从遗产中结清就行，没有期限，也不收任何额外费用。今天下午5点前，我会把书面确认和我们团队的直线电话发到您的邮箱，您以后再也不用从头说起。'
	},
	hints: {
		en: 'Lead with condolence and a plain admission, not a process explanation. Then show the harm has stopped (collectors recalled, letters halted) and give a no-pressure path with written confirmation.',
		fa: 'با تسلیت و پذیرش صریح اشتباه شروع کنید، نه با توضیح روال اداری. بعد نشان بدهید آسیب متوقف شده (پس گرفتن پرونده از شرکت وصول، توقف نامه‌ها) و راهی بی‌فشار همراه با تأیید کتبی پیشنهاد کنید.',
		ar: 'ابدأ بالتعزية والاعتراف الصريح بالخطأ، لا بشرح الإجراءات. ثم بيّن أن الضرر توقف (استرجاع الدين من شركة التحصيل وإيقاف الرسائل)، وقدّم طريقًا بلا ضغط مع تأكيد مكتوب.',
		pl: 'Zacznij od kondolencji i jasnego przyznania się do błędu, a nie od wyjaśniania procedur. Potem pokaż, że szkoda została zatrzymana (windykacja wycofana, listy wstrzymane), i zaproponuj spokojną ścieżkę z pisemnym potwierdzeniem.',
		zh: '先表达哀悼、坦白认错，而不是解释流程。然后说明伤害已经止住（撤回催收、停止寄信），再给出没有压力的处理方式和书面确认。'
	}
};
