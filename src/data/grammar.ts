/**
 * Grammar words the stance rules read (English, not question-specific): data, validated by the
 * tests, never tests on a pattern's text.
 */

/** Lemmas of verbs that say something goes on: "attacks will continue until …", "go on", "carry on". */
export const GOING_ON_VERBS: readonly string[] = ['continue', 'go', 'carry', 'press', 'push', 'keep'];
