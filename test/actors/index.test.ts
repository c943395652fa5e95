import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/actors';
import { segment } from '../../src/segment';
import { c } from './view';

/** The actor layer of a text with the date given as the pipeline gives it. */
function layerOf(text: string, date = '2024-06-01', dateKnown = true) {
  const seg = segment(text);
  return { seg, layer: findActors(seg, c, { date, dateKnown }) };
}

describe('actor stage', () => {
  it('indexes every token of a mention, and only those', () => {
    const { seg, layer } = layerOf('The Republic of Korea and the Kremlin met.');
    const covered = seg.tokens.value.map((v, k) => [v, layer.actorAt[k]]);
    expect(covered.filter(([, m]) => m !== -1)).toEqual([['Republic', 0], ['of', 0], ['Korea', 0], ['Kremlin', 1]]);
    expect(layer.actorMentions.map((m) => c.gaz.actors[m.actor].id)).toEqual(['KOR', 'RUS']);
  });

  it('indexes people’s tokens apart from actors’, and returns a frozen layer', () => {
    const { seg, layer } = layerOf('Hungarian Prime Minister Viktor Orban spoke.');
    expect(seg.tokens.value.filter((_, k) => layer.personAt[k] >= 0)).toEqual(['Viktor', 'Orban']);
    expect(seg.tokens.value.filter((_, k) => layer.actorAt[k] >= 0)).toEqual(['Hungarian']);
    expect(Object.isFrozen(layer)).toBe(true);
    expect(Object.isFrozen(layer.persons[0])).toBe(true);
  });

  it('takes the office holder of the date; between terms, the latest role only when the text gave no date', () => {
    /** Actor id of the one person in the text, so each date reads as one line. */
    const actorOf = (date: string, known: boolean) => {
      const { layer } = layerOf('Kaja Kallas spoke.', date, known);
      const a = layer.persons[0].actor;
      return a === undefined ? undefined : c.gaz.actors[a].id;
    };
    expect(actorOf('2023-05-01', true)).toBe('EST');
    expect(actorOf('2025-05-01', true)).toBe('EU');
    expect(actorOf('2024-09-01', true)).toBeUndefined();
    expect(actorOf('2024-09-01', false)).toBe('EU');
  });
});
