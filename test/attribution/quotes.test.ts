import { describe, expect, it } from 'vitest';
import { analyze } from '../../src';
import { LEAD, statements } from './view';

describe('who said what: quotes', () => {
  const cases: [string, string, string, string | undefined, string][] = [
    ['speaker after', '“We are ready for talks,” Turkish President Recep Tayyip Erdogan said.', 'TUR', 'Recep Tayyip Erdogan', 'We are ready for talks'],
    ['speaker after, inverted', '“We are ready for talks,” said Turkish President Recep Tayyip Erdogan.', 'TUR', 'Recep Tayyip Erdogan', 'We are ready for talks'],
    ['speaker before with a colon', 'Qatar’s foreign ministry spokesman Majed al-Ansari said: “Doha is ready to host talks.”', 'QAT', 'Majed al-Ansari', 'Doha is ready to host talks'],
    ['speaker inside, second half', '“We will not negotiate,” Israeli Prime Minister Benjamin Netanyahu said, “and we will keep fighting.”', 'ISR', 'Benjamin Netanyahu', 'we will keep fighting'],
    ['surname only, later', 'Egyptian Foreign Minister Badr Abdelatty arrived in Doha. “A truce is within reach,” Abdelatty said.', 'EGY', 'Badr Abdelatty', 'A truce is within reach'],
    ['a UN envoy "of the Secretary-General for Syria"', 'Geir O. Pedersen, Special Envoy of the Secretary-General for Syria, said: “A nationwide ceasefire is urgently needed.”', 'UN', 'Geir Pedersen', 'A nationwide ceasefire'],
    ['a role phrase after a spaced dash', 'Speaking for the group - Algeria, Somalia and Guyana - the representative of Sierra Leone, Michael Imran Kanu, said: “We call for a ceasefire.”', 'SLE', 'Michael Imran Kanu', 'We call for a ceasefire'],
    ['quote running on into the next paragraph', 'UN Secretary-General Antonio Guterres said: “The killing must stop.\n“Every day of war costs lives.”', 'UN', 'Antonio Guterres', 'Every day of war costs lives'],
  ];
  it.each(cases)('%s', (_name, body, actor, speaker, words) => {
    const found = statements(body).find(([, , , text]) => text.includes(words));
    expect(found?.[0]).toBe(actor);
    expect(found?.[1]).toBe(speaker);
  });
});

describe('how a quote reaches its speaker', () => {
  // [name, body, words of the statement, actor, speaker, via]
  const cases: [string, string, string, string, string | undefined, string][] = [
    ['an attribution after the quote holds it', '“Every side has to give something,” Swiss President Karin Keller-Sutter said.', 'Every side has to give something', 'CHE', 'Karin Keller-Sutter', 'reported'],
    ['an inverted speaker gets the quote itself', '“Every side has to give something,” said Swiss President Karin Keller-Sutter.', 'Every side has to give something', 'CHE', 'Karin Keller-Sutter', 'quote'],
    ['a second quote goes to the paragraph’s previous speaker', 'Swiss President Karin Keller-Sutter opened the conference. “Every side has to give something,” she said. “Nobody wins a war like this.”', 'Nobody wins', 'CHE', 'Karin Keller-Sutter', 'quote'],
    ['a quote with no speaker of its own goes to the paragraph’s last statement', 'Oman urged restraint. “The region cannot bear another war.”', 'The region cannot bear', 'OMN', undefined, 'quote'],
    ['quoted words inside a reported statement stay in it', 'Chile said the talks “had to resume this week”.', 'had to resume', 'CHL', undefined, 'reported'],
  ];
  it.each(cases)('%s', (_name, body, words, actor, speaker, via) => {
    const found = statements(body, '2025-03-01').filter(([, , , text]) => text.includes(words));
    expect(found).toEqual([[actor, speaker, via, expect.any(String)]]);
  });

  it('gives a quote statement the words inside the marks, with offsets into the text', () => {
    const text = `${LEAD}Oman urged restraint. “The region cannot bear another war.”`;
    const quote = analyze(text, { date: '2025-03-01' }).statements.find((s) => s.via === 'quote');
    expect(quote?.text).toBe('The region cannot bear another war.');
    expect(text.slice(quote!.start, quote!.end)).toBe(quote!.text);
    expect(quote!.start).toBe(text.indexOf('The region'));
  });
});

describe('quotes nobody said', () => {
  it('does not carry a statement into the next paragraph, and reports the quote', () => {
    const text = `${LEAD}Chile called for a truce.\n“Our region cannot take another year of this war.”`;
    const report = analyze(text, { date: '2025-03-01' });
    expect(report.statements.map((s) => s.via)).toEqual(['reported']);
    const d = report.diagnostics.find((x) => x.code === 'unattributed-quote');
    expect(text.slice(d!.start, d!.end)).toBe('“Our region cannot take another year of this war.”');
  });

  it('gives a quote with no speech verb in reach to nobody ("…,” read a placard)', () => {
    const report = analyze(`${LEAD}“Our patience has limits,” read a placard carried by protesters near the embassy.`, { date: '2025-03-01' });
    expect(report.statements).toEqual([]);
    expect(report.diagnostics.map((d) => d.code)).toEqual(['unattributed-quote']);
  });

  it('reports no scare quotes', () => {
    const report = analyze(`${LEAD}The town was “very calm” on Sunday.`, { date: '2025-03-01' });
    expect(report.statements).toEqual([]);
    expect(report.diagnostics).toEqual([]);
  });
});

describe('not the actor’s voice: quotes', () => {
  it('does not take an official’s actor from the quote he speaks', () => {
    const found = statements('The government reacted warily. “Any truce would only help the Houthi militia,” Information Minister Moammar al-Eryani said.');
    expect(found.find(([, s]) => s === 'Moammar al-Eryani')?.[0]).not.toBe('HOUTHIS');
  });
});
