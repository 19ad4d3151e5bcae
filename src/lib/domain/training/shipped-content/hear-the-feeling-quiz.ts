// Module "Hear the feeling": end-of-module quiz, one correct option per question.
import type { ShippedQuizQuestion } from './types';

export const hearTheFeelingQuiz: ShippedQuizQuestion[] = [
	{
		key: 'hear_the_feeling.q_strong_reaction',
		prompt: {
			en: "A customer writes: \"I've been charged twice and I'm scared I'll go overdrawn.\" Which reply shows a strong emotional reaction?",
			fa: 'مشتری می‌نویسد: «دو بار از حسابم برداشت شده و می‌ترسم حسابم منفی شود.» کدام پاسخ واکنش احساسی قوی نشان می‌دهد؟',
			ar: 'يكتب عميل: «خُصم المبلغ مني مرتين وأخشى أن يصبح رصيدي بالسالب.» أيّ ردّ يُظهر تفاعلًا عاطفيًا قويًا؟',
			pl: 'Klient pisze: „Pobrali Państwo opłatę dwa razy i boję się, że wejdę na debet”. Która odpowiedź pokazuje mocną reakcję emocjonalną?',
			zh: '客户写道：“你们扣了我两次款，我怕账户要透支了。”哪一个回复体现了强的情绪回应？'
		},
		options: [
			{ en: '"We apologise for any inconvenience caused."', fa: '«بابت هرگونه ناراحتی پوزش می‌طلبیم.»', ar: '«نعتذر عن أي إزعاج.»', pl: '„Przepraszamy za wszelkie niedogodności”.', zh: '“给您带来不便，敬请谅解。”' },
			{ en: '"Sorry about that."', fa: '«ببخشید بابتش.»', ar: '«آسف على ذلك.»', pl: '„Przepraszam za to”.', zh: '“不好意思。”' },
			{
				en: "\"I'm really sorry. Finding an extra charge when you're already close to your limit must be frightening.\"",
				fa: '«واقعاً متأسفم. دیدن یک برداشت اضافه وقتی حسابتان همین حالا هم به مرز کشیده، حتماً ترسناک است.»',
				ar: '«أنا آسف حقًا. أن تجد خصمًا إضافيًا ورصيدك أصلًا على الحافة أمرٌ مخيف بلا شك.»',
				pl: '„Bardzo mi przykro. Dodatkowe obciążenie, kiedy jest Pan już blisko limitu, musi budzić strach”.',
				zh: '“真的很抱歉。账户本来就快见底了，又多扣了一笔，一定让您很害怕。”'
			},
			{ en: '"Please calm down, it will be refunded."', fa: '«لطفاً آرام باشید، برگشت داده می‌شود.»', ar: '«اهدأ من فضلك، سيُعاد المبلغ.»', pl: '„Proszę się uspokoić, pieniądze zostaną zwrócone”.', zh: '“请您先冷静，钱会退的。”' }
		],
		answerIndex: 2,
		explanation: {
			en: 'The third reply names a feeling in the first person and ties it to the customer\'s situation. The first is an institutional formula, the second alludes to a feeling without naming it, and the last dismisses the emotion.',
			fa: 'پاسخ سوم احساس را از زبان خود کارشناس نام می‌برد و به موقعیت مشتری ربط می‌دهد. اولی جملهٔ اداری است، دومی فقط به احساس اشاره می‌کند و آخری احساس مشتری را نادیده می‌گیرد.',
			ar: 'الردّ الثالث يسمّي الشعور بصيغة المتكلم ويربطه بموقف العميل. الأول عبارة مؤسسية، والثاني يلمّح إلى الشعور دون تسميته، والأخير يتجاهل شعور العميل.',
			pl: 'Trzecia odpowiedź nazywa uczucie w pierwszej osobie i wiąże je z sytuacją klienta. Pierwsza to urzędowa formułka, druga tylko sugeruje uczucie, a ostatnia lekceważy emocje klienta.',
			zh: '第三个回复用第一人称说出了感受，并和客户的处境联系起来。第一个是官方套话，第二个只是暗示情绪，最后一个则否定了客户的情绪。'
		}
	},
	{
		key: 'hear_the_feeling.q_strong_interpretation',
		prompt: {
			en: "A customer says: \"This is the third time I've had to explain this.\" Which reply is the strongest interpretation?",
			fa: 'مشتری می‌گوید: «این سومین بار است که مجبورم این را توضیح بدهم.» قوی‌ترین برداشت کدام است؟',
			ar: 'يقول عميل: «هذه ثالث مرة أضطر فيها إلى شرح هذا.» أيّ ردّ هو أقوى تفسير؟',
			pl: 'Klient mówi: „Tłumaczę to już trzeci raz”. Która odpowiedź to najmocniejsza interpretacja?',
			zh: '客户说：“这已经是我第三次解释这件事了。”哪一个回复是最强的解读？'
		},
		options: [
			{ en: '"I understand."', fa: '«متوجه‌ام.»', ar: '«أفهم.»', pl: '„Rozumiem”.', zh: '“我理解。”' },
			{
				en: "\"So you've had to start from scratch every time, and you're tired of not being listened to.\"",
				fa: '«پس هر بار مجبور شده‌اید از صفر شروع کنید و دیگر خسته شده‌اید از اینکه کسی به حرفتان گوش نمی‌دهد.»',
				ar: '«يعني أنك اضطررت إلى البدء من الصفر في كل مرة، وقد تعبت من أن أحدًا لا يسمعك.»',
				pl: '„Czyli za każdym razem musiał Pan zaczynać od zera i ma Pan już dość tego, że nikt Pana nie słucha”.',
				zh: '“也就是说，您每次都得从头讲起，已经受够了没人认真听您说。”'
			},
			{ en: '"I can see three contacts on your account."', fa: '«سه تماس در پروندهٔ شما می‌بینم.»', ar: '«أرى ثلاثة اتصالات مسجلة في حسابك.»', pl: '„Widzę w systemie trzy kontakty”.', zh: '“我看到您的账户有三条联系记录。”' },
			{ en: '"What seems to be the problem?"', fa: '«مشکل چیست؟»', ar: '«ما المشكلة؟»', pl: '„W czym problem?”.', zh: '“请问是什么问题？”' }
		],
		answerIndex: 1,
		explanation: {
			en: "It names the inferred experience (starting again) and the feeling (tired of not being heard). \"I understand\" is generic, reading out the record gives facts without feelings, and the last question ignores what the customer just said.",
			fa: 'این پاسخ تجربهٔ برداشت‌شده (هر بار از نو) و احساس (خستگی از شنیده نشدن) را نام می‌برد. «متوجه‌ام» کلی است، خواندن سابقه فقط واقعیت را بدون احساس می‌گوید و سؤال آخر حرف مشتری را نادیده می‌گیرد.',
			ar: 'يسمّي هذا الردّ التجربة المستنتجة (البدء من جديد) والشعور (التعب من عدم الإصغاء). «أفهم» عبارة عامة، وقراءة السجل تذكر الوقائع بلا مشاعر، والسؤال الأخير يتجاهل ما قاله العميل للتو.',
			pl: 'Ta odpowiedź nazywa wywnioskowane doświadczenie (ciągłe zaczynanie od nowa) i uczucie (zmęczenie tym, że nikt nie słucha). „Rozumiem” jest ogólnikowe, odczytanie historii podaje fakty bez uczuć, a ostatnie pytanie pomija to, co klient właśnie powiedział.',
			zh: '它说出了推断出的经历（每次从头再来）和感受（受够了没人听）。“我理解”太笼统，念记录只讲事实不讲感受，最后一个问题则无视了客户刚说的话。'
		}
	},
	{
		key: 'hear_the_feeling.q_check_interpretation',
		prompt: {
			en: 'Why follow an interpretation with "Have I got that right?"',
			fa: 'چرا بعد از بیان برداشتتان می‌پرسید «درست متوجه شدم؟»',
			ar: 'لماذا تُتبع تفسيرك بسؤال «هل فهمتك بشكل صحيح؟»',
			pl: 'Po co po interpretacji pytać: „Czy dobrze to rozumiem?”?',
			zh: '为什么说完解读后要问一句“我理解得对吗？”'
		},
		options: [
			{ en: 'It makes the call longer, which customers appreciate.', fa: 'تماس را طولانی‌تر می‌کند و مشتری‌ها این را دوست دارند.', ar: 'لأنه يطيل المكالمة، والعملاء يقدّرون ذلك.', pl: 'Wydłuża rozmowę, a klienci to doceniają.', zh: '这样通话会长一些，客户会喜欢。' },
			{ en: 'An interpretation is a guess; letting the customer correct it brings out the real issue.', fa: 'برداشت یک حدس است؛ اگر مشتری اصلاحش کند، مسئلهٔ اصلی روشن می‌شود.', ar: 'لأن التفسير تخمين، وتصحيح العميل له يكشف المشكلة الحقيقية.', pl: 'Interpretacja to przypuszczenie; gdy klient ją poprawi, wychodzi na jaw prawdziwy problem.', zh: '解读只是猜测，让客户纠正，才能找到真正的问题。' },
			{ en: 'It shifts responsibility for the answer to the customer.', fa: 'مسئولیت پاسخ را به گردن مشتری می‌اندازد.', ar: 'لأنه ينقل مسؤولية الإجابة إلى العميل.', pl: 'Przerzuca odpowiedzialność za odpowiedź na klienta.', zh: '这样可以把回答的责任推给客户。' }
		],
		answerIndex: 1,
		explanation: {
			en: 'You infer feelings from a few sentences, so you will sometimes be wrong. A light check invites the correction, and the correction tells you what actually matters to the customer.',
			fa: 'احساس‌ها را از چند جمله حدس می‌زنید، پس گاهی اشتباه می‌کنید. یک پرسش کوتاه راه اصلاح را باز می‌کند و همین اصلاح نشان می‌دهد واقعاً چه چیزی برای مشتری مهم است.',
			ar: 'أنت تستنتج المشاعر من جمل قليلة، لذا ستخطئ أحيانًا. السؤال الخفيف يفتح باب التصحيح، والتصحيح يخبرك بما يهمّ العميل فعلًا.',
			pl: 'Wnioskujesz o uczuciach z kilku zdań, więc czasem się pomylisz. Lekkie pytanie zaprasza do korekty, a korekta pokazuje, co naprawdę jest dla klienta ważne.',
			zh: '你只是从几句话里推断感受，难免会猜错。轻轻确认一句，客户就会纠正你，而纠正恰恰告诉你他真正在意什么。'
		}
	},
	{
		key: 'hear_the_feeling.q_bereavement',
		prompt: {
			en: "A customer is closing a parent's account after their death. Which approach fits best?",
			fa: 'مشتری‌ای پس از درگذشت پدر یا مادرش برای بستن حساب او تماس گرفته. کدام رویکرد مناسب‌تر است؟',
			ar: 'عميل يريد إغلاق حساب والده أو والدته بعد الوفاة. أيّ أسلوب هو الأنسب؟',
			pl: 'Klient zamyka konto zmarłego rodzica. Jakie podejście jest najlepsze?',
			zh: '客户在父亲或母亲去世后来注销其账户。哪种做法最合适？'
		},
		options: [
			{ en: 'Move quickly through the checklist so the call stays short.', fa: 'سریع فهرست مراحل را پیش ببرید تا تماس کوتاه بماند.', ar: 'المرور سريعًا على قائمة الإجراءات لتبقى المكالمة قصيرة.', pl: 'Szybko przejść przez listę kroków, żeby rozmowa była krótka.', zh: '快速走完流程清单，让通话尽量短。' },
			{ en: "Slow down, offer condolences in your own words and make the process light: what's needed, no deadline.", fa: 'آرام‌تر پیش بروید، با کلمات خودتان تسلیت بگویید و روند را ساده کنید: چه چیزی لازم است، بدون مهلت.', ar: 'التمهّل، وتقديم التعزية بكلماتك، وتيسير الإجراءات: ما المطلوب، وبلا مهلة.', pl: 'Zwolnić, złożyć kondolencje własnymi słowami i uprościć formalności: co jest potrzebne, bez terminu.', zh: '放慢节奏，用自己的话表达哀悼，让手续简单：需要什么、没有期限。' },
			{ en: 'Share at length how you felt when you lost a parent.', fa: 'مفصل تعریف کنید وقتی پدر یا مادرتان را از دست دادید چه حسی داشتید.', ar: 'أن تحكي بالتفصيل ما شعرت به عندما فقدت أحد والديك.', pl: 'Długo opowiadać o własnej stracie rodzica i o tym, co się wtedy czuło.', zh: '详细讲述你自己失去父母时的感受。' },
			{ en: 'Ask them to call back when they feel less upset.', fa: 'از او بخواهید وقتی حالش بهتر شد دوباره تماس بگیرد.', ar: 'أن تطلب منه معاودة الاتصال عندما يكون أقل تأثرًا.', pl: 'Poprosić, żeby zadzwonił, gdy będzie mniej poruszony.', zh: '请客户等情绪平复后再打来。' }
		],
		answerIndex: 1,
		explanation: {
			en: 'Grief needs a slower pace and as little admin as possible. Rushing feels cold, a long personal story shifts the focus to you, and asking them to call back adds another painful call.',
			fa: 'سوگ به آهنگی آرام‌تر و کمترین کار اداری ممکن نیاز دارد. عجله سرد به نظر می‌رسد، قصهٔ طولانی شخصی توجه را به شما برمی‌گرداند و درخواست تماس دوباره، یک تماس دردناک دیگر به او تحمیل می‌کند.',
			ar: 'الحزن يحتاج إلى إيقاع أبطأ وأقل قدر ممكن من الإجراءات. الاستعجال يبدو باردًا، والقصة الشخصية الطويلة تحوّل الانتباه إليك، وطلب معاودة الاتصال يضيف مكالمة مؤلمة أخرى.',
			pl: 'Żałoba wymaga wolniejszego tempa i jak najmniej formalności. Pośpiech wydaje się chłodny, długa osobista historia przenosi uwagę na ciebie, a prośba o ponowny telefon to kolejna bolesna rozmowa.',
			zh: '面对丧亲之痛，需要放慢节奏、尽量减少手续。匆忙显得冷漠，长篇讲自己的故事会把焦点转到你身上，让对方再打来则又多了一通痛苦的电话。'
		}
	},
	{
		key: 'hear_the_feeling.q_avoid_phrase',
		prompt: {
			en: 'Which phrase should you avoid with an angry customer?',
			fa: 'با مشتری عصبانی از کدام جمله باید پرهیز کرد؟',
			ar: 'أيّ عبارة يجب تجنّبها مع عميل غاضب؟',
			pl: 'Którego zdania należy unikać w rozmowie z rozgniewanym klientem?',
			zh: '面对愤怒的客户，应该避免哪句话？'
		},
		options: [
			{ en: '"You have every reason to be upset."', fa: '«حق دارید ناراحت باشید.»', ar: '«لديك كل الحق في أن تنزعج.»', pl: '„Ma Pan pełne prawo być zdenerwowany”.', zh: '“您生气完全有道理。”' },
			{ en: '"There\'s no need to get upset."', fa: '«دلیلی برای ناراحتی نیست.»', ar: '«لا داعي للانزعاج.»', pl: '„Nie ma powodu się denerwować”.', zh: '“没必要生气。”' },
			{ en: '"Missing two client calls is a serious problem."', fa: '«از دست دادن دو جلسه با مشتری مشکل جدی‌ای است.»', ar: '«تفويت اتصالين مع عملاء مشكلة حقيقية.»', pl: '„Dwie stracone rozmowy z klientami to poważny problem”.', zh: '“错过两个客户电话，是很严重的问题。”' }
		],
		answerIndex: 1,
		explanation: {
			en: "It tells the customer their feeling is wrong, which usually makes them angrier. The other two acknowledge the feeling or what caused it.",
			fa: 'این جمله به مشتری می‌گوید احساسش اشتباه است و معمولاً او را عصبانی‌تر می‌کند. دو جملهٔ دیگر احساس یا علت آن را به رسمیت می‌شناسند.',
			ar: 'هذه العبارة تقول للعميل إن شعوره خاطئ، وغالبًا ما تزيد غضبه. أما العبارتان الأخريان فتعترفان بالشعور أو بسببه.',
			pl: 'To zdanie mówi klientowi, że jego emocja jest niewłaściwa, co zwykle jeszcze bardziej go złości. Dwa pozostałe uznają uczucie albo jego przyczynę.',
			zh: '这句话等于告诉客户他的情绪是错的，通常只会让他更生气。另外两句则承认了客户的情绪或其原因。'
		}
	}
];
