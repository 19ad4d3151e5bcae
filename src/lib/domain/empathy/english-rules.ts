// English cues for the empathy scorer, the strongest of its languages. EPITOME definitions (Sharma
// et al., EMNLP 2020): emotional reactions (the replier's own named emotion = strong; sympathy,
// apology or reassurance without a named emotion = weak), interpretations (a specific inferred
// feeling or experience, or a shared similar experience = strong; "I understand" = weak),
// explorations (questions, see questions below). Ownership (first-person concrete action = strong,
// vague offer or "we'll look into it" = weak) and next steps (a step with a time or channel =
// strong, vague expectation or a generic policy time frame = weak) are contact-center additions.
// The lexicons are hand-made for contact-center and peer-support replies; they are not NRC or
// LIWC and carry no intensity weights beyond the weak/strong split.
// Limits: no parser, so "I'd be fed up too" and "that sounds awful" are found by surface patterns;
// institutional apologies ("we apologise for any inconvenience") score nothing; sarcasm is read
// literally; first-person statements in quoted speech count as the replier's.
import type { Block, Cue, LanguageRules } from './cue-rules';

const alt = (words: readonly string[]): string => `(?:${words.join('|')})`;
const re = (source: string): RegExp => new RegExp(source, 'giu');
const once = (source: string): RegExp => new RegExp(source, 'iu');

/** Emotions a replier may name as their own. */
const OWN_EMOTIONS = alt([
	'sad', 'saddened', 'upset', 'worried', 'concerned', 'heartbroken', 'angry', 'annoyed', 'frustrated', 'furious', 'disappointed',
	'glad', 'happy', 'relieved', 'shocked', 'horrified', 'gutted', 'devastated', 'embarrassed', 'ashamed', 'touched', 'moved',
	'hurt', 'unhappy', 'heartsick', 'distressed', 'troubled', 'sorry and worried', 'scared', 'afraid', 'thrilled', 'delighted',
	'pleased', 'proud', 'mad', 'livid', 'appalled', 'saddened', 'anxious', 'nervous'
]);
const INTENSIFIERS = "(?:(?:so|really|truly|very|genuinely|honestly|quite|deeply|incredibly|absolutely|just|also|too|a bit|a little|feeling|utterly|completely|actually|personally|,)\\s*)*";

/** Feelings and experiences a replier may attribute to the seeker. */
const FEELINGS = alt([
	'frustrat\\w*', 'stress\\w*', 'worr(?:y|ying|ied|isome)', 'scar(?:y|ed|ing)', 'frighten\\w*', 'terrif\\w*', 'upsett?\\w*', 'annoy\\w*',
	'exhaust\\w*', 'tir(?:ing|ed|esome)', 'hard', 'harder', 'worse', 'difficult', 'tough', 'awful', 'horrible', 'horrid', 'terrible', 'dreadful',
	'overwhelm\\w*', 'disappoint\\w*', 'confus\\w*', 'painful', 'isolat\\w*', 'lonely', 'heartbreaking', 'heartbroken', 'devastat\\w*',
	'distress\\w*', 'infuriat\\w*', 'madden\\w*', 'humiliat\\w*', 'embarrass\\w*', 'discourag\\w*', 'unfair', 'brutal', 'heavy',
	'shock\\w*', 'nightmare', 'rough', 'draining', 'anxious', 'anxiety', 'nervous', 'helpless', 'hopeless', 'fed up', 'beside yourself',
	'sick of', 'let down', 'a lot', 'betray\\w*', 'kick in the teeth', 'punch in the gut', 'slap in the face', 'last straw', 'angry',
	'anger', 'furious', 'sad', 'concern\\w*', 'alarming', 'unsettling', 'gutting', 'soul-crushing', 'afraid', 'panic\\w*', 'invisible',
	'empty', 'numb', 'guilt\\w*', 'ashamed', 'hurt\\w*', 'miserable', 'depress\\w*', 'griev\\w*', 'grief', 'inconvenien\\w*',
	'nerve-wracking', 'uncertain', 'lost patience', 'wear\\w* (?:you|anyone) down', 'losing it', 'exasperat\\w*', 'unsettl\\w*',
	'stuck', 'trapped', 'alone', 'ignored', 'unheard', 'powerless', 'vulnerable', 'violat\\w*', 'pain', 'blow', 'worry', 'fear\\w*'
]);

