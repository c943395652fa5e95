import { describe, expect, it } from 'vitest';
import { findMentions, tokenEnds } from '../../src/actors/mentions';
import { tokenize } from '../../src/segment/tokens';
import { foldText } from '../../src/segment/fold';
import { invented } from './invented';
import { mentioned } from './view';

/** Mentions of the invented gazetteer as [actor id, type, words] and known people as [person, words], to check spans exactly. */
function found(text: string, date = '2024-06-01', dateKnown = true) {
  const { tokens } = tokenize(text);
  const { actors, people } = findMentions(tokens, foldText(text), invented, date, dateKnown);
  const w = (first: number, last: number) => text.slice(tokens.start[first], tokens.end[last - 1]);
  return {
    actors: actors.map((m) => [invented.actors[m.actor].id, m.type, w(m.first, m.last)]),
    people: people.map((p) => [invented.people[p.person].name, w(p.first, p.last)]),
  };
}

describe('actor mentions', () => {
  const cases: [string, string, string[]][] = [
    ['names, demonyms, capitals, seats', 'The Kremlin and Beijing met Ukrainian and Polish envoys in Paris.', ['RUS', 'CHN', 'UKR', 'POL', 'FRA']],
    ['"US" is the state, "us" is not', 'The US told us nothing.', ['USA']],
    ['U.S. with full stops', 'U.S. officials and the U.N. spoke.', ['USA', 'UN']],
    ['Türkiye and Turkey are one actor', 'Türkiye and Turkey are the same.', ['TUR']],
    ['all-capitals dateline', 'KYIV/MOSCOW, March 3 - Shelling went on.', ['UKR', 'RUS']],
    ['a newspaper named after a city is no actor', 'The Washington Post reported it.', []],
    ['National Security Council is not the UN', 'A National Security Council spokesman spoke.', []],
    ['Security Council alone is the UN', 'The Security Council voted.', ['UN']],
    ['a state\'s own security council is not the UN', 'Dmitry Medvedev, deputy chairman of Russia\'s Security Council, spoke.', ['RUS']],
    ['Israel Katz is a person, not a mention of Israel', 'Israel Katz spoke on Monday.', ['ISR']],
    ['Jordan as a given name', 'Jordan Bardella spoke in Paris.', ['FRA']],
    ['regions are not states', 'Fighting in Gaza, Tigray and Donbas continued.', []],
    ['armed groups and organisations', 'Hamas, Hezbollah, the Houthis and the RSF met NATO and the African Union.', ['HAMAS', 'HEZBOLLAH', 'HOUTHIS', 'RSF', 'NATO', 'AU']],
  ];
  it.each(cases)('%s', (_name, text, ids) => {
    expect(mentioned(text).sort()).toEqual(ids.sort());
  });

  it('maps Sudan to SAF from the war of 2023 and to SDN before', () => {
    expect(mentioned('Sudan and Khartoum said so.', '2022-06-01')).toEqual(['SDN']);
    expect(mentioned('Sudan and Khartoum said so.', '2024-06-01')).toEqual(['SAF']);
  });
});

describe('mention spans', () => {
  const cases: [string, string, string[][]][] = [
    ['each type of name, over all its tokens', 'Valdorian troops left Port Sela for the Amber Palace.', [['VAL', 'demonym', 'Valdorian'], ['VAL', 'capital', 'Port Sela'], ['VAL', 'seat', 'the Amber Palace']]],
    ['an all-capitals dateline', 'PORT SELA, March 3 - Talks resumed.', [['VAL', 'capital', 'PORT SELA']]],
    ['a blocked phrase consumes the name inside it', 'The Port Sela Times said Valdoria agreed.', [['VAL', 'name', 'Valdoria']]],
    ['a name not valid on the date consumes its tokens too', 'Old Korvath and Korvath met.', [['KOR9', 'name', 'Korvath']]],
    ['a name must end where a token ends', 'Valdorians and Valdoriaa met.', []],
  ];
  it.each(cases)('%s', (_name, text, actors) => {
    expect(found(text).actors).toEqual(actors);
  });

  it('still reads a name valid only in the past when the text gave no date', () => {
    expect(found('Old Korvath agreed.', '2024-06-01', false).actors).toEqual([['KOR9', 'name', 'Old Korvath']]);
    expect(found('Old Korvath agreed.', '2019-06-01').actors).toEqual([['KOR9', 'name', 'Old Korvath']]);
  });

  it('reports known people by their full names and aliases, not as actors', () => {
    expect(found('Tarek al-Mansur met Zorana and Tarek Mansur.')).toEqual({
      actors: [],
      people: [['Tarek al-Mansur', 'Tarek al-Mansur'], ['Zorana', 'Zorana'], ['Tarek al-Mansur', 'Tarek Mansur']],
    });
  });

  it('marks the offsets where a token ends', () => {
    const text = 'Port Sela’s envoy';
    const ends = tokenEnds(tokenize(text).tokens);
    expect([...ends.keys()].filter((i) => ends[i] === 1)).toEqual([4, 9, 11, 17]);
  });
});

describe('given names that are also states', () => {
  const cases: [string, string[]][] = [
    ['The Israel Defense Forces said so.', ['ISR']],
    ['Georgia Lane met officials.', []],
    ['Israel and Jordan met.', ['ISR', 'JOR']],
  ];
  it.each(cases)('%j → %j', (text, ids) => {
    expect(mentioned(text).sort()).toEqual(ids);
  });
});
