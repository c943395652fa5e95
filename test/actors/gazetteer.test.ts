import { describe, expect, it } from 'vitest';
import { laterForms, validOn, type Gazetteer, type Hit } from '../../src/actors/gazetteer';
import { keyOf, longestAt } from '../../src/actors/trie';
import type { PersonData } from '../../src/data/types';
import { compile } from '../../src/analyzer';
import { invented as gaz } from './invented';

/** What the trie holds for one whole string (a data key matched against itself). */
function hitsOf(g: Gazetteer, s: string): readonly Hit[] | undefined {
  const key = keyOf(s);
  const ends = new Uint8Array(key.length + 1);
  ends[key.length] = 1;
  return longestAt(g.trie, key, 0, ends)?.[1];
}

describe('gazetteer', () => {
  it('indexes each name with its actor and mention type', () => {
    const val = gaz.byId.get('VAL')!.index;
    const cases: [string, string][] = [['Valdoria', 'name'], ['Republic of Valdoria', 'name'], ['Valdorian', 'demonym'], ['Port Sela', 'capital'], ['the Amber Palace', 'seat']];
    for (const [s, type] of cases) expect(hitsOf(gaz, s), s).toEqual([{ t: 'actor', actor: val, type, from: undefined, to: undefined }]);
  });

  it('merges entries with one id into one actor, each name keeping its own dates', () => {
    expect(gaz.actors.map((a) => a.id)).toEqual(['VAL', 'KOR9', 'NLF']);
    expect(gaz.actors.map((a) => a.index)).toEqual([0, 1, 2]);
    expect(hitsOf(gaz, 'Old Korvath')).toEqual([{ t: 'actor', actor: 1, type: 'name', from: undefined, to: '2020-01-01' }]);
    expect(hitsOf(gaz, 'Korvath')).toEqual([{ t: 'actor', actor: 1, type: 'name', from: '2020-01-01', to: undefined }]);
    expect(gaz.byId.get('NLF')).toEqual({ index: 2, id: 'NLF', name: 'Northern Liberation Front', kind: 'organization' });
  });

  it('indexes people by name and alias, and phrases that are no actor as blocks', () => {
    expect(hitsOf(gaz, 'Tarek al-Mansur')).toEqual([{ t: 'person', person: 0 }]);
    expect(hitsOf(gaz, 'Tarek Mansur')).toEqual([{ t: 'person', person: 0 }]);
    expect(hitsOf(gaz, 'Port Sela Times')).toEqual([{ t: 'block' }]);
  });

  it('adds a custom actor’s names to a built-in actor of the same id', () => {
    const custom = compile({ actors: [{ id: 'UKR', name: 'Ukraine', kind: 'state', names: ['Ukrajina'] }] }).gaz;
    const ukr = custom.byId.get('UKR')!;
    expect(custom.actors.filter((a) => a.id === 'UKR')).toEqual([ukr]);
    expect(hitsOf(custom, 'Ukrajina')).toEqual([{ t: 'actor', actor: ukr.index, type: 'name', from: undefined, to: undefined }]);
    expect(hitsOf(custom, 'Ukraine')).toContainEqual(expect.objectContaining({ t: 'actor', actor: ukr.index }));
  });

  it('maps later-mention forms to people', () => {
    expect(Object.fromEntries(gaz.surnames)).toEqual({ 'al-Mansur': [0], Mansur: [0], Li: [2], Wenhao: [2] });
  });
});

describe('later forms', () => {
  const cases: [string, PersonData, string[]][] = [
    ['the last word of each name', { name: 'Tarek al-Mansur', aliases: ['Tarek Mansur'], roles: [] }, ['al-Mansur', 'Mansur']],
    ['a short form first, folded', { name: 'Şahin Özdemir', short: 'Şahin', roles: [] }, ['Sahin', 'Ozdemir']],
    ['no regnal number', { name: 'Edmund IV', roles: [] }, []],
    ['nothing for a one-word name', { name: 'Zorana', roles: [] }, []],
  ];
  it.each(cases)('%s', (_name, person, forms) => {
    expect(laterForms(person)).toEqual(forms);
  });
});

describe('validOn', () => {
  const cases: [string, string | undefined, string | undefined, boolean][] = [
    ['2024-06-01', undefined, undefined, true],
    ['2024-06-01', '2024-06-01', undefined, true],
    ['2024-05-31', '2024-06-01', undefined, false],
    ['2024-06-01', undefined, '2024-06-01', false],
    ['2024-05-31', undefined, '2024-06-01', true],
    ['2023-04-15', '2019-04-12', '2023-04-15', false],
  ];
  it.each(cases)('%s in [%s, %s) → %s', (date, from, to, ok) => {
    expect(validOn(date, from, to)).toBe(ok);
  });
});
