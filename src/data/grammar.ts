/**
 * Grammar words the stance rules read (English, not question-specific): data, validated by the
 * tests, never tests on a pattern's text.
 */

/** Lemmas of verbs that say something goes on: "attacks will continue until …", "go on", "carry on". */
export const GOING_ON_VERBS: readonly string[] = ['continue', 'go', 'carry', 'press', 'push', 'keep'];

/** Month names in calendar order: the text's own date, and "until March" is a time, not terms. */
export const MONTH_WORDS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Weekday names. */
export const WEEKDAY_WORDS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Words of a time phrase: "on Monday", "last week", "in March 2024" (numbers too: see isTimeWord). */
export const TIME_WORDS_LIST: readonly string[] = [
  ...WEEKDAY_WORDS, 'today', 'yesterday', 'tonight', 'week', 'weekend', 'month', 'year', 'morning', 'evening', 'afternoon',
  'night', 'day', 'hours', 'minutes', 'earlier', 'later', ...MONTH_WORDS,
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/** Single-token names that are also given names: "Israel Katz", "Chad Smith", "Jordan Bardella". */
export const GIVEN_NAME_RISK_WORDS: readonly string[] = ['Israel', 'Jordan', 'Chad', 'Georgia', 'India', 'Washington', 'Paris', 'Victoria', 'Santiago', 'Kenya', 'Lebanon', 'Cuba'];

/** Capitalised words after a state's name that make an institution, not a person's name. */
export const INSTITUTION_WORDS_LIST: readonly string[] = ['Defense', 'Defence', 'Forces', 'Force', 'Army', 'Police', 'Government', 'Ministry', 'Airways', 'Airlines', 'Post', 'Times', 'River', 'Valley', 'Street', 'Radio', 'Television', 'TV', 'News', 'Daily', 'Central', 'National', 'State', 'Border', 'Security', 'Navy', 'Air', 'Coast', 'Guard', 'Embassy', 'Mission', 'Foreign', 'Prime', 'President', 'Minister', 'Council', 'Parliament', 'Senate', 'House', 'Cabinet', 'Institute', 'University', 'Bank', 'Fund', 'Agency', 'Office', 'Authority', 'Commission', 'Committee', 'Party'];

/** Lower-case particles inside names. */
export const PARTICLES_WORDS: readonly string[] = ['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'abd', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'ter', 'ul', 'ud'];

/** Capitalised words that start sentences or name times, never people. */
export const NOT_NAMES_WORDS: readonly string[] = [
  'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'Or', 'If', 'As', 'For', 'With', 'By', 'From', 'To', 'Of',
  'It', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'This', 'That', 'These',
  'Those', 'There', 'Here', 'While', 'When', 'Where', 'After', 'Before', 'Since', 'Until', 'During', 'Under', 'Over',
  'Also', 'Meanwhile', 'However', 'Still', 'Yet', 'Even', 'Some', 'Many', 'Most', 'All', 'Any', 'No', 'Not', 'Both',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr',
  'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Read', 'Watch', 'Ramadan', 'Passover', 'Easter',
  'Christmas', 'God', 'Mr', 'Mrs', 'Ms', 'Dr', 'Several', 'Two', 'Three', 'One', 'Such', 'What', 'Who', 'Why', 'How',
  'Which', 'Whoever', 'Neither', 'Either', 'Each', 'Every', 'Other', 'Another', 'Nobody', 'Everyone', 'Today', 'Tomorrow',
  'Yesterday', 'Western', 'Eastern', 'Northern', 'Southern', 'European', 'African', 'Asian', 'Arab', 'Muslim', 'Jewish',
  'Christian', 'Islamic', 'Catholic', 'Orthodox', 'Gulf', 'Middle', 'East', 'West', 'North', 'South', 'Central',
];

/** Words that make a capitalised run an institution, place or event rather than a person. */
export const NOT_PERSON_WORDS_LIST: readonly string[] = [
  'Forces', 'Force', 'Army', 'Front', 'Movement', 'Party', 'Council', 'Ministry', 'Brigades', 'Brigade', 'Group', 'Union',
  'Sea', 'River', 'Street', 'Square', 'Airport', 'Olympics', 'City', 'Province', 'Region', 'Strait', 'Gulf', 'Island',
  'Islands', 'Mountains', 'Office', 'House', 'Garden', 'Palace', 'Hospital', 'University', 'Platform', 'Social', 'War',
  'Operation', 'Agency', 'Committee', 'Bank', 'Corridor', 'Route', 'Accord', 'Agreement', 'Declaration', 'Plan', 'Summit',
  'Conference', 'Prize', 'Assembly', 'Parliament', 'Senate', 'Congress', 'Court', 'Commission', 'Organization',
  'Organisation', 'Institute', 'Foundation', 'Center', 'Centre', 'Network', 'News', 'Times', 'Post', 'Press', 'Radio',
  'Television', 'Channel', 'Company', 'Corporation', 'Fund', 'Programme', 'Program', 'Mission', 'Embassy', 'Government',
  'Authority', 'Administration', 'Department', 'Service', 'Services', 'Guard', 'Navy', 'Police', 'Command', 'Corps',
  'Coalition', 'Alliance', 'Community', 'League', 'Bureau', 'Cabinet', 'Republic', 'Kingdom', 'State', 'States',
  'Zone', 'Line', 'Strip', 'Valley', 'Heights', 'Peninsula', 'Coast', 'Border', 'Crossing', 'Camp', 'Port',
  'Oblast', 'District', 'County', 'Territory', 'Territories', 'Day', 'Week', 'Year', 'Treaty', 'Process', 'Talks',
  'Initiative', 'Format', 'Club', 'Cup', 'Games', 'Ceasefire', 'Truce', 'Peace', 'Resolution', 'Charter', 'Act',
];

/** Prepositions after which a capitalised run is a place ("in Tel Aviv"), not a person. */
export const PLACE_PREPOSITIONS_WORDS: readonly string[] = ['in', 'at', 'near', 'outside', 'inside', 'into', 'from', 'toward', 'towards', 'through', 'around', 'across', 'within', 'throughout', 'via', 'over', 'to', 'of', 'on'];

/** Words of src/actors/affiliation.ts: GROUP_NOUNS. */
export const GROUP_NOUNS_WORDS: readonly string[] = ['group', 'movement', 'militia', 'rebels', 'organisation', 'organization', 'alliance', 'bloc', 'paramilitaries', 'faction'];

/** Words of src/actors/affiliation.ts: PP. */
export const PP_WORDS: readonly string[] = ['for', 'of', 'to', 'at', 'in', 'on', 'with'];

/** Words of src/attribution/subjects.ts: SKIP_WORDS. */
export const SKIP_WORDS_LIST: readonly string[] = ['not', "n't", 'never', 'also', 'so', 'far', 'already', 'still', 'now', 'again', 'reportedly',
  'later', 'earlier', 'previously', 'then', 'publicly', 'repeatedly', 'formally', 'swiftly', 'quickly', 'jointly',
  'itself', 'himself', 'herself', 'themselves', 'separately', 'privately', 'initially', 'finally', 'only', 'just',
  'immediately', 'once', 'first', 'both', 'all', 'each', 'too', 'even', 'further', 'yet', 'had', 'has', 'have', 'would'];

/** Words of src/attribution/subjects.ts: TIME_LEAD. */
export const TIME_LEAD_WORDS: readonly string[] = ['on', 'last', 'this', 'late', 'early', 'in', 'the', 'next', 'of', 'at', 'that', 'by', 'earlier', 'previous'];

/** Words of src/attribution/subjects.ts: BE. */
export const BE_WORDS: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"];

/** Particles of a phrasal verb between a passive participle and its "by". */
export const SUBJECTS_PARTICLES_WORDS: readonly string[] = ['forward', 'out', 'down', 'aside', 'off', 'up'];

/** Words that end a clause and start a new one with its own subject. */
export const CLAUSE_BREAK_WORDS: readonly string[] = [';', '—', '–', 'while', 'whereas', 'although', 'though'];

/** Sentence-initial words that make the first clause subordinate: its statement ends at its comma. */
export const SUBORDINATORS_WORDS: readonly string[] = ['while', 'although', 'though', 'whereas', 'as', 'when', 'after', 'since', 'because', 'if', 'before', 'once', 'despite'];

/** Words of src/attribution/agents.ts: DETERMINERS. */
export const DETERMINERS_WORDS: readonly string[] = ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this'];

/** Words between a group's clause and its list: "were", "included". */
export const LIST_LINKS_WORDS: readonly string[] = ['were', 'are', 'was', 'is', 'include', 'included', 'includes', ':'];

/** Words that end the noun phrase: what follows says what the thing does ("the Iran-backed group that began firing"). */
export const PHRASE_END_WORDS: readonly string[] = [',', ';', ':', 'that', 'which', 'who', 'whose', 'as', 'after', 'when', 'while'];

/** Nouns that make a name before them a modifier: "NATO member Türkiye", "EU partner Norway". */
export const MEMBERSHIP_WORDS: readonly string[] = ['member', 'ally', 'partner', 'neighbour', 'neighbor'];

/** Words of src/stance/polarity.ts: INTENT. */
export const INTENT_WORDS: readonly string[] = ['will', 'shall', 'ready', 'prepared', 'want', 'going', 'determined', 'vow', 'vowed', 'would', 'must', 'should', 'need'];

/** Words of src/stance/polarity.ts: WH. */
export const WH_WORDS: readonly string[] = ['what', 'how', 'why', 'would', 'who', 'can', 'should', 'is', 'are', 'do', 'does'];

/** Verbs that serve what follows rather than act on it: "ready to help monitor any cessation of hostilities". */
export const SERVING_WORDS: readonly string[] = ['help', 'monitor', 'guarantee', 'oversee', 'supervise', 'enforce', 'police', 'underwrite', 'verify', 'show', 'exercise', 'exert'];

/** Verbs of being that link a subject to its description ("dialogue remains the only way"). */
export const COPULA_WORDS: readonly string[] = ['be', 'remain', 'become', 'seem', 'appear', 'prove', 'look', 'sound', 'amount'];

/** Verbs that name an object and judge it ("called the proposal absurd"). */
export const CALLING_WORDS: readonly string[] = ['call', 'describe', 'label', 'brand', 'term', 'dismiss', 'denounce', 'consider', 'deem', 'see', 'view'];

/** "no room for negotiations", "no reason for us to stop": the negation sits at "for" / "to". */
export const NO_ROOM_WORDS: readonly string[] = ['room', 'reason', 'place', 'question', 'need', 'point', 'time', 'appetite', 'intention'];

/** Passives after "must be" that still set terms: "would have to be based on the 1967 lines". */
export const TERMS_PASSIVE_WORDS: readonly string[] = ['based', 'conditioned', 'linked', 'tied', 'accompanied', 'preceded', 'followed', 'approved', 'guaranteed', 'verified', 'backed', 'monitored', 'supervised', 'overseen', 'policed', 'enforced'];

/** Words of src/stance/conditions.ts: CONTENT_STOP. */
export const CONTENT_STOP_WORDS: readonly string[] = [';', '–', '—', '(', ')'];

/** Words that close an "only … if" span: "could only sign a peace agreement with …". */
export const ONLY_LINKS_WORDS: readonly string[] = ['if', 'when', 'once', 'after', 'with', 'on', 'until', 'through', 'in', 'within', 'under'];

/** Words of src/stance/conditions.ts: MODALS. */
export const MODALS_WORDS: readonly string[] = ['would', 'will', 'could', 'can', "'ll", 'shall', 'may', 'might'];

/** Words of src/stance/clauses.ts: HARD. */
export const HARD_WORDS: readonly string[] = [';', ':', '–', '—', '(', ')'];

/** Words of src/stance/clauses.ts: SOFT_AFTER_COMMA. */
export const SOFT_AFTER_COMMA_WORDS: readonly string[] = ['and', 'but', 'while', 'whereas', 'which', 'who', 'saying', 'adding', 'insisting',
  'as', 'because', 'though', 'although', 'so', 'warning', 'arguing', 'calling', 'noting', 'describing', 'accusing',
  'stressing', 'when', 'where', 'after', 'before', 'since', 'despite', 'amid', 'even'];

/** Words skipped at a clause's start before its first real word (a quote mark, a complementiser, a conjunction, an article). */
export const LEAD_WORDS: readonly string[] = ['“', '"', '‘', 'that', 'and', 'but', 'so', 'the', 'a', 'while', 'now', 'also', 'then'];

/** Words of src/segment/tokens.ts: QUOTES. */
export const QUOTES_WORDS: readonly string[] = ['‘', '’', '“', '”', '"', "'", '«', '»', '„'];

/** Modals of obligation: "Russia must accept the ceasefire" is the speaker's demand, not a description of Russia. */
export const DEONTIC_WORDS: readonly string[] = ['must', 'should', 'need', 'needs', 'ought', 'has', 'have'];

/** Words that open a condition or a time clause: what follows is the speaker's terms, never another actor's statement. */
export const CONTINGENT_WORDS: readonly string[] = ['if', 'unless', 'until', 'once', 'after', 'provided', 'providing', 'when', 'while', 'before', 'only', 'as'];

/** Words that make what follows a supposition, not an event ("if Kiev refused"); "after" and "when" report events. */
export const SUPPOSITION_WORDS: readonly string[] = ['if', 'unless', 'provided', 'providing'];

/** Relative pronouns that open a clause about the noun before them. */
export const RELATIVE_PRONOUNS: readonly string[] = ['who', 'which', 'that'];

/** Words that continue a list of terms after a semicolon. */
export const ENUMERATION_WORDS: readonly string[] = ['second', 'secondly', 'third', 'thirdly', 'fourth', 'finally', 'lastly'];

/** Adjectives and nouns that may sit inside an institution phrase: "the Chinese foreign ministry". */
export const NP_FILLER_WORDS: readonly string[] = ['prime', 'deputy', 'vice', 'acting', 'chief', 'finance', 'economy', 'justice', 'energy', 'health', 'trade', 'war', 'foreign', 'defence', 'defense', 'interior', 'information', 'external', 'affairs', 'security', 'national', 'state', 'federal', 'central', 'military', 'army', 'senior', 'top', 'regional', 'transitional', 'interim', 'caretaker', 'army-led', 'army-aligned', 'internationally', 'recognised', 'recognized', 'new', 'former', 'own', 'joint', 'official', 'presidential', 'royal', 'supreme', 'high', 'political', 'press', '-', 'led', 'backed', 'aligned', 'run', 'controlled'];

/** Words of victory after "until": "until the enemy is defeated" names no terms. */
export const VICTORY_WORDS: readonly string[] = ['goals', 'objectives', 'aims', 'defeat', 'defeated', 'victory', 'destroy', 'destroyed', 'surrender', 'surrenders', 'surrendered', 'capitulate', 'capitulates', 'vanquish', 'vanquished', 'wiped', 'eradicated', 'annihilated', 'crushed', 'eliminated', 'falls', 'fall', 'fallen', 'toppled', 'topples', 'liberated', 'liberation'];

/** Nouns for a proposal whose content a that-clause gives: "rejected the suggestion that …". */
export const PROPOSAL_NOUNS: readonly string[] = ['suggestion', 'suggestions', 'idea', 'notion', 'proposal', 'proposals', 'plan', 'plans', 'offer', 'demand', 'demands', 'call', 'calls', 'terms'];

/** Speech verbs that put their speaker after them: "“…,” said the minister", "…, added Lavrov". */
export const INVERTING_VERBS: readonly string[] = ['say', 'add', 'write', 'note', 'insist', 'explain', 'continue', 'argue', 'state', 'claim',
  'reply', 'respond', 'counter', 'concede', 'acknowledge', 'admit', 'remark', 'observe', 'recall', 'conclude', 'tweet', 'maintain'];

/** Prepositions inside a speaker phrase: "officials in Kyiv", "a spokesman for the group". */
export const PHRASE_PREPOSITIONS_WORDS: readonly string[] = ['in', 'of', 'at', 'from', 'for'];

/** Articles and possessives that open a speaker phrase: "…, the Peruvian president said". */
export const ARTICLE_WORDS: readonly string[] = ['the', 'a', 'an', 'its', 'his', 'her', 'their'];

/** Name particles joined to a surname by a hyphen ("al-Ansari", "bin-Salman"): the surname also stands without them. */
export const HYPHEN_PARTICLE_WORDS: readonly string[] = ['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'do', 'dos', 'van', 'von', 'der', 'le', 'la'];

/** Suffixes after a person's name, which a mention may leave out: "Abdullah II", "Martin Luther King Jr.". */
export const NAME_SUFFIX_WORDS: readonly string[] = ['II', 'III', 'IV', 'VI', 'Jr', 'Jr.', 'Sr', 'Sr.'];

/** Times "until" can run to besides dates: "until midnight", "until next week". */
export const TIME_POINT_WORDS: readonly string[] = ['midnight', 'noon', 'dawn', 'dusk', 'tomorrow', 'tonight', 'next'];

/** Words before an auxiliary that make it an inner clause's verb: "talks that would end the war", "to be". */
export const INNER_CLAUSE_WORDS: readonly string[] = ['that', 'which', 'who', 'to', 'it', 'they', 'he', 'she', 'we'];

/** Words after a comma that open a relative or speech clause, not an apposition: ", who …", ", speaking …". */
export const NOT_APPOSITION_WORDS: readonly string[] = ['who', 'which', 'whose', 'whom', 'where', 'when', 'speaking', 'writing', 'said', 'says'];

/** Personal pronouns that can be a subject. */
export const SUBJECT_PRONOUNS: readonly string[] = ['he', 'she', 'it', 'they', 'we'];

/** Words after a rejected call that carry what it asks for into the rejection: "a call by the pope for it to negotiate". */
export const CALL_LINK_WORDS: readonly string[] = ['for', 'to', 'by', 'calling', 'urging', 'demanding', 'seeking'];

/** Words before "provided" that make it a verb ("has provided", "and provided"), not a condition. */
export const PROVIDE_VERB_LEAD_WORDS: readonly string[] = ['has', 'have', 'had', 'and', 'also', 'is', 'was', 'were', 'be', 'been', 'being', 'already'];

/** Open-ended durations after "as long as": "as long as it takes" sets no terms. */
export const OPEN_ENDED_PHRASES: readonly string[] = ['it takes', 'necessary', 'needed', 'required', 'possible', 'it is necessary'];

/** Words that point back at an agreement: "if it holds". */
export const POINTING_WORDS: readonly string[] = ['it', 'this', 'that'];

/** Verbs that say an agreement keeps: "if the truce holds" is a hope, not terms. */
export const HOLDING_PHRASES: readonly string[] = ['holds', 'held', 'lasts', 'sticks', 'works', 'is respected', 'is observed'];

/** Openers of a line that introduces another article: "Also read | …", "READ MORE: …". */
export const LINK_LINE_WORDS: readonly string[] = ['also read', 'read also', 'read more', 'more to read', 'read', 'see also', 'also see', 'watch', 'related', 'recommended', 'listen'];

/** Nouns for an armed side that no state calls itself: "Egypt said the rebels rejected the truce" describes them. */
export const ARMED_GROUP_WORDS: readonly string[] = ['rebels', 'rebel', 'militants', 'insurgents', 'militia', 'militias', 'militiamen', 'paramilitaries', 'jihadists', 'separatists', 'guerrillas', 'gunmen'];

/** Possessive "'s" as its own token: "Israel's", "Israel’s". */
export const POSSESSIVE_S_WORDS: readonly string[] = ["'s", '’s'];

/** Every possessive mark as a token, the bare apostrophe of a plural too: "the rebels' offer". */
export const POSSESSIVE_WORDS: readonly string[] = [...POSSESSIVE_S_WORDS, "'", '’'];

/** Words that open a time clause: "after talks broke down", "since the truce collapsed". */
export const TIME_OPENER_WORDS: readonly string[] = ['after', 'since'];

/** Words that open a clause of circumstance: "while the shelling went on", "as talks stalled", "when it was announced". */
export const CIRCUMSTANCE_OPENER_WORDS: readonly string[] = ['while', 'as', 'when'];

/** Present forms of "be" and "have" before a participle: "are released", "have been freed". */
export const PRESENT_AUX_WORDS: readonly string[] = ['is', 'are', 'be', 'been', 'being', 'has', 'have', "'s", "'re"];

/** Forms of "be" before a participle that report a past or ongoing event: "was rejected", "had been violated", "is being undermined". */
export const PAST_BE_WORDS: readonly string[] = ['was', 'were', 'been', 'being'];

/** Words that join names in a list: "Chile and Peru", "Chile, Peru & Ghana". */
export const COORDINATOR_WORDS: readonly string[] = ['and', ',', '&'];

/** Words of a verb group before its main verb, which wink may then tag as an adjective or adverb: "would welcome", "will back", "did not welcome". */
export const VERB_GROUP_WORDS: readonly string[] = [...MODALS_WORDS, 'should', 'must', 'did', 'does', 'do', 'to'];
