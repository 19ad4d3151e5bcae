// Module "Listen to understand", practice scenarios 1–2: technical fault, billing error (a
// price rise the customer takes for a mistake).
import type { ShippedScenario } from './types';

export const eveningDropoutsScenario: ShippedScenario = {
	key: 'listen_to_understand.technical_fault',
	situation: 'technical_fault',
	title: {
		en: 'Broadband dropping during evening tutoring',
		fa: 'قطعی اینترنت وسط کلاس‌های عصر',
		ar: 'انقطاع الإنترنت أثناء دروس المساء',
		pl: 'Internet zrywa się podczas wieczornych korepetycji',
		zh: '晚上上网课时总断网'
	},
	customerMessage: {
		en: "Hi. My broadband keeps cutting out every evening, usually between seven and ten. I've restarted the router twice like your website says, I've checked the cables, and it still goes. My daughter has online tutoring in the evenings and her exams start next week. Last night it dropped three times in one lesson and she ended up in tears. I just need it to work. What else am I supposed to do?",
		fa: 'سلام. اینترنتم هر عصر قطع می‌شود، معمولاً بین هفت تا ده شب. دو بار همان‌طور که سایتتان گفته مودم را خاموش و روشن کردم، سیم‌ها را هم چک کردم، ولی باز قطع می‌شود. دخترم عصرها کلاس آنلاین دارد و امتحان‌هایش از هفتهٔ بعد شروع می‌شود. دیشب در یک جلسه سه بار قطع شد و آخرش زد زیر گریه. فقط می‌خواهم درست کار کند. دیگر چه کار باید بکنم؟',
		ar: 'مرحبًا. الإنترنت عندي ينقطع كل مساء، غالبًا بين السابعة والعاشرة. أعدت تشغيل الراوتر مرتين كما يقول موقعكم، وفحصت الأسلاك، ومع ذلك ينقطع. ابنتي عندها دروس خصوصية عبر الإنترنت في المساء، وامتحاناتها تبدأ الأسبوع القادم. البارحة انقطع ثلاث مرات في درس واحد وانتهى بها الأمر إلى البكاء. أريده فقط أن يعمل. ماذا عليّ أن أفعل أكثر من ذلك؟',
		pl: 'Dzień dobry. Internet zrywa mi się co wieczór, zwykle między siódmą a dziesiątą. Dwa razy zrestartowałam router, tak jak jest napisane na Państwa stronie, sprawdziłam kable, a i tak się rozłącza. Córka ma wieczorami korepetycje online, a w przyszłym tygodniu zaczyna egzaminy. Wczoraj podczas jednej lekcji połączenie zerwało się trzy razy i skończyło się płaczem. Chcę tylko, żeby to działało. Co jeszcze mam zrobić?',
		zh: '你好。我家的宽带每天晚上都断，一般在七点到十点之间。我按你们官网说的重启了两次路由器，网线也检查过了，还是会断。我女儿晚上要上网课辅导，下周就开始考试了。昨晚一节课断了三次，她最后都急哭了。我只想让网能正常用。我还能怎么办？'
	},
	skills: ['interpretation', 'exploration', 'emotional_reaction'],
	modelReply: {
		en: "Thank you for doing all those checks already. So it drops every evening between seven and ten, the restarts haven't helped, and it's cutting your daughter's tutoring short just before her exams. I'm sorry she ended up in tears; that must have been hard to watch. Can I ask a couple of things so I find the real cause? When it drops, do other devices in the house lose the connection too, or mainly her laptop? And does she usually study in a different room from the router?",
		fa: 'ممنون که همهٔ این بررسی‌ها را خودتان انجام داده‌اید. پس هر عصر بین هفت تا ده قطع می‌شود، خاموش و روشن کردن هم فایده‌ای نداشته و درست پیش از امتحان‌ها کلاس‌های دخترتان را نیمه‌کاره می‌گذارد. خیلی متأسفم که کارش به گریه کشید؛ دیدنش حتماً برای شما هم سخت بوده. اجازه می‌دهید چند چیز بپرسم تا علت اصلی را پیدا کنم؟ وقتی قطع می‌شود، بقیهٔ دستگاه‌های خانه هم اینترنت ندارند یا بیشتر لپ‌تاپ اوست؟ و معمولاً در اتاقی جدا از مودم درس می‌خواند؟',
		ar: 'شكرًا لأنك أجريت كل هذه الفحوصات بنفسك. إذن الاتصال ينقطع كل مساء بين السابعة والعاشرة، وإعادة التشغيل لم تنفع، وهو يقطع دروس ابنتك قبيل امتحاناتها. آسف جدًا لأن الأمر انتهى بها إلى البكاء، لا بد أن رؤيتها هكذا كانت صعبة عليك. هل تسمح لي ببعض الأسئلة لأصل إلى السبب الحقيقي؟ عندما ينقطع الاتصال، هل تفقده الأجهزة الأخرى في البيت أيضًا، أم حاسوبها المحمول فقط؟ وهل تدرس عادةً في غرفة بعيدة عن الراوتر؟',
		pl: 'Dziękuję, że sprawdziła Pani już to wszystko. Czyli internet zrywa się co wieczór między siódmą a dziesiątą, restarty nie pomogły, a przez to córka traci korepetycje tuż przed egzaminami. Bardzo mi przykro, że skończyło się płaczem; to musiało być trudne także dla Pani. Czy mogę zadać kilka pytań, żeby znaleźć prawdziwą przyczynę? Kiedy połączenie się zrywa, czy inne urządzenia w domu też tracą internet, czy głównie laptop córki? I czy córka uczy się zwykle w innym pokoju niż ten, w którym stoi router?',
		zh: '谢谢您已经自己做了这么多检查。也就是说，每天晚上七点到十点都会断，重启也没用，偏偏在考试前把女儿的网课打断了。她都急哭了，真的很抱歉，您在旁边看着一定也很难受。我想问您几个问题，好找到真正的原因：断网的时候，家里其他设备也一起断吗，还是主要是她的笔记本电脑？她平时是在离路由器比较远的房间上课吗？'
	},
	hints: {
		en: 'Paraphrase the pattern (every evening, restarts done) and the impact (the exams), then ask specific questions that both show care and locate the fault.',
		fa: 'الگوی مشکل (هر عصر، خاموش و روشن کردن انجام شده) و اثرش (امتحان‌ها) را بازگو کنید، بعد سؤال‌های مشخصی بپرسید که هم دلسوزی‌تان را نشان بدهد و هم محل خرابی را پیدا کند.',
		ar: 'أعد صياغة نمط المشكلة (كل مساء، وإعادة التشغيل تمت) وأثرها (الامتحانات)، ثم اسأل أسئلة محددة تُظهر اهتمامك وتحدد موضع العطل في آن واحد.',
		pl: 'Sparafrazuj wzorzec (co wieczór, restarty wykonane) i skutki (egzaminy), a potem zadaj konkretne pytania, które pokażą troskę i pomogą namierzyć usterkę.',
		zh: '先复述规律（每晚都断、已经重启过）和影响（考试），再提出具体问题，既表达关心，又能定位故障。'
	}
};

