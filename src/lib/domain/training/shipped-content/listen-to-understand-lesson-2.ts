// Module "Listen to understand", lesson 2: exploration (EPITOME), generic questions against
// specific questions about the customer's feelings and experience.
import type { ShippedLesson } from './types';

export const exploreLesson: ShippedLesson = {
	key: 'listen_to_understand.explore',
	title: {
		en: 'Explore: ask about their experience, not only the fault',
		fa: 'کندوکاو: دربارهٔ تجربهٔ مشتری بپرسید، نه فقط دربارهٔ خرابی',
		ar: 'الاستكشاف: اسأل عن تجربة العميل، لا عن العطل فقط',
		pl: 'Dopytuj: pytaj o doświadczenie klienta, nie tylko o usterkę',
		zh: '探询：问客户的经历，而不只是问故障'
	},
	body: {
		en: `## Why ask at all

Customers rarely tell you everything that matters. They describe the fault; the reason it hurts often stays unsaid. Good questions bring that out, and they show you care about the person, not only the ticket.

## Weak and strong exploration

- **Weak:** a generic question that could be asked of anyone: "What happened?", "Anything else?"
- **Strong:** a specific question about *their* feelings or experience, built on what they just told you.

> Weak: "Can you tell me more?"
> Strong: "You mentioned the new price came as a shock. Has it left you worried about keeping up with the other bills this month?"

## Open, then narrow

1. **Start open** to let them tell it their way: "How has this been affecting you at home?"
2. **Then narrow** to check the details you need: "Was that before or after the engineer's visit?"
3. **Close** only when you have both the facts and what matters to them.

## Good habits

- **One question at a time.** Three questions in one breath get one answer, usually to the easiest.
- **Explain why you ask** when it might sound intrusive: "I'm asking so I can look for the right kind of help."
- **Leave a pause.** After a question, wait. A few seconds of silence often bring the most important sentence.
- **Follow the emotion word.** If they say "embarrassing", ask about it: "Embarrassing in what way? Did it affect someone else?"

## Watch out for

- **Interrogation:** a run of closed yes/no questions feels like a form, not a conversation.
- **"Why" questions that sound like blame:** "Why didn't you call earlier?" Try: "What made it hard to get through to us?"
- **Asking and not using the answer.** If they tell you the date matters, the date must appear in your solution.`,
		fa: `## اصلاً چرا بپرسیم

مشتری‌ها به‌ندرت همهٔ چیزهای مهم را می‌گویند. خرابی را شرح می‌دهند، اما دلیل اینکه ماجرا این‌قدر برایشان سنگین است اغلب ناگفته می‌ماند. پرسش‌های خوب همین را بیرون می‌کشند و نشان می‌دهند که به خود آدم اهمیت می‌دهید، نه فقط به شمارهٔ درخواست.

## کندوکاو ضعیف و قوی

- **ضعیف:** سؤالی کلی که می‌شود از هر کسی پرسید: «چه اتفاقی افتاد؟»، «امر دیگری هست؟»
- **قوی:** سؤالی مشخص دربارهٔ احساس یا تجربهٔ خود همین مشتری، بر پایهٔ چیزی که همین الان گفته.

> ضعیف: «می‌شود بیشتر توضیح بدهید؟»
> قوی: «گفتید قیمت جدید برایتان شوک بود. نگران شده‌اید که این ماه از پس بقیهٔ قبض‌ها برنیایید؟»

## اول باز، بعد محدود

1. **باز شروع کنید** تا ماجرا را به روش خودش بگوید: «این مشکل در خانه چه تأثیری روی شما گذاشته؟»
2. **بعد محدودش کنید** تا جزئیات لازم را بسنجید: «این قبل از آمدن تکنسین بود یا بعدش؟»
3. **وقتی جمع‌بندی کنید** که هم واقعیت‌ها را دارید و هم چیزی را که برای او مهم است.

## عادت‌های خوب

- **هر بار یک سؤال.** سه سؤال پشت سر هم فقط یک جواب می‌گیرد، آن هم معمولاً برای ساده‌ترینشان.
- **دلیل سؤال را بگویید،** وقتی ممکن است فضولی به نظر برسد: «این را می‌پرسم تا بتوانم کمک مناسبی پیدا کنم.»
- **مکث کنید.** بعد از سؤال صبر کنید. چند ثانیه سکوت اغلب مهم‌ترین جمله را به زبان می‌آورد.
- **ردّ واژهٔ احساسی را بگیرید.** اگر گفت «خجالت‌آور بود»، همان را بپرسید: «از چه نظر خجالت‌آور؟ برای کس دیگری هم دردسر شد؟»

## حواستان باشد

- **بازجویی:** ردیفی از سؤال‌های بله‌ونه حس پر کردن فرم می‌دهد، نه گفتگو.
- **«چرا»هایی که بوی سرزنش می‌دهند:** «چرا زودتر زنگ نزدید؟» به‌جایش بپرسید: «چه چیزی تماس گرفتن با ما را سخت کرده بود؟»
- **پرسیدن و استفاده نکردن از جواب.** اگر گفت تاریخ برایش مهم است، آن تاریخ باید در راه‌حل شما دیده شود.`,
		ar: `## لماذا نسأل أصلًا

نادرًا ما يخبرك العميل بكل ما يهمّ. يصف العطل، أما سبب ثقله عليه فيبقى غالبًا غير مُعلن. الأسئلة الجيدة تُخرج ذلك إلى السطح، وتُظهر أنك تهتم بالإنسان لا بالتذكرة فقط.

## الاستكشاف الضعيف والقوي

- **ضعيف:** سؤال عام يصلح لأي شخص: «ماذا حدث؟»، «هل من شيء آخر؟»
- **قوي:** سؤال محدد عن مشاعر هذا العميل بعينه أو تجربته، مبنيّ على ما قاله للتو.

> ضعيف: «هل يمكنك أن تخبرني بالمزيد؟»
> قوي: «ذكرتَ أن السعر الجديد كان صدمة لك. هل صرت قلقًا من ألّا تتمكن من تغطية بقية الفواتير هذا الشهر؟»

## افتح ثم ضيّق

1. **ابدأ بسؤال مفتوح** ليروي القصة بطريقته: «كيف أثّر هذا الأمر عليكم في البيت؟»
2. **ثم ضيّق** لتتحقق من التفاصيل التي تحتاجها: «هل كان ذلك قبل زيارة الفني أم بعدها؟»
3. **لا تُنهِ** إلا حين تجمع الوقائع وما يهمّ العميل معًا.

## عادات جيدة

- **سؤال واحد في كل مرة.** ثلاثة أسئلة في نَفَس واحد تحصل على إجابة واحدة، غالبًا عن أسهلها.
- **اشرح سبب سؤالك** حين قد يبدو تدخلًا: «أسأل لأبحث لك عن نوع المساعدة المناسب.»
- **اترك لحظة صمت.** بعد السؤال انتظر، فثوانٍ من الصمت كثيرًا ما تأتي بأهم جملة.
- **تتبّع كلمة الشعور.** إن قال «كان الموقف محرجًا» فاسأل عنه: «محرج بأي معنى؟ هل تأثّر به أحد غيرك؟»

## احذر من

- **الاستجواب:** سلسلة من أسئلة «نعم أو لا» تشبه تعبئة استمارة لا محادثة.
- **أسئلة «لماذا» التي توحي باللوم:** «لماذا لم تتصل قبل ذلك؟» جرّب: «ما الذي صعّب عليك الوصول إلينا؟»
- **أن تسأل ثم لا تستخدم الجواب.** إن أخبرك أن الموعد مهم، فيجب أن يظهر الموعد في حلّك.`,
		pl: `## Po co w ogóle pytać

Klienci rzadko mówią wszystko, co ważne. Opisują usterkę, a powód, dla którego tak bardzo im ona doskwiera, często zostaje niewypowiedziany. Dobre pytania go wydobywają i pokazują, że zależy ci na człowieku, a nie tylko na zgłoszeniu.

## Dopytywanie słabe i mocne

- **Słabe:** ogólne pytanie, które można zadać każdemu: „Co się stało?”, „Coś jeszcze?”
- **Mocne:** konkretne pytanie o uczucia lub doświadczenie *tego* klienta, oparte na tym, co przed chwilą powiedział.

> Słabo: „Może Pan powiedzieć coś więcej?”
> Mocno: „Wspomniał Pan, że nowa cena była szokiem. Czy martwi się Pan, że w tym miesiącu trudno będzie opłacić pozostałe rachunki?”

## Najpierw szeroko, potem wąsko

1. **Zacznij od pytania otwartego,** żeby klient opowiedział po swojemu: „Jak to wpływa na Państwa codzienność w domu?”
2. **Potem zawężaj,** żeby sprawdzić potrzebne szczegóły: „Czy to było przed wizytą technika, czy po niej?”
3. **Zamykaj dopiero wtedy,** gdy znasz i fakty, i to, co dla klienta jest ważne.

## Dobre nawyki

- **Jedno pytanie naraz.** Trzy pytania jednym tchem dostają jedną odpowiedź, zwykle na to najłatwiejsze.
- **Wyjaśnij, po co pytasz,** gdy pytanie może brzmieć jak wścibstwo: „Pytam, żeby znaleźć odpowiedni rodzaj pomocy”.
- **Zrób pauzę.** Po pytaniu poczekaj. Kilka sekund ciszy często przynosi najważniejsze zdanie.
- **Idź za słowem opisującym uczucie.** Jeśli klientka mówi „to było krępujące”, dopytaj: „Krępujące w jakim sensie? Czy dotknęło to kogoś jeszcze?”

## Uważaj na

- **Przesłuchanie:** seria zamkniętych pytań „tak czy nie” przypomina wypełnianie formularza, a nie rozmowę.
- **Pytania „dlaczego”, które brzmią jak zarzut:** „Dlaczego nie zadzwonił Pan wcześniej?” Lepiej: „Co utrudniło Panu kontakt z nami?”
- **Pytanie bez wykorzystania odpowiedzi.** Jeśli klient mówi, że liczy się data, ta data musi pojawić się w twoim rozwiązaniu.`,
		zh: `## 为什么要提问

客户很少会把所有重要的事都说出来。他们描述故障，而这件事为什么让他们这么难受，往往没说出口。好的提问能把这些引出来，也能让客户感到你关心的是人，而不只是工单。

## 弱探询与强探询

- **弱：** 对谁都能问的笼统问题：“发生了什么？”“还有别的吗？”
- **强：** 基于客户刚才所说的内容，具体问这位客户自己的感受或经历。

> 弱：“您能再多说一点吗？”
> 强：“您刚才说新价格让您吓了一跳。这是不是让您担心这个月其他账单会不够付？”

## 先开放，再收窄

1. **先用开放式问题，** 让客户按自己的方式讲：“这件事对您家里的生活有什么影响？”
2. **再逐步收窄，** 核实你需要的细节：“那是在师傅上门之前还是之后？”
3. **等事实和客户在意的东西都清楚了，** 再收尾。

## 好的提问习惯

- **一次只问一个问题。** 一口气问三个，只会得到一个回答，而且通常是最容易的那个。
- **说明提问的原因，** 以免显得冒昧：“我问这个，是想帮您找到合适的帮助。”
- **留出停顿。** 问完之后等一等，几秒钟的沉默常常会带出最重要的那句话。
- **顺着情绪词追问。** 客户说“太丢人了”，就问下去：“是哪方面让您觉得难堪？有没有影响到别人？”

## 需要注意

- **审问式提问：** 一连串“是不是”的封闭问题，像在填表，而不是在交谈。
- **带责怪意味的“为什么”：** “您为什么不早点打电话？”不如问：“之前是什么让您很难联系到我们？”
- **问了却不用答案。** 客户说日期很重要，你的解决方案里就必须体现这个日期。`
	}
};
