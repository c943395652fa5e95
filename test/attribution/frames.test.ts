import { describe, expect, it } from 'vitest';
import { analyze } from '../../src';
import { LEAD, frameAt, frames, statements } from './view';

describe('who said what: reported speech and acts (frames)', () => {
  it('according to', () => {
    const found = statements('Hamas was ready to release the hostages, according to a Hamas official.', '2025-03-01').filter(([, , , text]) => text.includes('ready to release the hostages')).map(([a]) => a);
    expect(found).toContain('HAMAS');
  });
});

describe('an inverted speech verb after the words it attributes, with no quote marks', () => {
  it.each([
    ['a state', 'A pause in the fighting is overdue, said Norway.', 'NOR', 'support'],
    ['an official with a title', 'The fighting must go on, said the Estonian defence minister.', 'EST', 'oppose'],
  ])('%s: the words before the comma are its statement', (_name, body, actor, stance) => {
    const r = analyze(LEAD + body, { date: '2025-03-01' });
    expect(r.actors.find((a) => a.actor.id === actor)?.stance).toBe(stance);
    expect(r.statements.map((s) => [s.actor, s.via, s.text])).toEqual([[actor, 'reported', body]]);
  });

  it('treats another actor in those words as described, not heard', () => {
    const f = frameAt('Serbia had rejected the offer, said Croatia.', 'rejected');
    expect([f.embedded, f.reason]).toEqual([true, 'embedded.describes-other']);
  });

  it('leaves a quotation to its own frame', () => {
    const r = analyze(LEAD + '“A pause in the fighting is overdue,” said Norway.', { date: '2025-03-01' });
    expect(r.statements.map((s) => [s.via, s.text])).toContainEqual(['quote', 'A pause in the fighting is overdue']);
  });
});

describe('not the actor’s voice (frames)', () => {
  it('does not take the object of "criticized" for an inverted speaker', () => {
    const r = analyze(`${LEAD}Several delegations, among them Algeria and France, criticized Israel's incursions as a violation of the 1974 Disengagement of Forces Agreement.`, { date: '2025-01-08' });
    expect(r.actors.find((a) => a.actor.id === 'ISR')?.stance).toBe('none');
  });

  it('ends a participle with its agent before the main verb ("a truce brokered by Angola collapsed")', () => {
    const r = analyze(`${LEAD}A similar truce brokered by Angola last year collapsed within months.`, { date: '2025-02-09' });
    expect(r.actors.find((a) => a.actor.id === 'AGO')?.stance).toBe('support');
  });

  it('gives a statement made on behalf of several states to each of them', () => {
    const r = analyze(`${LEAD}Speaking on behalf of Algeria, Sierra Leone, Somalia and Guyana, the representative of Sierra Leone, Michael Imran Kanu, called for an immediate cessation of hostilities.`, { date: '2025-01-08' });
    const support = r.actors.filter((a) => a.stance === 'support').map((a) => a.actor.id).sort();
    expect(support).toEqual(['DZA', 'GUY', 'SLE', 'SOM']);
  });

  it('reads "Moscow accused Kyiv of rejecting talks" as Russia speaking, not Ukraine', () => {
    const report = analyze(LEAD + 'Moscow accused Kyiv of rejecting talks.', { date: '2024-06-01' });
    expect(report.statements.map((s) => s.actor)).toEqual(['RUS']);
    expect(report.actors.find((a) => a.actor.id === 'UKR')?.stance).toBe('none');
  });
});

describe('which verbs open a statement, and for whom', () => {
  // [name, body, verb, actors, via, content]
  const cases: [string, string, string, string[], string, string][] = [
    ['", saying …" shares the main clause’s subject', 'Peru turned down the offer, saying it came too late.', 'saying', ['PER'], 'reported', 'saying it came too late.'],
    ['", adding that …" too', 'Iceland called for calm, adding that talks had to resume.', 'adding', ['ISL'], 'reported', 'adding that talks had to resume.'],
    ['"made it clear" reports a position', 'Yerevan made it clear that it would not sign the deal.', 'made', ['ARM'], 'reported', 'made it clear that it would not sign the deal.'],
    ['"had reservations about" holds a view', 'Belgium had deep reservations about the plan.', 'had', ['BEL'], 'reported', 'had deep reservations about the plan.'],
    ['"put forward" is an act', 'Indonesia put forward a ceasefire plan.', 'put', ['IDN'], 'action', 'put forward a ceasefire plan.'],
    ['a document with its authors speaks for them', 'The proposal from Ghana and Senegal rests on a truce.', 'proposal', ['GHA', 'SEN'], 'action', 'The proposal from Ghana and Senegal rests on a truce.'],
    ['an attribution after the words owns them', 'The talks were going well, Sweden said.', 'said', ['SWE'], 'reported', 'The talks were going well, Sweden said.'],
    ['an attribution inside the words owns them', 'Any pause, Sweden said, would need monitors.', 'said', ['SWE'], 'reported', 'Any pause, Sweden said, would need monitors.'],
    ['a leading place and time are no content', 'In Geneva on Monday, Sweden called for a pause.', 'called', ['SWE'], 'reported', 'called for a pause.'],
    ['a name in apposition is no trailing attribution', 'Sweden’s foreign minister, Maria Malmer Stenergard, urged restraint.', 'urged', ['SWE'], 'reported', 'urged restraint.'],
    ['an aside between subject and verb is no content', 'Qatar’s prime minister, speaking in Doha, urged restraint.', 'urged', ['QAT'], 'reported', 'urged restraint.'],
  ];
  it.each(cases)('%s', (_name, body, verb, actors, via, text) => {
    const f = frameAt(body, verb);
    expect([f.actors, f.via, f.text]).toEqual([actors, via, text]);
  });

  it('cuts what is blamed on another actor out of the speaker’s words', () => {
    const [blamed, stalling] = frames('Bolivia blamed Paraguay for stalling the talks.');
    expect(blamed.excluded).toEqual([['clause.accusation', 'Paraguay for stalling the talks.']]);
    expect([stalling.actors, stalling.embedded]).toEqual([['BOL'], true]);
  });
});
