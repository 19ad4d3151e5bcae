// Module "Own it", practice scenarios 1–2: angry customer asking for a manager, billing error
// (a promised refund that never arrived).
import type { ShippedScenario } from './types';

export const managerDemandScenario: ShippedScenario = {
	key: 'own_it.angry_customer',
	situation: 'angry_customer',
	title: {
		en: '"Put me through to a manager"',
		fa: '«وصلم کنید به مدیرتان»',
		ar: '«حوّلني إلى مديرك»',
		pl: '„Proszę mnie połączyć z kierownikiem”',
		zh: '“让你们经理来接电话”'
	},
	customerMessage: {
		en: "I want your manager. Now. I've been transferred four times this morning and every single person has told me it's someone else's department. My order was cancelled without any explanation and the money is still gone from my account. I'm not explaining it again to another junior who's going to pass me on. Just get me someone who can fix it.",
		fa: 'مدیرتان را می‌خواهم. همین الان. امروز صبح چهار بار تماسم را به این و آن وصل کرده‌اند و هر کدام گفته‌اند مربوط به واحد دیگری است. سفارشم بی‌هیچ توضیحی لغو شده و پولش هنوز از حسابم کم است. دیگر حاضر نیستم برای یک کارمند تازه‌کار دیگر که قرار است باز مرا پاس بدهد همه‌چیز را توضیح بدهم. فقط یکی را بیاورید که بتواند درستش کند.',
		ar: 'أريد مديرك. الآن. حُوّلت أربع مرات هذا الصباح، وكل شخص قال لي إن الأمر من اختصاص قسم آخر. أُلغي طلبي دون أي توضيح، والمبلغ ما زال مخصومًا من حسابي. لن أشرح القصة مرة أخرى لموظف مبتدئ آخر سيحوّلني بدوره. فقط أحضر لي شخصًا يستطيع حلّها.',
		pl: 'Chcę rozmawiać z kierownikiem. Natychmiast. Dziś rano przełączano mnie cztery razy i każdy mówił, że to sprawa innego działu. Moje zamówienie anulowano bez żadnego wyjaśnienia, a pieniędzy wciąż nie ma na koncie. Nie będę tego tłumaczyć kolejnemu początkującemu konsultantowi, który znowu mnie gdzieś przełączy. Proszę mi dać kogoś, kto to naprawi.',
		zh: '我要找你们经理，马上。今天上午我被转接了四次，每个人都说是别的部门管。我的订单莫名其妙被取消了，钱到现在还扣在那儿。我不想再跟另一个新来的客服从头解释一遍，然后又被转走。你直接找一个能解决问题的人来。'
	},
	skills: ['ownership', 'next_steps', 'emotional_reaction'],
	modelReply: {
		en: "I'm sorry you've been passed around four times; I'd be furious too. I'm not going to transfer you again: I'll take this myself. I can see the order was cancelled by our fraud check because the delivery address changed, and nobody told you. That's our mistake. I've just released the £129 back to your card; it will show within 2 working days. If you still want the items, I can place the order again now at the same price. And if you'd still like to speak to a manager, I'll arrange a call-back today, but I'd like to fix this first. Does that work for you?",
		fa: 'متأسفم که چهار بار دست‌به‌دست شده‌اید؛ من هم جای شما بودم عصبانی می‌شدم. دیگر شما را به جایی وصل نمی‌کنم: خودم پیگیری‌اش می‌کنم. می‌بینم که سفارش را سامانهٔ کنترل تقلب ما لغو کرده، چون آدرس تحویل تغییر کرده بود، و هیچ‌کس به شما خبر نداده؛ این اشتباه ماست. همین الان یک میلیون و دویست و نود هزار تومان را به کارتتان برگرداندم و ظرف ۲ روز کاری در حسابتان دیده می‌شود. اگر هنوز آن کالاها را می‌خواهید، همین الان با همان قیمت دوباره سفارش را ثبت می‌کنم. و اگر باز هم بخواهید با مدیر صحبت کنید، ترتیبی می‌دهم که امروز با شما تماس بگیرد، ولی دوست دارم اول مشکل را حل کنم. موافقید؟',
		ar: 'آسف لأنك تنقّلت بين أربعة أشخاص؛ لو كنت مكانك لغضبت أنا أيضًا. لن أحوّلك مرة أخرى، سأتولّى الأمر بنفسي. أرى أن نظام مكافحة الاحتيال لدينا ألغى الطلب لأن عنوان التوصيل تغيّر، ولم يخبرك أحد، وهذا خطؤنا. أعدت الآن مبلغ ٥٢٠ ريالًا إلى بطاقتك، وسيظهر خلال يومي عمل. وإن كنت ما زلت تريد المنتجات، يمكنني إعادة الطلب الآن بالسعر نفسه. وإن رغبت بعد ذلك في التحدث مع المدير، فسأرتّب أن يتصل بك اليوم، لكنني أودّ أن أحلّ المشكلة أولًا. هل يناسبك ذلك؟',
		pl: 'Przykro mi, że przełączano Pana aż cztery razy. Każdego by to wyprowadziło z równowagi. Nie będę Pana nigdzie przełączać: zajmę się tym osobiście. Widzę, że zamówienie anulował nasz system antyfraudowy, bo zmienił się adres dostawy, i nikt Pana o tym nie poinformował. To nasz błąd. Zwrot 549 zł na Pana kartę jest już zlecony i będzie widoczny w ciągu 2 dni roboczych. Jeśli nadal chce Pan te produkty, mogę od razu złożyć zamówienie ponownie w tej samej cenie. A jeśli potem nadal będzie Pan chciał rozmawiać z kierownikiem, umówię jeszcze dziś telefon od niego, ale wolę najpierw rozwiązać problem. Czy tak może być?',
		zh: '被转了四次，真的很抱歉，换作是我也会火大。我不会再把您转走了，这件事我来负责。我看到订单是被我们的风控系统取消的，因为收货地址有变动，但没有人通知您，这是我们的错。我刚刚已经把599元退回到您的银行卡，2个工作日内到账。如果您还需要这些商品，我现在就可以按原价帮您重新下单。如果您之后还是想和经理谈，我今天就安排经理给您回电，不过我想先把问题解决掉。您看这样可以吗？'
	},
	hints: {
		en: "Don't refuse, and don't rush the transfer. Take it yourself, say what went wrong and what you have already done, and offer the manager call-back as an option, not a fight.",
		fa: 'درخواستش را رد نکنید و با عجله هم وصلش نکنید. خودتان کار را به دست بگیرید، بگویید چه اشتباهی رخ داده و تا الان چه کرده‌اید، و تماس مدیر را به‌عنوان یک گزینه پیشنهاد کنید، نه موضوع دعوا.',
		ar: 'لا ترفض طلبه ولا تستعجل التحويل. تولَّ الأمر بنفسك، وقل ما الخطأ الذي حدث وما فعلته حتى الآن، واعرض اتصال المدير خيارًا لا موضع نزاع.',
		pl: 'Nie odmawiaj i nie przełączaj w pośpiechu. Weź sprawę na siebie, powiedz, co poszło nie tak i co już zostało zrobione, a telefon od kierownika zaproponuj jako możliwość, a nie punkt sporu.',
		zh: '不要拒绝，也别急着转接。自己把事情接过来，说清出了什么问题、你已经做了什么，再把经理回电作为一个选项提出来，而不是争执的焦点。'
	}
};

