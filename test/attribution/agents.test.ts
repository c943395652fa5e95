import { describe, expect, it } from 'vitest';
import { analyze } from '../../src';
import { LEAD, frameAt, frames, statements } from './view';

describe('who said what: reported speech and acts (agents)', () => {
  const cases: [string, string, string, string][] = [
    ['said that', 'The Kremlin said that Moscow remained open to negotiations.', 'RUS', 'remained open to negotiations'],
    ['told someone that', 'Pakistan’s foreign minister told the assembly that Islamabad would not back down.', 'PAK', 'would not back down'],
    ['a statement that speaks', 'Netanyahu’s office issued a statement. The statement said Israel would not end the war.', 'ISR', 'would not end the war'],
    ['institution with a demonym', 'The Chinese foreign ministry said Beijing wanted a ceasefire.', 'CHN', 'wanted a ceasefire'],
    ['capital as speaker', 'Beijing has refused to join the talks.', 'CHN', 'refused to join the talks'],
    ['capital with a wish', 'Washington wants a truce before the summit.', 'USA', 'wants a truce'],
    ['a chief without a name', 'The UN chief called for an immediate ceasefire.', 'UN', 'called for an immediate ceasefire'],
    ['"his spokesman" after a name in the sentence', 'Angola’s President Joao Lourenco offered to mediate.\nUN Secretary-General Antonio Guterres called for a truce, his spokesman said.', 'UN', 'called for a truce'],
    ['"its spokesman said" at the end is the sentence’s subject, not the actor named last', 'Ghana would back a truce only if Togolese troops withdrew, its foreign minister said.', 'GHA', 'would back a truce'],
    ['so is "The group …, its spokesman said"', 'Hamas called the offer a start.\nThe group would not accept a truce that left Israeli troops in Gaza, its spokesman said.', 'HAMAS', 'would not accept a truce'],
    ['a seat after a possessive', 'The African Union’s Peace and Security Council called for a ceasefire.', 'AU', 'called for a ceasefire'],
  ];
  it.each(cases)('%s', (_name, body, actor, words) => {
    const found = statements(body, '2025-03-01').filter(([, , , text]) => text.includes(words)).map(([a]) => a);
    expect(found).toContain(actor);
  });
});

describe('not the actor’s voice (agents)', () => {
  it('reads "the army says it …" in a bulleted list as the army named before', () => {
    const r = analyze(`${LEAD}- The UN asked Sudan's army and the Rapid Support Forces for a truce.\n- The army says it will observe a pause only if the RSF pulls back from the city.`, { date: '2025-06-28' });
    expect(r.actors.find((a) => a.actor.id === 'SAF')?.stance).toBe('conditional');
    expect(r.actors.find((a) => a.actor.id === 'RSF')?.stance).toBe('none');
  });

  it('reads "X welcomed …, saying it …" as X, whoever was named in the sentence before', () => {
    const r = analyze(`${LEAD}Israel halted the entry of all goods into Gaza on Sunday. Hamas welcomed the summit’s outcome, saying it remained committed to the agreement and was ready to begin negotiations immediately.`, { date: '2025-03-05' });
    expect(r.actors.find((a) => a.actor.id === 'HAMAS')?.stance).toBe('support');
  });
});

describe('speakers in the report', () => {
  it('lists each actor’s people with their roles', () => {
    const report = analyze(LEAD + 'Kremlin spokesman Dmitry Peskov said Russia was open to talks.', { date: '2024-06-01' });
    const rus = report.actors.find((a) => a.actor.id === 'RUS');
    expect(rus?.speakers).toEqual([{ name: 'Dmitry Peskov', role: 'spokesperson' }]);
  });
});

describe('noun phrases that speak', () => {
  // [name, body, verb, actor, speaker, the agent's words]
  const cases: [string, string, string, string, string | undefined, string][] = [
    ['a demonym with a voice noun', 'Iranian officials rejected the truce.', 'rejected', 'IRN', undefined, 'Iranian officials'],
    ['a state’s possessive institution', 'Ghana’s government welcomed the truce.', 'welcomed', 'GHA', undefined, 'Ghana’s government'],
    ['the owner of a possessive, not the body named in the title', 'Brazil’s U.N. ambassador said talks had to resume.', 'said', 'BRA', undefined, 'Brazil’s U.N. ambassador'],
    ['"the minister" is the titled person named before', 'Jordanian Foreign Minister Ayman Safadi landed in Cairo. The minister said a truce was within reach.', 'said', 'JOR', 'Ayman Safadi', 'The minister'],
    ['"the army" is the army named before', 'Israel’s army pushed north. Later the army said it would pause.', 'said', 'ISR', undefined, 'the army'],
    ['"the group" is the organisation named before', 'The M23 rebels seized the town. The group said it would observe the truce.', 'said', 'M23', undefined, 'The group'],
    ['"a spokesman for X" speaks for X', '“The offer stands,” said a spokesman for Hezbollah.', 'The', 'HEZBOLLAH', undefined, 'a spokesman'],
  ];
  it.each(cases)('%s', (_name, body, verb, actor, speaker, words) => {
    const f = frameAt(body, verb);
    expect([f.actors, f.speakers, f.agentText]).toEqual([[actor], [speaker], [words]]);
  });

  const silent: [string, string][] = [
    ['a demonym alone is a mention, not a voice', 'Iranian soldiers rejected the truce.'],
    ['"the group" with no organisation named before', 'The group said it would observe the truce.'],
  ];
  it.each(silent)('%s', (_name, body) => {
    expect(frames(body)).toEqual([]);
  });
});