const SUBJECT_I = "(?:i(?:'ve| have)?(?:\\s+(?:just|already|now|also|personally|gone ahead and|actually))*)";
const SUBJECT_I_FUTURE = "(?:i(?:'ll| will|'m going to| am going to|'m about to| can| could)(?:\\s+(?:just|also|personally|now|then|go ahead and|right away))*|let me(?:\\s+(?:just|personally|now))?)";
/** Concrete actions an agent can take or commit to. */
const CONCRETE_ACTIONS = alt([
	'refund(?:ed)?', 'cancel(?:l?ed)?', 'book(?:ed)?', 're-?book(?:ed)?', 'arrang(?:e|ed)', 'send', 'sent', 'post(?:ed)?', 'courier(?:ed)?',
	'(?:re)?issu(?:e|ed)', 'revers(?:e|ed)', 'escalat(?:e|ed)', 'raised (?:a|this|it|your|the)', 'block(?:ed)?', 'unblock(?:ed)?',
	'freez(?:e)', 'froze(?:n)?', 'reset', 'correct(?:ed)?', 'remov(?:e|ed)', 'waiv(?:e|ed)', 'add(?:ed)?', '(?:re-?)?appl(?:y|ied)',
	're-?r[au]n', 'order(?:ed)?', 'dispatch(?:ed)?', 'call(?:ed)?', 'phon(?:e|ed)', 'ring', 'rang', 'text(?:ed)?', 'e-?mail(?:ed)?', 'put',
	'stop(?:ped)?', 'flag(?:ged)?', 'mark(?:ed)?', 'log(?:ged)?', 'credit(?:ed)?', 'transfer(?:red)?', 'fix(?:ed)?', 'process(?:ed)?',
	'pa(?:y|id)', 'authori[sz](?:e|ed)', 'trac(?:e|ed)', 'mov(?:e|ed) (?:you|your|it|the|this)', 'unlock(?:ed)?', 'stay with you', 'make the payment', 're-?open(?:ed)?', 'contact(?:ed)?', 'sp(?:eak|oke(?:n)?)',
	'request(?:ed)?', 'ask(?:ed)?', 'releas(?:e|ed)', 'push(?:ed)?', 'complet(?:e|ed)', 'upgrad(?:e|ed)', 'replac(?:e|ed)',
	'reinstat(?:e|ed)', 'restor(?:e|ed)', 'set up', 'start(?:ed)?', 'handl(?:e|ed)', 'go through', 'gone through', 'went through', 'cover',
	'taken? the payment', 'stay on the line', 'extend(?:ed)?', 'resen[dt]', 'confirm(?:ed)?', 'record(?:ed)?', 'written up', 'write up',
	'prioriti[sz](?:e|ed)', 'open(?:ed)? (?:a|an) (?:investigation|claim|complaint|case)', 'frozen', 'waived', 'organi[sz](?:e|ed)',
	'reimburs(?:e|ed)', 'compensat(?:e|ed)', 'deliver(?:ed)?', 'chang(?:e|ed)', 'updat(?:e|ed) (?:your|the)', 'check(?:ed)? (?:your|the) \\w+ myself'
]);
const VAGUE_ACTIONS = alt([
	'look into', 'looking into', 'see what', 'check (?:it|this|that|on)', 'check', 'chase', 'chased', 'try', 'do (?:my|what|everything|all)',
	'help', 'keep looking', 'do our best', 'pass(?:ed)?', 'forward(?:ed)?', 'refer(?:red)?', 'follow (?:it |this |that )?up', 'sort (?:it|this|that)', 'get (?:it|this) sorted',
	'take care of', 'take it from here', 'deal with', 'keep an eye', 'investigate', 'find out', 'raise (?:it|this) with', 'share',
	'be here', 'make sure'
]);

