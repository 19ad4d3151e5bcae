// Polish cues for the empathy scorer: a small rule set (11 cue patterns) for the same mechanisms
// as english-rules.ts. Polish marks person and gender on the verb, so first-person actions are
// found by endings ("zwróciłam/zwróciłem", "wyślę") on a short list of service verbs.
// Limits: far weaker than English; checked on 16 labelled replies only; no stemming beyond the
// listed forms, so other inflections of a feeling word are missed.
import type { Cue, LanguageRules } from './cue-rules';

const re = (source: string): RegExp => new RegExp(source, 'giu');
const once = (source: string): RegExp => new RegExp(source, 'iu');
// \b is ASCII-only in JavaScript, so Polish words are delimited by explicit non-letter lookarounds
const W = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

const FEELINGS = '(?:stresuj\\p{L}*|frustruj\\p{L}*|trudn\\p{L}*|ciężk\\p{L}*|denerwuj\\p{L}*|przytłaczaj\\p{L}*|męcząc\\p{L}*|zmęczon\\p{L}*|smutn\\p{L}*|przykr\\p{L}*|niepokoj\\p{L}*|martw\\p{L}*|bolesn\\p{L}*|straszn\\p{L}*|przeraż\\p{L}*|wyczerpuj\\p{L}*|irytuj\\p{L}*|samotn\\p{L}*|bezradn\\p{L}*|rozczarow\\p{L}*)';

const cues: Cue[] = [
	{ mechanism: 'emotionalReaction', level: 2, cue: 'own_emotion_named', pattern: re(`${W}(?:martwię się|jest mi (?:bardzo |naprawdę )?(?:smutno|przykro i smutno|żal)|smutno mi|współczuję|cieszę się|serce mi pęka|żal mi|jestem (?:bardzo |naprawdę )?(?:zmartwiony|zmartwiona|smutny|smutna|zły|zła|poruszony|poruszona))${E}`), negatable: true },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'sympathy', pattern: re(`${W}(?:przykro mi|(?:bardzo |jest )?mi (?:bardzo )?przykro|przepraszam|bardzo przepraszam|wyrazy współczucia|ojej|o nie)${E}`) },
	{ mechanism: 'emotionalReaction', level: 1, cue: 'reassurance', pattern: re(`${W}(?:nie (?:martw|martwcie) się|proszę się nie martwić|wszystko będzie dobrze|spokojnie)${E}`) },
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`${W}(?:musi|musiało|musiała|może) (?:\\p{L}+ ){0,3}?(?:być|się czuć|czuć)[^.?!]{0,40}?${FEELINGS}`) },
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`${W}(?:rozumiem|wyobrażam sobie),? (?:że|jak|jakie|ile)[^.?!]{0,40}?${FEELINGS}`) },
	{ mechanism: 'interpretation', level: 2, cue: 'inferred_feeling', pattern: re(`${W}(?:to|jest|było)\\s+(?:bardzo |naprawdę |na pewno )?${FEELINGS}`) },
	{ mechanism: 'interpretation', level: 1, cue: 'generic_acknowledgement', pattern: re(`${W}(?:rozumiem|wyobrażam sobie|widzę)${E}`) },
	{ mechanism: 'ownership', level: 2, cue: 'concrete_action', pattern: re(`${W}(?:(?:zwróci|wysła|umówi|zablokowa|zleci|anulowa|zamówi|przesła|zarezerwowa|usuną|dodała?|naprawi|przekaza|zgłosi|zadzwoni|poprawi)(?:łem|łam)|zadzwonię|wyślę|zajmę się|osobiście|zwrócę|umówię|zablokuję|anuluję|zamówię)${E}`) },
	{ mechanism: 'ownership', level: 1, cue: 'vague_offer', pattern: re(`${W}(?:sprawdzę|przekażę|sprawdzimy|postaram się|zobaczę|pomogę|zajmiemy się|odezwiemy się)${E}`) },
	{ mechanism: 'nextSteps', level: 2, cue: 'step_with_time_or_channel', pattern: re(`${W}(?:jutro|dziś|dzisiaj|w ciągu|do (?:piątku|poniedziałku|wtorku|środy|czwartku|soboty|jutra|godziny)|w (?:poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę)|na (?:poniedziałek|wtorek|środę|czwartek|piątek)|między \\d|o \\d|do \\d|dni roboczych|godzin[yę]?|e-?mail\\p{L}*|sms\\p{L}*|zadzwonię|kurier\\p{L}*|list\\p{L}*)${E}`), statementOnly: true },
	{ mechanism: 'nextSteps', level: 1, cue: 'vague_next_step', pattern: re(`${W}(?:odezwiemy się|skontaktujemy się|damy znać|poinformujemy|wkrótce|jak najszybciej|skontaktuje się)${E}`), statementOnly: true }
];

export const polishRules: LanguageRules = {
	cues,
	blocks: [],
	negationBefore: once(`${W}nie\\s+(?:\\p{L}+\\s+)?$`),
	questions: {
		questionMark: /[?？؟]["'”’)\]]*$/u,
		invitations: [once(`${W}(?:proszę (?:mi )?opowiedzieć|opowie (?:mi )?Pan|opowie (?:mi )?Pani)`)],
		notExploring: [once(`${W}(?:numer\\p{L}*|adres\\p{L}*|pesel|data urodzenia|podać|potwierdzić|zdjęci\\p{L}*|zrestartować|czy mogę|czy chce Pan|czy chce Pani|w czym mogę pomóc|coś jeszcze)${E}`)],
		generic: [once(`${W}(?:co się stało|jak się (?:Pan|Pani|pan|pani)? ?czuje|jak się czujesz|co się dzieje)${E}`)],
		specific: [once(`${FEELINGS}|${W}(?:czuje|utrudnia\\p{L}*|pomaga|sam[ae]?|bezpieczn\\p{L}*|wpływ\\p{L}*)${E}`)],
		closedQuestion: once(`^(?:\\p{L}+[,.]?\\s+){0,2}czy${E}`),
		overlapForSpecific: 2
	}
};
