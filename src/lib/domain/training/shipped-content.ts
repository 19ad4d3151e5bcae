// The training content Tend ships ready to assign: empathy and active-listening modules for
// contact-center agents, each with lessons, practice scenarios and a quiz, in the five interface
// languages. Pure data and types, no I/O.
// Source: the skills follow the EPITOME framework (Sharma et al., EMNLP 2020: emotional
// reactions, interpretations, explorations, each weak or strong), plus two contact-center
// mechanisms the framework does not cover: ownership and next steps.
// Limits: the translations are written per language, not word for word, so lengths and examples
// differ between locales; model replies are one good answer, not the only one; names, amounts and
// order numbers are invented. Keys are stable: progress records refer to them, so a wording change
// keeps the key and a change of meaning takes a new module version.
import { hearTheFeeling } from './shipped-content/hear-the-feeling';
import { listenToUnderstand } from './shipped-content/listen-to-understand';
import { ownIt } from './shipped-content/own-it';

export { locales, skills } from './shipped-content/types';
export type { Locale, Localized, Skill, ShippedLesson, ShippedScenario, ShippedQuizQuestion, ShippedModule } from './shipped-content/types';
import type { ShippedModule } from './shipped-content/types';

export const shippedModules: ShippedModule[] = [hearTheFeeling, listenToUnderstand, ownIt];
