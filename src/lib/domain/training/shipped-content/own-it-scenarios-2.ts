// Module "Own it", practice scenarios 3–4: cancellation, late delivery (a missed installation).
import type { ShippedScenario } from './types';

export const cancellationScenario: ShippedScenario = {
	key: 'own_it.cancellation',
	situation: 'cancellation',
	title: {
		en: 'Cancelling after three outages',
		fa: 'لغو قرارداد بعد از سه بار قطعی',
		ar: 'إلغاء الاشتراك بعد ثلاثة انقطاعات',
		pl: 'Rezygnacja po trzech awariach',
		zh: '三次断网后要求销户'
	},
	customerMessage: {
		en: "I want to cancel my contract. I've had three outages in two months, each time I've spent ages on the phone, and frankly I've had enough. Before you try to offer me a discount, I'm not interested. I just want to know what I owe, when the service stops, and whether I have to send the router back. Please don't make this difficult.",
		fa: 'می‌خواهم قراردادم را لغو کنم. در دو ماه سه بار اینترنتم قطع شده، هر بار کلی پشت تلفن معطل شده‌ام و راستش دیگر خسته شده‌ام. قبل از اینکه بخواهید تخفیف پیشنهاد بدهید، بگویم که علاقه‌ای ندارم. فقط می‌خواهم بدانم چقدر بدهکارم، سرویس کی قطع می‌شود و باید مودم را پس بفرستم یا نه. لطفاً کار را سخت نکنید.',
		ar: 'أريد إلغاء اشتراكي. انقطعت الخدمة ثلاث مرات في شهرين، وفي كل مرة أقضي وقتًا طويلًا على الهاتف، وبصراحة طفح الكيل. وقبل أن تعرض عليّ خصمًا، أنا غير مهتم. أريد فقط أن أعرف كم عليّ، ومتى تتوقف الخدمة، وهل عليّ إعادة الراوتر. أرجوك لا تعقّد الأمر.',
		pl: 'Chcę rozwiązać umowę. W ciągu dwóch miesięcy miałem trzy awarie, za każdym razem spędzałem mnóstwo czasu na telefonie i szczerze mówiąc, mam dość. Zanim zaproponują mi Państwo rabat: nie jestem zainteresowany. Chcę tylko wiedzieć, ile jestem winien, kiedy usługa zostanie wyłączona i czy muszę odesłać router. Proszę mi tego nie utrudniać.',
		zh: '我要销户。两个月断了三次网，每次都要在电话里耗半天，说实话我已经受够了。你先别急着给我推优惠，我没兴趣。我只想知道我还欠多少钱、服务哪天停、路由器要不要寄回去。请别给我设置障碍。'
	},
	skills: ['ownership', 'next_steps', 'interpretation'],
	modelReply: {
		en: "Of course, and I'm sorry it's come to this after three outages in two months; I can see why you've had enough. I won't try to talk you out of it. Here's exactly what happens: your service stops at midnight on 30 June, the end of your notice period. Because of the outages, I've waived the early exit fee, so your final bill is £21.40 for June, taken on 5 July as usual. I'll email you a prepaid returns label for the router today; please post it back within 30 days. You'll have written confirmation of all this within the hour.",
		fa: 'حتماً، و متأسفم که بعد از سه قطعی در دو ماه کار به اینجا رسیده؛ کاملاً پیداست چرا خسته شده‌اید. سعی نمی‌کنم منصرفتان کنم. دقیقاً این‌طور پیش می‌رود: سرویس شما نیمه‌شب ۳۱ خرداد، در پایان مهلت اطلاع قبلی، قطع می‌شود. به خاطر این قطعی‌ها، جریمهٔ فسخ زودهنگام را حذف کردم؛ پس قبض نهایی شما فقط ۲۱۴ هزار تومان برای خرداد است که مثل همیشه ۵ تیر کسر می‌شود. امروز برچسب ارسال رایگان مودم را برایتان ایمیل می‌کنم؛ لطفاً ظرف ۳۰ روز آن را پست کنید. تأیید کتبی همهٔ این موارد تا یک ساعت دیگر به دستتان می‌رسد.',
		ar: 'بالتأكيد، وأنا آسف لأن الأمر وصل إلى هنا بعد ثلاثة انقطاعات في شهرين؛ واضح تمامًا لماذا طفح بك الكيل. لن أحاول إقناعك بالعدول عن قرارك. هذا ما سيحدث بالضبط: تتوقف الخدمة عند منتصف ليل ٣٠ يونيو، بنهاية فترة الإشعار. وبسبب الانقطاعات ألغيت رسوم الإنهاء المبكر، فتكون فاتورتك الأخيرة ٨٥ ريالًا عن شهر يونيو، تُخصم في ٥ يوليو كالمعتاد. سأرسل لك اليوم بالبريد الإلكتروني ملصق إرجاع مدفوعًا مسبقًا للراوتر، وأرجو أن ترسله خلال ٣٠ يومًا. وسيصلك تأكيد مكتوب بكل ذلك خلال ساعة.',
		pl: 'Oczywiście. Przykro mi, że po trzech awariach w dwa miesiące doszło do tego; widzę, dlaczego ma Pan dość. Nie będę Pana namawiać do zmiany decyzji. Oto dokładnie, co się wydarzy: usługa zostanie wyłączona o północy 30 czerwca, z końcem okresu wypowiedzenia. Ze względu na awarie opłata za wcześniejsze rozwiązanie umowy zostaje anulowana, więc ostatni rachunek wyniesie 49,90 zł za czerwiec i zostanie pobrany jak zwykle 5 lipca. Jeszcze dziś wyślę Panu mailem opłaconą etykietę zwrotną na router; prosimy odesłać go w ciągu 30 dni. Pisemne potwierdzenie tego wszystkiego dostanie Pan w ciągu godziny.',
		zh: '没问题。两个月断了三次网，走到这一步，我真的很抱歉，也明白您为什么受够了。我不会劝您留下。具体是这样的：您的服务会在6月30日午夜、通知期结束时停止。考虑到这几次断网，提前解约的违约金我已经为您免除了，所以最后一期账单只有6月份的49元，和往常一样在7月5日扣款。今天我会把路由器的预付邮费退货标签发到您的邮箱，请在30天内寄回。以上所有内容的书面确认，一小时内会发给您。'
	},
	hints: {
		en: "Respect the decision: no retention pitch. Answer their three questions exactly (what they owe, when it stops, the router) with dates, amounts and how they'll get it in writing.",
		fa: 'به تصمیمش احترام بگذارید و برای نگه داشتنش تلاش نکنید. به سه سؤالش (بدهی، زمان قطع، مودم) دقیق و با تاریخ و مبلغ جواب بدهید و بگویید تأیید کتبی از چه راهی می‌رسد.',
		ar: 'احترم قراره ولا تحاول استبقاءه. أجب عن أسئلته الثلاثة بدقة (المبلغ المستحق، وموعد التوقف، والراوتر) بتواريخ ومبالغ، وقل كيف سيصله ذلك مكتوبًا.',
		pl: 'Uszanuj decyzję: żadnych prób zatrzymania. Odpowiedz dokładnie na trzy pytania (ile jest winien, kiedy usługa się skończy, co z routerem), podając daty, kwoty i sposób, w jaki dostanie to na piśmie.',
		zh: '尊重客户的决定，不要挽留。准确回答他的三个问题（欠多少、何时停、路由器怎么办），给出日期、金额，并说明书面确认通过什么方式发送。'
	}
};