const TIME = alt([
	'today', 'tonight', 'tomorrow', 'this (?:morning|afternoon|evening|week)', 'next (?:week|day|month|\\w+day)', 'by (?:the )?(?:end of )?(?:\\w+day|tomorrow|tonight|noon|midday|\\d)',
	'on (?:\\w+day|the \\d+)', '(?:mon|tues|wednes|thurs|fri|satur|sun)day',
	'within (?:the )?(?:next )?(?:an? |\\d+ |one |two |three |four |five |a couple of |a few |24 |48 )?(?:minutes?|hours?|days?|working days|business days|weeks?)',
	'in the next \\w+', 'in (?:a|one|two|\\d+|a couple of|a few) (?:minutes?|hours?|days?|weeks?)', '\\d+ ?(?:to|-|–) ?\\d+ (?:working |business )?days',
	'\\d{1,2}(?::\\d{2})? ?(?:am|pm)', '\\d{1,2}:\\d{2}', 'between \\d', 'before (?:noon|midday|\\d|the end|tomorrow|\\w+day)', 'right now', 'straight away',
	'immediately', 'first thing', 'the \\d+(?:st|nd|rd|th)', '\\d+(?:st|nd|rd|th)', 'same-? ?day', 'next-? ?day', 'overnight', 'this minute',
	'in a minute', 'the moment', 'just now', 'lunchtime', 'end of (?:the )?day', 'close of business', 'this time tomorrow', 'until the', 'noon', 'midday', 'this month'
]);
const CHANNEL = alt([
	'e-?mail', 'text', 'sms', 'call you', 'phone you', 'ring you', 'call back', 'callback', 'letter', 'by post', 'in the post', 'whatsapp',
	'tracking', 'confirmation', 'chat', 'over the phone', 'statement', 'voucher', 'boarding pass(?:es)?', 'inbox', 'by courier', 'on the line', 'your account within'
]);
const FUTURE = alt([
	'will', "'ll", "won't", 'going to', 'on (?:its|the|their) way', 'shall', 'should (?:arrive|reach|be|land|see|get|show)', 'expect',
	'booked', 'scheduled', 're-?booked', 'arranged', 'due to (?:arrive|be|reach)', 'sent', 'texted', 'e-?mailed', 'posted', 'dispatched', 'arriv(?:e|es|ing)', 'reach(?:es)? you', 'be with you', 'is on tonight', 'are in your',
	'is in your', 'estimated', 'rescheduled', 'moved you', 'set for', 'ready (?:for|to|by)', 'keep access', 'valid until'
]);

