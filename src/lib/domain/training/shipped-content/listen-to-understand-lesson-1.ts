// Module "Listen to understand", lesson 1: paraphrasing, from parroting to a paraphrase that
// carries the inferred experience (EPITOME interpretation).
import type { ShippedLesson } from './types';

export const paraphraseLesson: ShippedLesson = {
	key: 'listen_to_understand.paraphrase',
	title: {
		en: 'Paraphrase: give their story back in your own words',
		fa: 'بازگویی: ماجرای مشتری را با کلمات خودتان به او برگردانید',
		ar: 'إعادة الصياغة: أعِد قصة العميل إليه بكلماتك',
		pl: 'Parafraza: oddaj klientowi jego historię własnymi słowami',
		zh: '复述：用自己的话把客户的经历讲给他听'
	},
	body: {
		en: `## What paraphrasing is for

A paraphrase is a short summary of what the customer told you, in your own words, including what it means for them. It does three jobs at once: it proves you listened, it catches misunderstandings before you act on them, and it often calms the conversation, because people stop repeating themselves once they feel heard.

## Parroting, summarising, paraphrasing

- **Parroting** repeats their words back: "Your router keeps dropping." It sounds mechanical.
- **A neutral summary** gets the facts right but leaves the person out: "So the connection drops several times a day."
- **A strong paraphrase** adds the experience or feeling you infer:

> "So the connection drops several times a day, mostly in the evening, and it keeps cutting off your daughter's online lessons. That sounds really stressful for you both."

## When to paraphrase

1. **After the customer's first long explanation,** before you open any tool.
2. **Before you propose a solution,** so the solution fits the real problem.
3. **When the conversation loops.** A customer who repeats the same point is telling you they don't feel heard yet.

## How to keep it good

- **Keep it shorter than what they said.** Two sentences, not a speech.
- **Use their key words.** If they said "sick of it", don't turn it into "slightly dissatisfied".
- **Put the impact in.** Facts plus what it costs them: time, money, sleep, face.
- **Hand it back as a question** when you are unsure: "Is that right?"

## Examples

> Weak: "OK, so the problem is with your router."
> Strong: "Let me check I've got this: it has dropped every evening since Monday, you've already restarted it twice as we asked, and you're worried about your daughter's exam on Friday. Is that right?"`,
		fa: `## بازگویی به چه کاری می‌آید

بازگویی خلاصه‌ای کوتاه از حرف‌های مشتری است، با کلمات خودتان، همراه با معنایی که این ماجرا برای او دارد. سه کار را با هم انجام می‌دهد: ثابت می‌کند گوش داده‌اید، سوءتفاهم‌ها را پیش از اقدام آشکار می‌کند و اغلب فضای گفتگو را آرام می‌کند، چون آدم‌ها وقتی حس کنند شنیده شده‌اند، دیگر حرفشان را تکرار نمی‌کنند.

## تکرار طوطی‌وار، خلاصه، بازگویی

- **تکرار طوطی‌وار** همان کلمات مشتری را برمی‌گرداند: «مودمتان مدام قطع می‌شود.» ماشینی به نظر می‌رسد.
- **خلاصهٔ خنثی** واقعیت‌ها را درست می‌گوید ولی خود آدم را جا می‌اندازد: «پس اتصال چند بار در روز قطع می‌شود.»
- **بازگویی قوی** تجربه یا احساسی را که برداشت کرده‌اید هم اضافه می‌کند:

> «پس اتصال چند بار در روز قطع می‌شود، بیشتر هم عصرها، و کلاس‌های آنلاین دخترتان مدام نیمه‌کاره می‌ماند. حتماً برای هر دوی شما خیلی اعصاب‌خردکن است.»

## کی بازگویی کنیم

1. **بعد از اولین توضیح طولانی مشتری،** پیش از اینکه سراغ هیچ سامانه‌ای بروید.
2. **پیش از پیشنهاد راه‌حل،** تا راه‌حل با مشکل واقعی جور دربیاید.
3. **وقتی گفتگو دور خودش می‌چرخد.** مشتری‌ای که یک حرف را تکرار می‌کند دارد می‌گوید هنوز حس نمی‌کند شنیده شده.

## چطور خوب از آب دربیاید

- **کوتاه‌تر از حرف خود او باشد.** دو جمله، نه یک سخنرانی.
- **از واژه‌های کلیدی خودش استفاده کنید.** اگر گفت «جانم به لبم رسیده»، آن را به «کمی ناراضی هستید» تبدیل نکنید.
- **اثر ماجرا را هم بگویید.** واقعیت‌ها به‌اضافهٔ هزینه‌ای که برایش داشته: وقت، پول، خواب، آبرو.
- **اگر مطمئن نیستید، آن را به شکل سؤال برگردانید:** «درست است؟»

## نمونه‌ها

> ضعیف: «خب، پس مشکل از مودم شماست.»
> قوی: «بگذارید ببینم درست فهمیده‌ام: از دوشنبه هر عصر قطع شده، دو بار هم همان‌طور که خواسته بودیم مودم را خاموش و روشن کرده‌اید و نگران امتحان شنبهٔ دخترتان هستید. درست است؟»`,
		ar: `## ما فائدة إعادة الصياغة

إعادة الصياغة ملخّص قصير لما قاله العميل، بكلماتك أنت، يتضمن ما يعنيه الأمر بالنسبة إليه. وهي تؤدي ثلاث مهام معًا: تثبت أنك أصغيت، وتكشف سوء الفهم قبل أن تتصرف بناءً عليه، وغالبًا ما تهدّئ الحديث، لأن الناس يتوقفون عن التكرار حين يشعرون بأنهم مسموعون.

## الترديد والتلخيص وإعادة الصياغة

- **الترديد** يعيد كلمات العميل كما هي: «الراوتر عندك ينقطع باستمرار.» ويبدو آليًا.
- **التلخيص المحايد** يصيب الوقائع لكنه يُغفل الإنسان: «إذن الاتصال ينقطع عدة مرات في اليوم.»
- **إعادة الصياغة القوية** تضيف التجربة أو الشعور الذي استنتجته:

> «إذن الاتصال ينقطع عدة مرات في اليوم، غالبًا في المساء، ويقطع على ابنتك دروسها عبر الإنترنت. لا بد أن هذا مرهق لكما معًا.»

## متى تعيد الصياغة

1. **بعد أول شرح طويل من العميل،** وقبل أن تفتح أي نظام.
2. **قبل أن تقترح حلًا،** حتى يناسب الحلُّ المشكلةَ الحقيقية.
3. **حين يدور الحديث في حلقة.** فالعميل الذي يكرر النقطة نفسها يخبرك بأنه لم يشعر بعد بأنه مسموع.

## كيف تحافظ على جودتها

- **اجعلها أقصر مما قاله.** جملتان، لا خطبة.
- **استخدم كلماته المفتاحية.** إن قال «طفح الكيل» فلا تحوّلها إلى «غير راضٍ قليلًا».
- **أضف الأثر.** الوقائع مع ما كلّفته: الوقت، المال، النوم، الإحراج.
- **أعدها في صيغة سؤال** حين لا تكون متأكدًا: «هل هذا صحيح؟»

## أمثلة

> ضعيف: «حسنًا، المشكلة إذن في الراوتر.»
> قوي: «دعني أتأكد أنني فهمت: الاتصال ينقطع كل مساء منذ الاثنين، وقد أعدت تشغيل الراوتر مرتين كما طلبنا، وأنت قلق بشأن امتحان ابنتك يوم الخميس. هل هذا صحيح؟»`,
		pl: `## Po co parafrazować

Parafraza to krótkie podsumowanie tego, co powiedział klient, własnymi słowami, razem z tym, co ta sytuacja dla niego znaczy. Załatwia trzy rzeczy naraz: dowodzi, że słuchasz, wyłapuje nieporozumienia, zanim zaczniesz działać, i często uspokaja rozmowę, bo ludzie przestają się powtarzać, gdy czują się wysłuchani.

## Papugowanie, streszczenie, parafraza

- **Papugowanie** powtarza słowa klienta: „Router ciągle się rozłącza”. Brzmi mechanicznie.
- **Neutralne streszczenie** oddaje fakty, ale pomija człowieka: „Czyli połączenie zrywa się kilka razy dziennie”.
- **Mocna parafraza** dodaje doświadczenie lub uczucie, które wnioskujesz:

> „Czyli połączenie zrywa się kilka razy dziennie, najczęściej wieczorem, i przerywa córce lekcje online. To musi być bardzo męczące i dla Pani, i dla córki.”

## Kiedy parafrazować

1. **Po pierwszej dłuższej wypowiedzi klienta,** zanim otworzysz jakikolwiek system.
2. **Zanim zaproponujesz rozwiązanie,** żeby trafiało w prawdziwy problem.
3. **Gdy rozmowa krąży w kółko.** Klient, który powtarza to samo, mówi ci, że wciąż nie czuje się wysłuchany.

## Jak zrobić to dobrze

- **Krócej niż klient.** Dwa zdania, nie przemówienie.
- **Używaj jego kluczowych słów.** Jeśli powiedział „mam tego serdecznie dość”, nie zamieniaj tego na „jest Pan nieco niezadowolony”.
- **Dodaj skutki.** Fakty plus to, ile go to kosztuje: czas, pieniądze, sen, nerwy.
- **Oddaj parafrazę jako pytanie,** gdy nie masz pewności: „Czy dobrze rozumiem?”

## Przykłady

> Słabo: „Dobrze, czyli problem jest z routerem.”
> Mocno: „Upewnię się, że dobrze rozumiem: od poniedziałku internet zrywa się co wieczór, zgodnie z naszą prośbą dwa razy zrestartowała Pani router i martwi się Pani o piątkowy egzamin córki. Czy tak?”`,
		zh: `## 复述有什么用

复述就是用自己的话，简短地总结客户刚才说的内容，并点出这件事对他意味着什么。它一次完成三件事：证明你在听；在行动之前发现误解；而且常常能让对话平静下来，因为人一旦觉得被听见了，就不会再反复说同一件事。

## 鹦鹉学舌、概括、复述

- **鹦鹉学舌** 是照搬客户的原话：“您的路由器老是掉线。”听起来很机械。
- **中性概括** 事实都对，却把人漏掉了：“也就是说，网络一天会断好几次。”
- **强复述** 会加上你推断出的经历或感受：

> “也就是说，网络一天断好几次，大多在晚上，把您女儿的网课都打断了。这对你们俩来说一定很闹心。”

## 什么时候复述

1. **客户第一次长篇说明之后，** 在你打开任何系统之前。
2. **提出解决方案之前，** 确保方案对准真正的问题。
3. **对话开始兜圈子时。** 客户反复说同一点，说明他还没觉得被听见。

## 怎样复述得好

- **比客户说得短。** 两句话就够，不要长篇大论。
- **用客户的关键词。** 他说“我真是受够了”，就别改成“您有点不满意”。
- **把影响说出来。** 事实加上代价：时间、金钱、睡眠、面子。
- **没把握时，用提问的方式交还给客户：** “是这样吗？”

## 示例

> 弱：“好的，那就是路由器的问题。”
> 强：“我确认一下是不是理解对了：从周一开始每天晚上都断网，您已经按我们说的重启过两次路由器，而且您担心女儿周五的考试。是这样吗？”`
	}
};
