import { describe, expect, it } from 'vitest';
import { compileQuestion } from '../../src/lexicon/compile';
import { matchAll, matchAt } from '../../src/lexicon/match';
import { tokenize } from '../../src/segment/tokens';
import { questionWith } from './question';

/** A cue index of the given patterns, each its own phrase (id = pattern), so a match names its pattern. */
function cuesOf(patterns: string[]) {
  return compileQuestion(questionWith({ phrases: patterns.map((p) => ({ id: p, polarity: 1 as const, patterns: [p] })) })).cues;
}

/** Every match of `patterns` in `text`, left to right, as [pattern, matched words]. */
function matches(patterns: string[], text: string, skip?: (word: string) => boolean): [string, string][] {
  const t = tokenize(text).tokens;
  const found = matchAll(cuesOf(patterns), t, 0, t.count, skip && ((k) => skip(t.value[k])));
  return found.map((m) => [m.entry.pattern, text.slice(t.start[m.first], t.end[m.last - 1])]);
}

describe('matching patterns', () => {
  const cases: [string, string[], string, [string, string][]][] = [
    ['a word matches its lemma', ['call for'], 'Chile called for a truce.', [['call for', 'called for']]],
    ['or its lower-case form', ['truce'], 'Truce talks stalled.', [['truce', 'Truce']]],
    ['"=" takes the written form only', ['=include peru'], 'They included Peru, then include Peru.', [['=include peru', 'include Peru']]],
    ['the longest entry wins', ['peace', 'peace talks'], 'Peace talks resumed in peace.', [['peace talks', 'Peace talks'], ['peace', 'peace']]],
    ['matches never overlap', ['peace talks', 'talks resumed'], 'Peace talks resumed.', [['peace talks', 'Peace talks']]],
    ['an optional word may be there or not', ['peace? talks'], 'Talks and peace talks.', [['peace? talks', 'Talks'], ['peace? talks', 'peace talks']]],
    ['a wildcard takes any one token', ['end * war'], 'End the war, end this war, end war.', [['end * war', 'End the war'], ['end * war', 'end this war']]],
    ['a part-of-speech tag must fit', ['talk/V'], 'Chile will talk. The talk failed.', [['talk/V', 'talk']]],
    ['quote marks inside a phrase are skipped', ['only with robust guarantees'], 'Peace only “with robust guarantees”.', [['only with robust guarantees', 'only “with robust guarantees']]],
    ['a hyphenated pattern matches a split hyphenated word', ['cease-fire'], 'The cease-fire held.', [['cease-fire', 'cease-fire']]],
    ['entries sharing a first word are told apart by the second', ['call for', 'call off'], 'They called off the strikes and called for talks.', [['call off', 'called off'], ['call for', 'called for']]],
  ];
  it.each(cases)('%s', (_name, patterns, text, expected) => {
    expect(matches(patterns, text)).toEqual(expected);
  });

  it('skips excluded tokens and drops a match that would cover one', () => {
    expect(matches(['peace talks', 'talks'], 'Peace talks and talks.', (w) => w === 'Peace')).toEqual([['talks', 'talks'], ['talks', 'talks']]);
    expect(matches(['peace talks'], 'Peace talks and talks.', (w) => w === 'talks')).toEqual([]);
  });

  it('does not match past the ceiling', () => {
    const t = tokenize('Peace talks resumed.').tokens;
    const index = cuesOf(['peace', 'peace talks']);
    expect(matchAt(index, t, 0, 1)).toMatchObject({ entry: { pattern: 'peace' }, first: 0, last: 1 });
    expect(matchAt(index, t, 0, 2)).toMatchObject({ entry: { pattern: 'peace talks' }, first: 0, last: 2 });
    expect(matchAt(index, t, 1, 3)).toBeUndefined();
  });
});
