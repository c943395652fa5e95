import { describe, expect, it } from 'vitest';
import { frames, statements } from './view';

describe('who said what: quotes (pronoun speakers)', () => {
  const cases: [string, string, string, string | undefined, string][] = [
    ['pronoun, "he added"', 'Kremlin spokesman Dmitry Peskov spoke to reporters. “There is no talk of a ceasefire,” he added.', 'RUS', 'Dmitry Peskov', 'There is no talk of a ceasefire'],
    ['"she told reporters"', 'Estonian Prime Minister Kaja Kallas was blunt. Talk of negotiations was “premature”, she told reporters.', 'EST', 'Kaja Kallas', 'Talk of negotiations'],
  ];
  it.each(cases)('%s', (_name, body, actor, speaker, words) => {
    const found = statements(body).find(([, , , text]) => text.includes(words));
    expect(found?.[0]).toBe(actor);
    expect(found?.[1]).toBe(speaker);
  });
});

describe('whom a pronoun stands for', () => {
  // [name, body, the pronoun's verb, actor, speaker]
  const cases: [string, string, string, string, string | undefined][] = [
    ['"she" skips a man named first', 'Finnish President Alexander Stubb met Danish Prime Minister Mette Frederiksen. She said talks were premature.', 'said', 'DNK', 'Mette Frederiksen'],
    ['"he" skips a woman named later', 'Finnish President Alexander Stubb met Danish Prime Minister Mette Frederiksen. He said talks were premature.', 'said', 'FIN', 'Alexander Stubb'],
    ['of two men, the one named first (the subject)', 'Spanish Prime Minister Pedro Sanchez met Portuguese Prime Minister Luis Montenegro in Madrid. He said a truce had to come first.', 'said', 'ESP', 'Pedro Sanchez'],
    ['not a man named inside the quote', 'Polish Prime Minister Donald Tusk took questions. “Viktor Orban does not speak for Europe on this war,” he said.', 'said', 'POL', 'Donald Tusk'],
    ['an official named by title only', 'Chile’s defence minister said the border talks had to go on. Any pause in the fighting would help, he added.', 'added', 'CHL', undefined],
    ['"it" opening a sentence: the organisation opening the last one', 'Hamas kept its fighters in the tunnels. It rejected the truce.', 'rejected', 'HAMAS', undefined],
    ['"EU member Malta": the member, not the union', 'EU member Malta hosted the talks. It called for a pause.', 'called', 'MLT', undefined],
    ['"it" after two speakers: the last one', 'Kuwait called for calm. Oman then urged restraint. It also offered to mediate.', 'offered', 'OMN', undefined],
    ['"they" after a time phrase', 'The Houthis seized a ship. Last week they rejected the truce.', 'rejected', 'HOUTHIS', undefined],
  ];
  it.each(cases)('%s', (_name, body, verb, actor, speaker) => {
    const f = frames(body, '2024-06-01').find((x) => x.verb === verb);
    expect(f?.agentText[0]).toMatch(/^(?:he|she|it|they)$/i);
    expect(f?.actors).toEqual([actor]);
    expect(f?.speakers).toEqual([speaker]);
  });

  it('gives "he" with nobody named before it to nobody', () => {
    expect(frames('He said a truce was close.')).toEqual([]);
  });
});