export const priceRiseScenario: ShippedScenario = {
	key: 'listen_to_understand.billing_error',
	situation: 'billing_error',
	title: {
		en: 'A price rise that looks like a mistake',
		fa: 'افزایش قیمتی که شبیه اشتباه است',
		ar: 'زيادة في السعر تبدو كخطأ',
		pl: 'Podwyżka, która wygląda na pomyłkę',
		zh: '看起来像扣错了的涨价'
	},
	customerMessage: {
		en: "I've just opened my bill and it's gone up from £32 to £51 a month. Nobody told me anything. I'm retired and I budget every penny, so £19 a month is a lot for me. I've been with you for eleven years. Either this is a mistake or you're taking advantage of people who don't check. Which is it?",
		fa: 'همین الان قبضم را باز کردم؛ از ماهی ۳۲۰ هزار تومان رسیده به ۵۱۰ هزار تومان. هیچ‌کس هیچ چیزی به من نگفت. من بازنشسته‌ام و تا ریال آخر حساب‌وکتاب دارم، ماهی ۱۹۰ هزار تومان برای من پول کمی نیست. یازده سال است مشتری شما هستم. یا اشتباه شده، یا از آدم‌هایی که قبضشان را نگاه نمی‌کنند سوءاستفاده می‌کنید. کدامش است؟',
		ar: 'فتحت فاتورتي للتو، فإذا بها ارتفعت من ١٢٠ ريالًا إلى ١٩٠ ريالًا في الشهر. لم يخبرني أحد بشيء. أنا متقاعد وأحسب مصروفي بالهللة، و٧٠ ريالًا في الشهر مبلغ كبير بالنسبة لي. أنا عميل لديكم منذ إحدى عشرة سنة. إما أن هذا خطأ، وإما أنكم تستغلون الناس الذين لا يراجعون فواتيرهم. أيّهما؟',
		pl: 'Właśnie otworzyłem fakturę: z 79 zł zrobiło się 129 zł miesięcznie. Nikt mi nic nie powiedział. Jestem emerytem i liczę każdy grosz, 50 zł miesięcznie to dla mnie dużo. Jestem Państwa klientem od jedenastu lat. Albo to pomyłka, albo wykorzystują Państwo ludzi, którzy nie sprawdzają rachunków. Więc jak to jest?',
		zh: '我刚打开账单，月费从89元涨到了139元。没有任何人通知我。我已经退休了，每一分钱都要算着花，一个月多50块对我来说不是小数目。我在你们这儿用了十一年了。要么是你们弄错了，要么就是在坑那些不看账单的人。到底是哪一种？'
	},
	skills: ['interpretation', 'exploration'],
	modelReply: {
		en: "I'm sorry this came as such a shock. So your bill jumped by £19 without you knowing why, and on a budget planned to the penny that's a real worry, especially after eleven years with us. It isn't a billing mistake: the 12-month discount on your package ended this month. A letter went out in March, but it clearly didn't reach you in a way that stood out, and I'm sorry for that. Before I look at options: do you mainly use the phone line, or the TV and broadband too? That tells me which cheaper package would actually fit.",
		fa: 'متأسفم که این‌طور غافلگیر شدید. پس قبضتان بی‌آنکه بدانید چرا، ۱۹۰ هزار تومان بالا رفته و با بودجه‌ای که تا ریال آخرش حساب شده، این واقعاً نگران‌کننده است، آن هم بعد از یازده سال همراهی با ما. اشتباهی در صدور قبض نیست: تخفیف دوازده‌ماههٔ بسته‌تان این ماه تمام شده. فروردین نامه‌ای فرستاده شد، ولی پیداست طوری به دستتان نرسیده که به چشم بیاید و بابتش عذر می‌خواهم. پیش از اینکه گزینه‌ها را بررسی کنم، بفرمایید بیشتر از تلفن ثابت استفاده می‌کنید یا از اینترنت و تلویزیون هم؟ این‌طوری می‌فهمم کدام بستهٔ ارزان‌تر واقعاً به کارتان می‌آید.',
		ar: 'آسف لأن الأمر جاء مفاجئًا إلى هذا الحد. إذن ارتفعت فاتورتك ٧٠ ريالًا دون أن تعرف السبب، ومع ميزانية محسوبة بالهللة هذا مقلق حقًا، خصوصًا بعد إحدى عشرة سنة معنا. ليس هذا خطأً في الفوترة: الخصم الذي كان على باقتك لمدة اثني عشر شهرًا انتهى هذا الشهر. أُرسلت إليك رسالة بذلك في مارس، لكن واضح أنها لم تصلك بطريقة تلفت الانتباه، وأعتذر عن ذلك. قبل أن أبحث في الخيارات: هل تستخدم الهاتف الأرضي أساسًا، أم الإنترنت والتلفزيون أيضًا؟ هذا يساعدني على معرفة أي باقة أرخص تناسبك فعلًا.',
		pl: 'Przykro mi, że to był dla Pana taki szok. Czyli rachunek wzrósł o 50 zł, a Pan nie wie dlaczego; przy budżecie liczonym co do grosza to naprawdę powód do niepokoju, zwłaszcza po jedenastu latach z nami. To nie jest błąd w rozliczeniu: właśnie skończył się dwunastomiesięczny rabat na Pana pakiet. W marcu wysłaliśmy list, ale najwyraźniej nie dotarł do Pana w sposób, który zwracałby uwagę, i za to przepraszam. Zanim sprawdzę możliwości: korzysta Pan głównie z telefonu stacjonarnego czy także z internetu i telewizji? Dzięki temu będę wiedzieć, który tańszy pakiet naprawdę do Pana pasuje.',
		zh: '很抱歉让您这么措手不及。也就是说，您的月费莫名其妙多了50元，而您每一分钱都是算好的，这确实让人着急，更何况您已经在我们这里用了十一年。这不是扣费错误：您套餐的12个月优惠这个月到期了。三月份我们寄过一封通知信，但显然没能让您注意到，这一点我向您道歉。在看有哪些选择之前想问一下：您平时主要用固话，还是宽带和电视也都在用？这样我才知道哪个更便宜的套餐真正适合您。'
	},
	hints: {
		en: 'Paraphrase the worry behind the accusation (a fixed budget, eleven years of loyalty) before you explain. Then ask about their actual use before offering anything.',
		fa: 'پیش از توضیح، نگرانیِ پشت این اتهام (بودجهٔ حساب‌شده، یازده سال وفاداری) را بازگو کنید. بعد پیش از هر پیشنهادی، بپرسید در عمل از چه خدماتی استفاده می‌کند.',
		ar: 'قبل أن تشرح، أعد صياغة القلق الكامن وراء الاتهام (ميزانية محسوبة، وإحدى عشرة سنة من الولاء). ثم اسأل عن استخدامه الفعلي قبل أن تعرض أي شيء.',
		pl: 'Zanim wyjaśnisz, sparafrazuj niepokój kryjący się za zarzutem (ciasny budżet, jedenaście lat lojalności). Potem zapytaj, z czego klient naprawdę korzysta, zanim cokolwiek zaproponujesz.',
		zh: '在解释之前，先复述指责背后的担忧（精打细算的预算、十一年的老客户），然后在推荐任何方案前先问清他实际怎么用。'
	}
};
