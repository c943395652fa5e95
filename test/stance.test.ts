import { describe, expect, it } from 'vitest';
import { analyze, type ConditionKind } from '../src';

const LEAD = 'Air strikes, shelling and missile attacks continued as the war entered its third year.\n';

function stanceOf(body: string, id: string, date = '2025-03-01') {
  const report = analyze(LEAD + body, { date });
  const a = report.actors.find((x) => x.actor.id === id);
  return { stance: a?.stance ?? 'absent', kinds: (a?.conditions ?? []).map((c) => c.kind), actor: a, report };
}

describe('cues', () => {
  const cases: [string, string, string, string][] = [
    ['call for a ceasefire', 'Spain called for an immediate ceasefire.', 'ESP', 'support'],
    ['urge talks', 'Brazil urged both sides to open negotiations.', 'BRA', 'support'],
    ['offer to mediate', 'Qatar offered to mediate between the parties.', 'QAT', 'support'],
    ['host talks as a party', 'Turkey hosted talks between the two delegations and pressed for a truce.', 'TUR', 'support'],
    ['welcome a truce', 'Jordan welcomed the truce.', 'JOR', 'support'],
    ['agree to a truce', 'The Houthis agreed to a truce.', 'HOUTHIS', 'support'],
    ['propose a plan', 'China floated a 12-point peace plan.', 'CHN', 'support'],
    ['vote for a resolution', 'Ireland voted for the ceasefire resolution.', 'IRL', 'support'],
    ['stop the war', 'Kenya’s president said the world must stop the war.', 'KEN', 'support'],
    ['reject a ceasefire', 'Israel rejected calls for a ceasefire.', 'ISR', 'oppose'],
    ['rule out talks', 'The Kremlin ruled out talks with Kyiv.', 'RUS', 'oppose'],
    ['ratification of conquest', 'A US official said a ceasefire now would be the ratification of Russian conquest.', 'USA', 'oppose'],
    ['reward aggression', 'Britain said a truce at this stage would reward aggression.', 'GBR', 'oppose'],
    ['freeze the conflict', 'Poland warned against freezing the conflict.', 'POL', 'oppose'],
    ['premature', 'Lithuania said talk of negotiations was premature.', 'LTU', 'oppose'],
    ['veto', 'Russia vetoed the ceasefire resolution.', 'RUS', 'oppose'],
    ['fight until victory', 'Azerbaijan said it would fight until victory.', 'AZE', 'oppose'],
    ['resolve through dialogue', 'India urged both sides to resolve the dispute through dialogue and diplomacy.', 'IND', 'support'],
    ['infinitive after the target', 'Brazil called for the conflict to be resolved.', 'BRA', 'support'],
    ['no military solution', 'Norway said there was no military solution to the conflict.', 'NOR', 'support'],
    ['condemning a breach of the truce', 'Egypt condemned the strikes as a flagrant violation of the ceasefire.', 'EGY', 'support'],
    ['non-starter', 'Moscow said the proposal was a non-starter.', 'RUS', 'oppose'],
    ['nothing to talk about', 'Russia said there was nothing to talk about.', 'RUS', 'oppose'],
    ['expand the offensive', 'Israel said it would expand its offensive.', 'ISR', 'oppose'],
    ['an evaluation of a whole phrase', 'Turkey said calls for an immediate ceasefire were premature.', 'TUR', 'oppose'],
    ['a participle inside the object', 'Ethiopia rejected mounting international calls for a ceasefire.', 'ETH', 'oppose'],
    ['"no room for" negates', 'Ethiopia said there was no room for negotiations with a terrorist group.', 'ETH', 'oppose'],
    ['"nothing more than" does not negate', 'Russia said the plan was nothing more than a respite for the Ukrainian military.', 'RUS', 'oppose'],
    ['coordinated predicates stay apart', 'Lavrov said all sides should stop using force and pursue political dialogue.', 'RUS', 'support'],
    ['an end to hostilities', 'The UN called for an immediate end to hostilities.', 'UN', 'support'],
    ['attacks on shipping are war, not an off-topic deal', 'The Houthis vowed to continue attacks on shipping.', 'HOUTHIS', 'oppose'],
    ['a demand on another actor with an infinitive', 'Washington urged Israel to agree to a pause in the fighting.', 'USA', 'support'],
    ['press someone to accept', 'Washington pressed Israel to accept a ceasefire.', 'USA', 'support'],
    ['a ceasefire must happen', 'France said a ceasefire must happen now.', 'FRA', 'support'],
    ['there has to be a ceasefire', 'France said there has to be a ceasefire now.', 'FRA', 'support'],
    ['time to silence the guns', 'Macron said it was time to silence the weapons.', 'FRA', 'support'],
    ['the time for talks is over', 'Israel said the time for talks was over.', 'ISR', 'oppose'],
    ['a freeze of the front line', 'Kyiv has ruled out any freeze of the front line.', 'UKR', 'oppose'],
    ['a gerund phrase judged', 'Pressing Ukraine into a deal now would be a mistake, Britain said.', 'GBR', 'oppose'],
    ['an evaluation put first', 'Turkey said it was unacceptable that outsiders were involved in a search for a ceasefire.', 'TUR', 'oppose'],
    ['a concessive clause grants, the main clause holds', 'Myanmar’s junta said: "Although some groups are not fighting at the moment, the military will continue its operations."', 'MMR', 'oppose'],
    ['"spare no effort" is no negation', 'Qatar said it would spare no effort to reach a deal to end the war.', 'QAT', 'support'],
    ['hosting discussions for as long as needed', 'Qatar said it would keep hosting the peace discussions for as long as the parties need them.', 'QAT', 'support'],
    ['ready to help monitor a truce', 'France said it stood ready to help monitor any cessation of hostilities.', 'FRA', 'support'],
    ['fight until the enemy falls', 'A spokesman for one of the larger Fano groups said: "We will keep fighting until it falls."', 'FANO', 'oppose'],
    ['stop everything under a declaration', 'Thailand’s prime minister said: "We will stop everything under the joint declaration for now."', 'THA', 'oppose'],
    ['a truce that must be felt', 'Congo’s presidency said the ceasefire now had to be felt by people on the ground.', 'COD', 'support'],
    ['a deal at any price is no price deal', 'Netanyahu said Israel would not be pushed into "a deal at any price".', 'ISR', 'oppose'],
    ['calling a truce a surrender', 'Israel’s finance minister went further, calling any truce "a reckless surrender".', 'ISR', 'oppose'],
    ['", not X" negates X', 'Lithuania’s foreign minister said: "What Ukraine needs is more air defence, not a truce written in Moscow."', 'LTU', 'oppose'],
    ['pausing the war only helps', 'Lithuania’s foreign minister said pausing the war now only helps the aggressor.', 'LTU', 'oppose'],
    ['a truce until a time is no condition', 'Putin ordered his forces to halt all hostilities until midnight on Sunday.', 'RUS', 'support'],
    ['"if it holds" is hope, not terms', 'A State Department spokesperson said: "If it holds, the truce could lead to a lasting peace."', 'USA', 'support'],
    ['a long negative subject', 'An Israeli official said: "Nobody around the cabinet table is talking about a ceasefire."', 'ISR', 'oppose'],
    ['keep the conflict from spreading', 'China called on the parties to keep the conflict from spilling over.', 'CHN', 'support'],
    ['a mediator offer', 'The Kremlin said Putin had offered his services as a mediator.', 'RUS', 'support'],
    ['"and that" starts a new clause', 'The ELN said its operations would continue and that a new ceasefire was "not on the agenda".', 'ELN', 'oppose'],
    ['a verb’s object is no other actor’s clause', 'The East African Community demanded an immediate ceasefire in eastern Democratic Republic of Congo, giving army chiefs five days to halt the fighting.', 'EAC', 'support'],
    ['an actor’s veto', 'Russia’s veto killed the measure on Monday.', 'RUS', 'oppose'],
    ['a step towards as part of the object', 'Guterres said the UN was ready to support any step towards de-escalation.', 'UN', 'support'],
    ['a befitting reply', 'Pakistan’s army spokesman said Pakistan would give a "befitting reply".', 'PAK', 'oppose'],
    ['not the time for talking', 'Pakistan’s army spokesman said: "This is not the time for talking."', 'PAK', 'oppose'],
    ['no pause, keep hitting', 'Israel’s defence minister said: "There will be no pause for Hezbollah. We will keep hitting them everywhere."', 'ISR', 'oppose'],
    ['standing behind a call', 'SADC said the southern bloc stood "firmly behind" the ceasefire call.', 'SADC', 'support'],
    ['a proposal for a halt to the fighting', 'Officials welcomed a U.S. proposal for a 30-day halt to the fighting in Ukraine.', 'USA', 'support'],
    ['put down weapons', 'The National Unity Government called on every armed party to put down its weapons.', 'NUG', 'support'],
  ];
  it.each(cases)('%s', (_name, body, id, stance) => expect(stanceOf(body, id).stance).toBe(stance));

  it('names the cues that fired, with CAMEO-mapped ids', () => {
    const { actor } = stanceOf('Spain called for an immediate ceasefire.', 'ESP');
    expect(actor?.evidence[0].cues).toEqual(expect.arrayContaining(['support.call-for', 'target.ceasefire']));
  });
});

