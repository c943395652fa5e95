import { describe, expect, it } from 'vitest';
import { analyze } from '../../src';
import { LEAD, frameAt, frames } from './view';

describe('not the actor’s voice (nesting)', () => {
  it('reads "Zelensky said Putin wanted war" as a description of Russia, not a position of either', () => {
    const report = analyze(LEAD + 'Ukrainian President Volodymyr Zelensky said Putin was trying to drag out the war.', { date: '2024-06-01' });
    for (const a of report.actors) expect(a.stance).toBe('none');
  });
});

describe('a frame inside another', () => {
  // [name, body, verb of the inner frame, why it is not its agent's own statement]
  const cases: [string, string, string, string][] = [
    ['a demand on another actor stays the speaker’s', 'Chad said Sudan must accept the truce.', 'accept', 'embedded.demand'],
    ['"if" makes a supposition, nobody’s act', 'Georgia warned that it would walk away if Russia refused to negotiate.', 'refused', 'embedded.supposition'],
    ['"once" makes the speaker’s condition', 'Armenia said it would sign once Azerbaijan withdrew its troops.', 'withdrew', 'embedded.condition'],
    ['another actor in the speaker’s words is described, not heard', 'Turkey said Greece rejected the truce.', 'rejected', 'embedded.describes-other'],
    ['the speaker named again goes on', 'Morocco said Rabat would keep pushing for talks.', 'pushing', 'embedded.same-speaker-merged'],
    ['"they" right after the verb is the speaker', 'Hezbollah said they had accepted the pause.', 'accepted', 'embedded.same-speaker-merged'],
    ['a that-clause nobody says is the writer’s', 'It was obvious that Iran supported the plan.', 'supported', 'embedded.that-clause-writer'],
    ['a trailing attribution owns the words before it', 'Serbia had rejected the offer, Croatia said.', 'rejected', 'embedded.describes-other'],
  ];
  it.each(cases)('%s', (_name, body, verb, reason) => {
    const f = frameAt(body, verb);
    expect([f.embedded, f.reason]).toEqual([true, reason]);
  });

  it('cuts a described actor’s clause out of the speaker’s statement', () => {
    const f = frameAt('Turkey said Greece rejected the truce.', 'said');
    expect(f.excluded).toEqual([['embedded.describes-other', 'Greece rejected the truce.']]);
    expect(analyze(LEAD + 'Turkey said Greece rejected the truce.', { date: '2025-03-01' }).statements.map((s) => s.actor)).toEqual(['TUR']);
  });

  it('keeps ", but X rejected it" a statement of its own', () => {
    const found = frames('Italy called for a truce, but Austria rejected it.');
    expect(found.map((f) => [f.actors, f.text, f.embedded])).toEqual([[['ITA'], 'called for a truce,', false], [['AUT'], 'rejected it.', false]]);
  });

  it('keeps "the truce brokered by X" X’s own act, cut out of the welcome', () => {
    const [welcome, brokered] = frames('Lebanon welcomed the truce brokered by Egypt.');
    expect(welcome.excluded).toEqual([['clause.own-statement', 'brokered by Egypt.']]);
    expect([brokered.actors, brokered.text, brokered.embedded]).toEqual([['EGY'], 'the truce brokered by Egypt.', false]);
  });

  it('keeps the acts inside a passive’s subject their agents’ own', () => {
    const found = frames('A resolution put forward by Slovenia urging a pause was vetoed by Russia.');
    expect(found.map((f) => [f.verb, f.actors, f.embedded])).toEqual([['put', ['SVN'], false], ['urging', ['SVN'], false], ['vetoed', ['RUS'], false]]);
    expect(found[2].excluded).toEqual([['clause.own-statement', 'put forward by Slovenia'], ['clause.own-statement', 'urging a pause']]);
  });

  it('keeps a participle’s relative clause inside it, so the passive after it has its own agent', () => {
    const found = frames('A motion put forward by Malta urging talks that would end the war was vetoed by Russia.');
    expect(found.map((f) => [f.verb, f.actors, f.text, f.embedded])).toEqual([
      ['put', ['MLT'], 'A motion put forward by Malta', false],
      ['urging', ['MLT'], 'urging talks that would end the war', false],
      ['vetoed', ['RUS'], 'A motion put forward by Malta urging talks that would end the war was vetoed by Russia.', false],
    ]);
  });

  it('gives the speaker acting with a partner a statement of both', () => {
    const [said, working] = frames('Oman said Muscat was working with Jordan to revive the talks.');
    expect(said.excluded).toEqual([['clause.own-statement', 'Muscat was working with Jordan to revive the talks.']]);
    expect([working.actors, working.embedded]).toEqual([['OMN', 'JOR'], false]);
  });

  it('cuts an inner frame out from its verb when its subject stands before the outer words', () => {
    const [urged] = frames('Peru’s envoy, who wrote the plan, urged restraint and said Lima would keep working with Quito to broker a truce.');
    expect(urged.text).toContain('urged restraint');
    expect(urged.excluded.every(([, words]) => !words.includes('urged'))).toBe(true);
  });

  it('gives one of several speakers going on a statement of its own', () => {
    const [said, host] = frames('Kenya and Uganda said Nairobi would host the talks.');
    expect(said.excluded).toEqual([['clause.own-statement', 'Nairobi would host the talks.']]);
    expect([host.actors, host.embedded]).toEqual([['KEN'], false]);
  });
});

/** Chile's label after the lead. */
const chile = (body: string) => analyze(LEAD + body, { date: '2025-03-01' }).actors.find((a) => a.actor.id === 'CHL')?.stance;

describe.each([
  ['a clause that reports an event (describesEvent)', [
    ['an agentless past passive on a question phrase is an event', 'Chile said a call for a truce was turned down.', 'none'],
    ['so is a perfect one', 'Chile said the truce had been broken overnight.', 'none'],
    ['a modal makes it a demand', 'Chile said the truce must be respected.', 'support'],
    ['the speaker as the agent is its own act', 'Chile said the offer of a truce was rejected by Chile.', 'oppose'],
    ['a subject with a verb of its own is no event', 'Chile said the pause would hold only as long as no shells were fired.', 'conditional'],
    ['the speaker’s own side as subject is its own', 'Chile said it was committed to the truce.', 'support'],
  ]],
  ['a clause about an unnamed armed side (describesOther)', [
    ['what the rebels did is described, not the state’s position', 'Chile said the rebels rejected the truce.', 'none'],
    ['so is what the militants accepted', 'Chile said the militants had accepted the truce.', 'none'],
    ['a demand on them stays the state’s', 'Chile said the rebels must accept the truce.', 'support'],
    ['an object of the state’s call is no subject', 'Chile urged the insurgents to accept the truce.', 'support'],
    ['their possession is no subject either', 'Chile said the rebels’ offer of a truce was welcome.', 'support'],
    ['the state’s own forces are its own', 'Chile said its forces would respect the truce.', 'support'],
  ]],
] as [string, [string, string, string][]][])('%s', (_group, rows) => {
  it.each(rows)('%s', (_name, body, expected) => expect(chile(body)).toBe(expected));
});
