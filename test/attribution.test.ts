import { describe, expect, it } from 'vitest';
import { analyze } from '../src';

/** A war-news lead so the domain gate is open; the case text follows it. */
const LEAD = 'Air strikes, shelling and missile attacks continued as the war entered its third year.\n';

/** Statements of a text: [actor, speaker, via, text]. */
function statements(body: string, date = '2024-06-01') {
  return analyze(LEAD + body, { date }).statements.map((s) => [s.actor, s.speaker, s.via, s.text] as const);
}

describe('who said what: quotes', () => {
  const cases: [string, string, string, string | undefined, string][] = [
    ['speaker after', '“We are ready for talks,” Turkish President Recep Tayyip Erdogan said.', 'TUR', 'Recep Tayyip Erdogan', 'We are ready for talks'],
    ['speaker after, inverted', '“We are ready for talks,” said Turkish President Recep Tayyip Erdogan.', 'TUR', 'Recep Tayyip Erdogan', 'We are ready for talks'],
    ['speaker before with a colon', 'Qatar’s foreign ministry spokesman Majed al-Ansari said: “Doha is ready to host talks.”', 'QAT', 'Majed al-Ansari', 'Doha is ready to host talks'],
    ['speaker inside, second half', '“We will not negotiate,” Israeli Prime Minister Benjamin Netanyahu said, “and we will keep fighting.”', 'ISR', 'Benjamin Netanyahu', 'we will keep fighting'],
    ['surname only, later', 'Egyptian Foreign Minister Badr Abdelatty arrived in Doha. “A truce is within reach,” Abdelatty said.', 'EGY', 'Badr Abdelatty', 'A truce is within reach'],
    ['pronoun, "he added"', 'Kremlin spokesman Dmitry Peskov spoke to reporters. “There is no talk of a ceasefire,” he added.', 'RUS', 'Dmitry Peskov', 'There is no talk of a ceasefire'],
    ['"she told reporters"', 'Estonian Prime Minister Kaja Kallas was blunt. Talk of negotiations was “premature”, she told reporters.', 'EST', 'Kaja Kallas', 'Talk of negotiations'],
    ['a UN envoy "of the Secretary-General for Syria"', 'Geir O. Pedersen, Special Envoy of the Secretary-General for Syria, said: “A nationwide ceasefire is urgently needed.”', 'UN', 'Geir Pedersen', 'A nationwide ceasefire'],
    ['a role phrase after a spaced dash', 'Speaking for the group - Algeria, Somalia and Guyana - the representative of Sierra Leone, Michael Imran Kanu, said: “We call for a ceasefire.”', 'SLE', 'Michael Imran Kanu', 'We call for a ceasefire'],
    ['a name with a regnal number', 'Jordan’s King Abdullah II told fellow leaders: “The ceasefire must be preserved at all costs.”', 'JOR', 'King Abdullah II', 'The ceasefire must be preserved'],
    ['quote running on into the next paragraph', 'UN Secretary-General Antonio Guterres said: “The killing must stop.\n“Every day of war costs lives.”', 'UN', 'Antonio Guterres', 'Every day of war costs lives'],
  ];
  it.each(cases)('%s', (_name, body, actor, speaker, words) => {
    const found = statements(body).find(([, , , text]) => text.includes(words));
    expect(found?.[0]).toBe(actor);
    expect(found?.[1]).toBe(speaker);
  });
});

describe('who said what: reported speech and acts', () => {
  const cases: [string, string, string, string][] = [
    ['called for', 'China’s foreign minister, Wang Yi, called for an immediate ceasefire.', 'CHN', 'called for an immediate ceasefire'],
    ['urged', 'French President Emmanuel Macron urged both sides to return to talks.', 'FRA', 'urged both sides'],
    ['rejected', 'Ukraine on Monday rejected the proposal.', 'UKR', 'rejected the proposal'],
    ['warned', 'NATO Secretary-General Mark Rutte warned against freezing the conflict.', 'NATO', 'warned against freezing'],
    ['welcomed', 'Lebanon’s Prime Minister Najib Mikati welcomed the truce.', 'LBN', 'welcomed the truce'],
    ['said that', 'The Kremlin said that Moscow remained open to negotiations.', 'RUS', 'remained open to negotiations'],
    ['told someone that', 'Pakistan’s foreign minister told the assembly that Islamabad would not back down.', 'PAK', 'would not back down'],
    ['according to', 'Hamas was ready to release the hostages, according to a Hamas official.', 'HAMAS', 'ready to release the hostages'],
    ['a statement that speaks', 'Netanyahu’s office issued a statement. The statement said Israel would not end the war.', 'ISR', 'would not end the war'],
    ['institution with a demonym', 'The Chinese foreign ministry said Beijing wanted a ceasefire.', 'CHN', 'wanted a ceasefire'],
    ['capital as speaker', 'Beijing has refused to join the talks.', 'CHN', 'refused to join the talks'],
    ['capital with a wish', 'Washington wants a truce before the summit.', 'USA', 'wants a truce'],
    ['passive agent', 'The truce, brokered by Qatar and Egypt, took effect on Sunday.', 'QAT', 'brokered by Qatar and Egypt'],
    ['coordinated subjects', 'Israel and the United States voted against the resolution.', 'USA', 'voted against the resolution'],
    ['a chief without a name', 'The UN chief called for an immediate ceasefire.', 'UN', 'called for an immediate ceasefire'],
    ['"his spokesman" after a name in the sentence', 'Angola’s President Joao Lourenco offered to mediate.\nUN Secretary-General Antonio Guterres called for a truce, his spokesman said.', 'UN', 'called for a truce'],
    ['a seat after a possessive', 'The African Union’s Peace and Security Council called for a ceasefire.', 'AU', 'called for a ceasefire'],
  ];
  it.each(cases)('%s', (_name, body, actor, words) => {
    const found = statements(body, '2025-03-01').filter(([, , , text]) => text.includes(words)).map(([a]) => a);
    expect(found).toContain(actor);
  });
});