describe('negation scope', () => {
  const cases: [string, string, string, string][] = [
    ['not close the door = support', 'Saudi Arabia said it would not close the door to a political solution.', 'SAU', 'support'],
    ['would oppose a call = oppose', 'The United States said it would oppose a call for a ceasefire.', 'USA', 'oppose'],
    ['did not back = oppose', 'Germany did not back a general ceasefire.', 'DEU', 'oppose'],
    ['no ceasefire = oppose', 'Israel’s foreign minister said there would be no ceasefire in the north.', 'ISR', 'oppose'],
    ['will not negotiate = oppose', 'Congo said it would not negotiate with the rebels.', 'COD', 'oppose'],
    ['double negation = support', 'Ukraine said it did not rule out talks.', 'UKR', 'support'],
    ['never a surrender = support', 'The Vatican said negotiations were never a surrender.', 'VAT', 'support'],
    ['negation reaches only its clause', 'Japan did not comment on the strikes, but said it wanted a ceasefire.', 'JPN', 'support'],
    ['a contrast is not a negation', 'Hungary said talks, not weapons, would end the war.', 'HUN', 'support'],
  ];
  it.each(cases)('%s', (_name, body, id, stance) => expect(stanceOf(body, id).stance).toBe(stance));
});

describe('relevance', () => {
  const cases: [string, string, string][] = [
    ['trade talks', 'Canada said it wanted trade talks with Mexico.', 'CAN'],
    ['peace of mind', 'Norway said it wanted peace of mind for investors.', 'NOR'],
    ['the Nobel Peace Prize', 'Sweden welcomed the Nobel Peace Prize decision.', 'SWE'],
    ['attending a meeting', 'Egypt attended the meeting as an observer.', 'EGY'],
  ];
  it.each(cases)('%s gives no position', (_name, body, id) => expect(stanceOf(body, id).stance).toBe('none'));

  const noPosition: [string, string, string][] = [
    ['condemning an attack', 'Ukraine condemned the Russian missile attack.', 'UKR'],
    ['judging strikes', 'Poland said the strikes on civilians were unacceptable.', 'POL'],
    ['a passive "must be stopped"', 'Britain said Putin must be stopped.', 'GBR'],
    ['a truce ending on a date', 'Qatar said the truce would last until the end of the month.', 'QAT'],
    ['hosting a summit', 'India will host the G20 summit next year.', 'IND'],
    ['a minerals deal', 'Ukraine signed a minerals deal with the United States.', 'UKR'],
    ['a settlement in the West Bank', 'Israel approved a new settlement in the West Bank.', 'ISR'],
    ['a phone call', 'Zelensky thanked Biden for the call.', 'UKR'],
    ['humanitarian operations', 'The UN said it would continue humanitarian operations.', 'UN'],
    ['fighting disinformation', 'The EU said it would continue to fight disinformation.', 'EU'],
    ['another actor’s act after "by"', 'Israel said the truce had been violated by Hamas.', 'ISR'],
    ['"if" beside no position', 'The Palestinian president said he was ready to hold elections next year "if conditions allow".', 'PSE'],
    ['not taking part is absence', 'The United Arab Emirates provided the venue but did not take part in the discussions.', 'ARE'],
    ['attending in person', 'Rwanda’s president attended in person.', 'RWA'],
  ];
  it.each(noPosition)('%s gives no position', (_name, body, id) => expect(stanceOf(body, id).stance).toBe('none'));

  it('gives no positions at all outside a war', () => {
    const report = analyze('Unions and employers agree truce\nThe union and the employers agreed to a truce in the pay dispute, and France welcomed the deal.');
    for (const a of report.actors) expect(a.stance).toBe('none');
  });
});

