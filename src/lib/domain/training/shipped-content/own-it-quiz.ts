// Module "Own it": end-of-module quiz, one correct option per question.
import type { ShippedQuizQuestion } from './types';

export const ownItQuiz: ShippedQuizQuestion[] = [
	{
		key: 'own_it.q_strong_ownership',
		prompt: {
			en: 'A customer says: "My parcel has been stuck at your depot for a week." Which reply shows strong ownership?',
			fa: 'مشتری می‌گوید: «یک هفته است بسته‌ام در انبار شما مانده.» کدام پاسخ مسئولیت‌پذیری قوی نشان می‌دهد؟',
			ar: 'يقول عميل: «طردي عالق في مستودعكم منذ أسبوع.» أيّ ردّ يُظهر تحمّلًا قويًا للمسؤولية؟',
			pl: 'Klient mówi: „Moja paczka od tygodnia leży w Państwa magazynie”. Która odpowiedź pokazuje mocną odpowiedzialność?',
			zh: '客户说：“我的包裹在你们仓库卡了一个星期了。”哪一个回复体现了强担责？'
		},
		options: [
			{ en: '"The depot is a different team; you\'ll need to call them."', fa: '«انبار واحد دیگری است؛ باید با خودشان تماس بگیرید.»', ar: '«المستودع فريق آخر، عليك الاتصال بهم.»', pl: '„Magazyn to inny dział, musi Pan do nich zadzwonić”.', zh: '“仓库是另一个部门，您得给他们打电话。”' },
			{ en: '"It will be looked into."', fa: '«بررسی خواهد شد.»', ar: '«سيتم النظر في الأمر.»', pl: '„Sprawa zostanie rozpatrzona”.', zh: '“我们会跟进的。”' },
			{
				en: '"I\'ll call the depot myself now and message you by 4 pm today with a delivery date."',
				fa: '«همین الان خودم با انبار تماس می‌گیرم و تا ساعت ۴ امروز تاریخ تحویل را برایتان پیام می‌دهم.»',
				ar: '«سأتصل بالمستودع بنفسي الآن، وأراسلك قبل الرابعة اليوم بموعد التوصيل.»',
				pl: '„Zaraz osobiście zadzwonię do magazynu i do 16:00 napiszę do Pana z datą dostawy”.',
				zh: '“我现在就亲自联系仓库，今天下午4点前给您发消息告知送达日期。”'
			},
			{ en: '"Unfortunately, these things happen."', fa: '«متأسفانه این چیزها پیش می‌آید.»', ar: '«للأسف، هذه أمور تحدث.»', pl: '„Niestety, tak się zdarza”.', zh: '“很遗憾，这种事难免会发生。”' }
		],
		answerIndex: 2,
		explanation: {
			en: 'It is first person, names a specific action and sets a time the customer can hold you to. The others pass the problem on, hide behind the passive, or shrug it off.',
			fa: 'اول‌شخص است، کار مشخصی را نام می‌برد و زمانی تعیین می‌کند که مشتری می‌تواند شما را به آن متعهد بداند. بقیه یا مشکل را به دیگری پاس می‌دهند، یا پشت جملهٔ مجهول پنهان می‌شوند، یا آن را بی‌اهمیت جلوه می‌دهند.',
			ar: 'بصيغة المتكلم، ويسمّي إجراءً محددًا، ويحدد وقتًا يمكن للعميل أن يحاسبك عليه. أما البقية فتُحيل المشكلة إلى غيرك، أو تختبئ خلف المبني للمجهول، أو تستخفّ بها.',
			pl: 'Jest w pierwszej osobie, nazywa konkretne działanie i podaje godzinę, z której klient może cię rozliczyć. Pozostałe odsyłają problem dalej, chowają się za stroną bierną albo go bagatelizują.',
			zh: '它用第一人称，说出具体行动，并给出客户可以据此追问你的时间。其余选项要么把问题推给别人，要么躲在被动句后面，要么轻描淡写。'
		}
	},
	{
		key: 'own_it.q_complete_next_step',
		prompt: {
			en: 'Which next step is complete: what, who, when and how the customer will hear?',
			fa: 'کدام گام بعدی کامل است: چه، چه کسی، کی، و مشتری از چه راهی باخبر می‌شود؟',
			ar: 'أيّ خطوة تالية مكتملة: ماذا، ومن، ومتى، وكيف سيعرف العميل؟',
			pl: 'Który kolejny krok jest kompletny: co, kto, kiedy i jak klient się dowie?',
			zh: '哪一个下一步是完整的：做什么、谁来做、什么时候、客户如何得知？'
		},
		options: [
			{ en: '"We\'ll sort it out soon."', fa: '«به‌زودی درستش می‌کنیم.»', ar: '«سنحلّ الأمر قريبًا.»', pl: '„Wkrótce to załatwimy”.', zh: '“我们会尽快处理。”' },
			{ en: '"Your refund will be processed in due course."', fa: '«بازپرداخت شما در زمان مقتضی انجام می‌شود.»', ar: '«ستتم معالجة الاسترداد في الوقت المناسب.»', pl: '„Zwrot zostanie zrealizowany w odpowiednim czasie”.', zh: '“您的退款会在适当的时候处理。”' },
			{
				en: '"I\'ve submitted your £30 refund; it will reach your card by Thursday the 12th, and you\'ll get a text when it\'s sent."',
				fa: '«درخواست بازگشت ۳۰۰ هزار تومان را ثبت کردم؛ تا پنجشنبه، دوازدهم، به کارتتان می‌رسد و وقتی واریز شد پیامک می‌گیرید.»',
				ar: '«سجّلت طلب استرداد ١٢٠ ريالًا، وسيصل إلى بطاقتك قبل الخميس ١٢ من الشهر، وستصلك رسالة نصية عند إرساله.»',
				pl: '„Zwrot 120 zł jest zlecony; wpłynie na kartę do czwartku, dwunastego, a gdy zostanie wysłany, dostanie Pan SMS-a”.',
				zh: '“我已经提交了您120元的退款，12号周四前会退到您的卡上，退款发出时您会收到短信。”'
			},
			{ en: '"Someone from billing will be in touch."', fa: '«یکی از واحد مالی با شما تماس می‌گیرد.»', ar: '«سيتواصل معك أحد من قسم الفواتير.»', pl: '„Ktoś z działu rozliczeń się odezwie”.', zh: '“账单部门会有人联系您。”' }
		],
		answerIndex: 2,
		explanation: {
			en: 'It says what (the refund and amount), who (I submitted it), when (a real date) and how the customer will know (a text). The others leave the customer with a reason to call back.',
			fa: 'می‌گوید چه (بازگشت پول و مبلغش)، چه کسی (من ثبتش کردم)، کی (یک تاریخ واقعی) و مشتری از چه راهی باخبر می‌شود (پیامک). بقیه دلیلی برای تماس دوباره باقی می‌گذارند.',
			ar: 'يذكر ماذا (الاسترداد ومبلغه)، ومن (أنا سجّلته)، ومتى (تاريخ حقيقي)، وكيف سيعرف العميل (رسالة نصية). أما البقية فتترك للعميل سببًا لمعاودة الاتصال.',
			pl: 'Mówi co (zwrot i kwota), kto (zlecenie już złożone), kiedy (konkretna data) i jak klient się dowie (SMS). Pozostałe zostawiają klientowi powód, by zadzwonić ponownie.',
			zh: '它说清了做什么（退款及金额）、谁来做（我已提交）、什么时候（具体日期）以及客户如何得知（短信）。其他选项都给客户留下了再打电话的理由。'
		}
	},
	{
		key: 'own_it.q_promise_own_actions',
		prompt: {
			en: "You can't control when the courier arrives. What should you promise?",
			fa: 'زمان رسیدن پیک در اختیار شما نیست. قول چه چیزی را باید بدهید؟',
			ar: 'لا تتحكم في موعد وصول المندوب. بماذا يجب أن تَعِد؟',
			pl: 'Nie masz wpływu na to, kiedy przyjedzie kurier. Co należy obiecać?',
			zh: '快递什么时候到，你控制不了。你应该承诺什么？'
		},
		options: [
			{ en: '"It will definitely arrive tomorrow."', fa: '«حتماً فردا می‌رسد.»', ar: '«سيصل غدًا بالتأكيد.»', pl: '„Na pewno przyjdzie jutro”.', zh: '“明天肯定送到。”' },
			{ en: 'Your own actions: "I\'ll chase the courier this afternoon and call you by 5 pm with what they say."', fa: 'کارهای خودتان: «امروز بعدازظهر پیگیر پیک می‌شوم و تا ساعت ۵ تماس می‌گیرم و جوابشان را می‌گویم.»', ar: 'أفعالك أنت: «سأتابع مع المندوب بعد الظهر وأتصل بك قبل الخامسة بما يقولونه.»', pl: 'Własne działania: „Dziś po południu skontaktuję się z kurierem i do 17:00 oddzwonię z odpowiedzią”.', zh: '你自己的行动：“今天下午我去催快递，五点前给您回电话告诉您结果。”' },
			{ en: 'Nothing at all, to be safe.', fa: 'هیچ قولی، برای احتیاط.', ar: 'لا شيء على الإطلاق، من باب الاحتياط.', pl: 'Nic, na wszelki wypadek.', zh: '为了保险，什么都不承诺。' }
		],
		answerIndex: 1,
		explanation: {
			en: 'A promise about someone else becomes a second failure when it breaks. Promising nothing leaves the customer alone. Promising your own next action keeps you accountable and is always in your power.',
			fa: 'قولی که به کار دیگران بسته است، اگر عمل نشود، به شکست دوم تبدیل می‌شود. قول ندادن هم مشتری را تنها می‌گذارد. قول دادن به کار بعدی خودتان شما را پاسخ‌گو نگه می‌دارد و همیشه در اختیار خودتان است.',
			ar: 'الوعد المتعلق بغيرك يصبح إخفاقًا ثانيًا إذا لم يتحقق، وعدم الوعد بشيء يترك العميل وحده. أما الوعد بخطوتك التالية أنت فيُبقيك مسؤولًا، وهو دائمًا في يدك.',
			pl: 'Obietnica dotycząca kogoś innego staje się drugą porażką, gdy nie zostanie dotrzymana. Brak obietnic zostawia klienta samego. Obietnica własnego kolejnego kroku utrzymuje twoją odpowiedzialność i zawsze jest w twoich rękach.',
			zh: '替别人许下的承诺一旦落空，就是第二次失败；什么都不承诺，又把客户晾在一边。承诺你自己的下一步行动，既让你担起责任，也始终在你的掌控之中。'
		}
	},
	{
		key: 'own_it.q_cancellation',
		prompt: {
			en: "A customer wants to cancel and says they don't want any offers. What is the best response?",
			fa: 'مشتری می‌خواهد قراردادش را لغو کند و می‌گوید هیچ پیشنهادی نمی‌خواهد. بهترین واکنش کدام است؟',
			ar: 'عميل يريد إلغاء اشتراكه ويقول إنه لا يريد أي عروض. ما أفضل استجابة؟',
			pl: 'Klient chce rozwiązać umowę i mówi, że nie chce żadnych ofert. Jaka reakcja jest najlepsza?',
			zh: '客户要求销户，并说不想听任何优惠。最好的回应是什么？'
		},
		options: [
			{ en: 'Make two retention offers anyway.', fa: 'به هر حال دو پیشنهاد برای ماندن بدهید.', ar: 'تقديم عرضَي استبقاء على أي حال.', pl: 'Mimo to złożyć dwie oferty utrzymaniowe.', zh: '不管怎样，还是提两个挽留优惠。' },
			{ en: 'Respect the decision and give exact dates, amounts, what to return and how confirmation will arrive.', fa: 'به تصمیمش احترام بگذارید و تاریخ‌ها، مبالغ، آنچه باید پس بفرستد و راه رسیدن تأییدیه را دقیق بگویید.', ar: 'احترام القرار، وذكر التواريخ والمبالغ بدقة، وما يجب إرجاعه، وكيف سيصل التأكيد.', pl: 'Uszanować decyzję i podać dokładne daty, kwoty, co trzeba zwrócić i jak przyjdzie potwierdzenie.', zh: '尊重客户的决定，准确说明日期、金额、需要寄回什么，以及确认通过什么方式发送。' },
			{ en: 'Transfer them to another team without explanation.', fa: 'بدون توضیح، او را به واحد دیگری وصل کنید.', ar: 'تحويله إلى فريق آخر دون توضيح.', pl: 'Przełączyć klienta do innego zespołu bez wyjaśnienia.', zh: '不做解释，直接转给另一个团队。' }
		],
		answerIndex: 1,
		explanation: {
			en: 'The customer has told you what they need. Answering it exactly, with dates and written confirmation, is ownership; pushing offers or passing them on ignores what they asked for.',
			fa: 'مشتری گفته چه می‌خواهد. پاسخ دقیق به همان، با تاریخ و تأیید کتبی، یعنی مسئولیت‌پذیری؛ اصرار بر پیشنهاد یا پاس دادن او، خواستهٔ او را نادیده می‌گیرد.',
			ar: 'أخبرك العميل بما يحتاجه. والإجابة عنه بدقة، بتواريخ وتأكيد مكتوب، هي تحمّل المسؤولية؛ أما الإلحاح بالعروض أو تحويله فيتجاهل ما طلبه.',
			pl: 'Klient powiedział, czego potrzebuje. Dokładna odpowiedź, z datami i pisemnym potwierdzeniem, to odpowiedzialność; wciskanie ofert albo odsyłanie dalej pomija to, o co prosił.',
			zh: '客户已经说清了他需要什么。用日期和书面确认准确地回应，才是担责；硬推优惠或把他转走，都是无视他的要求。'
		}
	},
	{
		key: 'own_it.q_closing_question',
		prompt: {
			en: 'Which closing question does most to prevent a repeat contact?',
			fa: 'کدام پرسش پایانی بیشترین کمک را به جلوگیری از تماس دوباره می‌کند؟',
			ar: 'أيّ سؤال ختامي يساعد أكثر على منع تكرار الاتصال؟',
			pl: 'Które pytanie na zakończenie najlepiej zapobiega ponownemu kontaktowi?',
			zh: '哪一个收尾问题最能避免客户再次来电？'
		},
		options: [
			{ en: '"Anything else?"', fa: '«امر دیگری هست؟»', ar: '«هل من شيء آخر؟»', pl: '„Coś jeszcze?”', zh: '“还有别的吗？”' },
			{ en: '"Is there anything about this plan that doesn\'t work for you?"', fa: '«چیزی در این برنامه هست که برایتان جور درنمی‌آید؟»', ar: '«هل في هذه الخطة ما لا يناسبك؟»', pl: '„Czy coś w tym planie Panu nie odpowiada?”', zh: '“这个安排有没有哪里对您不方便？”' },
			{ en: '"Are you happy with my service today?"', fa: '«از خدمات امروز من راضی هستید؟»', ar: '«هل أنت راضٍ عن خدمتي اليوم؟»', pl: '„Czy jest Pan zadowolony z mojej obsługi?”', zh: '“您对我今天的服务满意吗？”' }
		],
		answerIndex: 1,
		explanation: {
			en: 'It invites objections to the plan while you can still fix them, instead of after the call. "Anything else?" is generic, and the satisfaction question is about you, not their problem.',
			fa: 'این پرسش مشتری را دعوت می‌کند ایرادهای برنامه را همین حالا بگوید، وقتی هنوز می‌شود درستشان کرد، نه بعد از تماس. «امر دیگری هست؟» کلی است و سؤال رضایت دربارهٔ خود شماست، نه مشکل او.',
			ar: 'يدعو العميل إلى ذكر اعتراضاته على الخطة ما دمت قادرًا على معالجتها، لا بعد انتهاء المكالمة. «هل من شيء آخر؟» سؤال عام، وسؤال الرضا يتعلق بك أنت لا بمشكلته.',
			pl: 'Zachęca klienta do zgłoszenia zastrzeżeń do planu teraz, gdy jeszcze można je usunąć, a nie po rozmowie. „Coś jeszcze?” jest ogólnikowe, a pytanie o zadowolenie dotyczy ciebie, a nie problemu klienta.',
			zh: '它邀请客户趁你还能调整时就提出对安排的异议，而不是挂断后才发现问题。“还有别的吗？”太笼统，满意度问题关注的是你自己，而不是客户的问题。'
		}
	}
];
