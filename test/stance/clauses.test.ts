/**
 * stance/clauses.ts: where a statement's content is cut into clauses (polarity and negation never
 * cross them), and which clauses grant, report a past event or ask rather than take a position.
 */
import { describe, expect, it } from 'vitest';
import { clauses, concessive, indirectQuestion, pastEvent } from '../../src/stance/clauses';
import { scored, tokensOf } from './view';

/** The clauses of a whole sentence as words, with the rule each one meets (so a case reads like the sentence). */
function cut(text: string, skip: (k: number) => boolean = () => false) {
  const { t, words } = tokensOf(text);
  return clauses(t, 0, t.count, skip).map(([a, b]) => {
    const kind = concessive(t, a) ? 'concessive' : pastEvent(t, a) ? 'past' : indirectQuestion(t, a) ? 'question' : '';
    return kind ? `${kind}: ${words(a, b)}` : words(a, b);
  });
}

describe('clause boundaries', () => {
  const cases: [string, string[]][] = [
    ['Peru wants talks but Chile wants war.', ['Peru wants talks', 'but Chile wants war.']],
    ['Peru wants talks; Chile wants war.', ['Peru wants talks', 'Chile wants war.']],
    ['Peru backed talks: Chile waited.', ['Peru backed talks', 'Chile waited.']],
    ['Peru backed talks — and Chile agreed.', ['Peru backed talks', 'and Chile agreed.']],
    ['Peru backed talks (a first) while Chile waited.', ['Peru backed talks', 'a first', 'past: while Chile waited.']],
    ['Peru backed talks. Chile agreed.', ['Peru backed talks.', 'Chile agreed.']],
    ['Peru backed talks, which Chile rejected.', ['Peru backed talks', 'which Chile rejected.']],
    ['Peru backed talks, saying the war must end.', ['Peru backed talks', 'saying the war must end.']],
    ['Peru said it backed talks and that the war must end.', ['Peru said it backed talks', 'and that the war must end.']],
    // A plain "and" joins; only a comma before it opens a clause.
    ['Peru backed talks and Chile backed them too.', ['Peru backed talks and Chile backed them too.']],
    ['Peru backed talks, and Chile agreed.', ['Peru backed talks', 'and Chile agreed.']],
  ];
  it.each(cases)('%s', (text, expected) => expect(cut(text)).toEqual(expected));

  it('closes a clause at a skipped token and leaves the token out', () => {
    const { t } = tokensOf('Peru backed talks; Chile waited.');
    const chile = t.value.indexOf('Chile');
    expect(cut('Peru backed talks; Chile waited.', (k) => k === chile)).toEqual(['Peru backed talks', 'waited.']);
  });
});

describe('clauses that take no position', () => {
  const cases: [string, string[]][] = [
    ['Although the front is quiet, Peru will keep fighting.', ['concessive: Although the front is quiet', 'Peru will keep fighting.']],
    ['Even as Chile fought, Peru backed talks.', ['concessive: Even as Chile fought', 'Peru backed talks.']],
    ['Peru backed talks, even though Chile fought on.', ['Peru backed talks', 'concessive: even though Chile fought on.']],
    ['Peru will help after talks broke down.', ['Peru will help', 'past: after talks broke down.']],
    ['Peru backed talks since the truce collapsed.', ['Peru backed talks', 'past: since the truce collapsed.']],
    ['Peru did not say whether it would back the truce.', ['Peru did not say', 'question: whether it would back the truce.']],
    // A clause of circumstance beside a plain past act tells when it happened.
    ['Peru called for a truce while the shelling went on.', ['Peru called for a truce', 'past: while the shelling went on.']],
    ['Peru backed talks as the siege dragged on.', ['Peru backed talks', 'past: as the siege dragged on.']],
    // Not after a modal (speech moved into the past sets terms), nor a comparison ("as did …").
    ['Peru would not sign while Chile held the valley.', ['Peru would not sign while Chile held the valley.']],
    ['Peru backed talks, as did Chile.', ['Peru backed talks', 'as did Chile.']],
    // A participle after a present "be" is ahead in time: terms, not a past event.
    ['Peru will sign after the hostages are released.', ['Peru will sign after the hostages are released.']],
    // "only after" sets terms: no past event, no boundary.
    ['Peru will sign only after Chile withdraws.', ['Peru will sign only after Chile withdraws.']],
  ];
  it.each(cases)('%s', (text, expected) => expect(cut(text)).toEqual(expected));
});

describe('what clauses do to a statement', () => {
  it('keeps a negation inside its clause, though it stands within reach of the next cue', () => {
    const [s] = scored('Peru said it would not travel: it wanted talks.');
    expect(s.scores.map((x) => [x.words, x.polarity, x.cues])).toEqual([['wanted talks', 1, ['support.call-for', 'target.talks']]]);
  });
});
