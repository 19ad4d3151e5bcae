// Module "Hear the feeling", practice scenarios 1–2: billing error, late delivery.
// Amounts, days and currencies are localized per language on purpose (a Polish customer pays in
// złoty; an Iranian family party is on Thursday evening).
import type { ShippedScenario } from './types';

export const chargedTwiceScenario: ShippedScenario = {
	key: 'hear_the_feeling.billing_error',
	situation: 'billing_error',
	title: {
		en: 'Charged twice before rent day',
		fa: 'دو برداشت، چند روز مانده به اجاره',
		ar: 'خصم مزدوج قبل موعد الإيجار',
		pl: 'Podwójna opłata tuż przed czynszem',
		zh: '交房租前被重复扣费'
	},
	customerMessage: {
		en: "Hi, I've just checked my bank app and you've taken my phone bill twice this month: £48.50 on the 1st and again on the 3rd. Rent comes out on Friday and now I'm nearly £50 short. I didn't do anything different, I've paid by direct debit for years. I honestly feel sick looking at my balance. Can someone please tell me what's going on and how fast I get it back?",
		fa: 'سلام. همین الان اپ بانکم را نگاه کردم و دیدم قبض موبایلم را این ماه دو بار از حسابم برداشته‌اید: ۴۸۵ هزار تومان روز اول ماه و دوباره همان مبلغ روز سوم. جمعه باید اجاره را بدهم و حالا نزدیک پانصد هزار تومان کم دارم. من کار متفاوتی نکرده‌ام، سال‌هاست پرداختم خودکار است. راستش وقتی موجودی‌ام را می‌بینم حالم بد می‌شود. لطفاً یکی به من بگوید چه خبر شده و کی پولم برمی‌گردد.',
		ar: 'مرحبًا، فتحت تطبيق البنك الآن ووجدت أنكم خصمتم فاتورة هاتفي مرتين هذا الشهر: ١٩٠ ريالًا في اليوم الأول، ثم المبلغ نفسه في اليوم الثالث. موعد الإيجار يوم الخميس، وصار ينقصني الآن ١٩٠ ريالًا. لم أغيّر شيئًا، فأنا أدفع بالخصم التلقائي منذ سنوات. بصراحة أشعر بالغثيان كلما نظرت إلى رصيدي. هل يمكن أن يشرح لي أحد ما الذي يحدث، ومتى سيعود المال؟',
		pl: 'Dzień dobry, właśnie sprawdziłam aplikację banku i widzę, że w tym miesiącu pobrali Państwo opłatę za telefon dwa razy: 89,99 zł pierwszego i jeszcze raz trzeciego. W piątek schodzi mi czynsz i teraz brakuje mi prawie 90 zł. Niczego nie zmieniałam, od lat płacę poleceniem zapłaty. Szczerze mówiąc, robi mi się słabo, jak patrzę na saldo. Czy ktoś może mi wyjaśnić, co się dzieje i kiedy dostanę te pieniądze z powrotem?',
		zh: '你好，我刚看了手机银行，发现你们这个月扣了我两次话费：1号扣了128元，3号又扣了一次。周五要交房租，现在我差了一百多块。我什么都没改过，自动扣费用了好几年了。说实话，一看余额我就心慌。能不能有人告诉我到底怎么回事，钱什么时候能退回来？'
	},
	skills: ['emotional_reaction', 'interpretation', 'next_steps'],
	modelReply: {
		en: "I'm really sorry. Seeing your balance drop like that days before rent would make anyone feel sick. So you've been charged £48.50 twice, on the 1st and the 3rd, and now you're worried about Friday. I can see the second payment: it was our error, not anything you did. I've raised a refund for the full £48.50 just now; it usually reaches your account within 3 working days. If it hasn't arrived by Thursday, reply here and I'll escalate it the same day.",
		fa: 'واقعاً متأسفم؛ اینکه چند روز مانده به اجاره ببینید موجودی‌تان این‌طور کم شده، حال هر کسی را بد می‌کند. پس دو بار ۴۸۵ هزار تومان، روز اول و روز سوم، از حسابتان برداشت شده و حالا نگران پرداخت جمعه هستید. برداشت دوم را می‌بینم: اشتباه از طرف ما بوده، نه از کاری که شما کرده‌اید. همین الان درخواست بازگشت کل مبلغ را ثبت کردم؛ معمولاً ظرف ۳ روز کاری به حسابتان برمی‌گردد. اگر تا پنجشنبه نرسید، همین‌جا پیام بدهید تا همان روز پیگیری فوری کنم.',
		ar: 'أنا آسف حقًا، فرؤية رصيدك ينخفض هكذا قبل أيام من موعد الإيجار تقلق أي شخص. يعني أن ١٩٠ ريالًا خُصمت منك مرتين، في الأول والثالث من الشهر، وأنت الآن قلق بشأن يوم الخميس. أرى الخصم الثاني أمامي: إنه خطأ من جهتنا وليس بسبب أي شيء فعلته أنت. سجّلت الآن طلب استرداد المبلغ كاملًا، ويصل عادةً خلال ٣ أيام عمل. وإذا لم يصل قبل يوم الأربعاء، راسلني هنا وسأصعّد الطلب في اليوم نفسه.',
		pl: 'Bardzo mi przykro. Widok tak uszczuplonego salda kilka dni przed czynszem każdego wytrąciłby z równowagi. Czyli pobraliśmy od Pani 89,99 zł dwa razy, pierwszego i trzeciego, i teraz martwi się Pani o piątek. Widzę tę drugą płatność: to błąd po naszej stronie, a nie skutek czegokolwiek, co Pani zrobiła. Zwrot pełnej kwoty jest już zlecony; zwykle trafia na konto w ciągu 3 dni roboczych. Jeśli do czwartku pieniądze nie wrócą, proszę napisać tutaj, a jeszcze tego samego dnia przekażę sprawę do pilnej realizacji.',
		zh: '真的很抱歉，眼看就要交房租了，余额却突然少了一截，换谁都会心慌。也就是说，1号和3号各扣了您128元，您现在担心周五的房租。第二笔扣款我这边看到了：是我们这边的错误，跟您的操作没有任何关系。我已经为您提交了128元的全额退款，一般3个工作日内到账。如果周四还没收到，您直接在这里留言，我当天就帮您加急处理。'
	},
	hints: {
		en: 'Before you explain the cause, name how the double charge feels and connect it to the rent on Friday. Then say when the money will be back.',
		fa: 'پیش از توضیح علت، بگویید این برداشت دوباره چه حسی دارد و آن را به اجارهٔ جمعه ربط بدهید. بعد بگویید پول کی برمی‌گردد.',
		ar: 'قبل أن تشرح السبب، سمِّ أثر الخصم المزدوج على العميل واربطه بموعد الإيجار. ثم قل متى سيعود المال.',
		pl: 'Zanim wyjaśnisz przyczynę, nazwij, jak klientka przeżywa podwójne obciążenie, i połącz to z piątkowym czynszem. Potem powiedz, kiedy pieniądze wrócą.',
		zh: '先说出重复扣款给客户带来的感受，并把它和周五的房租联系起来，再解释原因，最后说清楚钱什么时候退回。'
	}
};

