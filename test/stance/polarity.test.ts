/**
 * stance/polarity.ts: how one clause's cues compose into signed, weighted scores (chain, subject,
 * alone, negation, lone verb, hedge, rhetorical question). The cue table reads labels off the report;
 * the composition cases read the stance stage's scores.
 */
import { describe, expect, it } from 'vitest';
import { onlyScore, scored, stanceOf } from './view';

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


describe('composition of one clause', () => {
  // [name, body, the score's words, polarity, weight, cue and rule ids]
  const cases: [string, string, string, number, number, string[]][] = [
    ['a chain multiplies its polarities', 'Peru rejected calls for a truce.', 'rejected calls for a truce', -1, 1, ['oppose.reject', 'support.call-for', 'target.ceasefire']],
    ['a demand on another actor keeps its object', 'Peru urged Chile to accept a truce.', 'urged Chile to accept a truce', 1, 1, ['support.call-for', 'support.accept', 'target.ceasefire']],
    ['a negated predicate flips its chain', 'Peru said it would not reject talks.', 'reject talks', 1, 0.9, ['oppose.reject', 'target.talks', 'rule.negation']],
    ['an evaluation judges the target before it', 'Peru said talks were premature.', 'talks were premature', -1, 0.9, ['eval.harmful', 'target.talks']],
    ['a lone target verb declared with intent', 'Peru said it would negotiate.', 'negotiate', 1, 0.54, ['target.talks', 'rule.intent']],
    ['a lone target verb negated', 'Peru said that it will never negotiate.', 'negotiate', -1, 0.54, ['target.talks', 'rule.negation']],
    ['a hedge halves the weight', 'Peru said it may back talks.', 'back talks', 1, 0.45, ['support.welcome', 'target.talks', 'rule.hedge']],
    ['a rhetorical question reverses the clause', 'Peru said: "How can we agree to a truce?"', 'agree to a truce', -1, 1, ['support.accept', 'target.ceasefire', 'rule.rhetorical-question']],
    ['a predicate alone after a modal', 'Peru said it will fight on.', 'will fight', -1, 1, ['oppose.fight-on']],
  ];
  it.each(cases)('%s', (_name, body, words, polarity, weight, cues) => {
    const s = onlyScore(body);
    expect([s.words, s.polarity, s.cues]).toEqual([words, polarity, cues]);
    expect(s.weight).toBeCloseTo(weight, 9);
  });

  it('does not compound two evaluations of one phrase', () => {
    const [s] = scored('Peru said a truce now would only reward aggression.');
    expect(s.scores.map((x) => x.polarity)).toEqual([-1, -1]);
    expect(s.scores[0].cues).toEqual(['eval.harmful', 'target.ceasefire']);
  });
});
