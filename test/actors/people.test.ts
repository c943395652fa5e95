import { describe, expect, it } from 'vitest';
import { docOf, people, words } from './view';

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

describe('who counts as a person', () => {
  const cases: [string, string, string[]][] = [
    ['a speech verb after a full name', 'Lena Marsh said talks would go on.', ['Lena Marsh']],
    ['a possessive after a full name', 'Lena Marsh’s plan failed.', ['Lena Marsh']],
    ['"who" or "whose" after a comma', 'Lena Marsh, whose team left, spoke.', ['Lena Marsh']],
    ['a title before a single name', 'Pope Leo spoke.', ['Leo']],
    ['a known person by surname alone', 'Putin said talks would go on.', ['Vladimir Putin']],
    ['no cue: capitalised words are no person', 'The delegation met Lena Marsh and Tom Harper.', []],
    ['a place word makes an institution', 'Talks opened in Abdel Karim Square.', []],
  ];
  it.each(cases)('%s', (_name, text, names) => {
    expect(Object.keys(people(text))).toEqual(names);
  });
});

describe('later mentions', () => {
  it('joins a surname to the full name written before', () => {
    const doc = docOf('Norway hosted the talks. Foreign Minister Erik Dahl said they went well. Dahl later left.');
    expect(doc.persons.map((p) => p.name)).toEqual(['Erik Dahl']);
    expect(doc.personMentions.map((m) => [m.person, words(doc, [m.first, m.last])])).toEqual([[0, 'Erik Dahl'], [0, 'Dahl']]);
    expect([...doc.personAt].filter((i) => i >= 0)).toEqual([0, 0, 1]);
  });

  it('joins a lower-case particle surname to the known person', () => {
    const found = people('Ursula von der Leyen spoke. Later von der Leyen left.');
    expect(found).toEqual({ 'Ursula von der Leyen': ['EU', 'president of the european commission'] });
  });

  it('knows a particle short form capitalised at a sentence start, with or without the full name before', () => {
    expect(people('Ursula von der Leyen spoke. Von der Leyen left.')).toEqual({ 'Ursula von der Leyen': ['EU', 'president of the european commission'] });
    expect(people('Von der Leyen left.', '2025-03-10')).toEqual({ 'Ursula von der Leyen': ['EU', 'president of the european commission'] });
  });

  it('reads a name with two particles in a row as one name', () => {
    expect(people('Dutch Foreign Minister Hans van der Berg spoke.')).toEqual({ 'Hans van der Berg': ['NLD', 'foreign minister'] });
  });

  it('keeps two people with one surname apart by their initials', () => {
    const found = people('Lena Marsh said talks would go on. Tom Marsh said they would not.');
    expect(Object.keys(found)).toEqual(['Lena Marsh', 'Tom Marsh']);
  });
});

describe('a titled official with no actor in the phrase', () => {
  const cases: [string, string, string | undefined][] = [
    ['takes the actor named before in the paragraph', 'Norway hosted the talks. Foreign Minister Erik Dahl said they went well.', 'NOR'],
    ['but not one named inside a quote', 'Oman urged restraint. “Kenya must act,” Foreign Minister Erik Dahl said.', 'OMN'],
    ['nor one from another paragraph', 'Norway hosted the talks.\nForeign Minister Erik Dahl said they went well.', undefined],
  ];
  it.each(cases)('%s', (_name, text, actor) => {
    expect(people(text)['Erik Dahl']).toEqual([actor, 'foreign minister']);
  });
});
