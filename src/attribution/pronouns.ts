/**
 * Pronouns and the actors they stand for: he / she (the nearest fitting person, or an official named
 * by title), it / they / we (the actor opening a recent sentence, the last speaker, the last mention).
 */
import type { Doc } from '../document';
import type { Compiled } from '../compiled';
import type { Agent } from '../document';
import { recentActor } from '../actors/affiliation';
import { isTimeWord } from './clause';
import { MEMBERSHIP_WORDS } from '../data/grammar';

/** he / she / it / they: the most recent fitting speaker, else the most recent fitting mention. */
export function pronounAgent(doc: Doc, c: Compiled, k: number): Agent | undefined {
  const w = doc.tokens.lower[k];
  if (w === 'he' || w === 'she') {
    const p = recentPerson(doc, k, w === 'he' ? 'm' : 'f');
    if (p === undefined) {
      // "Peru's foreign minister said … . …, he added.": an official named only by title.
      const actor = lastOfficial(doc, c, k);
      return actor === undefined ? undefined : { first: k, last: k + 1, actor, kind: 'pronoun' };
    }
    return { first: k, last: k + 1, actor: doc.persons[p].actor, person: p, kind: 'pronoun' };
  }
  const actor = previousSubject(doc, k) ?? lastSpeakerActor(doc, k, 'actor') ?? recentActor(doc, k, w === 'it');
  return actor === undefined ? undefined : { first: k, last: k + 1, actor, kind: 'pronoun' };
}

/** Nouns that make a name before them a modifier: "NATO member Türkiye", "EU partner Norway". */
const MEMBERSHIP = new Set(MEMBERSHIP_WORDS);

/** Sentences back a he/she may reach for an official named by title only. */
const OFFICIAL_REACH = 2;

/** Actor of the latest statement before k whose speaker is a titled phrase ("the foreign minister"), when no
 *  person spoke since. */
function lastOfficial(doc: Doc, c: Compiled, k: number): number | undefined {
  const t = doc.tokens;
  for (let f = doc.frames.length - 1; f >= 0; f--) {
    const fr = doc.frames[f];
    if (fr.verb >= k || fr.embedded) continue;
    if (t.sentence[k] - t.sentence[fr.verb] > OFFICIAL_REACH) return undefined;
    const a = fr.agents[0];
    if (a.person !== undefined) return undefined;
    if (a.kind === 'institution' && a.actor !== undefined && c.titles.byLast.has(t.lower[a.last - 1])) return a.actor;
  }
  return undefined;
}

/** Tokens back a he/she may reach for a person. */
const PRONOUN_REACH = 300;
/** Sentences back searched for the actor an "it" / "they" refers to. */
const SUBJECT_REACH = 2;

/** "Hezbollah showed no sign of backing down. It fired …": the actor opening a recent sentence. */
function previousSubject(doc: Doc, k: number): number | undefined {
  const t = doc.tokens;
  const here = t.sentence[k];
  const start = doc.sentences[here].first;
  // Only for a pronoun that opens its sentence, perhaps after a time phrase ("On Sept. 19 it launched …").
  if (k - start > 6) return undefined;
  for (let j = start; j < k; j++) if (/^(?:VERB|AUX|NOUN)$/.test(t.pos[j]) && !isTimeWord(t.lower[j])) return undefined;
  for (let s = here - 1; s >= Math.max(0, here - SUBJECT_REACH); s--) {
    const sent = doc.sentences[s];
    for (let j = sent.first; j < Math.min(sent.last, sent.first + 4); j++) {
      const m = doc.actorAt[j] >= 0 ? doc.actorMentions[doc.actorAt[j]] : undefined;
      // "NATO member Türkiye has …": the first name modifies the second, which is the subject.
      if (m && MEMBERSHIP.has(t.lower[m.last]) && doc.actorAt[m.last + 1] >= 0) return doc.actorMentions[doc.actorAt[m.last + 1]].actor;
      if (m && m.type !== 'demonym' && (k - start > 2 || doc.gaz.actors[m.actor].kind === 'organization')) return m.actor;
    }
  }
  return undefined;
}

/** The person a he/she at token k most likely is: the first person named in the nearest earlier
 *  sentence that names one (subjects come first in news sentences), gender permitting. */
export function recentPerson(doc: Doc, k: number, gender: 'm' | 'f'): number | undefined {
  const t = doc.tokens;
  const fits = (p: number) => (doc.persons[p].gender ?? gender) === gender;
  let best: number | undefined;
  let sentence = t.sentence[k];
  for (let m = doc.personMentions.length - 1; m >= 0; m--) {
    const pm = doc.personMentions[m];
    if (pm.first >= k) continue;
    if (k - pm.first > PRONOUN_REACH) break; // bounded even inside one endless sentence
    const s = t.sentence[pm.first];
    if (best !== undefined && s !== sentence) break;
    if (doc.quoteAt[pm.first] >= 0 || !fits(pm.person)) continue;
    if (sentence - s > 12) break;
    sentence = s;
    best = pm.person; // keep scanning this sentence leftwards: the first named wins
  }
  return best;
}

/** Sentences back that a pronoun or "the statement" may reach for its speaker. */
const SPEAKER_REACH = 6;

/** Actor of the most recent statement's agent before token k (a person's when `want` is 'person'). */
export function lastSpeakerActor(doc: Doc, k: number, want: 'person' | 'actor' | 'any'): number | undefined {
  const t = doc.tokens;
  for (let f = doc.frames.length - 1; f >= 0; f--) {
    const fr = doc.frames[f];
    if (fr.verb >= k || fr.embedded) continue;
    if (t.sentence[k] - t.sentence[fr.verb] > SPEAKER_REACH) break;
    const a = fr.agents[0];
    if (want === 'person' && a.person === undefined) continue;
    if (want === 'actor' && a.person !== undefined) continue;
    if (a.actor !== undefined) return a.actor;
  }
  return undefined;
}