export const missingRefundScenario: ShippedScenario = {
	key: 'own_it.billing_error',
	situation: 'billing_error',
	title: {
		en: 'The refund that was promised and never came',
		fa: 'بازپرداختی که قولش داده شد و نرسید',
		ar: 'استرداد وُعد به ولم يصل',
		pl: 'Obiecany zwrot, który nie dotarł',
		zh: '答应好的退款迟迟没到'
	},
	customerMessage: {
		en: "Two weeks ago one of your colleagues promised me a refund of £75 for the broken headphones. She said five working days. Nothing has arrived, and I've checked every day. I was told I'd get an email confirmation and I never did. So now I don't even know if anyone actually did anything, or if she just said it to get me off the phone.",
		fa: 'دو هفته پیش یکی از همکارانتان قول داد ۷۵۰ هزار تومانِ هدفون خراب را برگردانید. گفت پنج روز کاری. هیچ پولی نیامده و هر روز چک کرده‌ام. گفتند ایمیل تأیید برایم می‌آید که هیچ‌وقت نیامد. حالا حتی نمی‌دانم واقعاً کسی کاری کرده یا فقط این را گفت که از سر خودش بازم کند.',
		ar: 'قبل أسبوعين وعدتني إحدى زميلاتك باسترداد ٣٠٠ ريال ثمن السماعات المعطوبة. قالت خمسة أيام عمل. لم يصل شيء، وأنا أتحقق كل يوم. قيل لي إنني سأتلقى رسالة تأكيد بالبريد الإلكتروني ولم تصلني أبدًا. والآن لا أعرف حتى إن كان أحد قد فعل شيئًا فعلًا، أم أنها قالت ذلك لتنهي المكالمة فقط.',
		pl: 'Dwa tygodnie temu jedna z Państwa konsultantek obiecała mi zwrot 299 zł za zepsute słuchawki. Powiedziała: pięć dni roboczych. Nic nie przyszło, a sprawdzam codziennie. Miałam dostać potwierdzenie mailem i nigdy go nie dostałam. Teraz nawet nie wiem, czy ktokolwiek coś zrobił, czy po prostu tak powiedziała, żeby się mnie pozbyć.',
		zh: '两周前你们一位同事答应给我退坏耳机的299元，说是五个工作日。到现在什么都没收到，我每天都在查。说好会发确认邮件，我也从来没收到过。我现在都不知道到底有没有人处理过，还是她只是为了挂电话随口一说。'
	},
	skills: ['ownership', 'next_steps'],
	modelReply: {
		en: "You're right to be annoyed: you were promised a refund and a confirmation, and you got neither. I'm sorry. I've checked, and the refund was requested but never approved, so it has been sitting in a queue. That's on us, not on you. I've approved it myself just now, and I've sent the confirmation email while we've been talking; can you see it? The £75 will reach your card by Friday the 14th. I'll check it myself on Friday morning, and if anything has gone wrong, I'll message you here before noon.",
		fa: 'حق دارید دلخور باشید: به شما قول بازگشت پول و ایمیل تأیید داده شد و هیچ‌کدام نرسید. متأسفم. بررسی کردم؛ درخواست بازگشت ثبت شده ولی هیچ‌وقت تأیید نشده و در صف مانده بود. این کوتاهی از ماست، نه از شما. همین الان خودم تأییدش کردم و در همین فاصله ایمیل تأیید را هم برایتان فرستادم؛ به دستتان رسید؟ ۷۵۰ هزار تومان تا چهارشنبهٔ همین هفته به کارتتان واریز می‌شود. صبح چهارشنبه خودم بررسی می‌کنم و اگر مشکلی پیش آمده باشد، پیش از ظهر همین‌جا به شما پیام می‌دهم.',
		ar: 'معك حق في انزعاجك: وُعدت باسترداد وبرسالة تأكيد، ولم يصلك أيّ منهما. أنا آسف. تحققت من الأمر: طلب الاسترداد سُجّل لكنه لم يُعتمد قط، فظلّ عالقًا في قائمة الانتظار. هذا تقصير منا لا منك. اعتمدته بنفسي الآن، وأرسلت لك رسالة التأكيد أثناء حديثنا؛ هل وصلتك؟ سيصل مبلغ ٣٠٠ ريال إلى بطاقتك قبل يوم الخميس. سأتحقق منه بنفسي صباح الخميس، وإن حدث أي خلل فسأراسلك هنا قبل الظهر.',
		pl: 'Ma Pani pełne prawo być zdenerwowana: obiecano Pani zwrot i potwierdzenie, a nie dostała Pani ani jednego, ani drugiego. Przepraszam. Z systemu wynika, że wniosek o zwrot został złożony, ale nigdy go nie zatwierdzono, więc utknął w kolejce. To nasza wina, nie Pani. Właśnie go zatwierdzam, a w trakcie rozmowy wysyłam też potwierdzenie mailem; czy widzi je Pani? Kwota 299 zł wpłynie na Pani kartę do piątku, czternastego. W piątek rano osobiście to sprawdzę, a jeśli coś pójdzie nie tak, napiszę do Pani tutaj przed południem.',
		zh: '您生气是应该的：答应您的退款和确认邮件，一样都没兑现。真的很抱歉。我查了一下，退款申请是提交了，但一直没有被审批，所以卡在了队列里。这是我们的问题，跟您没关系。我刚才已经亲自审批通过，也在通话的同时把确认邮件发给您了，您看到了吗？299元会在14号周五之前退到您的卡上。周五上午我会亲自再查一遍，如果有任何问题，中午之前我会在这里给您留言。'
	},
	hints: {
		en: "Don't defend your colleague or repeat the same promise. Find where it got stuck, fix it yourself while the customer is there, and give a date and a check you will do.",
		fa: 'از همکارتان دفاع نکنید و همان قول را دوباره تکرار نکنید. پیدا کنید کار کجا گیر کرده، تا مشتری پشت خط است خودتان درستش کنید و تاریخ و پیگیری مشخصی تعیین کنید.',
		ar: 'لا تدافع عن زميلتك ولا تكرر الوعد نفسه. اعرف أين تعثّر الأمر، وأصلحه بنفسك والعميل ما زال معك، وحدّد موعدًا وإجراء تحقق ستقوم به.',
		pl: 'Nie broń koleżanki i nie powtarzaj tej samej obietnicy. Ustal, gdzie sprawa utknęła, napraw to, póki klientka jest na linii, i podaj datę oraz to, co osobiście sprawdzisz.',
		zh: '不要替同事辩解，也不要把同样的承诺再说一遍。找出卡在哪里，趁客户还在线就亲自解决，并给出日期和你会做的核查。'
	}
};