const cues: Cue[] = [
	// emotional reactions, strong: the replier names an emotion of their own
	{ mechanism: 'emotionalReaction', level: 2, cue: 'own_emotion_named', pattern: re(`\\b(?:i(?:'m| am| was| feel| felt|'ve been| have been| get| got)|makes? me|made me|leaves? me|left me)\\s+${INTENSIFIERS}${OWN_EMOTIONS}\\b`) },
	{ mechanism: 'emotionalReaction', level: 2, cue: 'own_emotion_named', pattern: re(`\\bi(?:'m| am)\\s+${INTENSIFIERS}not (?:happy|pleased)\\b(?! to)`) },
	{ mechanism: 'emotionalReaction', level: 2, cue: 'own_emotion_named', pattern: re(`\\bi\\s+(?:feel|felt)\\s+${INTENSIFIERS}(?:awful|terrible|bad|horrible|dreadful|sick|for you)\\b`), negatable: true },
	{ mechanism: 'emotionalReaction', level: 2, cue: 'own_emotion_named', pattern: re(`\\b(?:my heart (?:goes out|breaks|aches|sank|sinks|is with)|breaks my heart|broke my heart|heart ?breaking to (?:read|hear))\\b`) },
	{ mechanism: 'emotionalReaction', level: 2, cue: 'own_emotion_named', pattern: re(`^(?:[^,.!?]{0,20},\\s*)?(?:that's|that is|this is|it's|how)\\s+${INTENSIFIERS}heartbreaking\\b`) },
	{ mechanism: 'emotionalReaction', level: 2, cue: 'own_emotion_named', pattern: re(`\\bi (?:really |just |absolutely )?(?:hate|hated) (?:that|to (?:see|hear|think))\\b`) },
	// emotional reactions, weak: sympathy, apology, reassurance, encouragement
	{ mechanism: 'emotionalReaction', level: 1, cue: 'sympathy', pattern: re(`\\bsorry\\b`), negatable: true },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'sympathy', pattern: re(`\\bi\\s+(?:(?:do|truly|really|sincerely)\\s+)?apologi[sz]e\\b`) },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'sympathy', pattern: re(`\\bcondolences\\b|\\bsympath(?:y|ies)\\b`) },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'sympathy', pattern: re(`\\b(?:oh (?:no|dear|man|god|gosh)|ugh|oof|yikes|poor (?:thing|you|guy|girl|baby|love|soul)|how (?:awful|terrible|horrible|sad|dreadful|upsetting)|what a (?:nightmare|shame|pain|horrible|terrible|awful))\\b`) },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'sympathy', pattern: re(`^(?:[^,.!?]{0,20},\\s*)?(?:that's|that is|this is|that sounds|that must be)?\\s*${INTENSIFIERS}(?:awful|terrible|horrible|dreadful|unfortunate|annoying|rubbish|sad|tough|rough|brutal)\\s*[.!]*$`) },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'sympathy', pattern: re(`^(?:that's|that is|this is)\\s+${INTENSIFIERS}(?:awful|terrible|horrible|dreadful|unfortunate|annoying|rubbish)\\b`) },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'reassurance', pattern: re(`\\b(?:please\\s+)?(?:don't|do not|try not to)\\s+(?:worry|panic|stress|be (?:scared|afraid|hard on yourself|too hard)|feel (?:ashamed|bad|guilty|stupid|embarrassed))\\b`) },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'reassurance', pattern: re(`\\b(?:no worries|nothing to be (?:ashamed|embarrassed|sorry|worried) (?:of|about)|there's nothing to (?:be ashamed|worry)|no (?:need|reason) to (?:worry|panic|feel))\\b`) },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'reassurance', pattern: re(`\\b(?:everything|it|things|you)\\s+(?:will|'ll|is going to|are going to)\\s+(?:all\\s+)?(?:be|get)\\s+(?:fine|okay|ok|alright|all right|better|through this)\\b|\\b(?:it|things) will get better\\b|\\bit gets easier\\b`) },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'reassurance', pattern: re(`\\bit's (?:okay|ok|alright|all right)\\b(?! to)|\\byou(?:'re| are) not (?:alone|stupid|a failure|a fraud|worthless|crazy|weak|broken)\\b|\\byou (?:are|'re) (?:enough|beautiful|amazing|strong|brave|doing great|not to blame)\\b|\\bnothing(?: is)? wrong with you\\b`) },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'reassurance', pattern: re(`\\byou(?:'ve| have) done (?:exactly )?(?:the right thing|nothing wrong)\\b|\\byou (?:haven't|have not|didn't|did not) do(?:ne)? anything wrong\\b|\\bno reason to think you\\b|\\bit(?:'s| is|wasn't| was not) not your fault\\b|\\bisn't your fault\\b`) },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'encouragement', pattern: re(`\\b(?:hang in there|stay strong|you(?:'ve| have) got this|you'?ll get (?:there|through (?:this|it))|sending (?:you )?(?:so much |lots of |all my )?(?:love|hugs|strength|good vibes)|(?:big |virtual )?hugs|good luck|congrat(?:ulation)?s|rip|take care of yourself|be gentle with yourself|proud of you)\\b|<3|❤`) },

	// interpretations, strong: a specific feeling or experience attributed to the seeker, or a shared one
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`\\b(?:must|must've|would|could|can|will)\\s+(?:have\\s+)?(?:been|be|feel|felt)\\s+(?:like\\s+)?[^.?!;]{0,60}?\\b${FEELINGS}\\b`), negatable: true },
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`\\bmust (?:feel|have felt) like\\b|\\bmust (?:make|leave|have left|have made) (?:you|everything|things|it)\\b|\\bmust (?:add up|take a toll|be a lot)\\b`) },
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`\\b(?:it|that|this|which) sounds\\b(?! (?:good|great|fine|ok|okay|perfect|right|like a plan))|\\bsounds (?:like|as if|so|really|absolutely|incredibly|very|awful|terrible|horrible|hard|tough|difficult|painful|frightening|scary|exhausting|isolating|heavy|lonely)\\b`) },
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`\\byou\\s+must\\s+(?:be|feel|have been|have felt)\\b|\\byou(?:'re| are| were)\\s+(?:probably|likely|understandably|clearly|naturally|obviously)?\\s*(?:feeling\\s+)?(?:so\\s+|really\\s+|very\\s+)?${FEELINGS}\\b`), negatable: true },
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`\\bi can (?:only |just |really )?imagine\\s+(?:how|what|that|it's|it|the|you're|you|this|why|moving|being|losing)\\s+\\S+`) },
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`\\b(?:understand|appreciate|hear|recogni[sz]e|see|know|get)\\s+(?:your|how|why|that|just how|exactly how)\\b[^.?!;]{0,40}?\\b${FEELINGS}\\b`), negatable: true },
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`\\b(?:would|will|'d|could)\\s+(?:\\w+\\s+)?(?:anyone|anybody|everyone|everybody|most people|any of us)\\b|\\b(?:no wonder|it's no surprise|small wonder) (?:you|that|the|it|your)\\b`) },
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`\\bof course (?:you|your \\w+|the \\w+|it)\\s+(?:feels?|are|'re|were|would|is|felt|want|don't)\\b|\\b(?:it|that) makes (?:total |complete |perfect )?sense (?:to feel|you(?:'d| would)? feel|that you|you're|you are|you feel)\\b`) },
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`\\b(?:right|wrong|valid|normal|understandable|natural|okay|ok|reasonable)\\s+to\\s+(?:be|feel)\\b|\\b(?:not|the last thing) (?:what )?you (?:want|need|deserve)\\b|\\byou deserved? (?:so much |much |far )?(?:better|more)\\b`) },
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`(?:^|[,;]\\s*|\\band\\s+)(?:it's|it is|that's|that is|this is|which is|is|are|was|were)\\s+${INTENSIFIERS}(?:such an? |a really |an? )?(?:\\w+\\s+)?${FEELINGS}\\b`), negatable: true, statementOnly: true },
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`\\b(?:being|having|getting|finding|seeing|waiting|losing|missing|dealing|going|facing|hearing|opening|arriving|moving|living|trying|watching|coming|juggling|caring|looking|paying|sorting)\\b[^.?!;]{0,60}?\\b(?:is|are|was|can be|would be|must be)\\s+${INTENSIFIERS}(?:such an? |a )?${FEELINGS}\\b`), negatable: true },
	{ mechanism: 'interpretation', level: 2, cue: 'similar_experience', pattern: re(`\\bi\\s+(?:also|too)\\s+(?:have|had|got|went|lost|failed|get|struggle|struggled|suffer)\\b|\\b(?:same|similar) (?:thing )?happened to me\\b|\\bi(?:'ve| have)? (?:went|gone|been) through (?:the same|something|this|that|it|similar)\\b|\\bi(?:'ve| have) been there\\b|\\bbeen there\\b|\\bi used to\\b`) },
	{ mechanism: 'interpretation', level: 2, cue: 'similar_experience', pattern: re(`\\bi\\s+(?:get|got|had|have|failed|moved|lost|went|did|do)\\b[^.?!;]{0,50}?\\b(?:too|as well|the same|same thing|exact same|myself)\\b|\\bmy\\s+\\w+[^.?!;]{0,25}\\b(?:did|does|do)\\s+the\\s+same\\b|\\bi (?:failed|had|got|did) (?:mine|about|a \\w+ (?:a few |some )?(?:years?|months?)|\\d+)\\b|\\b(?:years?|months?) (?:back|ago)\\b[^.?!;]{0,40}\\bi\\b|\\bso i (?:really )?(?:get it|know how|know what)\\b`), statementOnly: true },
	{ mechanism: 'interpretation', level: 2, cue: 'similar_experience', pattern: re(`\\b(?:i'd|i would)\\s+be\\b[^.?!;]{0,25}\\b(?:too|as well|just as|in your (?:place|shoes))\\b|\\b(?:i'd|i would) be\\s+${INTENSIFIERS}${OWN_EMOTIONS}\\b|\\bwould (?:annoy|upset|frustrate|worry|anger|bother|scare) me (?:too|as well)\\b|\\bwhat an? (?:week|day|month|year|time|ordeal|journey) you(?:'ve| have) had\\b|\\bin your (?:place|shoes)\\b`) },
	// interpretations, weak: generic acknowledgement or a neutral restatement
	{ mechanism: 'interpretation', level: 1, cue: 'generic_acknowledgement', pattern: re(`\\bi\\s+(?:completely\\s+|totally\\s+|fully\\s+|do\\s+|really\\s+|can\\s+)?(?:understand|appreciate)\\b|\\bi\\s+(?:can\\s+)?see\\b(?! (?:what|if|how) i can)|\\bi (?:hear|get) (?:you|it|that|what you)\\b|\\bi know (?:how you feel|what you mean|how it is|it's (?:hard|tough|difficult)|the feeling)\\b|\\bmakes sense\\b|\\bi can imagine\\b|\\bunderstandabl[ey]\\b|\\bi can tell\\b`), negatable: true },

	// ownership, strong: the replier does or commits to a concrete action
	{ mechanism: 'ownership', level: 2, cue: 'concrete_action', pattern: re(`\\b(?:${SUBJECT_I}|${SUBJECT_I_FUTURE})\\s+${CONCRETE_ACTIONS}\\b`), negatable: true, statementOnly: true },
	{ mechanism: 'ownership', level: 2, cue: 'concrete_action', pattern: re(`\\bi(?:'ll| will)? (?:handle|sort|deal with|take care of|do) (?:it|this|that|everything)(?: \\w+){0,3} (?:myself|personally)\\b|\\bi(?:'ll| will|'m going to) personally\\b|\\bunder my name\\b|\\bsingle point of contact\\b|\\bi've got this\\b`) },
	{ mechanism: 'ownership', level: 2, cue: 'concrete_action', pattern: re(`\\bi(?:'m| am)\\s+(?:now\\s+|just\\s+|personally\\s+|also\\s+)?(?:sending|arranging|booking|refunding|cancell?ing|calling|phoning|reissuing|processing|escalating|ordering|dispatching|putting|raising|fixing|adding|transferring|reopening|unblocking|blocking|crediting|waiving|replacing)\\b`), negatable: true, statementOnly: true },
	// ownership, weak: vague offers and "we" commitments
	{ mechanism: 'ownership', level: 1, cue: 'vague_offer', statementOnly: true, pattern: re(`\\b(?:${SUBJECT_I}|${SUBJECT_I_FUTURE}|we(?:'ll| will|'re going to| are going to| can)(?:\\s+(?:just|also|now))?)\\s+${VAGUE_ACTIONS}\\b`), negatable: true },
	{ mechanism: 'ownership', level: 1, cue: 'vague_offer', pattern: re(`\\bwe(?:'ll| will|'re going to| are going to| can| have)\\s+(?:get\\s+(?:this|it|you)|sort|investigate|review|look|take|fix|arrange|send|refund|close|cancel|resolve)\\b|\\b(?:i'm|i am) here (?:to help|for you|if you)\\b|\\b(?:happy|glad|pleased) to help\\b|\\bi can help\\b|\\bi(?:'ll| will) do (?:my best|what i can)\\b|\\bleave it with me\\b`), negatable: true, statementOnly: true },

	// next steps, strong: a step with a time or a channel
	{ mechanism: 'nextSteps', level: 2, cue: 'step_with_time_or_channel', pattern: re(`\\b${FUTURE}\\b[^.?!;]{0,90}?\\b(?:${TIME}|${CHANNEL})\\b|\\b(?:${TIME}|${CHANNEL})\\b[^.?!;]{0,60}?\\b${FUTURE}\\b`), statementOnly: true },
	// next steps, weak: a vague expectation, or a generic policy time frame
	{ mechanism: 'nextSteps', level: 1, cue: 'vague_next_step', pattern: re(`\\b(?:be in touch|get back to you|contact(?:s)? you|let you know|keep you (?:updated|posted|informed)|update you|reach out|notif(?:y|ied)|hear from (?:us|them)|as soon as (?:possible|we can|we have|stock|it)|shortly|working on it|will be (?:in touch|processed|refunded|investigated|resolved|fixed|sorted|sent|delivered|dispatched|notified|reviewed|assessed|looked into|contacted|passed|released|posted|closed|cancelled|collected|returned|repaired)|will (?:contact|assist|call|investigate|review|look into|get this sorted|sort)|keep an eye|write to you|(?:escalated|referred|passed)\\b[^.?!;]{0,40}\\bteam)\\b`), statementOnly: true },
	{ mechanism: 'nextSteps', level: 1, cue: 'policy_time_frame', pattern: re(`\\b(?:can|may|could|usually|typically|normally|generally)\\s+take\\b|\\b(?:are|is)\\s+(?:usually\\s+|normally\\s+)?(?:processed|returned|refunded|dispatched|delivered|resolved)\\s+within\\b|\\bplease allow\\b`), statementOnly: true }
];

