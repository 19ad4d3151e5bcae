// Module "Own it", lesson 2: next steps (what, who, when, through which channel) and a close that
// removes the reason to call back.
import type { ShippedLesson } from './types';

export const nextStepsLesson: ShippedLesson = {
	key: 'own_it.clear_next_steps',
	title: {
		en: 'Close with clear next steps: what, who, when, how',
		fa: 'با گام‌های بعدی روشن تمام کنید: چه، چه کسی، کی، از چه راهی',
		ar: 'اختم بخطوات تالية واضحة: ماذا، ومن، ومتى، وكيف',
		pl: 'Zakończ jasnymi krokami: co, kto, kiedy, jak',
		zh: '用清晰的下一步收尾：做什么、谁来做、什么时候、怎么通知'
	},
	body: {
		en: `## Why customers call back

Most repeat contacts are not caused by the original problem but by uncertainty after the call: "Did it work? When? Do I need to do anything?" A clear close removes the reason to call again.

## The four parts of a next step

- **What** will happen: "The refund of £48.50 goes back to your card."
- **Who** does it: "I submit it now; your bank then releases it."
- **When**, as a real time or date: "By Thursday, 17 March", not "soon" or "in due course".
- **How you'll hear**, through which channel: "You'll get a text when it's sent; if nothing arrives by Thursday, reply to that text."

> Weak: "We'll sort it out and get back to you."
> Strong: "I've booked the engineer for Wednesday between 8 and 12. You'll get a text the evening before with their name. If they haven't arrived by 12, call this number and quote reference 4471; I've added a note so you won't have to explain again."

## Include the customer's part

If the customer has to do something, say so once and plainly: "Please keep the old router plugged in until the new one works." Check they have what they need: "Do you have a pen, or shall I text you the reference?"

## Check understanding, then close warmly

- Ask them to confirm the key point in their own words, or summarise it once more yourself.
- Ask "Is there anything about this plan that doesn't work for you?" rather than "Anything else?"
- End with the human note you opened with: "I hope Saturday's party goes well."

## Watch out for

- **Vague times:** "24 to 48 hours" with no date; "shortly".
- **Hidden conditions:** an "as long as…" said only after the customer has relaxed.
- **Promises on behalf of others** that you cannot track.`,
		fa: `## چرا مشتری‌ها دوباره تماس می‌گیرند

بیشتر تماس‌های تکراری به خاطر خود مشکل نیست، به خاطر ابهام بعد از تماس است: «درست شد؟ کی؟ لازم است من کاری بکنم؟» یک پایان روشن، دلیل تماس دوباره را از بین می‌برد.

## چهار جزء یک گام بعدی

- **چه** اتفاقی می‌افتد: «۴۸۵ هزار تومان به کارت شما برمی‌گردد.»
- **چه کسی** انجامش می‌دهد: «من همین الان ثبتش می‌کنم؛ بعد بانک شما آن را واریز می‌کند.»
- **کی**، با ساعت یا تاریخ واقعی: «تا پنجشنبه ۲۶ اسفند»، نه «به‌زودی» یا «در اسرع وقت».
- **از چه راهی** باخبر می‌شود: «وقتی واریز شد پیامک می‌گیرید؛ اگر تا پنجشنبه چیزی نرسید، به همان پیامک جواب بدهید.»

> ضعیف: «درستش می‌کنیم و به شما خبر می‌دهیم.»
> قوی: «تکنسین را برای چهارشنبه بین ساعت ۸ تا ۱۲ رزرو کردم. شب قبل پیامکی با نام تکنسین برایتان می‌آید. اگر تا ساعت ۱۲ نیامد، با همین شماره تماس بگیرید و کد پیگیری ۴۴۷۱ را بگویید؛ یادداشت گذاشته‌ام که لازم نباشد دوباره توضیح بدهید.»

## سهم مشتری را هم بگویید

اگر مشتری باید کاری بکند، یک بار و ساده بگویید: «لطفاً مودم قدیمی را تا وقتی مودم جدید راه بیفتد به برق وصل نگه دارید.» مطمئن شوید آنچه لازم دارد دستش هست: «قلم دم دستتان هست، یا کد پیگیری را پیامک کنم؟»

## فهم مشتری را بسنجید، بعد گرم خداحافظی کنید

- از او بخواهید نکتهٔ اصلی را با کلمات خودش تأیید کند، یا خودتان یک بار دیگر خلاصه‌اش کنید.
- به‌جای «امر دیگری هست؟» بپرسید: «چیزی در این برنامه هست که برایتان جور درنمی‌آید؟»
- با همان نکتهٔ انسانی‌ای که شروع کردید تمام کنید: «امیدوارم جشن پنجشنبه خیلی خوب برگزار شود.»

## حواستان باشد

- **زمان‌های مبهم:** «۲۴ تا ۴۸ ساعت» بدون تاریخ؛ «به‌زودی».
- **شرط‌های پنهان:** «به شرطی که...» که فقط بعد از آرام شدن مشتری گفته می‌شود.
- **قول از طرف دیگران** که نمی‌توانید پیگیری‌اش کنید.`,
		ar: `## لماذا يعاود العملاء الاتصال

معظم الاتصالات المتكررة لا يسببها أصل المشكلة، بل الغموض بعد المكالمة: «هل نجح الأمر؟ متى؟ هل عليّ أن أفعل شيئًا؟» والختام الواضح يزيل سبب الاتصال من جديد.

## الأجزاء الأربعة للخطوة التالية

- **ماذا** سيحدث: «سيُعاد مبلغ ١٩٠ ريالًا إلى بطاقتك.»
- **مَن** يقوم به: «أنا أسجّله الآن، ثم يودعه مصرفك في حسابك.»
- **متى**، بوقت أو تاريخ حقيقي: «قبل الخميس ١٧ مارس»، لا «قريبًا» ولا «في أقرب وقت».
- **كيف** ستعرف، وعبر أي قناة: «ستصلك رسالة نصية عند الإرسال، وإن لم يصل شيء قبل الخميس فردّ على تلك الرسالة.»

> ضعيف: «سنحلّ الأمر ونعود إليك.»
> قوي: «حجزت لك الفني يوم الأربعاء بين الثامنة والثانية عشرة. ستصلك مساء اليوم السابق رسالة فيها اسمه. إن لم يصل حتى الثانية عشرة، فاتصل بهذا الرقم واذكر رقم المرجع ٤٤٧١؛ أضفت ملاحظة حتى لا تضطر إلى الشرح من جديد.»

## اذكر دور العميل

إن كان على العميل أن يفعل شيئًا فقله مرة واحدة وبوضوح: «أرجو أن تُبقي الراوتر القديم موصولًا حتى يعمل الجديد.» وتأكد من أن لديه ما يحتاجه: «هل معك قلم، أم أرسل لك رقم المرجع برسالة؟»

## تحقّق من الفهم، ثم اختم بدفء

- اطلب منه أن يؤكد النقطة الأساسية بكلماته، أو لخّصها أنت مرة أخرى.
- اسأل: «هل في هذه الخطة ما لا يناسبك؟» بدلًا من «هل من شيء آخر؟»
- اختم باللمسة الإنسانية التي بدأت بها: «أتمنى أن تكون حفلة السبت جميلة.»

## احذر من

- **الأوقات الغامضة:** «خلال ٢٤ إلى ٤٨ ساعة» بلا تاريخ؛ «قريبًا».
- **الشروط المخفية:** «بشرط أن...» تُقال فقط بعد أن يطمئن العميل.
- **الوعود نيابةً عن الآخرين** التي لا تستطيع متابعتها.`,
		pl: `## Dlaczego klienci dzwonią ponownie

Większość ponownych kontaktów nie wynika z pierwotnego problemu, tylko z niepewności po rozmowie: „Udało się? Kiedy? Mam coś zrobić?”. Jasne zakończenie usuwa powód, by dzwonić jeszcze raz.

## Cztery elementy kolejnego kroku

- **Co** się wydarzy: „Kwota 89,99 zł wróci na Pani kartę”.
- **Kto** to zrobi: „Zlecam zwrot teraz, a potem bank zaksięguje go na koncie”.
- **Kiedy**, jako konkretna godzina lub data: „Do czwartku, 17 marca”, a nie „wkrótce” czy „w najbliższym czasie”.
- **Jak klient się dowie** i którym kanałem: „Dostanie Pani SMS-a, gdy zwrot zostanie wysłany; jeśli do czwartku nic nie wpłynie, proszę odpisać na tego SMS-a”.

> Słabo: „Zajmiemy się tym i odezwiemy się”.
> Mocno: „Technik jest umówiony na środę między 8:00 a 12:00. Wieczorem dzień wcześniej dostanie Pan SMS-a z jego imieniem. Jeśli do 12:00 nikt nie przyjdzie, proszę zadzwonić pod ten numer i podać numer zgłoszenia 4471; w zgłoszeniu jest notatka, więc nie będzie Pan musiał niczego tłumaczyć od nowa”.

## Powiedz, co należy do klienta

Jeśli klient musi coś zrobić, powiedz to raz i prosto: „Proszę nie odłączać starego routera, dopóki nowy nie zacznie działać”. Upewnij się, że ma wszystko, czego potrzebuje: „Ma Pan pod ręką długopis, czy wysłać numer zgłoszenia SMS-em?”

## Sprawdź zrozumienie i zakończ ciepło

- Poproś klienta, by własnymi słowami potwierdził najważniejszą rzecz, albo jeszcze raz ją podsumuj.
- Zapytaj: „Czy coś w tym planie Pani nie odpowiada?” zamiast „Czy coś jeszcze?”
- Zakończ tym samym ludzkim akcentem, od którego zaczęła się rozmowa: „Mam nadzieję, że sobotnie przyjęcie się uda”.

## Uważaj na

- **Nieprecyzyjne terminy:** „24–48 godzin” bez daty; „niebawem”.
- **Ukryte warunki:** „pod warunkiem że…” wypowiedziane dopiero wtedy, gdy klient się uspokoił.
- **Obietnice w imieniu innych,** których nie możesz dopilnować.`,
		zh: `## 客户为什么会再打来

大多数重复来电，并不是原来的问题造成的，而是通话结束后的不确定：“办好了吗？什么时候？我需要做什么吗？”一个清晰的收尾，就能消除再打一次电话的理由。

## 下一步的四个要素

- **做什么：** “128元的退款会退回到您的银行卡。”
- **谁来做：** “我现在提交，之后由您的银行入账。”
- **什么时候：** 给出真实的时间或日期，比如“3月17日周四之前”，而不是“尽快”“近期”。
- **怎么通知、通过什么渠道：** “退款发出时您会收到短信；如果周四前还没到账，直接回复那条短信就行。”

> 弱：“我们会处理好，再联系您。”
> 强：“我已经帮您约好周三上午8点到12点师傅上门，前一天晚上您会收到一条写有师傅姓名的短信。如果12点还没到，请拨打这个号码，报工单号4471；我已经写好备注，您不用再从头解释。”

## 说清客户需要做的事

如果客户需要做什么，就简单明了地说一次：“新路由器能用之前，请先别拔掉旧的。”再确认他手头有需要的东西：“您手边有笔吗？还是我把工单号用短信发给您？”

## 确认理解，再温暖地收尾

- 请客户用自己的话确认关键点，或者你自己再总结一遍。
- 与其问“还有别的吗？”，不如问：“这个安排有没有哪里对您不方便？”
- 用开头那份人情味来结尾：“祝周六的生日派对顺顺利利。”

## 需要注意

- **模糊的时间：** 没有日期的“24到48小时”；“很快”。
- **隐藏的条件：** 等客户放心了才说出口的“前提是……”。
- **替别人许诺，** 而你又没法跟进。`
	}
};
