import { describe, expect, it } from 'vitest';
import { frameAt, frames, statements } from './view';

describe('who said what: reported speech and acts (subjects)', () => {
  const cases: [string, string, string, string][] = [
    ['called for', 'China’s foreign minister, Wang Yi, called for an immediate ceasefire.', 'CHN', 'called for an immediate ceasefire'],
    ['urged', 'French President Emmanuel Macron urged both sides to return to talks.', 'FRA', 'urged both sides'],
    ['rejected', 'Ukraine on Monday rejected the proposal.', 'UKR', 'rejected the proposal'],
    ['warned', 'NATO Secretary-General Mark Rutte warned against freezing the conflict.', 'NATO', 'warned against freezing'],
    ['welcomed', 'Lebanon’s Prime Minister Najib Mikati welcomed the truce.', 'LBN', 'welcomed the truce'],
    ['passive agent', 'The truce, brokered by Qatar and Egypt, took effect on Sunday.', 'QAT', 'brokered by Qatar and Egypt'],
    ['coordinated subjects', 'Israel and the United States voted against the resolution.', 'USA', 'voted against the resolution'],
  ];
  it.each(cases)('%s', (_name, body, actor, words) => {
    const found = statements(body, '2025-03-01').filter(([, , , text]) => text.includes(words)).map(([a]) => a);
    expect(found).toContain(actor);
  });
});

describe('who said what: quotes (subjects)', () => {
  it('a name with a regnal number', () => {
    const found = statements('Jordan’s King Abdullah II told fellow leaders: “The ceasefire must be preserved at all costs.”').find(([, , , text]) => text.includes('The ceasefire must be preserved'));
    expect(found?.[0]).toBe('JOR');
    expect(found?.[1]).toBe('King Abdullah II');
  });
});

describe('the subject of a verb', () => {
  // [name, body, verb, actors, via, content]
  const cases: [string, string, string, string[], string, string][] = [
    ['three coordinated subjects all act', 'Norway, Ireland and Spain rejected the proposal.', 'rejected', ['NOR', 'IRL', 'ESP'], 'action', 'rejected the proposal.'],
    ['a time phrase between subject and verb', 'Egypt late on Thursday rejected the plan.', 'rejected', ['EGY'], 'action', 'rejected the plan.'],
    ['an apposition naming another actor is skipped', 'Hungary, an EU member, offered to host talks.', 'offered', ['HUN'], 'action', 'offered to host talks.'],
    ['an aside between dashes is skipped', 'Serbia — a close partner of Moscow — declined to join the talks.', 'declined', ['SRB'], 'action', 'declined to join the talks.'],
    ['a person’s relative clause is skipped', 'Ghanaian President John Mahama, who chairs the regional body, urged a truce.', 'urged', ['GHA'], 'reported', 'urged a truce.'],
    ['"X, Y and Z were among the countries that …"', 'Cuba, Bolivia and Nicaragua were among the nine countries that voted against.', 'voted', ['CUB', 'BOL', 'NIC'], 'action', 'voted against.'],
    ['a verb after "and" shares the earlier verb’s subject', 'The Houthis launched drones and said they would keep up the attacks.', 'said', ['HOUTHIS'], 'reported', 'said they would keep up the attacks.'],
    ['a passive’s agents after "by", its content before the verb', 'The offer was rejected by Armenia and Azerbaijan.', 'rejected', ['ARM', 'AZE'], 'action', 'The offer was rejected by Armenia and Azerbaijan.'],
    ['a document with several authors speaks for all of them', 'The plan, drafted by Ghana and Togo, called for a truce.', 'called', ['GHA', 'TGO'], 'reported', 'called for a truce.'],
    ['coordinated demonyms share one head noun', 'Kenyan and Ugandan envoys proposed a truce.', 'proposed', ['KEN', 'UGA'], 'reported', 'proposed a truce.'],
    ['three demonyms before one head', 'Chilean, Peruvian and Bolivian diplomats pressed for talks.', 'pressed', ['CHL', 'PER', 'BOL'], 'reported', 'pressed for talks.'],
    ['a phrasal passive ("turned down by")', 'The proposal was turned down by Chile.', 'turned', ['CHL'], 'action', 'The proposal was turned down by Chile.'],
  ];
  it.each(cases)('%s', (_name, body, verb, actors, via, text) => {
    const f = frameAt(body, verb);
    expect(f.actors).toEqual(actors);
    expect([f.via, f.text]).toEqual([via, text]);
  });

  it('reads "X, alongside Y and Z, has been mediating" as all three, the companions by the companion rule', () => {
    const f = frameAt('Oman, together with Jordan and Egypt, has been mediating between the two sides.', 'mediating');
    expect(f.actors).toEqual(['OMN', 'JOR', 'EGY']);
    expect(f.rules).toEqual([undefined, 'rule.companion', 'rule.companion']);
    expect(f.text).toBe('has been mediating between the two sides.');
  });

  it('gives a relative clause the noun it follows ("X, which hosted …, urged …")', () => {
    const found = frames('Jordan, which hosted an earlier round, urged restraint.');
    expect(found.map((f) => f.verb)).toEqual(['hosted', 'urged']);
    for (const f of found) expect(f.actors).toEqual(['JOR']);
  });

  // [name, body, every frame as [verb, actors]]
  const only: [string, string, [string, string[]][]][] = [
    ['a passive without "by" has no agent', 'The truce would be implemented in three phases.', []],
    ['an infinitive belongs to the enclosing verb, not to its object', 'Brazil urged Chile to accept the truce.', [['urged', ['BRA']]]],
  ];
  it.each(only)('%s', (_name, body, expected) => {
    expect(frames(body).map((f) => [f.verb, f.actors])).toEqual(expected);
  });
});
