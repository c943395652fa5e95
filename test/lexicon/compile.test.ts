import { describe, expect, it } from 'vitest';
import { compileQuestion, parsePattern, patternError, type Entry, type Index } from '../../src/lexicon/compile';
import { questionWith } from './question';

/** A slot as plain data, so a case can write it out. */
const slot = (s: ReturnType<typeof parsePattern>[number]) => ({ forms: [...s.forms], optional: s.optional, any: s.any, exact: s.exact, pos: s.pos });

/** Every entry filed under `key`, whether by its second word or not: how matching will find it. */
function entries(index: Index, key: string): Entry[] {
  const b = index.get(key);
  return b ? [...b.rest, ...[...b.bySecond.values()].flat()] : [];
}

/** The patterns of the entries filed under `key`, for cases that check only where an entry went. */
const filed = (index: Index, key: string) => entries(index, key).map((e) => e.pattern);

/** The entry of `pattern` filed under `key`, or throws: a clearer failure than undefined access. */
function entry(index: Index, key: string, pattern: string): Entry {
  const e = entries(index, key).find((x) => x.pattern === pattern);
  if (!e) throw new Error(`no entry "${pattern}" under "${key}"`);
  return e;
}

describe('parsePattern', () => {
  it('reads alternatives, optional and exact words, wildcards and part-of-speech tags', () => {
    expect(parsePattern('Call|urge/V for? =peace *').map(slot)).toEqual([
      { forms: ['call', 'urge'], optional: false, any: false, exact: false, pos: 'V' },
      { forms: ['for'], optional: true, any: false, exact: false, pos: undefined },
      { forms: ['peace'], optional: false, any: false, exact: true, pos: undefined },
      { forms: ['*'], optional: false, any: true, exact: false, pos: undefined },
    ]);
  });

  it('gives hyphenated words a second reading split as the tokenizer splits them', () => {
    expect(parsePattern('cease-fire talks').map((s) => [...s.forms])).toEqual([['cease-fire'], ['talks']]);
    expect(parsePattern('cease-fire talks', true).map((s) => [...s.forms])).toEqual([['cease'], ['-'], ['fire'], ['talks']]);
  });
});

describe('patternError', () => {
  const cases: [string, string][] = [
    ['', 'is empty'],
    [' talks', 'has a leading or trailing space'],
    ['peace\ttalks', 'separates words with a tab or line break (use one space)'],
    ['peace  talks', 'has an empty word (two spaces in a row)'],
    ['peace ?', `has the word "?", which is a lone '?' (write it after a word: 'word?')`],
    ['= peace', `has the word "=", which is a lone '=' (write it before a word: '=word')`],
    ['pea=ce', `has the word "pea=ce", which has '=' inside (it goes first: '=word')`],
    ['?peace', `has the word "?peace", which has '?' inside (it goes last: 'word?')`],
    ['talk/V/N', `has the word "talk/V/N", which has more than one '/' suffix`],
    ['talk/X', `has the word "talk/X", which has the unknown part-of-speech suffix '/X' (use /V, /N or /A)`],
    ['/V talks', 'has the word "/V", which has no word before its suffix'],
    ['truce||peace', `has the word "truce||peace", which has an empty alternative ('||' or '|' at an end)`],
    ['truce|', `has the word "truce|", which has an empty alternative ('||' or '|' at an end)`],
    ['*|truce', `has the word "*|truce", which mixes '*' with alternatives ('*' already matches any token)`],
    ['=* truce', `has the word "=*", which is '=*' ('*' has no written form)`],
    ['peace? talks?', 'has only optional words (one must be required)'],
    ['* *', "has only wildcards ('*' matches any token)"],
  ];
  it.each(cases)('%j %s', (pattern, why) => {
    expect(patternError(pattern)).toBe(why);
  });

  it.each(['talks =now?', 'peace? talks', 'talk/n', 'cease-fire', '* war'])('accepts %j', (pattern) => {
    expect(patternError(pattern)).toBeUndefined();
  });
});

describe('compileQuestion', () => {
  const q = compileQuestion(questionWith({
    targets: [
      { id: 'target.truce', polarity: 1, patterns: ['truce', 'peace? talks', 'cease-fire', 'deal/N'] },
      { id: 'target.war', polarity: -1, patterns: ['war'] },
    ],
    predicates: [{ id: 'support.call', polarity: 1, patterns: ['call for', 'call off', 'call'] }],
    phrases: [{ id: 'oppose.premature', polarity: -1, weight: 2, patterns: ['* is premature'] }],
    neutral: ['war crimes'],
    conditions: [{ id: 'cond.if', patterns: ['only if'] }],
    conditionKinds: [{ kind: 'withdrawal', patterns: ['withdraw'] }],
    negators: ['Not', 'NEVER'],
    hedges: ['May'],
    offTopic: ['trade'],
    domain: ['shelling'],
    weakTargets: ['Deal'],
  }));

  it('files each entry under a form of its first required word, or under * when it may start anywhere', () => {
    expect(filed(q.cues, 'truce')).toEqual(['truce']);
    expect(filed(q.cues, '*')).toEqual(['peace? talks', '* is premature']);
    expect(filed(q.cues, 'war')).toEqual(['war', 'war crimes']);
    expect(filed(q.cues, 'cease-fire')).toEqual(['cease-fire']);
    expect(filed(q.cues, 'cease')).toEqual(['cease-fire']);
    expect(entries(q.cues, 'cease')[0].slots.map((s) => [...s.forms])).toEqual([['cease'], ['-'], ['fire']]);
  });

  it('indexes entries that share a first word by their second word', () => {
    const call = q.cues.get('call')!;
    expect(call.rest.map((e) => e.pattern)).toEqual(['call']);
    expect([...call.bySecond].map(([w, list]) => [w, list.map((e) => e.pattern)])).toEqual([['for', ['call for']], ['off', ['call off']]]);
  });

  it('gives each role its fields and defaults', () => {
    expect(entry(q.cues, 'war', 'war')).toMatchObject({ id: 'target.war', role: 'target', polarity: -1, weight: 1, weak: false });
    expect(entry(q.cues, 'deal', 'deal/N')).toMatchObject({ id: 'target.truce', weak: true });
    expect(entry(q.cues, 'call', 'call for')).toMatchObject({ id: 'support.call', role: 'predicate', applies: 'both' });
    expect(entry(q.cues, '*', '* is premature')).toMatchObject({ role: 'phrase', polarity: -1, weight: 2 });
    expect(entry(q.cues, 'war', 'war crimes')).toMatchObject({ id: 'neutral', role: 'phrase', polarity: 0 });
    expect(q.conditions.get('only')?.bySecond.get('if')?.[0]).toMatchObject({ id: 'cond.if', role: 'condition', scope: 'after', strength: 'strong', needsKind: false });
    expect(entry(q.kinds, 'withdraw', 'withdraw')).toMatchObject({ id: 'kind.withdrawal', role: 'kind', kind: 'withdrawal' });
  });

  it('lower-cases negators and hedges, and indexes the word lists', () => {
    expect([...q.negators, ...q.hedges]).toEqual(['not', 'never', 'may']);
    expect(filed(q.offTopic, 'trade')).toEqual(['trade']);
    expect(filed(q.domain, 'shelling')).toEqual(['shelling']);
    expect(q.offTopicPeace.size).toBe(0);
  });
});