export const missedInstallationScenario: ShippedScenario = {
	key: 'own_it.late_delivery',
	situation: 'late_delivery',
	title: {
		en: 'No cooker, and twelve guests on Sunday',
		fa: 'بدون اجاق‌گاز، با دوازده مهمان در روز جمعه',
		ar: 'بلا فرن واثنا عشر ضيفًا يوم السبت',
		pl: 'Bez kuchenki, a w niedzielę dwanaście osób na obiedzie',
		zh: '没有灶台，周日还要招待十二位客人'
	},
	customerMessage: {
		en: "The new cooker was supposed to be delivered and installed today between 8 and 1. It's 3 pm. Nobody came, nobody called. I've got twelve people coming on Sunday for my parents' fortieth anniversary and I have no oven. I've already taken a day off work for this, and I can't take another. So what are you going to do about it?",
		fa: 'قرار بود اجاق‌گاز جدید امروز بین ۸ تا ۱ تحویل و نصب شود. الان ساعت ۳ است. نه کسی آمد، نه کسی زنگ زد. جمعه دوازده نفر مهمان دارم، برای چهلمین سالگرد ازدواج پدر و مادرم، و اجاق ندارم. برای این کار یک روز مرخصی گرفته‌ام و نمی‌توانم یکی دیگر بگیرم. حالا می‌خواهید چه کار کنید؟',
		ar: 'كان من المفترض أن يصل الفرن الجديد ويُركَّب اليوم بين الثامنة والواحدة. الساعة الآن الثالثة. لم يأتِ أحد ولم يتصل أحد. عندي اثنا عشر ضيفًا يوم السبت في الذكرى الأربعين لزواج والديّ، وليس عندي فرن. أخذت إجازة من العمل لهذا اليوم، ولا أستطيع أخذ إجازة أخرى. فماذا ستفعلون؟',
		pl: 'Nowa kuchenka miała być dziś dostarczona i zamontowana między 8:00 a 13:00. Jest 15:00. Nikt nie przyjechał, nikt nie zadzwonił. W niedzielę przychodzi dwanaście osób na czterdziestą rocznicę ślubu moich rodziców, a ja nie mam piekarnika. Wzięłam na to dzień urlopu i drugiego nie dostanę. Co Państwo zamierzają z tym zrobić?',
		zh: '新买的燃气灶说好今天8点到1点之间送货安装，现在都下午3点了，没人来，也没人打电话。周日有十二个人要来家里给我爸妈过结婚四十周年，我现在连灶都没有。为了这个我已经请了一天假，不可能再请了。你们打算怎么办？'
	},
	skills: ['ownership', 'next_steps', 'emotional_reaction'],
	modelReply: {
		en: "I'm really sorry. You took the day off, waited all day, and now, with twelve guests on Sunday, you have no oven. That's a real mess, and it's our failure. I've checked: the van broke down this morning and nobody told you, which should never happen. Here's what I've done. I've booked the first slot tomorrow, Saturday, 8 to 10 am, installation included and marked as priority, so you won't need another day off. The driver will call you 30 minutes before arriving. I'll phone you myself at 10:15 to make sure it's in and working. And I've refunded today's delivery charge.",
		fa: 'واقعاً متأسفم. مرخصی گرفتید، تمام روز منتظر ماندید و حالا با دوازده مهمان در روز جمعه، اجاق ندارید. اوضاع واقعاً به هم ریخته و تقصیر ماست. بررسی کردم: ماشین حمل امروز صبح خراب شده و کسی به شما خبر نداده، که هرگز نباید پیش بیاید. کاری که کرده‌ام این است: اولین نوبت فردا، پنجشنبه، ساعت ۸ تا ۱۰ صبح را همراه با نصب برایتان رزرو کردم و آن را فوری علامت زدم، تا لازم نباشد دوباره مرخصی بگیرید. راننده ۳۰ دقیقه پیش از رسیدن با شما تماس می‌گیرد. ساعت ۱۰:۱۵ هم خودم زنگ می‌زنم تا مطمئن شوم نصب شده و کار می‌کند. هزینهٔ ارسال امروز را هم به شما برگرداندم.',
		ar: 'أنا آسف حقًا. أخذت إجازة وانتظرت طوال اليوم، والآن، واثنا عشر ضيفًا قادمون يوم السبت، لا فرن لديك. هذا وضع صعب فعلًا، والتقصير منا. تحققت من الأمر: تعطّلت شاحنة التوصيل صباح اليوم ولم يخبرك أحد، وهذا ما كان يجب أن يحدث أبدًا. إليك ما فعلته: حجزت لك أول موعد غدًا، الجمعة، من الثامنة إلى العاشرة صباحًا مع التركيب، ووضعت عليه أولوية عاجلة، فلن تحتاج إلى إجازة أخرى. سيتصل بك السائق قبل وصوله بثلاثين دقيقة. وسأتصل بك بنفسي في العاشرة والربع لأتأكد أنه رُكّب ويعمل. كما أعدت إليك رسوم توصيل اليوم.',
		pl: 'Bardzo mi przykro. Wzięła Pani urlop, czekała cały dzień, a teraz, z dwunastoma gośćmi w niedzielę, nie ma Pani piekarnika. To naprawdę poważny kłopot i to nasza wina. Z systemu wynika, że rano zepsuł się samochód dostawczy i nikt Pani o tym nie powiadomił, a to nie powinno się zdarzyć. Oto, co jest już załatwione: pierwszy termin jutro, w sobotę, między 8:00 a 10:00, z montażem i priorytetem, więc nie będzie Pani potrzebowała kolejnego dnia urlopu. Kierowca zadzwoni 30 minut przed przyjazdem. O 10:15 zadzwonię do Pani osobiście, żeby upewnić się, że kuchenka jest zamontowana i działa. Zwróciliśmy też dzisiejszą opłatę za dostawę.',
		zh: '真的非常抱歉。您请了假、等了一整天，结果周日要招待十二位客人，家里却没有灶可用。这确实很糟糕，是我们的失误。我查了一下：送货车今天上午坏在路上了，却没人通知您，这种事本不该发生。我已经为您做了这些安排：明天周六上午8点到10点的第一个时段，含安装，并标记为优先，您不用再请假。司机到达前30分钟会给您打电话。10点15分我会亲自给您打电话，确认灶已经装好、能正常使用。今天的配送费也已经退给您了。'
	},
	hints: {
		en: 'Own the failure without blaming the driver, then replace the broken promise with specific ones: the slot, a call before arrival, your own check-in, and a gesture for the lost day.',
		fa: 'بی‌آنکه تقصیر را گردن راننده بیندازید، کوتاهی را بپذیرید و به‌جای قول شکسته، قول‌های مشخص بدهید: نوبت، تماس پیش از رسیدن، پیگیری خودتان و جبرانی برای روز ازدست‌رفته.',
		ar: 'تحمّل الإخفاق دون لوم السائق، ثم استبدل بالوعد المكسور وعودًا محددة: الموعد، والاتصال قبل الوصول، ومتابعتك أنت، وتعويضًا عن اليوم الضائع.',
		pl: 'Weź na siebie niepowodzenie, nie obwiniając kierowcy, a złamaną obietnicę zastąp konkretnymi: termin, telefon przed przyjazdem, twój własny telefon kontrolny i gest za stracony dzień.',
		zh: '承担失误，不要把责任推给司机；再用具体的承诺替代被打破的承诺：时段、到达前来电、你亲自回访，以及对浪费一天的补偿。'
	}
};
