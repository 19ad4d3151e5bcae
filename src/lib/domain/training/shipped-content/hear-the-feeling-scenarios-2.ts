// Module "Hear the feeling", practice scenarios 3–4: bereavement, angry customer.
import type { ShippedScenario } from './types';

export const lateMotherScenario: ShippedScenario = {
	key: 'hear_the_feeling.bereavement',
	situation: 'bereavement',
	title: {
		en: "Closing a late mother's accounts",
		fa: 'بستن خط‌های مادری که از دنیا رفته',
		ar: 'إغلاق حسابات والدة متوفاة',
		pl: 'Zamknięcie usług zmarłej mamy',
		zh: '为去世的母亲注销业务'
	},
	customerMessage: {
		en: "Hello. My mum passed away three weeks ago and I'm trying to sort out her things. She had a mobile contract and a landline with you. I've been on hold twice already, and the first person asked if she could come to the phone herself. I just want to close everything without having to explain it all again. I don't really know what you need from me.",
		fa: 'سلام. مادرم سه هفته پیش فوت کرد و دارم کارهایش را سروسامان می‌دهم. یک سیم‌کارت دائمی و یک خط تلفن ثابت پیش شما داشت. دو بار پشت خط منتظر ماندم و اولین کسی که جواب داد پرسید می‌شود خود ایشان پای تلفن بیایند یا نه. فقط می‌خواهم همه‌چیز را ببندم، بدون اینکه مجبور باشم دوباره همه‌چیز را توضیح بدهم. راستش نمی‌دانم چه چیزی از من لازم دارید.',
		ar: 'السلام عليكم. توفيت والدتي قبل ثلاثة أسابيع، وأحاول أن أرتّب أمورها. كان لديها خط جوال بعقد وخط هاتف أرضي لديكم. انتظرت على الخط مرتين، وأول موظف ردّ عليّ سألني إن كان بإمكانها هي أن تأتي إلى الهاتف. كل ما أريده أن أغلق كل شيء دون أن أضطر إلى شرح القصة من جديد. ولا أعرف حتى ما الذي تحتاجونه مني.',
		pl: 'Dzień dobry. Trzy tygodnie temu zmarła moja mama i próbuję uporządkować jej sprawy. Miała u Państwa abonament komórkowy i telefon stacjonarny. Dwa razy czekałem już na linii, a pierwsza osoba zapytała, czy mama może sama podejść do telefonu. Chcę po prostu wszystko zamknąć, bez tłumaczenia wszystkiego od nowa. Nawet nie wiem, czego Państwo ode mnie potrzebują.',
		zh: '你好。我妈妈三周前去世了，我在帮她处理留下的一些事情。她在你们这里有一个手机套餐和一部固定电话。我已经排了两次队，第一次接电话的人还问能不能让她本人来接电话。我只想把这些都注销掉，不想再从头解释一遍。我也不知道你们需要我提供什么。'
	},
	skills: ['emotional_reaction', 'interpretation', 'exploration', 'next_steps'],
	modelReply: {
		en: "I'm so sorry about your mum. And I'm sorry you were asked whether she could come to the phone; that must have been painful to hear, on top of everything you're already carrying. You won't need to explain it again: I'll deal with both the mobile and the landline with you today. All I need is her phone number and, whenever you feel ready, a copy of the death certificate by email or post; there's no deadline. No further charges will be taken from today. Before we close the mobile, is there anything on it, like messages or voicemails, you'd like to keep?",
		fa: 'تسلیت می‌گویم، خدا رحمتشان کند. و واقعاً متأسفم که از شما پرسیدند خود ایشان می‌توانند پای تلفن بیایند یا نه؛ شنیدن چنین حرفی، کنار همهٔ سختی‌های این روزها، حتماً خیلی دردناک بوده. لازم نیست دوباره چیزی توضیح بدهید: امروز خودم همراه شما کار موبایل و تلفن ثابت را انجام می‌دهم. فقط شمارهٔ تلفن ایشان را لازم دارم و هر وقت آمادگی داشتید، تصویر گواهی فوت را با ایمیل یا پست بفرستید؛ هیچ مهلتی در کار نیست. از امروز هیچ هزینهٔ دیگری کسر نمی‌شود. پیش از بستن خط موبایل، چیزی روی آن هست، مثلاً پیامک‌ها یا پیام‌های صوتی، که بخواهید نگه دارید؟',
		ar: 'وعليكم السلام. أحسن الله عزاءك ورحم الله والدتك. وأنا آسف حقًا لأنك سُئلت إن كان بإمكانها أن تأتي إلى الهاتف؛ لا بد أن سماع ذلك كان مؤلمًا، فوق كل ما تحمله هذه الأيام. لن تحتاج إلى الشرح مرة أخرى: سأتولّى معك اليوم إغلاق خط الجوال والخط الأرضي. كل ما أحتاجه رقم هاتفها، ثم نسخة من شهادة الوفاة بالبريد الإلكتروني أو العادي متى شعرت أنك مستعد، فلا يوجد موعد نهائي. ولن تُخصم أي رسوم أخرى من اليوم. وقبل أن نغلق الجوال، هل عليه شيء تودّ الاحتفاظ به، كالرسائل أو التسجيلات الصوتية؟',
		pl: 'Bardzo mi przykro z powodu śmierci Pana mamy. Przepraszam też, że zapytano Pana, czy mama może podejść do telefonu. To musiało bardzo zaboleć, do tego wszystkiego, co teraz Pan dźwiga. Nie będzie Pan musiał niczego tłumaczyć od nowa: dziś razem zamkniemy i numer komórkowy, i telefon stacjonarny. Potrzebuję tylko numeru telefonu mamy, a skan odpisu aktu zgonu może Pan przesłać mailem lub pocztą, kiedy będzie Pan gotowy; nie ma żadnego terminu. Od dziś nie pobierzemy już żadnych opłat. Zanim zamkniemy numer komórkowy: czy jest na nim coś, co chciałby Pan zachować, na przykład wiadomości albo nagrania z poczty głosowej?',
		zh: '听到您母亲去世的消息，我真的很难过，请您节哀。之前还有人问能不能让她本人来接电话，真的很对不起，在您已经这么难的时候听到这种话，一定很伤心。您不用再从头解释了：今天我就陪您把手机和固话一起办好。我只需要她的电话号码，死亡证明的复印件您什么时候方便，再通过邮件或邮寄发给我们就行，没有期限。从今天起不会再扣任何费用。在注销手机号之前想问一下：手机里有没有您想保留的东西，比如短信或者语音留言？'
	},
	hints: {
		en: 'Slow down. Offer condolences in your own words, acknowledge the hurtful earlier call, and make the process feel light: what you need, no deadline, no more charges.',
		fa: 'آرام‌تر پیش بروید. با کلمات خودتان تسلیت بگویید، تماس آزاردهندهٔ قبلی را به رسمیت بشناسید و روند کار را ساده و بی‌دغدغه کنید: چه چیزی لازم است، بدون مهلت، بدون هزینهٔ بیشتر.',
		ar: 'تمهّل. قدّم التعزية بكلماتك، واعترف بما آلمه في المكالمة السابقة، واجعل الإجراءات خفيفة: ما المطلوب، بلا مهلة، وبلا رسوم إضافية.',
		pl: 'Zwolnij. Złóż kondolencje własnymi słowami, odnieś się do przykrej wcześniejszej rozmowy i uprość formalności: co jest potrzebne, bez terminu, bez dalszych opłat.',
		zh: '放慢节奏。用自己的话表达哀悼，回应之前那通让人难受的电话，并让手续显得简单：需要什么、没有期限、不再扣费。'
	}
};