describe('not the actor’s voice', () => {
  it('reads "the army says it …" in a bulleted list as the army named before', () => {
    const r = analyze(`${LEAD}- The UN asked Sudan's army and the Rapid Support Forces for a truce.\n- The army says it will observe a pause only if the RSF pulls back from the city.`, { date: '2025-06-28' });
    expect(r.actors.find((a) => a.actor.id === 'SAF')?.stance).toBe('conditional');
    expect(r.actors.find((a) => a.actor.id === 'RSF')?.stance).toBe('none');
  });

  it('does not take the object of "criticized" for an inverted speaker', () => {
    const r = analyze(`${LEAD}Several delegations, among them Algeria and France, criticized Israel's incursions as a violation of the 1974 Disengagement of Forces Agreement.`, { date: '2025-01-08' });
    expect(r.actors.find((a) => a.actor.id === 'ISR')?.stance).toBe('none');
  });

  it('reads "X welcomed …, saying it …" as X, whoever was named in the sentence before', () => {
    const r = analyze(`${LEAD}Israel halted the entry of all goods into Gaza on Sunday. Hamas welcomed the summit’s outcome, saying it remained committed to the agreement and was ready to begin negotiations immediately.`, { date: '2025-03-05' });
    expect(r.actors.find((a) => a.actor.id === 'HAMAS')?.stance).toBe('support');
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

  it('ignores headlines and link lines', () => {
    const text = 'Russia rejects ceasefire call\n' + LEAD + 'Also read | China urges peace talks in Ukraine\nFighting went on.';
    const report = analyze(text, { date: '2024-06-01' });
    expect(report.statements).toEqual([]);
    expect(report.actors.map((a) => [a.actor.id, a.stance])).toEqual(expect.arrayContaining([['RUS', 'none'], ['CHN', 'none']]));
  });

  it('ignores the writer’s opinion about an actor', () => {
    const report = analyze(LEAD + 'The visit is clearly a show of China’s support for Russia in the war.', { date: '2024-06-01' });
    expect(report.statements).toEqual([]);
  });

  it('reads "Moscow accused Kyiv of rejecting talks" as Russia speaking, not Ukraine', () => {
    const report = analyze(LEAD + 'Moscow accused Kyiv of rejecting talks.', { date: '2024-06-01' });
    expect(report.statements.map((s) => s.actor)).toEqual(['RUS']);
    expect(report.actors.find((a) => a.actor.id === 'UKR')?.stance).toBe('none');
  });

  it('does not take an official’s actor from the quote he speaks', () => {
    const found = statements('The government reacted warily. “Any truce would only help the Houthi militia,” Information Minister Moammar al-Eryani said.');
    expect(found.find(([, s]) => s === 'Moammar al-Eryani')?.[0]).not.toBe('HOUTHIS');
  });

  it('reads "Zelensky said Putin wanted war" as a description of Russia, not a position of either', () => {
    const report = analyze(LEAD + 'Ukrainian President Volodymyr Zelensky said Putin was trying to drag out the war.', { date: '2024-06-01' });
    for (const a of report.actors) expect(a.stance).toBe('none');
  });
});

describe('speakers in the report', () => {
  it('lists each actor’s people with their roles', () => {
    const report = analyze(LEAD + 'Kremlin spokesman Dmitry Peskov said Russia was open to talks.', { date: '2024-06-01' });
    const rus = report.actors.find((a) => a.actor.id === 'RUS');
    expect(rus?.speakers).toEqual([{ name: 'Dmitry Peskov', role: 'spokesperson' }]);
  });
});