const blocks: Block[] = [
	// service idioms and institutional formulas name no emotion felt for this person
	{ mechanism: 'emotionalReaction', pattern: re(`\\b(?:happy|glad|pleased|delighted|thrilled)\\s+to\\s+(?:help|assist|inform|confirm|advise|say|report|look|take|do|sort|arrange|explain|answer|support|be of|offer|let you)\\b`) },
	{ mechanism: 'emotionalReaction', pattern: re(`\\bno need to (?:apologi[sz]e|be sorry)\\b|\\b(?:not|never) sorry\\b`) },
	{ mechanism: 'interpretation', pattern: re(`^(?:[^,.!?]{0,20},\\s*)?(?:that's|that is|this is|how)\\s+${INTENSIFIERS}(?:awful|terrible|horrible|dreadful|unfortunate|annoying|rubbish|heartbreaking)\\s*[.!]*$`) },
	// "that sounds good" is agreement, not interpretation
	{ mechanism: 'interpretation', pattern: re(`\\bsounds (?:good|great|fine|ok|okay|perfect|right|like a plan)\\b`) },
	// "I can see what I can do" style offers and policy phrases are not acknowledgement
	{ mechanism: 'interpretation', pattern: re(`\\b(?:let me|i'll|i will)\\s+see\\b|\\bsee (?:below|above|attached)\\b`) },
	// "you'll need to contact the courier" is deflection, not a commitment
	{ mechanism: 'ownership', pattern: re(`\\byou(?:'ll| will)? need to\\b|\\bplease (?:contact|call|email|write)\\b`) }
];