describe('modality and questions', () => {
  it('halves the weight of a hedged cue and lowers confidence', () => {
    const sure = stanceOf('Chile called for a ceasefire.', 'CHL').actor!;
    const hedged = stanceOf('Chile said it may consider calling for a ceasefire.', 'CHL').actor!;
    expect(hedged.stance).toBe('support');
    expect(hedged.confidence).toBeLessThan(sure.confidence);
    expect(hedged.evidence[0].cues).toContain('rule.hedge');
  });

  it('reads a rhetorical question as its opposite', () => {
    const r = stanceOf('Russian President Vladimir Putin said: “What negotiations can we talk about with people who strike civilians?”', 'RUS', '2024-08-13');
    expect(r.stance).toBe('oppose');
    expect(r.actor?.evidence[0].cues).toContain('rule.rhetorical-question');
  });
});

describe('whose voice', () => {
  it('does not give the writer’s or another actor’s words to an actor', () => {
    expect(stanceOf('It is clearly a sign that China supports a ceasefire.', 'CHN').stance).toBe('none');
    expect(stanceOf('Moscow accused Kyiv of rejecting talks.', 'UKR').stance).toBe('none');
  });

  it('does not make an actor the agent of a compound, an aside or a participle that is not its own', () => {
    expect(stanceOf('Hezbollah, the Iran-backed group that began firing on northern Israel, said it would fight on.', 'IRN').stance).toBe('none');
    expect(stanceOf('The proposal, unveiled on the sidelines of the U.N. General Assembly, called for an immediate ceasefire.', 'UN').stance).toBe('none');
    expect(stanceOf('The group pulled out of talks that were due to open in Luanda, the Angolan capital, the following day, accusing others of sabotage.', 'AGO').stance).toBe('none');
  });

  it('reads "said the Kremlin was …" as a description of Russia, and a name after a preposition as no subject', () => {
    expect(stanceOf('Britain said the Kremlin was trying to drag out the war.', 'GBR').stance).toBe('none');
    expect(stanceOf('Israel said the Security Council resolution was a disgrace.', 'ISR').stance).toBe('none');
  });

  it('keeps the speaker’s demand on another actor', () => {
    expect(stanceOf('French President Emmanuel Macron said Russia must accept the ceasefire.', 'FRA').stance).toBe('support');
  });
});

