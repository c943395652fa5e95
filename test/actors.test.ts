import { describe, expect, it } from 'vitest';
import { compile, pipeline } from '../src/analyzer';

const c = compile();

/** Actor ids mentioned in a text (names, demonyms, capitals, seats, and people's actors). */
function mentioned(text: string, date = '2024-06-01'): string[] {
  const { doc } = pipeline(c, text, date);
  const ids = doc.actorMentions.map((m) => doc.gaz.actors[m.actor].id);
  for (const p of doc.persons) if (p.actor !== undefined) ids.push(doc.gaz.actors[p.actor].id);
  return [...new Set(ids)];
}

/** Each person found: name → [actor id, role]. */
function people(text: string, date = '2024-06-01'): Record<string, [string | undefined, string | undefined]> {
  const { doc } = pipeline(c, text, date);
  return Object.fromEntries(doc.persons.map((p) => [p.name, [p.actor === undefined ? undefined : doc.gaz.actors[p.actor].id, p.role]]));
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

describe('people and whom they speak for', () => {
  const cases: [string, string, string, string, string][] = [
    ['demonym title', 'Hungarian Prime Minister Viktor Orban spoke.', 'Viktor Orban', 'HUN', 'prime minister'],
    ['seat title', 'Kremlin spokesman Dmitry Peskov spoke.', 'Dmitry Peskov', 'RUS', 'spokesperson'],
    ['possessive title of an unknown person', "Qatar's foreign ministry spokesman Khalid Fahad spoke.", 'Khalid Fahad', 'QAT', 'spokesperson'],
    ['apposition after the name', 'Ahmed Salem, Egypt\'s foreign minister, said talks would go on.', 'Ahmed Salem', 'EGY', 'foreign minister'],
    ['apposition before the name', 'China’s foreign minister, Li Tao, spoke.', 'Li Tao', 'CHN', 'foreign minister'],
    ['spokesman for a person', 'A spokesman for Prime Minister Keir Starmer, Tom Harper, said Britain agreed.', 'Tom Harper', 'GBR', 'spokesperson'],
    ['an organisation\'s title', 'The EU\'s foreign policy chief Anna Berg spoke.', 'Anna Berg', 'EU', 'foreign policy chief'],
    ['adviser to a known person', 'Sam Ortiz, a senior adviser to President Donald Trump, spoke.', 'Sam Ortiz', 'USA', 'adviser'],
    ['"its" refers to the group named before', 'The M23 sent a team. Its spokesman, Paul Mugabo, spoke.', 'Paul Mugabo', 'M23', 'spokesperson'],
    ['"former" does not make a current role', 'The AU\'s envoy, former Nigerian President Olusegun Obasanjo, spoke.', 'Olusegun Obasanjo', 'AU', 'envoy'],
  ];
  it.each(cases)('%s', (_name, text, name, actor, role) => {
    expect(people(text, '2025-03-10')[name]).toEqual([actor, role]);
  });

  it('matches name variants by string distance (Zelensky / Zelenskiy / Zelenskyy)', () => {
    const found = people('President Volodymyr Zelenskyy spoke. Later Zelenskiy added more, and Zelensky left.');
    expect(Object.keys(found)).toEqual(['Volodymyr Zelensky']);
    expect(found['Volodymyr Zelensky'][0]).toBe('UKR');
  });

  it('picks the office holder of the date', () => {
    expect(people('Kaja Kallas spoke.', '2023-05-01')['Kaja Kallas'][0]).toBe('EST');
    expect(people('Kaja Kallas spoke.', '2025-05-01')['Kaja Kallas'][0]).toBe('EU');
  });

  it('does not make a person of a place after a preposition', () => {
    expect(Object.keys(people('Families rallied in Tel Aviv on Sunday.'))).toEqual([]);
  });
});
