/**
 * stance/conditions.ts: a contingency marker with the words it governs, sorted into kinds; weak
 * markers that ask for the goal itself, hope that a truce holds, or fight "until victory" set no terms.
 */
import { describe, expect, it } from 'vitest';
import { type ConditionKind } from '../../src';
import { LEAD, scored, stanceOf } from './view';

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


describe('a condition’s marker and words', () => {
  // [body, kinds, marker id, the condition's words]
  const cases: [string, ConditionKind[], string, string][] = [
    ['Peru said it would sign a truce only if Chile withdrew its troops.', ['withdrawal'], 'cond.only-if', 'Chile withdrew its troops'],
    ['Peru said: "If the rebels free the hostages, we will agree to a truce."', ['hostages'], 'cond.if', 'the rebels free the hostages'],
    ['Peru said it would back talks, provided that Chile withdraws its troops.', ['withdrawal'], 'cond.provided', 'Chile withdraws its troops'],
    ['Peru said any truce would have to include the release of all hostages.', ['hostages'], 'cond.must-include', 'include the release of all hostages'],
    ['Peru said there could be no truce while the siege of the city continued.', ['humanitarian-access'], 'cond.unless', 'the siege of the city continued'],
    ['Peru said the war would end the moment Chile withdraws its troops.', ['withdrawal'], 'cond.the-moment', 'Chile withdraws its troops'],
    ['Peru said it would back a truce unless Chile kept its troops in the valley.', ['other'], 'cond.unless', 'Chile kept its troops in the valley'],
    ['Peru rejected the suggestion that a settlement could mean ceding land.', ['sovereignty'], 'cond.relative', 'a settlement could mean ceding land'],
    // The statement's own attribution and the quote marks around its words are not the condition.
    ['“Chile must first pull back its troops,” Peru said.', ['withdrawal'], 'cond.first', 'Chile must first pull back its troops'],
    ['Peru said Chile must first free the hostages.', ['hostages'], 'cond.first', 'Chile must first free the hostages'],
  ];
  it.each(cases)('%s', (body, kinds, marker, words) => {
    const conditions = scored(body).flatMap((s) => s.conditions);
    expect(conditions).toEqual([{ kinds, marker, words }]);
  });

  it('reads "otherwise" and "only then" back into the same speaker’s sentence before', () => {
    for (const next of ['“Otherwise there will be no truce.”', '“Only then would we sign a truce.”']) {
      const body = `“Chile must first pull back its troops,” Peru said. ${next}`;
      const { actor } = stanceOf(body, 'PER');
      expect(actor?.stance).toBe('conditional');
      expect(actor?.conditions.map((x) => [x.kind, x.text])).toEqual([['withdrawal', 'Chile must first pull back its troops']]);
      for (const x of actor!.conditions) expect((LEAD + body).slice(x.start, x.end)).toBe(x.text);
    }
  });

  it('takes the condition’s words out of the scores', () => {
    const [s] = scored('Peru said it would sign a truce only if Chile withdrew its troops.');
    expect(s.scores.map((x) => x.words)).toEqual(['sign a truce']);
  });

  it('reports each condition with its exact words and the marker’s id', () => {
    const body = 'Peru said it would back talks, provided that Chile withdraws its troops.';
    const { actor } = stanceOf(body, 'PER');
    expect(actor?.conditions.map((x) => [x.kind, x.text, x.cue])).toEqual([['withdrawal', 'Chile withdraws its troops', 'cond.provided']]);
    for (const x of actor!.conditions) expect((LEAD + body).slice(x.start, x.end)).toBe(x.text);
  });
});

describe('words that set no terms', () => {
  // [name, body, Peru's label]
  const cases: [string, string, string][] = [
    ['asking for the goal itself', 'Peru said it would hold talks if the rebels stopped fighting.', 'support'],
    ['hoping the truce holds', 'Peru said: "If it holds, the truce could bring peace."', 'none'],
    ['fighting until victory', 'Peru said it would keep fighting until the rebels are defeated.', 'oppose'],
    ['an open-ended "as long as it takes"', 'Peru said it would keep up the offensive as long as it takes.', 'oppose'],
  ];
  it.each(cases)('%s', (_name, body, label) => {
    expect(scored(body).flatMap((s) => s.conditions)).toEqual([]);
    expect(stanceOf(body, 'PER').stance).toBe(label);
  });

  it('scores "until" the enemy is defeated as opposition, with its own rule id', () => {
    const [s] = scored('Peru said it would keep fighting until the rebels are defeated.');
    expect(s.scores.map((x) => [x.polarity, x.cues])).toEqual([[-1, ['oppose.fight-on']], [-1, ['cond.unless', 'rule.until-victory']]]);
  });
});
