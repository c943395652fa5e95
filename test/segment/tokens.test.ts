import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/segment/tokens';

/** Each token as the text writes it at the token's offsets, so one check covers values and offsets. */
function sliced(text: string): string[] {
  const { tokens } = tokenize(text);
  return Array.from({ length: tokens.count }, (_, i) => text.slice(tokens.start[i], tokens.end[i]));
}

describe('tokens', () => {
  it('keeps exact offsets for every token, curly marks and accents included', () => {
    const text = 'Türkiye’s envoy said: “Peace — now.”\n\tZelenskyy’s office agreed.';
    const { tokens } = tokenize(text);
    for (let i = 0; i < tokens.count; i++) expect(text.slice(tokens.start[i], tokens.end[i])).toBe(tokens.value[i]);
  });

  it('gives the same tokens whatever was read before (wink-nlp keeps a word cache)', () => {
    const text = 'Talks stalled after the hostages are released\n’Foreign Minister Sergei Lavrov said Israel’s plan failed.';
    const first = tokenize(text).tokens.value;
    tokenize('“’Foreign ministers’ Israel’s ’Foreign Minister”');
    const again = tokenize(text).tokens.value;
    expect(again).toEqual(first);
    expect(first).toEqual(expect.arrayContaining(['’', 'Foreign', 'Israel', '’s']));
  });

  it('splits sentences at line breaks, as a headline has no full stop', () => {
    const { sentences } = tokenize('Talks resume in Doha\nQatar said talks would resume. Israel agreed.');
    expect(sentences.map((s) => s.end - s.start)).toHaveLength(3);
  });

  const splits: [string, string, string[]][] = [
    ['a curly possessive is its own token', 'Egypt’s mediators arrived.', ['Egypt', '’s', 'mediators', 'arrived', '.']],
    ['a straight possessive too', "The army's chief spoke.", ['The', 'army', "'s", 'chief', 'spoke', '.']],
    ['a quote mark glued to a word comes off', '’Foreign ministers met.', ['’', 'Foreign', 'ministers', 'met', '.']],
    ['a clitic keeps its apostrophe', 'They’re ready, we’ll see.', ['They', '’re', 'ready', ',', 'we', '’ll', 'see', '.']],
    ['line breaks and tabs are no tokens', 'Ceasefire talks\n\n\tresume today', ['Ceasefire', 'talks', 'resume', 'today']],
  ];
  it.each(splits)('%s', (_name, text, values) => {
    expect(tokenize(text).tokens.value).toEqual(values);
    expect(sliced(text)).toEqual(values);
  });

  it('gives a split possessive the stem as lemma and a particle tag', () => {
    const { tokens } = tokenize('Qatar’s offer stands.');
    expect([tokens.lemma[0], tokens.lemma[1], tokens.pos[1]]).toEqual(['qatar', '’s', 'PART']);
    expect(tokens.lower.slice(0, 2)).toEqual(['qatar', '’s']);
  });

  it('numbers every token with its sentence, and each sentence spans its tokens', () => {
    const text = 'Troops advanced at dawn. Shelling went on.\nTalks stalled.';
    const { tokens, sentences } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Troops advanced at dawn.', 'Shelling went on.', 'Talks stalled.']);
    for (const s of sentences) {
      for (let k = s.first; k < s.last; k++) expect(tokens.sentence[k]).toBe(s.index);
      expect([tokens.start[s.first], tokens.end[s.last - 1]]).toEqual([s.start, s.end]);
    }
  });

  it('reads a text longer than one wink chunk with the same offsets and one sentence per line', () => {
    const line = 'Fighting raged as troops advanced on Kyiv’s outskirts.\n';
    const text = line.repeat(Math.ceil(210_000 / line.length)); // over the 200,000-char chunk
    const { tokens, sentences } = tokenize(text);
    const lines = text.split('\n').length - 1;
    expect(sentences).toHaveLength(lines);
    expect(tokens.count).toBe(lines * 10);
    const moved = tokens.value.filter((v, i) => text.slice(tokens.start[i], tokens.end[i]) !== v);
    expect(moved).toEqual([]);
    expect(sentences.every((s) => text.slice(s.start, s.end) === line.trim())).toBe(true);
  });
});
