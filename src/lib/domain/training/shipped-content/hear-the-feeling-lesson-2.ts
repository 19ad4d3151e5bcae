// Module "Hear the feeling", lesson 2: interpretation (EPITOME), generic "I understand" against
// naming the inferred feeling or experience.
import type { ShippedLesson } from './types';

export const showYouUnderstoodLesson: ShippedLesson = {
	key: 'hear_the_feeling.show_you_understood',
	title: {
		en: 'Show you understood: name what they are going through',
		fa: 'نشان بدهید که فهمیده‌اید: آنچه را تجربه می‌کند نام ببرید',
		ar: 'أظهِر أنك فهمت: سمِّ ما يمرّ به العميل',
		pl: 'Pokaż, że rozumiesz: nazwij to, czego doświadcza klient',
		zh: '让客户知道你听懂了：说出他正在经历什么'
	},
	body: {
		en: `## "I understand" is not enough

"I understand" is the most common phrase in contact centers and one of the weakest. It claims understanding without showing any. Customers often hear it as "please stop talking".

## Weak and strong interpretation

- **Weak:** a generic acknowledgement: "I understand", "I hear you", "That makes sense."
- **Weak:** repeating the facts with no sign of what they mean to the person: "I can see two payments on the 3rd."
- **Strong:** you name, in your own words, the feeling or experience you infer from what they said.

> "So you've been charged twice, and now you're worried there won't be enough left for your rent."

## A simple pattern

**"So [what happened], and now [how it affects you / how you feel]."**

- "So this is the third time you've had to explain this, and you're fed up with starting from zero."
- "So the parcel was meant to be a birthday present, and now you're worried you'll have nothing to give on Saturday."

## Check, don't assume

An interpretation is a guess. Offer it lightly and let the customer correct you: "Have I got that right?" If they say "No, it's more that…", you have not failed; you have just learned the real issue. Thank them and use their words from then on.

## Where it goes wrong

- **Telling people how they feel:** "You're obviously very angry." Prefer "It sounds like…" or "I imagine…".
- **Exaggerating:** calling mild annoyance "devastating" sounds sarcastic.
- **Making it about you:** a short shared experience can help ("the same happened with my own bank"), but keep it to one sentence, then go back to them.

> Weak: "I understand, sir. Let me check."
> Strong: "It sounds like money has left your account and nobody has explained why — that's a worrying place to be. Let me check."`,
		fa: `## «متوجه‌ام» کافی نیست

«متوجه‌ام» یا «درک می‌کنم» پرکاربردترین جمله در مراکز تماس است و یکی از کم‌اثرترین‌ها. ادعای فهمیدن می‌کند، بی‌آنکه نشانی از فهمیدن بدهد. مشتری‌ها اغلب آن را این‌طور می‌شنوند: «لطفاً دیگر حرف نزنید».

## برداشت ضعیف و برداشت قوی

- **ضعیف:** تأیید کلی: «متوجه‌ام»، «می‌شنوم چه می‌گویید»، «حق دارید».
- **ضعیف:** تکرار واقعیت‌ها بدون هیچ اشاره‌ای به اینکه برای مشتری چه معنایی دارد: «بله، دو برداشت در تاریخ سوم می‌بینم».
- **قوی:** احساس یا تجربه‌ای را که از حرف‌هایش برداشت کرده‌اید، با کلمات خودتان نام می‌برید.

> «پس دو بار از حسابتان پول کم شده و حالا نگرانید که برای اجاره چیزی باقی نماند.»

## یک الگوی ساده

**«پس [چه اتفاقی افتاده]، و حالا [چه اثری روی شما گذاشته / چه حسی دارید].»**

- «پس این سومین بار است که مجبورید ماجرا را توضیح بدهید و دیگر از اینکه هر بار از صفر شروع کنید خسته شده‌اید.»
- «پس این بسته قرار بود هدیهٔ تولد باشد و حالا نگرانید که جمعه دست‌خالی بمانید.»

## بپرسید، فرض نکنید

برداشت شما یک حدس است. آن را با ملایمت مطرح کنید و بگذارید مشتری اصلاحش کند: «درست متوجه شدم؟» اگر گفت «نه، بیشتر این است که...»، شکست نخورده‌اید؛ تازه مسئلهٔ اصلی را فهمیده‌اید. تشکر کنید و از آن به بعد با کلمات خود او حرف بزنید.

## کجا اشتباه می‌شود

- **حکم‌کردن دربارهٔ احساس دیگران:** «معلوم است خیلی عصبانی هستید». بهتر است بگویید «به نظر می‌رسد...» یا «حدس می‌زنم...».
- **اغراق:** اگر دلخوری کوچکی را «فاجعه» بنامید، حرفتان طعنه‌آمیز به گوش می‌رسد.
- **حرف‌زدن از خودتان:** یک تجربهٔ مشابه کوتاه می‌تواند کمک کند («برای خود من هم با بانکم همین پیش آمد»)، ولی فقط در یک جمله؛ بعد برگردید سراغ او.

> ضعیف: «متوجه‌ام آقا. اجازه بدهید بررسی کنم.»
> قوی: «انگار پولی از حسابتان رفته و هیچ‌کس هم توضیح نداده چرا؛ این واقعاً نگران‌کننده است. اجازه بدهید بررسی کنم.»`,
		ar: `## «أفهم» لا تكفي

«أنا أفهم» من أكثر العبارات شيوعًا في مراكز الاتصال، ومن أضعفها أثرًا. فهي تدّعي الفهم دون أن تُظهره، وكثيرًا ما يسمعها العميل على أنها «أرجوك توقّف عن الكلام».

## التفسير الضعيف والتفسير القوي

- **ضعيف:** إقرار عام: «أفهم»، «أسمعك»، «معك حق».
- **ضعيف:** تكرار الوقائع دون أي إشارة إلى ما تعنيه للشخص: «أرى عمليتَي خصم بتاريخ الثالث».
- **قوي:** تسمّي بكلماتك الشعور أو التجربة التي استنتجتها من كلامه.

> «يعني أن المبلغ خُصم منك مرتين، وأنت الآن قلق ألّا يكفي ما تبقّى لدفع الإيجار.»

## نمط بسيط

**«يعني أن [ما حدث]، والآن [أثره عليك / ما تشعر به].»**

- «يعني أن هذه ثالث مرة تضطر فيها إلى شرح المشكلة، وقد سئمت من البدء من الصفر في كل مرة.»
- «يعني أن الطرد كان هدية عيد ميلاد، وأنت الآن تخشى ألّا يكون بين يديك ما تقدّمه يوم السبت.»

## تحقّق ولا تفترض

التفسير تخمين. قدّمه بلطف واترك للعميل أن يصحّحه: «هل فهمتك بشكل صحيح؟» فإن قال: «لا، الأمر أقرب إلى...» فأنت لم تفشل، بل عرفت المشكلة الحقيقية للتو. اشكره واستخدم كلماته من تلك اللحظة.

## أين يقع الخطأ

- **إملاء المشاعر على الناس:** «واضح أنك غاضب جدًا». الأفضل: «يبدو أن...» أو «أتخيّل أن...».
- **المبالغة:** وصف انزعاج بسيط بأنه «كارثة» يبدو سخرية.
- **الحديث عن نفسك:** ذكر تجربة مشابهة باختصار قد يساعد («حدث لي الشيء نفسه مع مصرفي»)، لكن في جملة واحدة ثم عُد إليه.

> ضعيف: «أفهم يا سيدي، دعني أتحقق.»
> قوي: «يبدو أن مالًا خرج من حسابك ولم يشرح لك أحد السبب، وهذا موقف مقلق فعلًا. دعني أتحقق.»`,
		pl: `## „Rozumiem” to za mało

„Rozumiem” to chyba najczęstsze słowo w contact center i jedno z najsłabszych. Deklaruje zrozumienie, ale go nie pokazuje. Klienci często słyszą w nim: „proszę już skończyć”.

## Interpretacja słaba i mocna

- **Słaba:** ogólne potwierdzenie: „Rozumiem”, „Słyszę Pana”, „To zrozumiałe”.
- **Słaba:** powtórzenie faktów bez śladu tego, co znaczą dla klienta: „Widzę dwie płatności z trzeciego”.
- **Mocna:** własnymi słowami nazywasz uczucie albo doświadczenie, które wnioskujesz z wypowiedzi klienta.

> „Czyli pobraliśmy od Pani opłatę dwa razy i teraz martwi się Pani, że nie starczy na czynsz.”

## Prosty schemat

**„Czyli [co się stało], i teraz [jak to na Pana/Panią wpływa, co Pan/Pani czuje].”**

- „Czyli dzwoni Pan w tej sprawie już trzeci raz i ma Pan dość tłumaczenia wszystkiego od początku.”
- „Czyli paczka miała być prezentem urodzinowym i teraz obawia się Pani, że w sobotę nie będzie czego wręczyć.”

## Sprawdzaj, nie zakładaj

Interpretacja to przypuszczenie. Podaj ją delikatnie i daj klientowi szansę ją poprawić: „Czy dobrze to rozumiem?”. Jeśli usłyszysz „Nie, chodzi bardziej o to, że…”, to nie porażka: właśnie poznajesz prawdziwy problem. Podziękuj i od tej chwili używaj słów klienta.

## Gdzie łatwo o błąd

- **Mówienie ludziom, co czują:** „Widać, że jest Pan bardzo zły”. Lepiej: „Wygląda na to, że…” albo „Domyślam się, że…”.
- **Przesada:** nazwanie lekkiej irytacji „tragedią” brzmi ironicznie.
- **Mówienie o sobie:** krótkie wspomnienie podobnej sytuacji może pomóc („Mnie w banku spotkało to samo”), ale jedno zdanie i wracasz do klienta.

> Słabo: „Rozumiem, proszę Pana. Sprawdzę to.”
> Mocno: „Wygląda na to, że z konta zniknęły Panu pieniądze i nikt nie wyjaśnił dlaczego. To naprawdę niepokojące. Już to sprawdzam.”`,
		zh: `## 光说“我理解”是不够的

“我理解”大概是客服中心最常说的一句话，也是最没分量的一句。它声称理解，却没有表现出任何理解。客户常常把它听成“您别再说了”。

## 弱解读与强解读

- **弱：** 笼统的认可：“我理解”“我明白”“您说得有道理”。
- **弱：** 只复述事实，不提这件事对客户意味着什么：“我看到3号有两笔扣款。”
- **强：** 用自己的话说出你从客户话里推断出的感受或经历。

> “也就是说，您被重复扣了两次款，现在担心剩下的钱不够交房租。”

## 一个简单句式

**“也就是说，[发生了什么]，所以现在[对您的影响／您的感受]。”**

- “也就是说，这已经是您第三次来解释这件事了，每次都要从头说起，您肯定已经很烦了。”
- “也就是说，这个包裹本来是生日礼物，现在您担心周六拿不出礼物来。”

## 先确认，别想当然

解读只是一种猜测。轻轻地提出来，让客户有机会纠正你：“我理解得对吗？”如果客户说“不是，主要是……”，这不是失败，你正好弄清了真正的问题。说声谢谢，之后就用客户自己的说法。

## 常见的误区

- **替别人下结论：** “您显然非常生气。”更好的说法是“听起来……”或“我能想象……”。
- **夸大：** 把一点小不快说成“太糟糕了”，听起来像在讽刺。
- **把话题转到自己身上：** 简短提一句类似经历可能有帮助（“我自己的银行卡也遇到过”），但一句就够，然后回到客户身上。

> 弱：“我理解，先生，我帮您查一下。”
> 强：“听起来钱从您账户里扣走了，却没有人跟您解释原因，这确实让人不踏实。我马上帮您查。”`
	}
};
