import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/segment/tokens';
import { paragraphs } from '../../src/segment/paragraphs';
import { findQuotes } from '../../src/segment/quotes';
import type { Diagnostic } from '../../src/types';

/** The quotes of a text and the diagnostics they raise, found over the text's own paragraphs. */
function segmentText(text: string) {
  const { sentences } = tokenize(text);
  const diagnostics: Diagnostic[] = [];
  const quotes = findQuotes(text, paragraphs(text, sentences), diagnostics);
  return { quotes, diagnostics };
}

/** The quoted words of each quote, for table-driven cases. */
const inner = (text: string) => segmentText(text).quotes.map((q) => text.slice(q.innerStart, q.innerEnd));

describe('quotes', () => {
  it('pairs curly and straight marks and keeps apostrophes out', () => {
    const text = 'Body.\n“We’re ready,” he said. She said "no way" and Israel’s envoy left.';
    const { quotes } = segmentText(text);
    expect(quotes.map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(['We’re ready,', 'no way']);
  });

  it('treats single curly quotes as quotes when they open and close words', () => {
    const text = 'Head\nHe called it ‘a clear retreat’ from Washington’s line.';
    const { quotes } = segmentText(text);
    expect(quotes.map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(['a clear retreat']);
  });

  it('treats straight single quotes as quotes when a closer follows, and skips apostrophes', () => {
    const text = "'We ask for one thing only, that the killing stops,' he said. In the '90s the states' rights mattered.";
    const { quotes, diagnostics } = segmentText(text);
    expect(quotes.map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(['We ask for one thing only, that the killing stops,']);
    expect(diagnostics).toEqual([]);
  });

  it('runs a quote on into the next paragraph without a diagnostic', () => {
    const text = 'Head\n“The first part of what I said.\n“And the second part,” she said.';
    const { quotes, diagnostics } = segmentText(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[0].closed).toBe(false);
    expect(quotes[1].continues).toBe(true);
    expect(diagnostics).toEqual([]);
  });

  it('reports an unclosed quote as a diagnostic with its span', () => {
    const text = 'Head\nHe said “we are ready to talk.\nNext paragraph.';
    const { quotes, diagnostics } = segmentText(text);
    expect(diagnostics.map((d) => d.code)).toEqual(['unclosed-quote']);
    expect(text.slice(diagnostics[0].start, diagnostics[0].end)).toBe('“we are ready to talk.');
    expect(quotes[0].closed).toBe(false);
  });

  it('keeps nested single quotes inside the double quote', () => {
    const text = 'Head\n“They called it ‘a pause’, not peace,” he said.';
    const { quotes } = segmentText(text);
    expect(quotes).toHaveLength(1);
    expect(text.slice(quotes[0].innerStart, quotes[0].innerEnd)).toBe('They called it ‘a pause’, not peace,');
  });

  const cases: [string, string, string[]][] = [
    ['two quotes in one sentence', 'Head\nShe said “no” and then “never”.', ['no', 'never']],
    ['straight double marks open and close in turn', 'Head\nHe said "hold" and "wait" twice.', ['hold', 'wait']],
    ['a curly single quote after a letter is an apostrophe', 'Head\nThe rebels’ leader and the army’s chief met.', []],
    ['a straight quote inside a word is an apostrophe', "Head\nThe army's chief said they'd wait.", []],
    ['a straight single quote after a dash opens', "Head\nHe spoke -'we will stay' - and left.", ['we will stay']],
    ['a straight plural possessive does not close', "Head\nHe said 'the states' rights matter' today.", ["the states' rights matter"]],
  ];
  it.each(cases)('%s', (_name, text, words) => {
    expect(inner(text)).toEqual(words);
  });

  it('gives each quote its marks’ offsets and its paragraph', () => {
    const text = 'Head\nQatar said “talks resume”.';
    const [q] = segmentText(text).quotes;
    expect(text.slice(q.start, q.end)).toBe('“talks resume”');
    expect([q.paragraph, q.closed, q.continues]).toEqual([1, true, false]);
  });

  it('ends a quote left open at the end of the text there, trailing spaces dropped, with a diagnostic', () => {
    const text = 'Head\nThe envoy said “we are not leaving   ';
    const end = text.trimEnd().length;
    const { quotes, diagnostics } = segmentText(text);
    expect(quotes.map((q) => [text.slice(q.start, q.end), q.innerEnd, q.closed])).toEqual([['“we are not leaving', end, false]]);
    expect(diagnostics).toEqual([{ code: 'unclosed-quote', message: 'quotation mark opened but never closed', start: text.indexOf('“'), end }]);
  });
});