export const internetDownScenario: ShippedScenario = {
	key: 'hear_the_feeling.angry_customer',
	situation: 'angry_customer',
	title: {
		en: 'Internet down, work lost',
		fa: 'اینترنت قطع، کار معطل',
		ar: 'انقطاع الإنترنت وتعطّل العمل',
		pl: 'Brak internetu, praca stoi',
		zh: '断网误了工作'
	},
	customerMessage: {
		en: "This is ridiculous! My internet has been down since yesterday morning. I work from home, I've missed two client calls, and your website just says 'we're aware of an issue'. Aware? Brilliant. I'm paying for a service I'm not getting and nobody can even tell me when it'll be back. I want to speak to someone who can actually do something!",
		fa: 'این دیگر واقعاً مسخره است! اینترنتم از دیروز صبح قطع است. من دورکارم، دو جلسهٔ تلفنی با مشتری را از دست داده‌ام و سایت شما فقط نوشته «از مشکل مطلع هستیم». مطلع هستید؟ چه عالی! پول سرویسی را می‌دهم که ندارم و هیچ‌کس حتی نمی‌تواند بگوید کی وصل می‌شود. می‌خواهم با کسی حرف بزنم که واقعاً کاری از دستش بربیاید!',
		ar: 'هذا أمر سخيف! الإنترنت عندي مقطوع منذ صباح أمس. أنا أعمل من البيت، وفاتني اتصالان مع عملاء، وموقعكم يكتفي بعبارة «نحن على علم بالمشكلة». على علم؟ رائع! أدفع ثمن خدمة لا أحصل عليها، ولا أحد يستطيع حتى أن يخبرني متى ستعود. أريد أن أتحدث مع شخص يستطيع أن يفعل شيئًا فعلًا!',
		pl: 'To jest jakiś żart! Od wczoraj rana nie mam internetu. Pracuję zdalnie, przepadły mi dwie rozmowy z klientami, a na Państwa stronie jest tylko „wiemy o problemie”. Wiecie? Świetnie. Płacę za usługę, której nie mam, i nikt nie potrafi mi nawet powiedzieć, kiedy wróci. Chcę rozmawiać z kimś, kto naprawdę może coś zrobić!',
		zh: '太离谱了！我家的网从昨天早上就断了。我在家办公，已经错过了两个客户电话，你们官网就只写着“我们已知悉该问题”。知悉？真棒啊。我花钱买的服务根本用不上，连什么时候能恢复都没人说得清。我要找一个真正能解决问题的人！'
	},
	skills: ['emotional_reaction', 'interpretation', 'ownership'],
	modelReply: {
		en: "I'm really sorry. Losing your connection for more than a day when you work from home, and missing two client calls because of it, is a serious problem, and 'we're aware' gives you nothing to plan around. I can do something: I can see a damaged cable in your street, and the engineers' estimate is 2 pm today. I'll credit you for both days without service, and if it isn't back by 2 I'll call you myself. Have you got more calls today? I can add free mobile data now so you can use your phone as a hotspot.",
		fa: 'واقعاً متأسفم. بیش از یک روز بی‌اینترنت ماندن، آن هم وقتی از خانه کار می‌کنید و به خاطرش دو جلسه با مشتری را از دست داده‌اید، مشکل جدی‌ای است، و جملهٔ «مطلع هستیم» هیچ چیزی به شما نمی‌دهد که بشود با آن برنامه‌ریزی کرد. از دست من کاری برمی‌آید: می‌بینم که کابل خیابانتان آسیب دیده و برآورد تیم فنی ساعت ۲ بعدازظهر امروز است. هزینهٔ هر دو روز قطعی را به حسابتان برمی‌گردانم و اگر تا ساعت ۲ وصل نشد، خودم با شما تماس می‌گیرم. امروز باز هم جلسه دارید؟ همین الان می‌توانم یک بستهٔ اینترنت همراه رایگان برایتان فعال کنم تا از گوشی‌تان هات‌اسپات بگیرید.',
		ar: 'أنا آسف حقًا. أن ينقطع الاتصال أكثر من يوم وأنت تعمل من البيت، وأن يفوتك اتصالان مع عملاء بسبب ذلك، مشكلة حقيقية، وعبارة «نحن على علم» لا تعطيك شيئًا تبني عليه خطتك. أستطيع أن أفعل شيئًا: أرى أن هناك كابلًا متضررًا في شارعكم، وتقدير الفنيين أن الخدمة تعود في الثانية ظهر اليوم. سأضيف إلى حسابك تعويضًا عن يومي الانقطاع كليهما، وإذا لم تعد الخدمة بحلول الثانية فسأتصل بك بنفسي. هل لديك اتصالات أخرى اليوم؟ يمكنني الآن أن أضيف لك باقة بيانات مجانية لتستخدم هاتفك نقطةَ اتصال.',
		pl: 'Bardzo mi przykro. Ponad doba bez internetu przy pracy zdalnej i dwie stracone rozmowy z klientami to poważny problem, a komunikat „wiemy o problemie” nie daje Panu niczego, na podstawie czego dałoby się cokolwiek zaplanować. Mogę coś zrobić: widzę uszkodzony kabel na Pana ulicy, a technicy szacują naprawę na dzisiaj, na 14:00. Za oba dni bez usługi przyznam Panu obniżkę na fakturze, a jeśli o 14:00 internet nie wróci, osobiście do Pana zadzwonię. Ma Pan dziś jeszcze jakieś rozmowy? Mogę od razu dodać darmowy pakiet danych, żeby mógł Pan udostępnić internet z telefonu.',
		zh: '真的非常抱歉。在家办公却断网一天多，还因此错过了两个客户电话，这是很严重的问题，而一句“已知悉”根本没法让您安排工作。这件事我能处理：我看到您那条街有一段线缆损坏，工程师预计今天下午2点修好。两天断网的费用我会补偿到您的账户上；如果2点还没恢复，我会亲自给您打电话。您今天还有别的电话会议吗？我现在就可以给您的手机加一个免费流量包，您先开热点用着。'
	},
	hints: {
		en: "Don't defend the website or ask them to calm down. Name the real cost (work, two client calls) and show that you can act.",
		fa: 'از سایت دفاع نکنید و از مشتری نخواهید آرام باشد. هزینهٔ واقعی (کار، دو جلسهٔ از دست‌رفته) را نام ببرید و نشان بدهید که می‌توانید کاری بکنید.',
		ar: 'لا تدافع عن الموقع ولا تطلب من العميل أن يهدأ. سمِّ الخسارة الحقيقية (العمل واتصالا العملاء) وأظهر أنك قادر على التصرف.',
		pl: 'Nie broń strony internetowej i nie proś o spokój. Nazwij prawdziwy koszt (praca, dwie stracone rozmowy) i pokaż, że możesz działać.',
		zh: '不要替官网辩解，也不要叫客户冷静。说出真正的损失（工作、错过的两个客户电话），并表明你能采取行动。'
	}
};
