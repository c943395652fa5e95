/**
 * Grammar words the stance rules read (English, not question-specific): data, validated by the
 * tests, never tests on a pattern's text.
 */

/** Lemmas of verbs that say something goes on: "attacks will continue until …", "go on", "carry on". */
export const GOING_ON_VERBS: readonly string[] = ['continue', 'go', 'carry', 'press', 'push', 'keep'];

/** Words of a time phrase: "on Monday", "last week", "in March 2024". */
export const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|weekend|month|year|morning|evening|afternoon|night|day|hours|minutes|earlier|later|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d+)$/;
