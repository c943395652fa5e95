/**
 * Is a cue about the question? Two checks:
 *   off-topic  a target modified by an off-topic word is not the question's ("trade talks",
 *              "a truce in the trade war", "the Nobel Peace Prize", "peace of mind")
 *   domain     a text that is not about the question's domain (no war words, counted outside
 *              off-topic phrases) gives no positions at all, whatever peace words it uses
 */
import type { Doc } from '../document';
import type { CompiledQuestion } from '../lexicon/compile';
import { matchAll, matchAt, type Match } from '../lexicon/match';
import type { Tokens } from '../segment/tokens';

/** Tokens either side of a target searched for an off-topic modifier. */
const OFF_TOPIC_WINDOW = 3;
/** Domain words a long text needs before any position is reported; a short one needs fewer
 *  (one per DOMAIN_CHARS characters, at least MIN_DOMAIN_SHORT), so news alerts still count. */
export const MIN_DOMAIN_WORDS = 3;
const MIN_DOMAIN_SHORT = 1.5;
const DOMAIN_CHARS = 800;

/** True when an off-topic word sits within the window around the match, in the same sentence
 *  (for the question's own targets, also a word of `offTopicPeace`: "grain deal", not "attacks on shipping"). */
export function offTopic(t: Tokens, q: CompiledQuestion, m: Match): boolean {
  const s = t.sentence[m.first];
  const peace = m.entry.polarity > 0;
  for (let k = Math.max(0, m.first - OFF_TOPIC_WINDOW); k < Math.min(t.count, m.last + OFF_TOPIC_WINDOW); k++) {
    if (k >= m.first && k < m.last) continue;
    if (t.sentence[k] !== s || t.lower[k - 1] === 'any') continue; // "a deal at any price" is no price deal
    if (matchAt(q.offTopic, t, k, k + 3) || (peace && matchAt(q.offTopicPeace, t, k, k + 3))) return true;
  }
  return false;
}

/** True when a body paragraph uses an off-topic word ("tariffs", "climate"): in such a text a
 *  ceasefire word is a metaphor ("a 90-day truce in the trade war") unless war words abound. */
export function hasOffTopic(doc: Doc, q: CompiledQuestion): boolean {
  for (const p of doc.paragraphs) {
    if (p.kind !== 'body' || p.firstSentence >= p.lastSentence) continue;
    if (matchAll(q.offTopic, doc.tokens, doc.sentences[p.firstSentence].first, doc.sentences[p.lastSentence - 1].last).length) return true;
  }
  return false;
}

/** Counts domain words in body paragraphs, leaving out off-topic uses ("trade war"); `cues` gives
 *  the body's cue matches, asked for only when the domain words alone fall short. */
export function inDomain(doc: Doc, q: CompiledQuestion, cues: () => readonly Match[]): boolean {
  const t = doc.tokens;
  const need = Math.min(MIN_DOMAIN_WORDS, Math.max(MIN_DOMAIN_SHORT, doc.text.length / DOMAIN_CHARS));
  let n = 0;
  for (const p of doc.paragraphs) {
    if (p.kind !== 'body' || p.firstSentence >= p.lastSentence) continue;
    const from = doc.sentences[p.firstSentence].first;
    const to = doc.sentences[p.lastSentence - 1].last;
    for (const m of matchAll(q.domain, t, from, to)) {
      if (!offTopic(t, q, m)) n++;
      if (n >= need) return true;
    }
  }
  // Ceasefire words count half: they are used of trade and politics too (off-topic ones are already out).
  for (const m of cues()) {
    if (m.entry.role === 'target' && m.entry.polarity > 0 && m.entry.weight >= 1) n += 0.5;
    if (n >= need) return true;
  }
  return false;
}