export const birthdayParcelScenario: ShippedScenario = {
	key: 'hear_the_feeling.late_delivery',
	situation: 'late_delivery',
	title: {
		en: 'A birthday present stuck in transit',
		fa: 'هدیهٔ تولدی که در راه مانده',
		ar: 'هدية عيد ميلاد عالقة في الطريق',
		pl: 'Prezent urodzinowy utknął w drodze',
		zh: '卡在路上的生日礼物'
	},
	customerMessage: {
		en: "I ordered a scooter for my son's seventh birthday two weeks ago. The tracking has said 'out for delivery' since Tuesday and nothing's come. His party is on Saturday. I took this afternoon off work to wait in and I've just had a text saying it's delayed again. I've told him he's getting something special and now I've got nothing. What am I supposed to tell him?",
		fa: 'دو هفته پیش یک اسکوتر برای تولد هفت‌سالگی پسرم سفارش دادم. از سه‌شنبه وضعیت مرسوله «در حال تحویل» است و هنوز هیچ خبری نیست. جشنش پنجشنبه است. امروز بعدازظهر از سر کار مرخصی گرفتم که خانه باشم و همین الان پیامک آمده که دوباره تأخیر خورده. به بچه گفته‌ام یک هدیهٔ ویژه در راه است و حالا دستم خالی است. به او چه بگویم؟',
		ar: 'طلبت سكوترًا لعيد ميلاد ابني السابع قبل أسبوعين. حالة الشحنة «قيد التوصيل» منذ يوم الثلاثاء ولم يصل شيء. حفلته يوم السبت. أخذت إجازة بعد ظهر اليوم لأنتظره في البيت، والآن وصلتني رسالة بأن التوصيل تأخر مرة أخرى. قلت له إن هدية مميزة في الطريق إليه، والآن ليس بين يدي شيء. ماذا أقول له؟',
		pl: 'Dwa tygodnie temu zamówiłam hulajnogę na siódme urodziny syna. Od wtorku w śledzeniu przesyłki widnieje „w doręczeniu” i nic nie przyszło. Przyjęcie jest w sobotę. Wzięłam dziś wolne po południu, żeby czekać w domu, a przed chwilą dostałam SMS-a, że dostawa znowu jest opóźniona. Powiedziałam mu, że dostanie coś wyjątkowego, a teraz nie mam nic. Co ja mam mu powiedzieć?',
		zh: '两周前我给儿子订了一辆滑板车，当他七岁的生日礼物。物流从周二起就一直显示“派送中”，到现在什么都没收到。他的生日派对在周六。我今天下午特意请了假在家等，结果刚刚又收到短信说要延迟。我都跟孩子说了会有一份特别的礼物，现在却什么都没有。你让我怎么跟他说？'
	},
	skills: ['emotional_reaction', 'interpretation', 'exploration'],
	modelReply: {
		en: "Oh no, I'm so sorry. You took the afternoon off to wait in, and then another delay text, with the party on Saturday. That's a horrible feeling, especially when you've already told him he's getting something special. Let me find out where the scooter actually is right now. While I look: would it still work if it arrived on Saturday morning, or do you need it by Friday to wrap it? And is there a collection point near you that you could get to, if that turns out to be faster?",
		fa: 'وای، خیلی متأسفم. بعدازظهر مرخصی گرفته‌اید که منتظر بمانید و حالا باز پیامک تأخیر، آن هم با جشنی که پنجشنبه است؛ حس خیلی بدی است، مخصوصاً وقتی به پسرتان قول یک هدیهٔ ویژه داده‌اید. اجازه بدهید ببینم اسکوتر همین الان دقیقاً کجاست. تا بررسی می‌کنم، بفرمایید: اگر صبح پنجشنبه برسد هنوز به کارتان می‌آید، یا لازم است تا چهارشنبه دستتان باشد که کادوپیچش کنید؟ و اگر نزدیک شما باجهٔ تحویلی باشد که سریع‌تر باشد، امکانش هست خودتان سر بزنید؟',
		ar: 'يا للأسف، أنا آسف جدًا. أخذت إجازة بعد الظهر لتنتظر، ثم رسالة تأخير جديدة والحفلة يوم السبت؛ هذا شعور مزعج جدًا، خصوصًا بعد أن وعدته بهدية مميزة. دعني أعرف أين السكوتر الآن بالضبط. وبينما أبحث: هل يناسبك أن يصل صباح السبت، أم تحتاجه قبل ذلك لتغلّفه؟ وهل هناك نقطة استلام قريبة منك يمكنك الذهاب إليها إن كان ذلك أسرع؟',
		pl: 'Och, tak mi przykro. Wzięła Pani wolne, żeby czekać w domu, a tu kolejny SMS o opóźnieniu, i to przy przyjęciu w sobotę. To okropne uczucie, zwłaszcza gdy syn już czeka na coś wyjątkowego. Sprawdzę, gdzie dokładnie jest teraz hulajnoga. A w międzyczasie: czy dostawa w sobotę rano jeszcze Pani odpowiada, czy potrzebuje jej Pani najpóźniej w piątek, żeby zdążyć ją zapakować? I czy w pobliżu jest punkt odbioru, do którego mogłaby Pani podjechać, jeśli to okaże się szybsze?',
		zh: '哎呀，真的太抱歉了。您特意请了半天假在家等，结果又收到延迟短信，派对就在周六，而且已经答应了孩子有特别的礼物，这种感觉一定特别难受。我马上查一下滑板车现在到底在哪里。趁我查的时候想问您：周六上午送到还来得及吗，还是需要周五前拿到好包装一下？如果您家附近有自提点、自取会更快的话，您方便过去拿吗？'
	},
	hints: {
		en: "Acknowledge the afternoon off and the promise to the child, not just the delay. Then ask specific questions about what would still save Saturday.",
		fa: 'فقط به تأخیر اشاره نکنید؛ مرخصی‌ای که گرفته و قولی که به بچه داده را هم ببینید. بعد سؤال‌های مشخص بپرسید که چه چیزی هنوز می‌تواند جشن پنجشنبه را نجات بدهد.',
		ar: 'لا تكتفِ بذكر التأخير؛ اعترف بالإجازة التي أخذها العميل وبالوعد الذي قطعه لطفله. ثم اسأل أسئلة محددة عمّا يمكن أن ينقذ يوم السبت.',
		pl: 'Nie odnoś się tylko do opóźnienia: zauważ wzięte wolne i obietnicę złożoną dziecku. Potem zadaj konkretne pytania o to, co jeszcze może uratować sobotę.',
		zh: '不要只回应“延迟”本身，还要回应客户请的假和对孩子的承诺；然后具体问一问，怎样还能赶上周六。'
	}
};
