import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/segment/tokens';
import { paragraphs } from '../src/segment/paragraphs';
import { findQuotes } from '../src/segment/quotes';
import { textDate } from '../src/segment/date';
import type { Diagnostic } from '../src/types';

function segmentText(text: string) {
  const { tokens, sentences } = tokenize(text);
  const paras = paragraphs(text, sentences);
  const diagnostics: Diagnostic[] = [];
  const quotes = findQuotes(text, paras, diagnostics);
  return { tokens, sentences, paras, quotes, diagnostics };
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
});

describe('paragraphs', () => {
  const cases: [string, string[]][] = [
    ['Headline without a stop\nBody sentence one.\nAlso read | Another story about Russia\nRead: Something else\nREAD MORE: Third', ['heading', 'body', 'link', 'link', 'link']],
    ['Headline\nStandfirst line without a stop\nLVIV, April 5 - Body text.', ['heading', 'heading', 'body']],
    ['Just one sentence without headline.', ['body']],
    ['A short subhead\nBody.\nAnother subhead\nMore body.', ['heading', 'body', 'heading', 'body']],
  ];
  it.each(cases)('classifies the lines of %j', (text, kinds) => {
    const { paras } = segmentText(text);
    expect(paras.map((p) => p.kind)).toEqual(kinds);
  });
});

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
});

describe('text date', () => {
  it.each([
    ['Posted March 17, 2023 — Talks', '2023-03-17'],
    ['LONDON, 5 April 2022 (Reuters) -', '2022-04-05'],
    ['Updated 2024-06-14T10:00', '2024-06-14'],
    ['MOSCOW, June 14 - no year here', undefined],
    ['February 30, 2023 is no date', undefined],
  ])('%j → %s', (text, date) => expect(textDate(text)).toBe(date));
});
