import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/segment/tokens';
import { paragraphs } from '../../src/segment/paragraphs';

/** The paragraphs of a text, from its own sentences, as the segment stage makes them. */
function parasOf(text: string) {
  return paragraphs(text, tokenize(text).sentences);
}

describe('paragraphs', () => {
  const cases: [string, string[]][] = [
    ['Headline without a stop\nBody sentence one.\nAlso read | Another story about Russia\nRead: Something else\nREAD MORE: Third', ['heading', 'body', 'link', 'link', 'link']],
    ['Headline\nStandfirst line without a stop\nLVIV, April 5 - Body text.', ['heading', 'heading', 'body']],
    ['Just one sentence without headline.', ['body']],
    ['A short subhead\nBody.\nAnother subhead\nMore body.', ['heading', 'body', 'heading', 'body']],
    ['Shelling resumed at dawn\nTroops advanced. “We hold the line,” a commander said.\nWatch: footage of the front', ['heading', 'body', 'link']],
    ['Shelling resumed at dawn', ['body']],
    [`${'A very long standfirst line that runs on and on '.repeat(4)}\nBody.`, ['heading', 'body']],
    [`Headline\n${'an unterminated line far longer than any subhead would be '.repeat(3)}\nBody.`, ['heading', 'body', 'body']],
  ];
  it.each(cases)('classifies the lines of %j', (text, kinds) => {
    expect(parasOf(text).map((p) => p.kind)).toEqual(kinds);
  });

  it('skips blank lines and gives each paragraph its line’s offsets and sentences', () => {
    const text = 'Talks stall\n\nTroops advanced. Shelling went on.\n   \nA truce was offered.';
    const paras = parasOf(text);
    expect(paras.map((p) => text.slice(p.start, p.end))).toEqual(['Talks stall', 'Troops advanced. Shelling went on.', 'A truce was offered.']);
    expect(paras.map((p) => [p.index, p.firstSentence, p.lastSentence])).toEqual([[0, 0, 1], [1, 1, 3], [2, 3, 4]]);
  });
});
