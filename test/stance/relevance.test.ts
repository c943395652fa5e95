/**
 * stance/relevance.ts: whether a cue is about the question (off-topic modifiers) and whether a
 * text is about the question's domain at all (war words in body paragraphs).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src';
import { pipeline } from '../../src/analyzer';
import { matchAll } from '../../src/lexicon/match';
import { hasOffTopic, inDomain, MIN_DOMAIN_WORDS, offTopic } from '../../src/stance/relevance';
import { c, stanceOf } from './view';

/** The analysed document and its cue matches, as the stance stage's gate sees them. */
function docOf(text: string) {
  const { doc } = pipeline(c, text, '2025-03-01');
  return { doc, cues: matchAll(c.question.cues, doc.tokens, 0, doc.tokens.count) };
}

/** Sentences with no war word, to make a text long without adding to its domain count. */
const FILLER = ' The minister met the press on Monday.'.repeat(70);

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


describe('off-topic modifiers', () => {
  // [sentence, the target's words, off-topic]
  const cases: [string, string, boolean][] = [
    ['Peru called for trade talks.', 'talks', true],
    ['Peru called for peace talks.', 'peace talks', false],
    ['Peru wanted a grain deal.', 'deal', true], // an off-topic word for peace targets only
    ['The rebels vowed more attacks on shipping.', 'attacks', false], // …not for war ones
    ['Peru rejected a deal at any price.', 'deal', false], // "any price" is no price deal
    ['Peru called for talks. Trade grew.', 'talks', false], // another sentence
  ];
  it.each(cases)('%s', (text, words, expected) => {
    const { doc, cues } = docOf(text);
    const t = doc.tokens;
    const m = cues.find((x) => text.slice(t.start[x.first], t.end[x.last - 1]) === words);
    expect(m, words).toBeDefined();
    expect(offTopic(t, c.question, m!)).toBe(expected);
  });

  it('finds an off-topic word in body paragraphs only', () => {
    expect(hasOffTopic(docOf('Peru welcomed the deal. New tariffs hit exports.').doc, c.question)).toBe(true);
    expect(hasOffTopic(docOf('New tariffs hit exports\nPeru welcomed the deal.').doc, c.question)).toBe(false);
  });
});

describe('the domain gate', () => {
  // [name, text, in the domain]
  const cases: [string, string, boolean][] = [
    ['two war words in a short text', 'Fighting raged as troops advanced.\nPeru called for a truce.', true],
    ['one war word and a ceasefire word in a short text', 'The war goes on. Peru called for a truce.', true],
    ['a ceasefire word alone', 'Peru called for a truce.', false],
    ['war words in a headline only', 'Troops and tanks mass at the border\nPeru called for a truce.', false],
    ['an off-topic "war"', 'Peru and Chile ended their trade war with a truce.', false],
    [`a long text with fewer than ${MIN_DOMAIN_WORDS} war words`, `Fighting raged as troops advanced.${FILLER} Peru called for a truce.`, false],
    [`a long text with ${MIN_DOMAIN_WORDS} war words`, `Fighting raged as troops and tanks advanced.${FILLER} Peru called for a truce.`, true],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const { doc, cues } = docOf(text);
    expect(inDomain(doc, c.question, () => cues)).toBe(expected);
  });

  it('keeps a ceasefire call outside the domain, but not a truce in a trade war inside it', () => {
    expect(analyze('Peru called for a truce.', { date: '2025-03-01' }).actors[0]).toMatchObject({ actor: { id: 'PER' }, stance: 'support' });
    expect(stanceOf('Peru and Chile ended their trade war with a truce.', 'PER').stance).toBe('none');
  });
});
