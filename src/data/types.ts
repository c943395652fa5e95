/**
 * Shapes of the data modules (gazetteers, people, titles) and the condition kinds. Users pass the
 * same shapes to `createAnalyzer({ actors, people })`, so these are part of the public API
 * (re-exported by `src/types.ts`). A leaf module: it imports nothing.
 */

/** What an actor is: a state, or an organisation (international body, alliance, armed group). */
export type ActorKind = 'state' | 'organization';

/**
 * The condition kinds of the annotation guidelines, in report order: what a conditional position
 * depends on. The one list of them: `ConditionKind`, the validation of `QuestionData.conditionKinds`
 * and (checked by a test) the `conditionKind` enum of `standpoint/schema.json` all come from it.
 * Declared here, beside the other data shapes, so `src/types.ts` can re-export it without an
 * import cycle; import it from `standpoint` (or `src/types`).
 */
export const CONDITION_KINDS = [
  'sovereignty',
  'withdrawal',
  'security-guarantees',
  'hostages',
  'humanitarian-access',
  'accountability',
  'recognition',
  'demilitarization',
  'neutrality',
  'arms-halt',
  'sanctions-relief',
  'elections',
  'other',
] as const;

/** What a conditional position depends on: one of `CONDITION_KINDS`. */
export type ConditionKind = (typeof CONDITION_KINDS)[number];

/**
 * A state or an organisation that can take a position.
 * Every string is matched on token boundaries, case-sensitively ("US" is not "us"),
 * except that an all-capitals token in a dateline ("MOSCOW") also matches "Moscow".
 */
export interface ActorData {
  /** ISO 3166-1 alpha-3 for states (`CHN`), the common acronym for organisations (`NATO`). */
  readonly id: string;
  /** Display name, e.g. "China". */
  readonly name: string;
  readonly kind: ActorKind;
  /** Names and abbreviations: "China", "People's Republic of China", "PRC". */
  readonly names: readonly string[];
  /** Adjectives and nouns for its people: "Chinese"; "Ukrainian", "Ukrainians". */
  readonly demonyms?: readonly string[];
  /** Capital cities, incl. the seat of government when it differs: "Beijing". */
  readonly capitals?: readonly string[];
  /** Buildings and institutions that speak for it: "Zhongnanhai", "the Kremlin", "Security Council". */
  readonly seats?: readonly string[];
  /** ISO date (YYYY-MM-DD) from which these names denote this actor (inclusive). */
  readonly from?: string;
  /** ISO date until which these names denote this actor (exclusive). */
  readonly to?: string;
}

/** An office a person holds for an actor during a term. */
export interface RoleData {
  /** Actor id the person speaks for while in this role. */
  readonly actor: string;
  /** Title in lower case, e.g. "president", "foreign minister", "spokesperson". */
  readonly title: string;
  /** ISO date the term began (inclusive); open when absent. */
  readonly from?: string;
  /** ISO date the term ended (exclusive); open when absent. */
  readonly to?: string;
}

/** A known person (office holder, group leader) with dated roles, as PETRARCH's actor dictionaries. */
export interface PersonData {
  /** Full name as usually written in English news: "Volodymyr Zelensky". */
  readonly name: string;
  /** Other spellings and forms: "Zelenskiy", "Zelenskyy", "Volodymyr Zelenskyy". */
  readonly aliases?: readonly string[];
  /** The form used alone on later mentions when it is not the last word: "Xi" for "Xi Jinping". */
  readonly short?: string;
  /** Used to resolve "he" / "she". */
  readonly gender?: 'm' | 'f';
  readonly roles: readonly RoleData[];
}
