import { describe, expect, it } from 'vitest';
import { labelsOf } from './helpers';

// Sentences written for these rules (no article text): one construction each.
describe('one-sentence snippets and real-news constructions', () => {
  it.each([
    ['Peru called for an immediate truce in the valley.', { PER: 'support' }],
    ['The Ghanaian government offered to mediate between the two camps.', { GHA: 'support' }],
    ['A call for a truce was rebuffed by Peru on Monday.', { PER: 'oppose' }],
    ["Ghana's willingness to broker a ceasefire was praised by Peru.", { GHA: 'support', PER: 'support' }],
    ['Peru and Ghana agreed a 90-day trade truce over tariffs on steel.', { PER: 'none', GHA: 'none' }],
    // Lists: a group's clause, then a copula or "include", then the actors.
    ['The assembly passed a text urging a truce in the war. The three states voting against the text were Cuba, Laos and Fiji.', { CUB: 'oppose', LAO: 'oppose', FJI: 'oppose' }],
    ['The assembly passed a text urging a truce in the war. The nations that voted against it were Chad and Togo.', { TCD: 'oppose', TGO: 'oppose' }],
    ['The assembly passed a text urging a truce in the war. Those voting against the text included Chad and Togo.', { TCD: 'oppose', TGO: 'oppose' }],
    ['The assembly passed a text urging a truce in the war, with Chad, Togo and Fiji voting against.', { TCD: 'oppose', TGO: 'oppose', FJI: 'oppose' }],
    // Companions in an aside and partners after "with".
    ['The war drags on. Oman, alongside Jordan and Kuwait, has been mediating between the two armies.', { OMN: 'support', JOR: 'support', KWT: 'support' }],
    ['The war drags on. Oman, together with Jordan, is mediating between the two armies.', { OMN: 'support', JOR: 'support' }],
    ['Kenya agreed with Uganda to halt the offensive in the border war.', { KEN: 'support', UGA: 'support' }],
    // A relative clause naming who champions or rejects the plan the sentence judges.
    ['The proposal, which Chile has championed since May, would end the fighting.', { CHL: 'support' }],
    ['The proposal, which Chile has rejected since May, would end the fighting.', { CHL: 'oppose' }],
    // Held views.
    ["Chile's president had 'deep doubts' about the truce plan for the war.", { CHL: 'oppose' }],
    ['The war drags on. Chile has little faith in the peace talks.', { CHL: 'oppose' }],
    // Conditions in real wording.
    ['Chile said: "Real negotiations can only happen in the context of a truce."', { CHL: 'conditional' }],
    ['Chile said a peace settlement in the war must protect its security interests.', { CHL: 'conditional' }],
    ['Chile said the road to peace in the war cannot be decided without the refugees.', { CHL: 'conditional' }],
    // Who acts: a title before the name, titles in coordination, a modifying membership, suppositions.
    ['France is ready to host talks between Peru and Chile, President Emmanuel Macron said on Monday.', { FRA: 'support', PER: 'none', CHL: 'none' }],
    ['Prime Minister Keir Starmer and President Emmanuel Macron said they would seek to forge a peace deal for the war.', { GBR: 'support', FRA: 'support' }],
    ['The war goes on. EU member Austria has kept ties with both sides. It has called for talks.', { AUT: 'support', EU: 'none' }],
    ['The war goes on. Chile said it would cut its aid if Peru refused to negotiate.', { PER: 'none' }],
    // Background and facts are no position.
    ['The war goes on. Chile said it would unveil a peace plan after talks collapsed between Peru and Bolivia.', { CHL: 'support' }],
    ['The war goes on. Peru rejected claims that it had attacked a convoy.', { PER: 'none' }],
    ['The war goes on. Brazil has voiced sympathy for Peru and provided it with military help.', { BRA: 'none' }],
    // Rejections and conditions in real wording.
    ['The war goes on. Peru rejected the suggestion that a peace deal could involve ceding territory.', { PER: 'conditional' }],
    ['Fighting raged as troops advanced. Peru said any deal must reflect the situation on the ground.', { PER: 'conditional' }],
    ['The war goes on. Peru downplayed the prospect of talks with Chile.', { PER: 'oppose' }],
    // A concessive clause before a pronoun is no attributed content; "the rebels" is never a state.
    ['Fighting raged as troops advanced. China said that although the rebels accepted the truce, it wanted more guarantees.', { CHN: 'none' }],
    // Vote and sponsor stories: a vetoed draft, "joined by", "voted in favour".
    ['Fighting raged as troops advanced. A draft put forward by Chile and Peru demanding an immediate truce was vetoed by Kenya.', { CHL: 'support', PER: 'support', KEN: 'oppose' }],
    ['Fighting raged as troops advanced. Chile was joined by Peru and Ghana in calling for a truce.', { CHL: 'support', PER: 'support', GHA: 'support' }],
    ['Fighting raged as troops advanced. The text urging a truce passed, with Chile voting in favour and Peru voting against.', { CHL: 'support', PER: 'oppose' }],
    ['Fighting raged as troops advanced. Chile voted in favour of sanctions on the rebels.', { CHL: 'none' }],
    // Evaluations of one phrase do not cancel each other; phrasal verbs in a passive and a relative clause.
    ['Fighting raged as troops advanced. Norway said a truce now would only reward the invasion.', { NOR: 'oppose' }],
    ['Fighting raged as troops advanced. Norway said a ceasefire would be a mistake and dangerous.', { NOR: 'oppose' }],
    ['Fighting raged as troops advanced. A proposal for a truce was turned down by Norway.', { NOR: 'oppose' }],
    ['Fighting raged as troops advanced. The offer, which Norway turned down, would have frozen the front line.', { NOR: 'oppose' }],
    // Unnamed officials and real wording of support.
    ['Fighting raged as troops advanced. A senior Qatari official said the talks must resume.', { QAT: 'support' }],
    ['Fighting raged as troops advanced. Officials in Cairo signalled readiness to host talks.', { EGY: 'support' }],
    ['Fighting raged as troops advanced. Norway criticised the veto, underlining the need for an immediate truce.', { NOR: 'support' }],
    // Terms enumerated, put first, or stated in the next sentence by an official named by title.
    ['Fighting raged as troops advanced. Peru said there are conditions: first, the troops must leave; second, the prisoners must be freed.', { PER: 'conditional' }],
    ['Fighting raged as troops advanced. Peru said it would agree to a truce. "But first the occupiers must leave our land," the minister added.', { PER: 'conditional' }],
    ["Fighting raged as troops advanced. Peru's foreign minister said Lima was ready for a truce. The rebels must first hand over their weapons, he added.", { PER: 'conditional' }],
    ['Fighting raged as troops advanced. Peru said it must first help the wounded.', { PER: 'none' }],
    ['Fighting raged as troops advanced. Peru said it backed a truce. "But the invaders must withdraw first," its foreign minister said.', { PER: 'conditional' }],
    ['Fighting raged as troops advanced. Peru insisted any truce must be monitored by international observers.', { PER: 'conditional' }],
    ['Fighting raged as troops advanced. Peru said the truce must be respected.', { PER: 'support' }],
    ['Fighting raged as troops advanced. Peru called on the rebels to lay down their arms before any talks.', { PER: 'conditional' }],
    ['Fighting raged as troops advanced. Peru said the talks would start before the truce.', { PER: 'support' }],
    // The addressee of "told" is not the subject of what was said; violating a border is no position on peace.
    ["Fighting raged as troops advanced. Peru's envoy told the Security Council that a truce was long overdue.", { PER: 'support', UN: 'none' }],
    ["Fighting raged as troops advanced. Peru told the council that the offensive violated Chile's borders.", { PER: 'none' }],
    ['Fighting raged as troops advanced. Lima urged both sides to show restraint.', { PER: 'support' }],
    // Coordinated subjects before an aside; "shown no interest in"; terms judged by an evaluation.
    ['Fighting raged as troops advanced. Qatar and Egypt, which have been mediating, said talks would resume.', { QAT: 'support', EGY: 'support' }],
    ['Fighting raged as troops advanced. Chile, Peru and Ghana, all members of the group, voted against it.', { CHL: 'oppose', PER: 'oppose', GHA: 'oppose' }],
    ['Fighting raged as troops advanced. Peru has shown no interest in a ceasefire.', { PER: 'oppose' }],
    ['Fighting raged as troops advanced. Chile said a truce without security guarantees would be meaningless.', { CHL: 'conditional' }],
    // A participle with its agent inside another's statement is that agent's act; a finite passive claim is not.
    ['Fighting raged as troops advanced. Peru welcomed the truce brokered by Qatar.', { PER: 'support', QAT: 'support' }],
    ['Fighting raged as troops advanced. Peru said the truce had been violated by Chile.', { CHL: 'none' }],
    ['Fighting raged as troops advanced. Peru, like Chile, backs the truce.', { PER: 'support', CHL: 'support' }],
    ['Fighting raged as troops advanced. We will not sit down with them while they occupy our land, the Peruvian president said.', { PER: 'conditional' }],
    ['Fighting raged as troops advanced. Peru fought on while talks continued in Geneva.', { PER: 'none' }],
    // An indirect question asserts nothing; real wording of acceptance and refusal.
    ['Fighting raged as troops advanced. Peru did not say whether it would back the truce.', { PER: 'none' }],
    ['Fighting raged as troops advanced. Asked whether Lima would join the talks, the minister said it was too early to say.', { PER: 'none' }],
    ['Fighting raged as troops advanced. Chile said Santiago had "no objection" to the talks.', { CHL: 'support' }],
    ['Fighting raged as troops advanced. Chile said the time was not ripe for a ceasefire.', { CHL: 'oppose' }],
  ])('%s', (text, want) => {
    expect(labelsOf(text)).toMatchObject(want);
  });

  it('"until" sets terms after a going-on verb, never because a pattern\'s text contains "go" (negotiations)', () => {
    const lead = 'Fighting raged as troops advanced. ';
    for (const talks of ['talks', 'negotiations', 'dialogue']) {
      expect(labelsOf(`${lead}Oman said it would keep hosting ${talks} until a deal is reached.`)).toMatchObject({ OMN: 'support' });
    }
    expect(labelsOf(`${lead}Oman said the attacks would go on until the enemy withdraws.`)).toMatchObject({ OMN: 'conditional' });
  });

  it('"former" voids the office it names, on a date when the data has the person in it again', () => {
    expect(labelsOf('The war goes on. Advisers to former US President Donald Trump proposed a truce.', '2026-01-10')).toMatchObject({ USA: 'none' });
  });
});
