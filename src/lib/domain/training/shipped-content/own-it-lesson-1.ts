// Module "Own it", lesson 1: ownership, blaming and passive phrasing against first-person
// commitments the agent can keep.
import type { ShippedLesson } from './types';

export const takeOwnershipLesson: ShippedLesson = {
	key: 'own_it.take_ownership',
	title: {
		en: 'Take ownership: say what you will do',
		fa: 'مسئولیت را بپذیرید: بگویید خودتان چه کار می‌کنید',
		ar: 'تحمّل المسؤولية: قل ما ستفعله أنت',
		pl: 'Weź odpowiedzialność: powiedz, co zrobisz',
		zh: '担起责任：说出你自己会做什么'
	},
	body: {
		en: `## Ownership is a sentence and a promise

Customers who have been passed around want one thing: a person who will carry the problem to the end. Ownership sounds like "I will…", and it is kept by doing exactly that.

## Weak and strong ownership

- **Missing:** blaming or pointing elsewhere: "That's the warehouse's fault", "Billing should have told you", "It's the system."
- **Weak:** passive or vague: "It will be looked into", "Someone will get back to you."
- **Strong:** first person, a specific action, and you stay with it:

> "I'm going to raise the refund myself now, and I'll check on Thursday morning that it has gone through."

## How to take ownership

1. **Apologise for what your organisation did,** even if it wasn't you: "We got this wrong" beats "The other team made a mistake."
2. **Say what you can do before what you can't.** "I can credit the two days now; the engineer visit I'll book for tomorrow."
3. **Be honest about limits.** If you need another team, say which one, why, and what you will do to follow it up. A warm handover is still ownership.
4. **Keep your name on it.** Give your name, and a way to reach you or your team when the process allows it.

## Ownership without over-promising

Never promise what you cannot control: "It'll definitely arrive tomorrow" becomes a second failure if the courier is late. Promise your own actions instead: "I'll chase the courier this afternoon and call you by 5 pm with what they say."

## Examples

> Instead of: "There's nothing I can do, it's a different department."
> Try: "This is handled by our delivery team, so I'll stay on the line while I pass it to them, and I'll email you their answer today."`,
		fa: `## مسئولیت‌پذیری یک جمله است و یک قول

مشتری‌ای که از این واحد به آن واحد پاس داده شده، فقط یک چیز می‌خواهد: کسی که مشکل را تا آخر دنبال کند. مسئولیت‌پذیری در جملهٔ «من انجامش می‌دهم» شنیده می‌شود و با انجام دادن همان کار حفظ می‌شود.

## مسئولیت‌پذیری ضعیف و قوی

- **بدون مسئولیت‌پذیری:** انداختن تقصیر گردن دیگران: «کوتاهی از انبار است»، «واحد مالی باید به شما می‌گفت»، «سیستم این‌طوری است».
- **ضعیف:** جمله‌های مجهول یا مبهم: «بررسی خواهد شد»، «با شما تماس گرفته می‌شود».
- **قوی:** اول‌شخص، کاری مشخص، و پیگیری تا آخر:

> «همین الان خودم درخواست بازگشت پول را ثبت می‌کنم و صبح پنجشنبه هم خودم چک می‌کنم که انجام شده باشد.»

## چطور مسئولیت بپذیریم

1. **بابت کاری که سازمانتان کرده عذرخواهی کنید،** حتی اگر کار شما نبوده: «ما اشتباه کردیم» بهتر از «همکارانم در واحد دیگر اشتباه کردند» است.
2. **اول بگویید چه کاری از دستتان برمی‌آید، بعد آنچه برنمی‌آید.** «هزینهٔ دو روز را همین الان برمی‌گردانم؛ برای آمدن تکنسین هم نوبت فردا را می‌گیرم.»
3. **دربارهٔ محدودیت‌ها صادق باشید.** اگر به واحد دیگری نیاز دارید، بگویید کدام واحد، چرا، و خودتان برای پیگیری چه می‌کنید. تحویل دادن پرونده با توضیح کامل هم مسئولیت‌پذیری است.
4. **نامتان روی پرونده بماند.** اگر روال کار اجازه می‌دهد، نامتان و راهی برای دسترسی به خودتان یا تیمتان را بدهید.

## مسئولیت‌پذیری بدون قول بی‌پشتوانه

هرگز قول چیزی را که در اختیار شما نیست ندهید: «حتماً فردا می‌رسد» اگر پیک دیر کند، به شکست دوم تبدیل می‌شود. به‌جایش قول کارهای خودتان را بدهید: «امروز بعدازظهر خودم پیگیر شرکت پست می‌شوم و تا ساعت ۵ تماس می‌گیرم و جوابشان را به شما می‌گویم.»

## نمونه‌ها

> به‌جای: «کاری از دست من برنمی‌آید، مربوط به واحد دیگری است.»
> بگویید: «این کار با تیم ارسال است؛ پشت خط می‌مانم تا پرونده را به آن‌ها تحویل بدهم و امروز جوابشان را برایتان ایمیل می‌کنم.»`,
		ar: `## المسؤولية جملة ووعد

العميل الذي تنقّل بين الأقسام يريد شيئًا واحدًا: شخصًا يحمل المشكلة حتى نهايتها. تُسمع المسؤولية في عبارة «سأتولّى ذلك بنفسي»، ويُحافظ عليها بفعل ذلك تمامًا.

## المسؤولية الضعيفة والقوية

- **غائبة:** إلقاء اللوم أو الإشارة إلى جهة أخرى: «الخطأ من المستودع»، «كان على قسم الفواتير أن يخبرك»، «هذا هو النظام».
- **ضعيفة:** صيغة مبنية للمجهول أو غامضة: «سيتم النظر في الأمر»، «سيتواصل معك أحد».
- **قوية:** بصيغة المتكلم، بإجراء محدد، وتبقى معه حتى النهاية:

> «سأسجّل طلب الاسترداد بنفسي الآن، وسأتحقق صباح الخميس من أنه تمّ.»

## كيف تتحمّل المسؤولية

1. **اعتذر عمّا فعلته مؤسستك،** حتى لو لم تكن أنت المخطئ: «أخطأنا في هذا» أفضل من «الفريق الآخر أخطأ».
2. **قل ما تستطيع فعله قبل ما لا تستطيعه.** «أستطيع تعويضك عن اليومين الآن، وسأحجز لك زيارة الفني غدًا.»
3. **كن صريحًا بشأن الحدود.** إن احتجت إلى فريق آخر فقل أيّ فريق ولماذا، وما الذي ستفعله أنت للمتابعة. تسليم الطلب مع شرح كامل هو أيضًا تحمّل للمسؤولية.
4. **أبقِ اسمك على الطلب.** أعطِ اسمك ووسيلة للوصول إليك أو إلى فريقك متى سمحت الإجراءات بذلك.

## مسؤولية بلا وعود مبالغ فيها

لا تَعِد أبدًا بما لا تتحكم فيه: «سيصل غدًا بالتأكيد» تتحول إلى إخفاق ثانٍ إذا تأخر المندوب. عِد بأفعالك أنت بدلًا من ذلك: «سأتابع مع شركة الشحن بعد الظهر، وأتصل بك قبل الخامسة لأخبرك بردّهم.»

## أمثلة

> بدلًا من: «لا أستطيع فعل شيء، هذا قسم آخر.»
> جرّب: «هذا من اختصاص فريق التوصيل، لذا سأبقى معك على الخط وأنا أحوّل الطلب إليهم، وسأرسل لك ردّهم بالبريد الإلكتروني اليوم.»`,
		pl: `## Odpowiedzialność to zdanie i obietnica

Klient odsyłany od działu do działu chce jednego: osoby, która poprowadzi sprawę do końca. Odpowiedzialność brzmi jak „zajmę się tym”, a dotrzymuje się jej, robiąc dokładnie to.

## Odpowiedzialność słaba i mocna

- **Brak:** zrzucanie winy albo wskazywanie innych: „To wina magazynu”, „Dział rozliczeń powinien był Pana poinformować”, „Taki jest system”.
- **Słaba:** strona bierna lub ogólniki: „Sprawa zostanie rozpatrzona”, „Ktoś się z Panem skontaktuje”.
- **Mocna:** pierwsza osoba, konkretne działanie i pilnowanie sprawy do końca:

> „Zlecę teraz zwrot i w czwartek rano osobiście sprawdzę, czy przeszedł.”

## Jak brać odpowiedzialność

1. **Przepraszaj za to, co zrobiła firma,** nawet jeśli to nie twoja wina: „Popełniliśmy błąd” brzmi lepiej niż „Koledzy z innego działu się pomylili”.
2. **Najpierw powiedz, co możesz zrobić, potem, czego nie możesz.** „Obniżkę za dwa dni mogę przyznać od razu, a wizytę technika umówię na jutro.”
3. **Mów uczciwie o ograniczeniach.** Jeśli potrzebujesz innego zespołu, powiedz którego, dlaczego i co zrobisz, żeby sprawa nie utknęła. Przekazanie sprawy z pełnym wyjaśnieniem to też odpowiedzialność.
4. **Podpisz się pod sprawą.** Jeśli procedury na to pozwalają, podaj swoje imię i sposób kontaktu z tobą lub twoim zespołem.

## Odpowiedzialność bez obiecywania na wyrost

Nigdy nie obiecuj czegoś, na co nie masz wpływu: „Na pewno przyjdzie jutro” stanie się drugą porażką, jeśli kurier się spóźni. Obiecuj własne działania: „Dziś po południu skontaktuję się z firmą kurierską i do 17:00 oddzwonię z ich odpowiedzią.”

## Przykłady

> Zamiast: „Nic nie mogę zrobić, to inny dział.”
> Lepiej: „Tym zajmuje się zespół dostaw, więc zostanę z Panem na linii, przekazując im sprawę, i jeszcze dziś wyślę Panu mailem ich odpowiedź.”`,
		zh: `## 担责是一句话，也是一个承诺

被转来转去的客户只想要一样东西：有一个人能把问题一管到底。担责听起来是“这件事我来办”，而兑现它的方式，就是真的去做。

## 弱担责与强担责

- **没有担责：** 推卸或指向别人：“是仓库的问题”“账单部门本该通知您”“系统就是这样”。
- **弱担责：** 被动或含糊：“会有人跟进的”“稍后会有人联系您”。
- **强担责：** 第一人称、具体行动，并且跟到底：

> “我现在就亲自提交退款，周四上午我会再查一下有没有到账。”

## 怎样担起责任

1. **为公司的失误道歉，** 即使不是你造成的：“是我们弄错了”比“是别的部门出了错”好得多。
2. **先说你能做什么，再说你不能做什么。** “两天的费用我现在就能给您补偿，师傅上门我帮您约在明天。”
3. **坦诚说明限制。** 如果需要别的团队处理，说清楚是哪个团队、为什么，以及你自己会怎样跟进。把情况交代清楚再转交，同样是担责。
4. **让你的名字留在这件事上。** 在流程允许的情况下，告诉客户你的名字，以及怎样找到你或你的团队。

## 担责，但不乱许诺

永远不要承诺你控制不了的事：“明天肯定送到”，万一快递迟了，就成了第二次失败。要承诺你自己的行动：“今天下午我去催快递公司，五点前给您回电话，告诉您他们怎么说。”

## 示例

> 与其说：“这个我没办法，是别的部门管的。”
> 不如说：“这件事归配送团队处理，我会在线上陪着您把情况转给他们，今天之内把他们的答复发邮件给您。”`
	}
};
