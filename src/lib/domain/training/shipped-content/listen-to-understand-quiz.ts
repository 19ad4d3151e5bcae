// Module "Listen to understand": end-of-module quiz, one correct option per question.
import type { ShippedQuizQuestion } from './types';

export const listenToUnderstandQuiz: ShippedQuizQuestion[] = [
	{
		key: 'listen_to_understand.q_best_paraphrase',
		prompt: {
			en: "A customer says: \"I've been waiting three weeks for the refund and I've had to borrow money from my brother.\" Which reply is the best paraphrase?",
			fa: 'مشتری می‌گوید: «سه هفته است منتظر بازگشت پولم هستم و مجبور شدم از برادرم قرض بگیرم.» بهترین بازگویی کدام است؟',
			ar: 'يقول عميل: «أنتظر استرداد المبلغ منذ ثلاثة أسابيع، واضطررت إلى الاقتراض من أخي.» أيّ ردّ هو أفضل إعادة صياغة؟',
			pl: 'Klient mówi: „Od trzech tygodni czekam na zwrot i musiałem pożyczyć pieniądze od brata”. Która odpowiedź to najlepsza parafraza?',
			zh: '客户说：“我等退款已经三个星期了，只好先跟我哥借钱。”哪一个回复是最好的复述？'
		},
		options: [
			{ en: '"You\'ve been waiting for a refund."', fa: '«منتظر بازگشت پولتان هستید.»', ar: '«أنت تنتظر استرداد المبلغ.»', pl: '„Czeka Pan na zwrot”.', zh: '“您在等退款。”' },
			{
				en: "\"So it's been three weeks, and you've had to borrow from your brother in the meantime. That sounds stressful, and maybe a bit awkward too.\"",
				fa: '«پس سه هفته گذشته و در این فاصله مجبور شده‌اید از برادرتان قرض بگیرید. حتماً پرفشار بوده و شاید کمی هم معذب‌کننده.»',
				ar: '«إذن مرّت ثلاثة أسابيع، واضطررت في هذه الأثناء إلى الاقتراض من أخيك. يبدو هذا مرهقًا، وربما محرجًا بعض الشيء أيضًا.»',
				pl: '„Czyli minęły już trzy tygodnie i w międzyczasie musiał Pan pożyczyć od brata. To musi być stresujące, a może i trochę krępujące”.',
				zh: '“也就是说，已经等了三个星期，这期间您还不得不向哥哥借钱。这一定压力很大，可能也有点不好意思吧。”'
			},
			{ en: '"Refunds can take up to 30 days."', fa: '«بازگشت وجه ممکن است تا ۳۰ روز طول بکشد.»', ar: '«قد يستغرق الاسترداد حتى ٣٠ يومًا.»', pl: '„Zwrot może potrwać do 30 dni”.', zh: '“退款最长可能需要30天。”' },
			{ en: '"I understand."', fa: '«متوجه‌ام.»', ar: '«أفهم.»', pl: '„Rozumiem”.', zh: '“我理解。”' }
		],
		answerIndex: 1,
		explanation: {
			en: 'It keeps the facts (three weeks, the loan) and adds the inferred experience, offered tentatively. The first option parrots, the third jumps to policy, and the last is a generic acknowledgement.',
			fa: 'این پاسخ واقعیت‌ها (سه هفته، قرض) را نگه می‌دارد و تجربهٔ برداشت‌شده را با احتیاط اضافه می‌کند. گزینهٔ اول تکرار طوطی‌وار است، سومی یکراست سراغ قانون می‌رود و آخری تأییدی کلی است.',
			ar: 'يحتفظ بالوقائع (ثلاثة أسابيع، والاقتراض) ويضيف التجربة المستنتجة بصيغة غير جازمة. الخيار الأول ترديد، والثالث يقفز إلى السياسة، والأخير إقرار عام.',
			pl: 'Zachowuje fakty (trzy tygodnie, pożyczka) i ostrożnie dodaje wywnioskowane doświadczenie. Pierwsza opcja to papugowanie, trzecia od razu przechodzi do regulaminu, a ostatnia jest ogólnikiem.',
			zh: '它保留了事实（三个星期、借钱），并以试探的口吻加上了推断出的感受。第一个是鹦鹉学舌，第三个直接搬出规定，最后一个是笼统的认可。'
		}
	},
	{
		key: 'listen_to_understand.q_strong_exploration',
		prompt: {
			en: "A customer says: \"Since the price went up I've been really stressed about money.\" Which is the strongest exploration?",
			fa: 'مشتری می‌گوید: «از وقتی قیمت بالا رفته، واقعاً سر پول تحت فشارم.» قوی‌ترین سؤال کندوکاوی کدام است؟',
			ar: 'يقول عميل: «منذ ارتفاع السعر وأنا متوتر جدًا بشأن المال.» أيّ سؤال هو أقوى استكشاف؟',
			pl: 'Klient mówi: „Od podwyżki naprawdę stresuję się pieniędzmi”. Które pytanie to najmocniejsze dopytanie?',
			zh: '客户说：“自从涨价以后，我一直为钱的事发愁。”哪一个是最强的探询？'
		},
		options: [
			{ en: '"Is there anything else I can help with?"', fa: '«امر دیگری هست که بتوانم کمک کنم؟»', ar: '«هل هناك شيء آخر يمكنني المساعدة فيه؟»', pl: '„Czy mogę pomóc w czymś jeszcze?”', zh: '“还有什么可以帮您的吗？”' },
			{ en: '"What happened?"', fa: '«چه اتفاقی افتاد؟»', ar: '«ماذا حدث؟»', pl: '„Co się stało?”', zh: '“发生什么事了？”' },
			{
				en: '"When you say stressed, is it this bill in particular, or is it making the whole month hard to plan?"',
				fa: '«وقتی می‌گویید تحت فشارید، بیشتر به خاطر همین قبض است یا برنامه‌ریزی کل ماه برایتان سخت شده؟»',
				ar: '«حين تقول إنك متوتر، هل السبب هذه الفاتورة بالذات، أم أنها صعّبت عليك تدبير الشهر كله؟»',
				pl: '„Kiedy mówi Pan o stresie, chodzi o ten konkretny rachunek, czy o to, że trudno zaplanować cały miesiąc?”',
				zh: '“您说发愁，主要是这一张账单，还是它让您整个月的开销都不好安排了？”'
			}
		],
		answerIndex: 2,
		explanation: {
			en: 'It picks up the customer\'s own emotion word and asks specifically about their experience. The other two are generic questions that could be asked of anyone.',
			fa: 'این سؤال واژهٔ احساسی خود مشتری را می‌گیرد و مشخصاً دربارهٔ تجربهٔ او می‌پرسد. دو گزینهٔ دیگر سؤال‌هایی کلی‌اند که می‌شود از هر کسی پرسید.',
			ar: 'يلتقط هذا السؤال كلمة الشعور التي قالها العميل نفسه ويسأل تحديدًا عن تجربته. أما الخياران الآخران فسؤالان عامّان يصلحان لأي شخص.',
			pl: 'To pytanie podchwytuje słowo, którym klient opisał swoje uczucie, i dopytuje konkretnie o jego doświadczenie. Pozostałe dwa to ogólne pytania, które można zadać każdemu.',
			zh: '这个问题接住了客户自己说的情绪词，并具体地问他的经历。另外两个都是对谁都能问的笼统问题。'
		}
	},
	{
		key: 'listen_to_understand.q_when_paraphrase',
		prompt: {
			en: 'When is the best moment for your first paraphrase?',
			fa: 'بهترین زمان برای اولین بازگویی چه وقتی است؟',
			ar: 'ما أفضل لحظة لأول إعادة صياغة؟',
			pl: 'Kiedy jest najlepszy moment na pierwszą parafrazę?',
			zh: '第一次复述的最佳时机是什么时候？'
		},
		options: [
			{ en: 'At the very end of the call, in the wrap-up.', fa: 'در پایان تماس، هنگام جمع‌بندی.', ar: 'في نهاية المكالمة تمامًا، عند الختام.', pl: 'Na samym końcu rozmowy, w podsumowaniu.', zh: '在通话最后收尾的时候。' },
			{ en: "After the customer's first long explanation, before you open tools or propose a solution.", fa: 'بعد از اولین توضیح طولانی مشتری، پیش از باز کردن سامانه‌ها یا پیشنهاد راه‌حل.', ar: 'بعد أول شرح طويل من العميل، وقبل أن تفتح الأنظمة أو تقترح حلًا.', pl: 'Po pierwszej dłuższej wypowiedzi klienta, zanim otworzysz systemy lub zaproponujesz rozwiązanie.', zh: '在客户第一次长篇说明之后、打开系统或提出方案之前。' },
			{ en: 'Only if the customer asks you to repeat something.', fa: 'فقط وقتی مشتری بخواهد چیزی را تکرار کنید.', ar: 'فقط إذا طلب العميل أن تكرر شيئًا.', pl: 'Tylko wtedy, gdy klient poprosi o powtórzenie.', zh: '只有客户要求你重复时才复述。' }
		],
		answerIndex: 1,
		explanation: {
			en: 'Paraphrasing early proves you listened and catches misunderstandings before you act on them. At the end of the call it is too late to change course.',
			fa: 'بازگویی زودهنگام ثابت می‌کند گوش داده‌اید و سوءتفاهم‌ها را پیش از اقدام آشکار می‌کند. در پایان تماس دیگر برای تغییر مسیر دیر است.',
			ar: 'إعادة الصياغة مبكرًا تثبت أنك أصغيت، وتكشف سوء الفهم قبل أن تتصرف. أما في نهاية المكالمة فيكون الوقت قد فات لتغيير المسار.',
			pl: 'Wczesna parafraza dowodzi, że słuchasz, i wyłapuje nieporozumienia, zanim zaczniesz działać. Na końcu rozmowy jest już za późno na zmianę kursu.',
			zh: '尽早复述能证明你在听，并在行动前发现误解。到了通话结尾，再想调整方向就来不及了。'
		}
	},
	{
		key: 'listen_to_understand.q_repeating_customer',
		prompt: {
			en: 'A customer keeps repeating the same point. What is it most likely telling you?',
			fa: 'مشتری مدام یک حرف را تکرار می‌کند. به احتمال زیاد این چه پیامی دارد؟',
			ar: 'عميل يكرر النقطة نفسها مرارًا. ما الذي يخبرك به ذلك على الأرجح؟',
			pl: 'Klient ciągle powtarza to samo. Co najprawdopodobniej próbuje ci przekazać?',
			zh: '客户一直重复同一点。这最可能说明什么？'
		},
		options: [
			{ en: 'They were not listening to you.', fa: 'او به حرف شما گوش نمی‌داده.', ar: 'أنه لم يكن يصغي إليك.', pl: 'Że nie słuchał tego, co mówisz.', zh: '客户没有在听你说话。' },
			{ en: "They don't feel heard yet, so paraphrase what they said, including the impact.", fa: 'هنوز حس نمی‌کند شنیده شده؛ پس حرفش را همراه با اثری که برایش داشته بازگو کنید.', ar: 'أنه لم يشعر بعد بأنه مسموع، فأعد صياغة ما قاله مع أثره عليه.', pl: 'Że wciąż nie czuje się wysłuchany, więc sparafrazuj to, co mówi, razem ze skutkami.', zh: '客户还没觉得被听见，所以要复述他说的话，连同对他的影响。' },
			{ en: 'The call must be escalated straight away.', fa: 'تماس باید فوراً به سطح بالاتر ارجاع شود.', ar: 'أن المكالمة يجب تصعيدها فورًا.', pl: 'Że rozmowę trzeba natychmiast eskalować.', zh: '必须马上升级处理。' },
			{ en: 'It is time to read the policy aloud.', fa: 'وقتش است متن مقررات را برایش بخوانید.', ar: 'أن الوقت حان لقراءة السياسة عليه.', pl: 'Że czas odczytać regulamin.', zh: '是时候把规定念给他听了。' }
		],
		answerIndex: 1,
		explanation: {
			en: 'Repetition usually means the point has not landed. A good paraphrase, with the impact named, typically ends the loop; reading policy or escalating skips the listening step.',
			fa: 'تکرار معمولاً یعنی حرفش هنوز به مقصد نرسیده. یک بازگویی خوب که اثر ماجرا را هم نام ببرد، معمولاً این چرخه را می‌شکند؛ خواندن مقررات یا ارجاع فوری مرحلهٔ گوش دادن را جا می‌اندازد.',
			ar: 'التكرار يعني عادةً أن الفكرة لم تصل بعد. وإعادة الصياغة الجيدة التي تسمّي الأثر تُنهي الحلقة غالبًا، أما قراءة السياسة أو التصعيد فيتخطّيان خطوة الإصغاء.',
			pl: 'Powtarzanie zwykle oznacza, że komunikat nie dotarł. Dobra parafraza, która nazywa skutki, najczęściej przerywa tę pętlę; regulamin czy eskalacja pomijają etap słuchania.',
			zh: '重复通常意味着客户的意思还没被接住。一个说出影响的好复述，往往就能打破这个循环；念规定或直接升级都跳过了倾听这一步。'
		}
	},
	{
		key: 'listen_to_understand.q_blame_free_why',
		prompt: {
			en: 'Which question asks "why" without sounding like blame?',
			fa: 'کدام سؤال «چرا» را بدون لحن سرزنش می‌پرسد؟',
			ar: 'أيّ سؤال يسأل «لماذا» دون أن يبدو لومًا؟',
			pl: 'Które pytanie pyta „dlaczego”, nie brzmiąc jak zarzut?',
			zh: '哪一个问题在问“为什么”，却不带责怪？'
		},
		options: [
			{ en: '"Why didn\'t you read the letter?"', fa: '«چرا نامه را نخواندید؟»', ar: '«لماذا لم تقرأ الرسالة؟»', pl: '„Dlaczego nie przeczytał Pan listu?”', zh: '“您为什么没看那封信？”' },
			{ en: '"Why did you wait so long to call?"', fa: '«چرا این‌قدر دیر تماس گرفتید؟»', ar: '«لماذا انتظرت كل هذا الوقت لتتصل؟»', pl: '„Dlaczego tak długo czekał Pan z telefonem?”', zh: '“您为什么拖了这么久才打电话？”' },
			{ en: '"What made it hard to get in touch with us sooner?"', fa: '«چه چیزی تماس زودتر با ما را سخت کرده بود؟»', ar: '«ما الذي صعّب عليك التواصل معنا في وقت أبكر؟»', pl: '„Co utrudniło Panu wcześniejszy kontakt z nami?”', zh: '“之前是什么让您不太方便早点联系我们？”' }
		],
		answerIndex: 2,
		explanation: {
			en: 'It asks for the same information but assumes there was a reason, not a fault. The other two put the customer on the defensive.',
			fa: 'همان اطلاعات را می‌خواهد، ولی فرض را بر این می‌گذارد که دلیلی در کار بوده، نه تقصیری. دو گزینهٔ دیگر مشتری را به موضع دفاعی می‌برند.',
			ar: 'يطلب المعلومة نفسها، لكنه يفترض وجود سبب لا تقصير. أما الخياران الآخران فيضعان العميل في موقف الدفاع.',
			pl: 'Pyta o to samo, ale zakłada, że był jakiś powód, a nie wina. Dwie pozostałe opcje stawiają klienta w defensywie.',
			zh: '它问的是同样的信息，但预设的是“有原因”而不是“有错”。另外两个会让客户进入防御状态。'
		}
	}
];
