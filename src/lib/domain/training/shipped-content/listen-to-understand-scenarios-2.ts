// Module "Listen to understand", practice scenarios 3–4: late delivery, repeated contact.
import type { ShippedScenario } from './types';

export const fridgeInsulinScenario: ShippedScenario = {
	key: 'listen_to_understand.late_delivery',
	situation: 'late_delivery',
	title: {
		en: 'A fridge that never came, and insulin next door',
		fa: 'یخچالی که نیامد و انسولینی که خانهٔ همسایه است',
		ar: 'ثلاجة لم تصل وإنسولين عند الجيران',
		pl: 'Lodówka, która nie przyjechała, i insulina u sąsiadów',
		zh: '冰箱没送到，胰岛素还在邻居家'
	},
	customerMessage: {
		en: "Our fridge broke on Friday, so I ordered a new one from you for delivery on Tuesday. I waited in all day and nobody came: no call, no email. My husband is diabetic and his insulin is sitting in our neighbour's fridge, which is fine for now, but they're going away on Thursday. I can't keep running next door every time he needs a dose. When is it actually coming?",
		fa: 'یخچالمان جمعه خراب شد و از شما یک یخچال نو سفارش دادم که سه‌شنبه تحویل بدهید. تمام روز خانه منتظر ماندم و کسی نیامد؛ نه تماسی، نه پیامی. شوهرم دیابت دارد و انسولینش الان توی یخچال همسایه است. فعلاً مشکلی نیست، ولی آن‌ها پنجشنبه می‌روند مسافرت. نمی‌توانم هر بار که باید انسولین بزند بدوم خانهٔ همسایه. بالاخره کی می‌آورید؟',
		ar: 'تعطّلت ثلاجتنا يوم الجمعة، فطلبت منكم ثلاجة جديدة على أن تصل يوم الثلاثاء. انتظرت في البيت طوال اليوم ولم يأتِ أحد، لا اتصال ولا رسالة. زوجي مريض بالسكري، وإنسولينه الآن في ثلاجة جيراننا. لا بأس بذلك حاليًا، لكنهم مسافرون يوم الخميس. لا أستطيع أن أركض إلى بيت الجيران في كل مرة يحتاج فيها إلى جرعة. متى ستصل فعلًا؟',
		pl: 'W piątek zepsuła nam się lodówka, więc zamówiłam u Państwa nową z dostawą na wtorek. Cały dzień czekałam w domu i nikt nie przyjechał: ani telefonu, ani maila. Mąż ma cukrzycę i jego insulina stoi teraz w lodówce u sąsiadów. Na razie to wystarcza, ale oni w czwartek wyjeżdżają. Nie mogę biegać do sąsiadów przy każdej dawce. Kiedy ta lodówka w końcu przyjedzie?',
		zh: '我们家冰箱周五坏了，我就在你们这儿订了一台新的，约好周二送货。我在家等了一整天，没人来，电话、短信都没有。我丈夫有糖尿病，他的胰岛素现在放在邻居家的冰箱里，暂时还行，可邻居周四要出远门。我总不能每次他要打针都跑去邻居家吧。到底什么时候能送到？'
	},
	skills: ['interpretation', 'exploration', 'emotional_reaction'],
	modelReply: {
		en: "I'm sorry. Waiting in all day with no word at all is exhausting, and it's worse when the fridge matters for your husband's health. So the insulin is safe at your neighbour's for now, Thursday is your real deadline, and until then you're running next door for every dose. Let me find out what went wrong with Tuesday's delivery. While I check: would a morning slot tomorrow work, and will someone be home all day? And if tomorrow can't be guaranteed, is there anyone else nearby who could keep the insulin cold after Thursday, so we can plan for the worst case together?",
		fa: 'متأسفم. یک روز کامل منتظر ماندن، بی‌هیچ خبری، خیلی خسته‌کننده است، و وقتی یخچال به سلامت همسرتان گره خورده، سخت‌تر هم می‌شود. پس انسولین فعلاً در خانهٔ همسایه جایش امن است، مهلت واقعی شما پنجشنبه است و تا آن موقع برای هر نوبت تزریق باید بروید خانهٔ همسایه. بگذارید ببینم تحویل سه‌شنبه کجا خراب شد. تا بررسی می‌کنم، بفرمایید: فردا صبح برایتان مناسب است و کسی تمام روز خانه هست؟ و اگر فردا قطعی نشد، کس دیگری در نزدیکی شما هست که بعد از پنجشنبه انسولین را در یخچال نگه دارد، تا با هم برای بدترین حالت هم برنامه داشته باشیم؟',
		ar: 'أنا آسف. الانتظار يومًا كاملًا بلا أي خبر أمر مرهق، ويزداد صعوبة حين تكون الثلاجة مرتبطة بصحة زوجك. إذن الإنسولين في أمان عند الجيران حاليًا، لكن الخميس هو موعدك النهائي الحقيقي، وحتى ذلك الحين تذهبين إلى بيت الجيران مع كل جرعة. دعيني أعرف ما الذي حدث في توصيل الثلاثاء. وبينما أتحقق: هل يناسبك موعد صباح الغد، وهل سيكون أحد في البيت طوال اليوم؟ وإذا لم يكن الغد مضمونًا، هل هناك شخص آخر قريب يمكنه حفظ الإنسولين باردًا بعد الخميس، حتى نخطط معًا لأسوأ الاحتمالات؟',
		pl: 'Bardzo mi przykro. Cały dzień czekania bez żadnej wiadomości jest wyczerpujący, a jeszcze trudniej, gdy od lodówki zależy zdrowie męża. Czyli insulina jest na razie bezpieczna u sąsiadów, prawdziwym terminem jest czwartek, a do tego czasu przy każdej dawce chodzi Pani do sąsiadów. Sprawdzę, co poszło nie tak z wtorkową dostawą. W międzyczasie: czy pasowałaby Pani dostawa jutro rano i czy ktoś będzie w domu przez cały dzień? A gdyby jutrzejszy termin okazał się niepewny, czy ktoś jeszcze w pobliżu mógłby przechować insulinę w lodówce po czwartku? Wtedy zaplanujemy razem także najgorszy wariant.',
		zh: '真的很抱歉。在家干等一整天却一点消息都没有，太折腾人了，何况这台冰箱关系到您丈夫的健康。也就是说，胰岛素暂时放在邻居家没问题，但周四是真正的期限，在那之前他每次打针您都得跑去邻居家。我来查一下周二的配送哪里出了问题。趁我查的时候想问您：明天上午送货可以吗？家里一整天都有人吗？万一明天没法保证，附近还有没有别人能在周四之后帮忙冷藏胰岛素？这样我们可以一起把最坏的情况也安排好。'
	},
	hints: {
		en: 'Paraphrase the real deadline (Thursday) and the health stakes, not just the missed slot. Ask questions that help you plan around them.',
		fa: 'مهلت واقعی (پنجشنبه) و اهمیت ماجرا برای سلامت را بازگو کنید، نه فقط نوبت ازدست‌رفته را. سؤال‌هایی بپرسید که به برنامه‌ریزی بر همین اساس کمک کند.',
		ar: 'أعد صياغة الموعد النهائي الحقيقي (الخميس) وما يتعلق بالصحة، لا الموعد الفائت فقط. واسأل أسئلة تساعدك على التخطيط على هذا الأساس.',
		pl: 'Sparafrazuj prawdziwy termin (czwartek) i to, że chodzi o zdrowie, a nie tylko o nieudaną dostawę. Zadawaj pytania, które pomogą to zaplanować.',
		zh: '复述真正的期限（周四）和健康方面的利害，而不只是错过的送货时间；提出能帮你围绕这些做安排的问题。'
	}
};

