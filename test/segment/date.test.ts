import { describe, expect, it } from 'vitest';
import { dateAssumed, isDate, textDate } from '../../src/segment/date';

describe('text date', () => {
  it.each([
    ['Posted March 17, 2023 — Talks', '2023-03-17'],
    ['LONDON, 5 April 2022 (Reuters) -', '2022-04-05'],
    ['Updated 2024-06-14T10:00', '2024-06-14'],
    ['MOSCOW, June 14 - no year here', undefined],
    ['February 30, 2023 is no date', undefined],
  ])('%j → %s', (text, date) => expect(textDate(text)).toBe(date));

  it.each([
    ['an abbreviating full stop and no comma', 'KHARTOUM, March. 9 2024 - Shelling went on.', '2024-03-09'],
    ['capitals', 'ADEN, 5 MARCH 2023 - Talks stalled.', '2023-03-05'],
    ['a false ISO date gives way to a written one', 'Ref 2023-02-30. Posted May 2, 2023.', '2023-05-02'],
    ['ISO is read before a written date', 'Posted May 2, 2023, updated 2023-05-04', '2023-05-04'],
    ['an abbreviated month is not read', 'Sept. 5, 2023 - Troops advanced.', undefined],
    ['a year outside 20xx is not read', 'March 17, 1999 - Troops advanced.', undefined],
  ])('%s', (_name, text, date) => expect(textDate(text)).toBe(date));

  it('reads only the top of the text', () => {
    const filler = 'Fighting raged as troops advanced. '.repeat(50); // 1,750 chars
    expect(textDate(`${filler}Posted March 17, 2023.`)).toBeUndefined();
    expect(textDate(`Posted March 17, 2023.\n${filler}`)).toBe('2023-03-17');
  });
});

describe('isDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-6-1', false],
    ['2024-06-01T00:00', false],
    ['20240601', false],
  ])('%s → %s', (s, ok) => expect(isDate(s)).toBe(ok));
});

describe('date assumed', () => {
  it('names a yearless date written near the top and the date used instead, with its span', () => {
    const text = 'GENEVA, March 21 - Talks opened.';
    const d = dateAssumed(text, '2025-01-10');
    expect(d?.code).toBe('date-assumed');
    expect(text.slice(d!.start, d!.end)).toBe('March 21');
    expect(d?.message).toContain('"March 21"');
    expect(d?.message).toContain('2025-01-10');
  });

  it.each([
    ['day first', 'ADEN, 21 March - Talks opened.', '21 March'],
    ['a year follows', 'GENEVA, March 21, 2024 - Talks opened.', undefined],
    ['a lower-case "may" is no month', 'Talks may 5 times stall.', undefined],
    ['no day at all', 'In March, talks opened.', undefined],
  ])('%s', (_name, text, written) => {
    const d = dateAssumed(text, '2025-01-10');
    expect(d && text.slice(d.start, d.end)).toBe(written);
  });
});
