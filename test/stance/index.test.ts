/**
 * stance/index.ts (scoreStatements): which statements are scored (an actor's own, not embedded),
 * which clauses of them count (not a described actor's, a concession, a past event, a question,
 * another's act), and the domain gate for texts outside the war domain.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src';
import { scored, scoredText, stanceOf } from './view';

describe('whose voice', () => {
  it('does not give the writer’s or another actor’s words to an actor', () => {
    expect(stanceOf('It is clearly a sign that China supports a ceasefire.', 'CHN').stance).toBe('none');
    expect(stanceOf('Moscow accused Kyiv of rejecting talks.', 'UKR').stance).toBe('none');
  });

  it('does not make an actor the agent of a compound, an aside or a participle that is not its own', () => {
    expect(stanceOf('Hezbollah, the Iran-backed group that began firing on northern Israel, said it would fight on.', 'IRN').stance).toBe('none');
    expect(stanceOf('The proposal, unveiled on the sidelines of the U.N. General Assembly, called for an immediate ceasefire.', 'UN').stance).toBe('none');
    expect(stanceOf('The group pulled out of talks that were due to open in Luanda, the Angolan capital, the following day, accusing others of sabotage.', 'AGO').stance).toBe('none');
  });

  it('reads "said the Kremlin was …" as a description of Russia, and a name after a preposition as no subject', () => {
    expect(stanceOf('Britain said the Kremlin was trying to drag out the war.', 'GBR').stance).toBe('none');
    expect(stanceOf('Israel said the Security Council resolution was a disgrace.', 'ISR').stance).toBe('none');
  });

  it('keeps the speaker’s demand on another actor', () => {
    expect(stanceOf('French President Emmanuel Macron said Russia must accept the ceasefire.', 'FRA').stance).toBe('support');
  });
});


describe('statements scored', () => {
  it('scores an actor’s own statement, not one embedded in it nor one of an unknown speaker', () => {
    expect(scored('Macron said Russia must accept the ceasefire.').map((s) => s.actors)).toEqual([['FRA']]);
    expect(scored('Senator Tom Jones said the ceasefire must hold.')).toEqual([]);
  });

  // [name, body, the words of Peru's scores that count]
  const cases: [string, string, string[]][] = [
    ['a clause describing another actor', 'Peru said Chile was dragging out the war.', []],
    ['a concessive clause', 'Peru said: "Although the rebels want a truce, we will keep fighting."', ['keep fighting']],
    ['a past time clause', 'Peru said it would help after the truce collapsed.', []],
    ['an indirect question', 'Peru did not say whether it would back the truce.', []],
    ['another actor’s act', 'Peru said the truce had been violated by Chile.', []],
  ];
  it.each(cases)('drops %s and keeps the rest', (_name, body, words) => {
    const own = scored(body).filter((s) => s.actors.includes('PER'));
    expect(own.flatMap((s) => s.scores.map((x) => x.words))).toEqual(words);
  });
});

describe('outside the war domain', () => {
  // [name, text, Peru's scores there]
  const cases: [string, string, number][] = [
    ['a question target counts', 'Peru called for a truce.', 1],
    ['a predicate that means something alone counts', 'Peru offered to mediate.', 1],
    ['a weak target does not', 'Peru welcomed the deal.', 0],
    ['nothing counts in a text about something else', 'Peru called for a truce. New tariffs hit exports.', 0],
  ];
  it.each(cases)('%s', (_name, text, n) => {
    expect(scoredText(text).flatMap((s) => s.scores)).toHaveLength(n);
  });

  it('says why a statement outside the domain counts for nothing', () => {
    const dropped = (text: string) => analyze(text, { trace: true, date: '2025-03-01' }).trace?.map((e) => e.dropped);
    expect(dropped('Peru welcomed the deal.')).toEqual(['outside-domain']);
    expect(dropped('Peru welcomed the deal. New tariffs hit exports.')).toEqual(['off-topic']);
  });
});
