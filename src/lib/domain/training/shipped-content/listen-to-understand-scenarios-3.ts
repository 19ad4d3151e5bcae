// Module "Listen to understand", practice scenario 5: bereavement (a widow taking over the
// household energy account).
import type { ShippedScenario } from './types';

export const widowAccountScenario: ShippedScenario = {
	key: 'listen_to_understand.bereavement',
	situation: 'bereavement',
	title: {
		en: 'A widow taking over the account',
		fa: 'انتقال حساب به نام همسر بازمانده',
		ar: 'أرملة تنقل الحساب إلى اسمها',
		pl: 'Wdowa przejmuje umowę',
		zh: '丈夫去世后办理过户'
	},
	customerMessage: {
		en: "My husband died in February. Everything, the gas and the electricity, was in his name. I keep getting letters addressed to him, and every one is a little shock when it lands on the mat. I'd like to put the account in my name, but I'm worried I'll have to pay off what he owed, and I don't know if I can. I'm sorry, I'm not very good with all this paperwork. He always did it.",
		fa: 'شوهرم بهمن‌ماه فوت کرد. همه‌چیز، گاز و برق، به اسم او بود. مدام نامه‌هایی به اسم او می‌رسد و هر بار که یکی‌شان به دستم می‌رسد، دلم هری می‌ریزد. می‌خواهم حساب را به اسم خودم کنم، ولی نگرانم مجبور شوم بدهی‌های او را بدهم و نمی‌دانم از پسش برمی‌آیم یا نه. ببخشید، من از این کارهای اداری سر درنمی‌آورم. همیشه خودش انجام می‌داد.',
		ar: 'توفي زوجي في فبراير. كل شيء، الغاز والكهرباء، كان باسمه. ما زالت تصلني رسائل باسمه، وكل واحدة منها تهزّني حين أجدها عند الباب. أريد أن أنقل الحساب إلى اسمي، لكنني أخشى أن أضطر إلى سداد ما كان عليه، ولا أعرف إن كنت أقدر على ذلك. اعذرني، أنا لا أفهم كثيرًا في هذه الأوراق، هو من كان يتولاها دائمًا.',
		pl: 'Mąż zmarł w lutym. Wszystko, gaz i prąd, było na niego. Ciągle przychodzą listy zaadresowane do niego i każdy, który znajduję w skrzynce, to dla mnie mały wstrząs. Chciałabym przepisać umowę na siebie, ale boję się, że będę musiała spłacić to, co był winien, a nie wiem, czy dam radę. Przepraszam, nie znam się na tych wszystkich papierach. Zawsze on się tym zajmował.',
		zh: '我丈夫二月份去世了。家里的燃气、电，全都在他名下。现在还总是收到写着他名字的信，每次在信箱里看到，心里都咯噔一下。我想把户头改到我名下，但又担心要替他还欠的钱，我不知道自己还不还得起。不好意思，这些手续我都不太懂，以前一直是他办的。'
	},
	skills: ['emotional_reaction', 'interpretation', 'exploration'],
	modelReply: {
		en: "Please don't apologise, and I'm so sorry about your husband. I can hear how hard those letters are, each one with his name on it. So you'd like the account in your name, you're worried about a balance you might not be able to pay, and the paperwork was always his part. We'll go slowly, and I'll walk you through each step. First, I'll stop letters in his name today. Can I ask what worries you most about the balance? Once I know, I can tell you exactly what it is and what support we can offer.",
		fa: 'خواهش می‌کنم عذرخواهی نکنید. خیلی متأسفم، خدا همسرتان را رحمت کند. از حرف‌هایتان پیداست آن نامه‌ها، هر کدام با اسم او، چقدر برایتان سخت است. پس می‌خواهید حساب به نام خودتان شود، نگران بدهی‌ای هستید که شاید نتوانید بپردازید، و کارهای اداری همیشه با ایشان بوده. آرام‌آرام پیش می‌رویم و من قدم‌به‌قدم همراهتان هستم. اول اینکه از امروز ارسال نامه به نام ایشان را متوقف می‌کنم. اجازه می‌دهید بپرسم دربارهٔ بدهی بیشتر نگران چه چیزی هستید؟ وقتی بدانم، دقیقاً می‌گویم مبلغش چقدر است و چه کمکی از دست ما برمی‌آید.',
		ar: 'لا داعي للاعتذار أبدًا، ورحم الله زوجك وأحسن عزاءك. أشعر من كلامك بمدى صعوبة تلك الرسائل، وكل واحدة منها تحمل اسمه. إذن تريدين نقل الحساب إلى اسمك، وأنت قلقة من رصيد قد لا تستطيعين سداده، والأوراق كانت دائمًا من شأنه هو. سنمضي على مهل، وسأرافقك خطوة بخطوة. أولًا، سأوقف اليوم إرسال الرسائل باسمه. هل تسمحين لي أن أسأل: ما الذي يقلقك أكثر بشأن الرصيد؟ حين أعرف ذلك، سأخبرك بالمبلغ بالضبط وبالدعم الذي يمكننا تقديمه.',
		pl: 'Proszę nie przepraszać. Bardzo mi przykro z powodu śmierci męża. Słyszę, jak trudne są dla Pani te listy, każdy z jego nazwiskiem. Czyli chciałaby Pani przepisać umowę na siebie, martwi się Pani o zaległość, której może nie dać rady spłacić, a wszystkie formalności zawsze były na głowie męża. Pójdziemy powoli, krok po kroku, i przeprowadzę Panią przez wszystko. Najpierw: jeszcze dziś wstrzymam listy na nazwisko męża. Czy mogę zapytać, co najbardziej niepokoi Panią w sprawie zaległości? Gdy będę to wiedzieć, powiem Pani dokładnie, jaka to kwota i jakie wsparcie możemy zaproponować.',
		zh: '您千万别这么说，不用道歉。您丈夫的事，我真的很难过，请您节哀。听得出来，每一封写着他名字的信，对您来说都很难受。也就是说，您想把户头改到自己名下，又担心有一笔可能还不上的欠款，而这些手续以前一直是他在管。我们慢慢来，每一步我都陪您一起办。首先，今天我就把寄给他的信停掉。想问您一下：关于欠款，您最担心的是什么？知道了之后，我会告诉您具体金额，以及我们能提供哪些帮助。'
	},
	hints: {
		en: 'Reassure her first (no apology needed), paraphrase the three worries you heard, and ask an open question about the one that weighs most.',
		fa: 'پیش از هر چیز خیالش را راحت کنید (نیازی به عذرخواهی نیست)، سه نگرانی‌ای را که شنیدید بازگو کنید و دربارهٔ سنگین‌ترینشان سؤالی باز بپرسید.',
		ar: 'طمئنها قبل كل شيء (لا حاجة إلى الاعتذار)، وأعد صياغة المخاوف الثلاثة التي سمعتها، ثم اسأل سؤالًا مفتوحًا عن أثقلها عليها.',
		pl: 'Najpierw uspokój (nie ma za co przepraszać), sparafrazuj trzy usłyszane obawy i zadaj otwarte pytanie o tę, która ciąży najbardziej.',
		zh: '先让她安心（不需要道歉），再复述你听到的三个担忧，然后就她最放不下的那一个提一个开放式问题。'
	}
};