export const oldAddressScenario: ShippedScenario = {
	key: 'listen_to_understand.repeated_contact',
	situation: 'repeated_contact',
	title: {
		en: "Letters still going to an ex-partner's address",
		fa: 'نامه‌هایی که هنوز به خانهٔ همسر سابق می‌رود',
		ar: 'رسائل ما زالت تصل إلى عنوان الطليق',
		pl: 'Listy wciąż trafiają pod adres byłego partnera',
		zh: '信件仍寄到前任的住处'
	},
	customerMessage: {
		en: "This is my fourth email about the same thing. I moved out in January and asked you to change my address. You confirmed it twice. Yet your letters, with my account details on them, keep going to my old flat, where my ex-partner still lives. I don't want him knowing anything about my finances. Every time I'm told it's sorted. It clearly isn't. I'm starting to feel like nobody actually reads these emails.",
		fa: 'این چهارمین ایمیل من دربارهٔ یک موضوع است. دی‌ماه اسباب‌کشی کردم و خواستم آدرسم را عوض کنید. دو بار هم تأیید کردید. ولی نامه‌هایتان، با جزئیات حسابم، هنوز به آپارتمان قبلی‌ام می‌رود؛ جایی که همسر سابقم هنوز در آن زندگی می‌کند. نمی‌خواهم او از وضع مالی من چیزی بداند. هر بار به من می‌گویند درست شد. معلوم است که نشده. کم‌کم دارم فکر می‌کنم اصلاً کسی این ایمیل‌ها را نمی‌خواند.',
		ar: 'هذه رسالتي الرابعة بخصوص الموضوع نفسه. انتقلت من شقتي في يناير وطلبت منكم تغيير عنواني، وأكّدتم ذلك مرتين. ومع ذلك ما زالت رسائلكم، وفيها تفاصيل حسابي، تصل إلى شقتي القديمة حيث ما زال طليقي يسكن. لا أريده أن يعرف أي شيء عن أموري المالية. في كل مرة يقال لي إن المشكلة حُلّت، ومن الواضح أنها لم تُحلّ. بدأت أشعر بأن أحدًا لا يقرأ هذه الرسائل أصلًا.',
		pl: 'To mój czwarty mail w tej samej sprawie. W styczniu się wyprowadziłam i poprosiłam o zmianę adresu. Dwa razy Państwo to potwierdzili. A mimo to listy z danymi mojego konta wciąż przychodzą na stare mieszkanie, w którym nadal mieszka mój były partner. Nie chcę, żeby wiedział cokolwiek o moich finansach. Za każdym razem słyszę, że sprawa jest załatwiona. Najwyraźniej nie jest. Zaczynam mieć wrażenie, że nikt tych maili nie czyta.',
		zh: '这是我为同一件事发的第四封邮件了。我一月份搬走了，请你们修改地址，你们也确认过两次。可是你们寄来的信，上面有我的账户信息，还是一直寄到我原来的住处，我前任还住在那里。我不想让他知道我的任何财务情况。每次都说已经处理好了，显然并没有。我开始觉得根本没人看这些邮件。'
	},
	skills: ['interpretation', 'exploration', 'ownership'],
	modelReply: {
		en: "I've read all four of your emails from the beginning, and I'm sorry you've had to write so many times. So you were told twice that your address had changed, yet letters with your account details are still going to a flat where your ex-partner lives, someone you don't want knowing about your finances. That isn't just frustrating; it must feel as if your privacy isn't being taken seriously. I've found the cause: the change was made on your account but not on your statement settings, so statements kept the old address. I've corrected both myself. May I ask: is there anything about the old address that makes this a safety concern for you? If so, I can add extra protection to your account.",
		fa: 'هر چهار ایمیل شما را از اول خواندم و متأسفم که مجبور شدید این‌همه بار بنویسید. پس دو بار به شما گفته‌اند آدرستان عوض شده، اما نامه‌هایی با جزئیات حسابتان هنوز به خانه‌ای می‌رود که همسر سابقتان در آن زندگی می‌کند؛ کسی که نمی‌خواهید از امور مالی‌تان خبردار شود. این فقط کلافه‌کننده نیست؛ حتماً حس می‌کنید حریم خصوصی‌تان جدی گرفته نشده. علتش را پیدا کردم: آدرس در حساب شما عوض شده بود، ولی در تنظیمات ارسال صورت‌حساب نه، و برای همین صورت‌حساب‌ها به آدرس قبلی می‌رفت. هر دو را خودم اصلاح کردم. اجازه می‌دهید بپرسم آیا دربارهٔ آن آدرس قبلی چیزی هست که این موضوع را برای شما به نگرانی امنیتی تبدیل کند؟ اگر این‌طور است، می‌توانم حفاظت بیشتری روی حسابتان فعال کنم.',
		ar: 'قرأت رسائلك الأربع كلها من البداية، وأنا آسف لأنك اضطررتِ إلى الكتابة كل هذه المرات. إذن قيل لك مرتين إن عنوانك تغيّر، ومع ذلك ما زالت رسائل فيها تفاصيل حسابك تصل إلى شقة يسكنها طليقك، وهو شخص لا تريدين أن يطّلع على أمورك المالية. هذا ليس مزعجًا فحسب، بل لا بد أنك تشعرين بأن خصوصيتك لا تؤخذ بجدية. وجدت السبب: تغيّر العنوان في حسابك، لكنه لم يتغيّر في إعدادات كشوف الحساب، فظلّت الكشوف تُرسل إلى العنوان القديم. صحّحت الاثنين بنفسي. هل تسمحين لي بسؤال: هل في العنوان القديم ما يجعل الأمر مصدر قلق على سلامتك؟ إن كان الأمر كذلك، يمكنني إضافة حماية إضافية إلى حسابك.',
		pl: 'Mam przed sobą wszystkie cztery Pani wiadomości, od pierwszej do ostatniej, i przepraszam, że musiała Pani pisać tyle razy. Czyli dwa razy usłyszała Pani, że adres został zmieniony, a listy z danymi konta nadal trafiają do mieszkania, w którym mieszka Pani były partner, ktoś, kto nie powinien nic wiedzieć o Pani finansach. To nie tylko frustrujące; musi Pani mieć poczucie, że nikt nie traktuje poważnie Pani prywatności. Przyczyna jest już jasna: adres zmieniono na koncie, ale nie w ustawieniach wysyłki wyciągów, więc wyciągi szły na stary adres. Oba miejsca są już poprawione, a przy następnym wyciągu osobiście sprawdzę, czy poszedł na nowy adres. Czy mogę zapytać: czy coś związanego ze starym adresem sprawia, że to dla Pani kwestia bezpieczeństwa? Jeśli tak, mogę dodatkowo zabezpieczyć Pani konto.',
		zh: '您的四封邮件我从第一封开始都仔细看过了，很抱歉让您写了这么多次。也就是说，您两次被告知地址已经改好，可是带有账户信息的信件还在寄往您前任住的地方，而您并不想让他了解您的财务状况。这不只是让人烦，想必您会觉得自己的隐私没有被认真对待。我找到了原因：地址在您的账户里改了，但账单寄送设置里没有改，所以账单一直寄到旧地址。这两处我都亲自改好了。想问您一下：旧地址那边有没有什么情况，让这件事涉及您的人身安全？如果有，我可以为您的账户加上额外的保护。'
	},
	hints: {
		en: 'Paraphrase both the repetition and the privacy stake behind it. Ask gently, with a reason, whether the old address raises a safety concern.',
		fa: 'هم تکرار ماجرا و هم دغدغهٔ حریم خصوصیِ پشت آن را بازگو کنید. با ملایمت و با گفتن دلیل، بپرسید آیا آدرس قبلی نگرانی امنیتی ایجاد می‌کند یا نه.',
		ar: 'أعد صياغة التكرار وما وراءه من قلق على الخصوصية. واسأل بلطف، مع ذكر السبب، إن كان العنوان القديم يثير قلقًا على السلامة.',
		pl: 'Sparafrazuj i powtarzające się zgłoszenia, i obawę o prywatność, która za nimi stoi. Delikatnie i z podaniem powodu zapytaj, czy stary adres wiąże się z zagrożeniem bezpieczeństwa.',
		zh: '既要复述反复联系这件事，也要复述背后的隐私顾虑；然后说明原因，温和地问一问旧地址是否涉及安全问题。'
	}
};