export const englishRules: LanguageRules = {
	cues,
	blocks,
	negationBefore: once(`\\b(?:not|never|no|nothing|hardly|isn't|aren't|wasn't|don't|doesn't|didn't|won't|can't|cannot|couldn't|wouldn't|shouldn't)\\s+(?:\\w+\\s+){0,2}$|n't\\s+(?:\\w+\\s+){0,1}$`),
	questions: {
		questionMark: /[?？؟]["'”’)\]]*$/u,
		invitations: [once(`\\b(?:tell me|i'd (?:like|love) to (?:hear|know)|i (?:want|would love) to (?:hear|know)|feel free to share|if you want to talk about)\\s+(?:a bit\\s+)?(?:more\\s+)?(?:about\\s+)?(?:how|what|about|why|when)\\b`)],
		notExploring: [
			once(`\\b(?:number|postcode|post code|zip|date of birth|dob|e-?mail|address|digits|full name|sort code|reference|ref|id|username|password|pin|account details|screenshot|photo|picture|receipt|proof|serial|model|version|error code|lights?|cables?|spam|router|packaging|app or|website|size|product|invoice|amounts?|dates?|transactions?|confirmation)\\b`),
			once(`\\b(?:confirm|provide|verify|give me|send (?:us|me)|read me|let me have|spell|can i have|may i have|could i have|may i ask for)\\b`),
			once(`\\b(?:would|do) you (?:like|want|prefer) (?:me|us|to)\\b|\\bshall (?:i|we)\\b|\\bshould i\\b|\\bcan i (?:go ahead|proceed|put|place|transfer|book|help|offer)\\b|\\bwould (?:it|that) help\\b|\\b(?:is|does) that (?:okay|ok|alright|work|help|sound)\\b|\\bwould you rather\\b|\\bwhat would you like me to\\b|\\bdid you know\\b`),
			once(`,\\s*right\\s*\\?$|^(?:is there )?anything (?:else )?(?:i|we) can do\\b|\\banything else (?:i|we) can\\b|\\banything else (?:you need|for you)\\b|\\bhow (?:can|may|could) (?:i|we) help\\b|\\bwhat can (?:i|we) do for you\\b`),
			once(`\\bhave you (?:tried|considered|thought about|checked|looked at|restarted|rebooted|cleared)\\b|\\b(?:have|did) you (?:talk(?:ed)?|speak|spoken|spoke) to (?:your|a) (?:doctor|gp|therapist|counsell?or|bank|manager|landlord)\\b|\\bwhy don't you\\b|\\bwhich (?:phone|device|browser|model|version|plan)\\b|\\bdid you order\\b`)
		],
		generic: [once(`^(?:\\S+[,.]?\\s+){0,3}what happened\\b|\\bhow are you(?: (?:doing|feeling|holding up|coping|today|now|keeping))*\\s*[?？]|\\btell me more\\b|\\bwhat's (?:wrong|going on|up)\\b|\\bis everything (?:okay|ok|alright|all right)\\b|\\bare you (?:okay|ok|alright|all right)\\s*[?？]|\\bwant to talk\\b|\\bwhat seems to be\\b|\\btalk to anyone\\b|\\bhow (?:is|are) (?:things|it going)\\b`)],
		specific: [once(`\\b(?:${FEELINGS}|feel(?:ing)? (?:like|that|as if)|safe|coping|managing|manage|helping you|on your own|support(?:ing)?|affect(?:ed|ing)?|impact(?:ed)?|left you|put you off|excited|nerves|guilt\\w*|worried|scared|lonely|alone|afraid|upset|counting on|knock-on|problem for you|difficult for you|hard for you)\\b`)],
		closedQuestion: once(`(?:^(?!(?:how|what|when|where|why|which|who|whose)\\b)(?:\\S+[,.]?\\s+){0,2}|[,;]\\s*(?:and|or)?\\s*)(?:is|are|was|were|do|does|did|has|have|had|can|could|would|will|should|may)\\s+(?:you|it|this|that|there|anyone|someone|your|he|she|they|the|i|things)\\b`),
		overlapForSpecific: 2
	}
};