describe('conditions', () => {
  const cases: [string, string, string, ConditionKind[]][] = [
    ['sovereignty', 'Britain said any peace deal which is not predicated on Ukraine’s sovereignty is not a peace deal at all.', 'GBR', ['sovereignty']],
    ['withdrawal', 'Russia said it would end the war only if Ukraine withdrew its troops from the four regions.', 'RUS', ['withdrawal']],
    ['security-guarantees', 'Ukraine said it would agree to a ceasefire only if it received security guarantees.', 'UKR', ['security-guarantees']],
    ['hostages', 'Israel said it would agree to a ceasefire only after all the hostages were freed.', 'ISR', ['hostages']],
    ['humanitarian-access', 'Yemen’s government said there could be no truce while Taiz remained under siege.', 'YEM', ['humanitarian-access']],
    ['accountability', 'Congo said there could be no lasting peace without justice for the victims.', 'COD', ['accountability']],
    ['recognition', 'The Kremlin said any settlement would have to take account of the new territorial realities.', 'RUS', ['recognition']],
    ['demilitarization', 'Azerbaijan said the operation would end only if the separatists handed over their weapons.', 'AZE', ['demilitarization']],
    ['neutrality', 'Moscow said any agreement would have to guarantee that Ukraine never joins NATO.', 'RUS', ['neutrality']],
    ['arms-halt', 'Sudan’s army said a truce would require a halt to arms deliveries to the militia.', 'SAF', ['arms-halt']],
    ['sanctions-relief', 'Russia said the deal would take effect only after sanctions were lifted.', 'RUS', ['sanctions-relief']],
    ['elections', 'Putin said Russia could only sign a peace agreement with authorities chosen in new elections.', 'RUS', ['elections']],
    ['other', 'Thailand said it would agree to a halt only once Cambodia stopped its attacks.', 'THA', ['other']],
    ['as long as', 'Hezbollah said it would respect the truce as long as Israel withdraws from every inch of Lebanon.', 'HEZBOLLAH', ['withdrawal']],
    ['unless', 'Ethiopia said talks could not begin unless Tigrayan forces pulled out of Amhara.', 'ETH', ['withdrawal']],
    ['rejection with terms', 'Israel would not accept a ceasefire that left the hostages in captivity.', 'ISR', ['hostages']],
    ['keep attacking for as long as strikes continue', 'The Houthis said they would keep attacking warships for as long as American strikes continued.', 'HOUTHIS', ['other']],
    ['terms before "only then"', 'Colombia’s president said the guerrillas must release every hostage; only then would a delegation go back to the table.', 'COL', ['hostages']],
    ['"is no agreement at all"', 'Hezbollah’s leader said any agreement that lets Israel strike Lebanon at will "is no agreement at all".', 'HEZBOLLAH', ['other']],
    [', provided the …', 'Sudan’s army said it remained open to talks, provided the militia first withdraws from the towns it occupies.', 'SAF', ['withdrawal']],
    ['a threat after "if"', 'India’s foreign minister said: "If there are military attacks on us, there will be a very firm response."', 'IND', ['other']],
    ['provided + clause', 'Russia said it was ready for talks provided its security concerns were taken into account.', 'RUS', ['security-guarantees']],
  ];
  it.each(cases)('%s', (_name, body, id, kinds) => {
    const r = stanceOf(body, id);
    expect(r.stance).toBe('conditional');
    expect(r.kinds).toEqual(expect.arrayContaining(kinds));
  });

  it('does not treat a principle as a condition', () => {
    expect(stanceOf('Turkey called for talks and said Ukraine’s sovereignty should be respected.', 'TUR').stance).toBe('support');
    expect(stanceOf('China called for a political settlement based on the UN Charter.', 'CHN').stance).toBe('support');
  });

  it('reads "any offer based on" and "once" as terms, "at once" and "as long as it takes" as none', () => {
    expect(stanceOf('Hamas said it would deal positively with any offer based on a full withdrawal of Israeli forces.', 'HAMAS').kinds).toContain('withdrawal');
    expect(stanceOf('Russia said talks could begin once Kyiv drops its NATO ambitions.', 'RUS').kinds).toContain('neutrality');
    expect(stanceOf('China said both sides agreed to stop fighting at once.', 'CHN').stance).toBe('support');
    expect(stanceOf('The United States said it would back Ukraine as long as it takes.', 'USA').stance).toBe('none');
  });

  it('reads fighting "until its goals are achieved" as opposition, not a condition', () => {
    expect(stanceOf('Israel said it would keep fighting until its goals are achieved.', 'ISR').stance).toBe('oppose');
  });

  it('does not treat "until victory" as a condition', () => {
    expect(stanceOf('Medvedev said there could be no talks until the enemy is completely defeated.', 'RUS').stance).toBe('oppose');
  });

  it('reads asking for the goal itself as support, not a condition', () => {
    expect(stanceOf('Trump said Washington would do more trade with both countries if they stopped fighting.', 'USA').stance).toBe('support');
  });

  it('makes mixed support and conditions conditional (guideline 5)', () => {
    expect(stanceOf('Pakistan said it was ready for dialogue with India, but that there could be no lasting peace without a settlement of the Kashmir dispute in line with the wishes of the Kashmiri people.', 'PAK').kinds).toContain('sovereignty');
  });

  it('keeps every condition span exact', () => {
    const body = 'Russia said it would end the war only if Ukraine withdrew its troops.';
    const { actor } = stanceOf(body, 'RUS');
    for (const c of actor!.conditions) expect((LEAD + body).slice(c.start, c.end)).toBe(c.text);
  });
});
