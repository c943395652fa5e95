/**
 * Why a statement, or a part of one, counts for nothing: the closed set of reason ids that
 * `analyze(text, { trace: true })` writes (README "Auditing a label"). Each id is recorded where
 * the rule decides (attribution/nesting.ts, attribution/frames.ts, stance/index.ts).
 */
export const DROP_REASONS = {
  'embedded.supposition': 'under "if" / "unless": a supposition, nobody\'s act ("… if Kiev refused to negotiate")',
  'embedded.that-clause-writer': 'a that-clause nobody says is the writer\'s ("It is a sign that China supports …")',
  'embedded.same-speaker-merged': 'the same speaker goes on; its words count in the outer statement ("Peskov said Moscow would …")',
  'embedded.demand': 'a demand of the outer speaker; its words count there ("Macron said Russia must accept …")',
  'embedded.condition': 'a condition of the outer speaker; its words count there ("… only if Kyiv withdrew its troops")',
  'embedded.describes-other': 'inside another actor\'s statement it describes this actor: it counts for neither ("Zelensky said Putin was …")',
  'unknown-actor': 'no agent of the statement resolves to an actor',
  'outside-domain': 'the text has no war words and the statement names none of the question\'s targets',
  'off-topic': 'the text, or every target in the statement, is about something else ("trade talks", "tariffs")',
  'no-cue': 'no cue or condition marker of the question in the statement\'s words',
  'no-score': 'cues or condition markers matched but none composed a score or a condition (a predicate without its target, a passive)',
  'clause.describes-other': 'a clause whose subject is another actor ("… said Putin was dragging out the war")',
  'clause.describes-event': 'a clause reporting what was done to a question phrase, with no agent ("… said a call for a truce was rejected")',
  'clause.concessive': 'a concessive clause grants a circumstance ("Although some groups are not fighting, …")',
  'clause.past-event': 'a past time clause, or one of circumstance, is background ("… after talks broke down", "… while the shelling went on")',
  'clause.indirect-question': 'an indirect question asserts nothing ("did not say whether it would back the truce")',
  'clause.accusation': 'what the speaker accuses another of ("accused Kyiv of rejecting talks")',
  'clause.attribution': 'the attribution\'s own words ("according to Qatar\'s foreign ministry")',
  'clause.own-statement': 'one of several speakers\' own statement, traced as its own entry',
  'clause.quote': 'a quotation the statement does not hold whole, traced as its own quote entry',
  'cue.others-act': 'a predicate whose agent is another actor ("violated by Hamas", "Moscow\'s refusal of …")',
} as const;

/** A reason id of `DROP_REASONS`. */
export type DropReason = keyof typeof DROP_REASONS;
