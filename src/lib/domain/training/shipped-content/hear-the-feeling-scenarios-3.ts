// Module "Hear the feeling", practice scenario 5: repeated contact.
import type { ShippedScenario } from './types';

export const thirdCallScenario: ShippedScenario = {
	key: 'hear_the_feeling.repeated_contact',
	situation: 'repeated_contact',
	title: {
		en: 'Third call about a no-show repair',
		fa: 'تماس سوم برای تعمیرکاری که نیامد',
		ar: 'الاتصال الثالث بشأن فنّي لم يحضر',
		pl: 'Trzeci telefon w sprawie serwisanta, który nie przyszedł',
		zh: '第三次来电：维修师傅两次爽约'
	},
	customerMessage: {
		en: "This is the third time I'm calling about the same thing. My washing machine broke on the 2nd, you booked an engineer for the 9th and nobody came. I called, you rebooked for the 14th, and nobody came again. Every time I have to give my order number and address and explain the whole story from the beginning. I've got two small kids and I've been doing laundry at my sister's for two weeks. I'm not even angry any more, I'm just tired.",
		fa: 'این سومین بار است که برای یک موضوع تماس می‌گیرم. ماشین لباسشویی‌ام دوم ماه خراب شد، برای نهم نوبت تعمیرکار گذاشتید و کسی نیامد. زنگ زدم، نوبت را انداختید به چهاردهم، باز هم کسی نیامد. هر بار باید شمارهٔ سفارش و آدرس را بدهم و کل ماجرا را از اول تعریف کنم. دو تا بچهٔ کوچک دارم و دو هفته است لباس‌ها را می‌برم خانهٔ خواهرم می‌شویم. دیگر حتی عصبانی هم نیستم، فقط خسته‌ام.',
		ar: 'هذه ثالث مرة أتصل فيها بخصوص الموضوع نفسه. تعطّلت غسّالتي يوم ٢ من الشهر، فحجزتم لي موعدًا مع فنّي يوم ٩ ولم يأتِ أحد. اتصلت فأعدتم الحجز ليوم ١٤، ولم يأتِ أحد مرة أخرى. في كل مرة عليّ أن أعطي رقم الطلب والعنوان وأشرح القصة كلها من البداية. عندي طفلان صغيران، ومنذ أسبوعين أغسل الملابس عند أختي. لم أعد غاضبة حتى، أنا متعبة فقط.',
		pl: 'Dzwonię już trzeci raz w tej samej sprawie. Pralka zepsuła mi się drugiego, umówili Państwo serwisanta na dziewiątego i nikt nie przyszedł. Zadzwoniłam, przełożyli Państwo wizytę na czternastego i znowu nikt nie przyszedł. Za każdym razem muszę podawać numer zamówienia, adres i opowiadać wszystko od początku. Mam dwoje małych dzieci i od dwóch tygodni robię pranie u siostry. Nawet już nie jestem zła, jestem po prostu zmęczona.',
		zh: '这已经是我第三次为同一件事打电话了。我的洗衣机2号坏了，你们约了9号师傅上门，结果没人来。我打电话，你们改到14号，又没人来。每次我都要重新报订单号、地址，把整件事从头讲一遍。我有两个小孩，已经去我姐姐家洗了两个星期的衣服了。我现在连气都生不动了，就是累。'
	},
	skills: ['emotional_reaction', 'interpretation', 'exploration'],
	modelReply: {
		en: "I'm really sorry. Two missed visits, two weeks of carrying laundry to your sister's with two small children, and telling the whole story again every time: no wonder you're exhausted. You don't need to tell it again; I have the notes from both calls in front of me. Before I book anything: did you have to take time off work for those two visits? I want a slot that doesn't cost you another day for nothing, and I'll make sure the engineer confirms with you the evening before.",
		fa: 'واقعاً متأسفم. دو نوبت بی‌نتیجه، دو هفته بردن لباس‌ها به خانهٔ خواهرتان با دو بچهٔ کوچک، و هر بار تعریف کردن کل ماجرا از اول؛ طبیعی است که این‌قدر خسته باشید. لازم نیست دوباره تعریف کنید؛ یادداشت‌های هر دو تماس جلوی من است. پیش از اینکه نوبت بگذارم، یک سؤال: برای آن دو نوبت مجبور شدید از سر کار مرخصی بگیرید؟ می‌خواهم زمانی پیدا کنم که یک روز دیگر را بی‌دلیل از شما نگیرد، و مطمئن می‌شوم که تعمیرکار شب قبل با خودتان تماس بگیرد و هماهنگ کند.',
		ar: 'أنا آسف حقًا. موعدان لم يحضر فيهما أحد، وأسبوعان تحملين فيهما الغسيل إلى بيت أختك مع طفلين صغيرين، وفي كل مرة تعيدين القصة من أولها؛ لا عجب أنك منهكة. لن تحتاجي إلى إعادتها: ملاحظات المكالمتين أمامي الآن. وقبل أن أحجز أي موعد أودّ أن أسألك: هل اضطررتِ إلى أخذ إجازة من العمل في الموعدين؟ أريد موعدًا لا يكلّفك يومًا آخر بلا فائدة، وسأتأكد من أن الفني سيتصل بك مساء اليوم السابق ليؤكد الزيارة.',
		pl: 'Bardzo mi przykro. Dwie wizyty, na które nikt nie przyszedł, dwa tygodnie noszenia prania do siostry przy dwojgu małych dzieciach i za każdym razem opowiadanie wszystkiego od nowa. Nic dziwnego, że jest Pani wykończona. Nie musi Pani niczego powtarzać: mam przed sobą notatki z obu rozmów. Zanim umówię nowy termin, jedno pytanie: czy na te dwie wizyty musiała Pani brać wolne w pracy? Chcę znaleźć termin, który nie będzie Panią kosztował kolejnego zmarnowanego dnia, i dopilnuję, żeby serwisant potwierdził wizytę telefonicznie wieczorem dzień wcześniej.',
		zh: '真的非常抱歉。两次上门都没人来，带着两个小孩把衣服拿到姐姐家洗了两个星期，每次还要从头讲一遍，难怪您这么累。您不用再讲了，前两次通话的记录我都看到了。在约新时间之前想先问您一句：前两次您是不是都请了假在家等？我想找一个不会再让您白白耽误一天的时间，而且我会确保师傅前一天晚上先给您打电话确认。'
	},
	hints: {
		en: 'Name the tiredness she actually expressed, not anger. Show you have the history, then ask what the missed visits cost her before offering a new date.',
		fa: 'همان خستگی‌ای را که گفته نام ببرید، نه عصبانیت را. نشان بدهید سابقه را دارید و پیش از پیشنهاد نوبت تازه، بپرسید نوبت‌های بی‌نتیجه چه هزینه‌ای برایش داشته.',
		ar: 'سمِّ التعب الذي عبّرت عنه فعلًا، لا الغضب. أظهر أن السجل أمامك، ثم اسأل عمّا كلّفها الموعدان الضائعان قبل أن تقترح موعدًا جديدًا.',
		pl: 'Nazwij zmęczenie, o którym klientka mówi, a nie złość. Pokaż, że znasz historię sprawy, i zanim zaproponujesz termin, zapytaj, ile kosztowały ją nieudane wizyty.',
		zh: '说出客户真正表达的“累”，而不是“生气”。表明你已掌握前两次的记录，在提出新时间前，先问问两次爽约给她带来了什么损失。'
	}
};
