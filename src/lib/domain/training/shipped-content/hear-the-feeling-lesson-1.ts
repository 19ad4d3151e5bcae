// Module "Hear the feeling", lesson 1: emotional reactions (EPITOME), weak against strong.
import type { ShippedLesson } from './types';

export const acknowledgeFirstLesson: ShippedLesson = {
	key: 'hear_the_feeling.acknowledge_first',
	title: {
		en: 'Acknowledge first: say what you feel about what happened',
		fa: 'اول همدلی: بگویید از آنچه پیش آمده چه حسی دارید',
		ar: 'التعاطف أولًا: قل ما تشعر به تجاه ما حدث',
		pl: 'Najpierw reakcja: powiedz, co czujesz wobec tego, co się stało',
		zh: '先回应情绪：说出你对客户遭遇的感受'
	},
	body: {
		en: `## Why the first sentence matters

An upset customer is listening for one thing before anything else: *does this person get it?* Until they hear yes, they will not take in refund dates or reference numbers. Your first sentence should answer that question.

## Weak and strong reactions

- **Missing:** institutional formulas such as "We apologise for any inconvenience." They sound like a letter, not a person.
- **Weak:** you allude to a feeling without naming it: "Oh no, sorry about that."
- **Strong:** you say, in the first person, what you feel about what happened to them, and you tie it to their situation.

> "I'm really sorry — being charged twice a week before rent is due must have been upsetting."

## How to do it

1. **Catch the emotion and the stakes.** Listen for feeling words (worried, fed up, embarrassed) and for what is at risk (money, a birthday, a day off work).
2. **Say what you feel, specifically.** One "I'm sorry" with *their* detail beats three generic apologies.
3. **Match the intensity, not the volume.** A furious customer needs firmness and warmth, not matching heat; a grieving customer needs a slower, quieter pace.
4. **Then move to the work.** One or two sentences of acknowledgement are enough; the action that follows is what proves you meant it.

## Phrases to avoid

- "Calm down" or "There's no need to get upset": it tells the customer their feeling is wrong.
- "I know exactly how you feel": you don't, and they know it.
- Apologising five times in one call: it starts to sound like a script.

> Instead of: "Sorry for the inconvenience, how can I help?"
> Try: "I'm sorry, that's a horrible way to start your weekend. Let's fix it now."`,
		fa: `## چرا جملهٔ اول اهمیت دارد

مشتری‌ای که ناراحت تماس می‌گیرد، پیش از هر چیز دنبال یک نشانه است: *آیا طرف مقابل متوجه حال من شده؟* تا این را حس نکند، تاریخ بازپرداخت و شمارهٔ پیگیری به گوشش نمی‌رود. جملهٔ اول شما باید به همین پرسش پاسخ بدهد.

## واکنش ضعیف و واکنش قوی

- **بدون واکنش:** جمله‌های اداری مثل «بابت هرگونه ناراحتی پوزش می‌طلبیم». این‌ها صدای یک نامهٔ رسمی است، نه یک آدم.
- **ضعیف:** به احساس اشاره می‌کنید ولی آن را نام نمی‌برید: «ای وای، متأسفم».
- **قوی:** از زبان خودتان می‌گویید دربارهٔ آنچه برای او پیش آمده چه حسی دارید و آن را به موقعیت خود او گره می‌زنید.

> «واقعاً متأسفم؛ اینکه یک هفته مانده به موعد اجاره دو بار از حسابتان برداشت شده، حتماً خیلی نگران‌تان کرده.»

## چطور انجامش بدهیم

1. **احساس و آنچه در خطر است را بشنوید.** به واژه‌های احساسی (نگران، کلافه، شرمنده) و به چیزی که در خطر است (پول، یک جشن تولد، یک روز مرخصی) دقت کنید.
2. **حس خودتان را مشخص بگویید.** یک «متأسفم» همراه با جزئیات ماجرای خود او، از سه عذرخواهی کلی مؤثرتر است.
3. **با شدت احساس هماهنگ شوید، نه با بلندی صدا.** مشتری خشمگین به لحنی محکم و گرم نیاز دارد، نه به تندی متقابل؛ مشتری داغدار به آهنگی آرام‌تر و ملایم‌تر.
4. **بعد سراغ کار بروید.** یکی دو جمله همدلی کافی است؛ کاری که بعدش انجام می‌دهید ثابت می‌کند حرفتان از ته دل بوده.

## جمله‌هایی که بهتر است نگویید

- «آرام باشید» یا «دلیلی برای ناراحتی نیست»: یعنی به مشتری می‌گویید احساسش اشتباه است.
- «دقیقاً می‌دانم چه حسی دارید»: نمی‌دانید و او هم این را می‌داند.
- پنج بار عذرخواهی در یک تماس: کم‌کم شبیه متنی از پیش نوشته‌شده می‌شود.

> به‌جای: «بابت مشکل پیش‌آمده عذر می‌خواهیم، چه کمکی از دستم برمی‌آید؟»
> بگویید: «خیلی متأسفم، این اصلاً شروع خوبی برای تعطیلی‌تان نبود. بیایید همین حالا درستش کنیم.»`,
		ar: `## لماذا تهمّ الجملة الأولى

العميل المنزعج ينتظر قبل أي شيء إشارةً واحدة: *هل فهم هذا الشخص ما أمرّ به؟* وما لم يسمع ذلك فلن يستوعب مواعيد الاسترداد ولا أرقام المراجعة. لذلك ينبغي أن تجيب جملتك الأولى عن هذا السؤال.

## التفاعل الضعيف والتفاعل القوي

- **غائب:** العبارات المؤسسية مثل «نعتذر عن أي إزعاج». إنها تبدو كخطاب رسمي، لا كإنسان يتحدث.
- **ضعيف:** تلمّح إلى الشعور دون أن تسمّيه: «آه، آسف على ذلك».
- **قوي:** تقول بصيغة المتكلم ما تشعر به تجاه ما حدث له، وتربطه بموقفه هو تحديدًا.

> «أنا آسف حقًا، فخصم المبلغ مرتين قبل موعد الإيجار بأسبوع أمرٌ مقلق جدًا بلا شك.»

## كيف تفعل ذلك

1. **التقط الشعور وما هو على المحك.** انتبه لكلمات المشاعر (قلق، ضجر، إحراج) ولما يخشى العميل خسارته (المال، حفلة عيد ميلاد، يوم إجازة).
2. **عبّر عن شعورك بتحديد.** كلمة «آسف» مع تفصيل من قصته هو أبلغ من ثلاثة اعتذارات عامة.
3. **جارِ شدة الشعور لا علوّ الصوت.** العميل الغاضب يحتاج إلى حزم ودفء لا إلى حدّة مقابلة، والعميل المفجوع يحتاج إلى إيقاع أهدأ وأبطأ.
4. **ثم انتقل إلى العمل.** جملة أو جملتان من التعاطف تكفيان، فالإجراء الذي يليهما هو ما يثبت صدقك.

## عبارات تجنّبها

- «اهدأ من فضلك» أو «لا داعي للانزعاج»: كأنك تقول للعميل إن شعوره خاطئ.
- «أعرف تمامًا ما تشعر به»: أنت لا تعرف، وهو يدرك ذلك.
- الاعتذار خمس مرات في مكالمة واحدة: سيبدو الكلام محفوظًا.

> بدلًا من: «نعتذر عن الإزعاج، كيف أستطيع مساعدتك؟»
> جرّب: «آسف جدًا، هذه بداية سيئة لعطلتك. دعنا نحلّ الأمر الآن.»`,
		pl: `## Dlaczego pierwsze zdanie jest tak ważne

Zdenerwowany klient najpierw sprawdza jedno: *czy ta osoba rozumie, co mnie spotkało?* Dopóki nie usłyszy, że tak, nie przyswoi ani terminu zwrotu, ani numeru zgłoszenia. Pierwsze zdanie powinno odpowiedzieć właśnie na to pytanie.

## Reakcja słaba i mocna

- **Brak reakcji:** urzędowe formułki w rodzaju „Przepraszamy za wszelkie niedogodności”. Brzmią jak pismo, a nie jak człowiek.
- **Słaba:** sugerujesz uczucie, ale go nie nazywasz: „Ojej, przykro mi”.
- **Mocna:** mówisz w pierwszej osobie, co czujesz wobec tego, co spotkało klienta, i odnosisz to do jego sytuacji.

> „Bardzo mi przykro. Podwójne obciążenie konta tydzień przed zapłatą czynszu musiało Panią naprawdę zdenerwować.”

## Jak to zrobić

1. **Wyłap emocję i stawkę.** Słuchaj słów opisujących uczucia (martwię się, mam dość, wstyd mi) i tego, co jest zagrożone (pieniądze, urodziny, dzień urlopu).
2. **Powiedz konkretnie, co czujesz.** Jedno „przykro mi” ze szczegółem z historii klienta działa lepiej niż trzy ogólne przeprosiny.
3. **Dopasuj się do siły emocji, nie do głośności.** Rozgniewany klient potrzebuje stanowczości i ciepła, a nie podniesionego tonu; osoba w żałobie potrzebuje wolniejszego, spokojniejszego tempa.
4. **Potem przejdź do działania.** Jedno, dwa zdania wystarczą; dopiero to, co zrobisz później, pokaże, że to nie były puste słowa.

## Czego unikać

- „Proszę się uspokoić” albo „Nie ma powodu się denerwować”: to sygnał, że emocja klienta jest niewłaściwa.
- „Doskonale wiem, co Pan czuje”: nie wiesz, a klient to wyczuwa.
- Przepraszanie pięć razy w jednej rozmowie: zaczyna brzmieć jak wyuczona formułka.

> Zamiast: „Przepraszamy za utrudnienia, w czym mogę pomóc?”
> Lepiej: „Bardzo mi przykro, to fatalny początek weekendu. Zajmijmy się tym od razu.”`,
		zh: `## 为什么第一句话最重要

情绪激动的客户，首先在确认一件事：*对方到底明不明白我遇到了什么？* 在得到肯定的回答之前，退款日期、工单号他都听不进去。所以，你的第一句话就要回答这个问题。

## 弱回应与强回应

- **没有回应：** “给您带来不便，敬请谅解”这类官方套话，听起来像公文，不像一个真实的人在说话。
- **弱回应：** 暗示了情绪却没有说出来，比如“哎呀，不好意思”。
- **强回应：** 用第一人称说出你对客户遭遇的感受，并且和他的具体处境联系起来。

> “真的很抱歉。离交房租只剩一周，却被重复扣了两次款，这事一定让您很揪心。”

## 具体怎么做

1. **听出情绪和利害。** 留意表达情绪的词（担心、受够了、难堪），也留意客户怕失去什么（钱、一场生日、一天假期）。
2. **具体说出你的感受。** 一句“很抱歉”加上客户自己的细节，胜过三句笼统的道歉。
3. **匹配情绪的强度，而不是音量。** 愤怒的客户需要坚定而温和的语气，而不是针锋相对；刚失去亲人的客户需要更慢、更轻的节奏。
4. **然后马上转入处理。** 一两句共情就够了，接下来的实际行动才能证明你是真心的。

## 要避免的说法

- “您先冷静一下”或“没必要生气”：等于告诉客户他的情绪是错的。
- “我完全理解您的感受”：你并不完全理解，客户也心知肚明。
- 一通电话道歉五次：听起来就像在念稿子。

> 与其说：“给您带来不便非常抱歉，请问有什么可以帮您？”
> 不如说：“真抱歉，周末一开始就遇上这种糟心事。我们现在就把它解决掉。”`
	}
};
