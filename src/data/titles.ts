/**
 * Titles of people who speak for an actor, as synonym sets: every form maps to one role.
 * Matched on lower-cased tokens; the longest form wins ("foreign minister" over "minister").
 */

export interface TitleData {
  /** Canonical role reported in `speakers[].role`. */
  readonly role: string;
  /** Lower-case forms as written in news. */
  readonly forms: readonly string[];
  /** Gender the form implies, used to resolve "he" / "she". */
  readonly gender?: 'm' | 'f';
  /** Actor the title itself names, when it can only be one ("pope" → VAT). */
  readonly actor?: string;
}

export const TITLES: readonly TitleData[] = [
  { role: 'president', forms: ['president', 'president-elect'] },
  { role: 'vice president', forms: ['vice president', 'vice-president'] },
  { role: 'prime minister', forms: ['prime minister', 'premier', 'pm', 'caretaker prime minister', 'acting prime minister', 'interim prime minister'] },
  { role: 'deputy prime minister', forms: ['deputy prime minister', 'deputy premier', 'vice premier', 'first deputy prime minister'] },
  { role: 'chancellor', forms: ['chancellor'] },
  { role: 'head of state', forms: ['king', 'emir', 'sultan', 'crown prince', 'supreme leader', 'monarch'] },
  { role: 'queen', forms: ['queen'], gender: 'f' },
  { role: 'foreign minister', forms: ['foreign minister', 'minister of foreign affairs', 'foreign affairs minister', 'external affairs minister', 'foreign secretary', 'secretary of state', 'top diplomat', 'chief diplomat', 'deputy foreign minister', 'minister for foreign affairs'] },
  { role: 'defence minister', forms: ['defence minister', 'defense minister', 'defence secretary', 'defense secretary', 'minister of defence', 'minister of defense', 'secretary of defense', 'war secretary', 'secretary of war', 'pentagon chief'] },
  { role: 'minister', forms: ['minister', 'information minister', 'interior minister', 'finance minister', 'economy minister', 'trade minister', 'justice minister', 'security minister', 'cabinet minister', 'secretary', 'treasury secretary', 'commerce secretary', 'home secretary'] },
  { role: 'spokesperson', forms: ['spokesperson', 'spokesman', 'press secretary', 'press officer', 'mouthpiece', 'spokespeople'] },
  { role: 'spokesperson', forms: ['spokeswoman'], gender: 'f' },
  { role: 'national security adviser', forms: ['national security adviser', 'national security advisor'] },
  { role: 'adviser', forms: ['adviser', 'advisor', 'aide', 'foreign policy aide', 'foreign policy adviser', 'senior adviser', 'presidential adviser', 'chief of staff'] },
  { role: 'ambassador', forms: ['ambassador', 'envoy to the united nations', 'permanent representative', 'representative'] },
  { role: 'envoy', forms: ['envoy', 'special envoy', 'special representative', 'emissary', 'special coordinator', 'coordinator'] },
  { role: 'negotiator', forms: ['negotiator', 'chief negotiator', 'lead negotiator', 'mediator', 'chief mediator'] },
  { role: 'secretary-general', forms: ['secretary-general', 'secretary general', 'director-general', 'director general'] },
  { role: 'foreign policy chief', forms: ['foreign policy chief', 'high representative', 'foreign-policy chief'] },
  { role: 'leader', forms: ['leader', 'head', 'chief', 'chairman', 'chairwoman', 'chairperson', 'chair', 'commission chairperson', 'commission president', 'president of the european commission', 'president of the european council'] },
  { role: 'commander', forms: ['commander', 'army chief', 'military chief', 'chief of staff of the armed forces', 'general', 'field marshal', 'commander-in-chief'] },
  { role: 'official', forms: ['official', 'senior official', 'diplomat', 'member of parliament', 'lawmaker', 'legislator', 'deputy chairman', 'member', 'members', 'speaker', 'parliament speaker', 'governor', 'mayor', 'commissioner'] },
  { role: 'pope', forms: ['pope', 'pontiff'], actor: 'VAT' },
  { role: 'cardinal', forms: ['cardinal'] },
];

/** Words that may stand between an actor and a title without changing whose title it is. */
export const TITLE_MODIFIERS: readonly string[] = [
  'acting', 'caretaker', 'interim', 'deputy', 'vice', 'first', 'special', 'senior', 'top', 'chief', 'former',
  'outgoing', 'incoming', 'new', 'then', 'newly', 'elected', 'foreign', 'ministry', 'foreign-policy', 'policy',
  'defence', 'defense', 'national', 'security', 'press', 'government', 'military', 'army', 'presidential',
  'state', 'official', 'affairs', 'external', 'information', 'interior', 'trade', 'treasury', 'finance',
  'kremlin', 'office', 'council', 'department', 'commission', 'cabinet', 'regional', 'permanent', 'humanitarian',
  'political', 'bureau', 'delegation', "'s", 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'prime', 'agency',
  'long-time', 'longtime', 'veteran', 'powerful', 'hardline', 'far-right', 'influential',
];

/** Honorifics before a name: not roles, but they mark what follows as a person. */
export const HONORIFICS: readonly string[] = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sheikh', 'sheik', 'prince', 'princess', 'gen', 'gen.',
  'general', 'lt', 'lt.', 'col', 'col.', 'colonel', 'admiral', 'adm.', 'sir', 'dame', 'lord', 'lady', 'king',
  'queen', 'emir', 'sultan', 'pope', 'cardinal', 'ayatollah', 'rev', 'rev.', 'maj.', 'major', 'brig.', 'marshal',
];
