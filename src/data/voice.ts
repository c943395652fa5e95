/**
 * Who-said-what vocabulary: verbs that report speech or a position-taking act, and the nouns
 * that let an actor speak ("the Chinese foreign ministry", "Israeli officials").
 * Verbs are lemmas as wink-nlp gives them.
 */

/** Verbs of saying: open a reported statement for their subject. */
export const SPEECH_VERBS: readonly string[] = [
  'say', 'tell', 'add', 'state', 'announce', 'declare', 'write', 'post', 'tweet', 'insist', 'stress', 'warn', 'urge',
  'note', 'claim', 'argue', 'explain', 'reply', 'respond', 'answer', 'ask', 'suggest', 'affirm', 'reaffirm',
  'reiterate', 'confirm', 'deny', 'acknowledge', 'admit', 'emphasise', 'emphasize', 'underline', 'caution', 'predict',
  'promise', 'pledge', 'vow', 'threaten', 'signal', 'indicate', 'describe', 'call', 'comment', 'remark', 'conclude',
  'assert', 'maintain', 'contend', 'repeat', 'recall', 'mention', 'hint', 'demand', 'appeal', 'counter', 'retort',
  'charge', 'accuse', 'blame', 'criticise', 'criticize', 'condemn', 'denounce', 'praise', 'hail', 'welcome', 'thank',
  'express', 'voice', 'assure', 'tout', 'dismiss', 'scorn', 'stress', 'propose', 'press', 'hope', 'believe', 'think',
  'want', 'wish', 'expect', 'recommend', 'advise', 'inform', 'brief', 'lament', 'regret', 'complain', 'proclaim',
  'publish', 'issue', 'telegraph', 'decry', 'slam', 'blast', 'laud', 'applaud', 'downplay',
];

/** Verbs of position-taking acts: open an "action" statement for their subject. */
export const ACTION_VERBS: readonly string[] = [
  'reject', 'rule', 'refuse', 'oppose', 'rebuff', 'brush', 'veto', 'block', 'vote', 'abstain', 'accept', 'agree',
  'sign', 'broker', 'mediate', 'host', 'co-host', 'co-hosted', 'send', 'attend', 'float', 'offer', 'back', 'support', 'endorse', 'seek', 'push',
  'resume', 'suspend', 'violate', 'boycott', 'approve', 'adopt', 'draft', 'sponsor', 'table', 'present', 'unveil',
  'submit', 'commit', 'remain', 'order', 'withdraw', 'walk', 'quit', 'abandon', 'spurn', 'resist', 'favour', 'favor',
  'arrange', 'facilitate', 'convene', 'invite', 'pursue', 'initiate', 'restart', 'join', 'participate', 'engage',
  'negotiate', 'implement', 'observe', 'respect', 'honour', 'honor', 'extend', 'renew', 'cancel', 'scrap', 'overturn',
  'derail', 'torpedo', 'sabotage', 'undermine', 'stall', 'decline', 'balk', 'shun', 'snub', 'want', 'need', 'demand',
  'declare', 'hope', 'wish', 'refrain', 'introduce', 'dispatch', 'monitor', 'champion', 'turn', 'show', 'work', 'close', 'echo',
];

/** Nouns that give a demonym or a name a voice: "Israeli officials", "China's foreign ministry". */
export const VOICE_NOUNS: readonly string[] = [
  'government', 'governments', 'ministry', 'official', 'officials', 'authorities', 'authority', 'leadership', 'leader',
  'leaders', 'cabinet', 'army', 'military', 'forces', 'delegation', 'delegations', 'negotiators', 'negotiator',
  'diplomats', 'diplomat', 'side', 'embassy', 'mission', 'office', 'presidency', 'administration', 'regime', 'command',
  'statement', 'spokesman', 'spokeswoman', 'spokesperson', 'parliament', 'envoy', 'envoys', 'representatives',
  'representative', 'junta', 'council', 'coalition', 'team', 'camp', 'state', 'media', 'foreign', 'defence', 'defense',
  'kingdom', 'president', 'minister', 'ministers', 'secretary', 'ambassador', 'chancellery', 'commission',
  'peacekeepers', 'peacekeeping', 'mediators', 'mediator', 'chief', 'head', 'general', 'secretary-general', 'chairman',
  'chairperson', 'chancellor', 'premier', 'commander', 'commanders', 'generals', 'king', 'emir', 'prince',
  'group', 'groups', 'movement', 'rebels', 'militia', 'militias', 'fighters',
];

/** Generic subjects resolved to a recently named actor; `org` prefers organisations. */
export const INSTITUTION_NOUNS: Readonly<Record<string, 'state' | 'org'>> = {
  government: 'state', ministry: 'state', kingdom: 'state', regime: 'state', administration: 'state',
  presidency: 'state', junta: 'state', cabinet: 'state', country: 'state', capital: 'state', army: 'state', military: 'state',
  group: 'org', movement: 'org', militia: 'org', rebels: 'org', paramilitaries: 'org', alliance: 'org', bloc: 'org',
  council: 'org', organisation: 'org', organization: 'org', union: 'org', community: 'org', coalition: 'org', faction: 'org',
};

/** Texts that speak for whoever issued them: "the statement said", "the paper urges". */
export const DOCUMENT_NOUNS: readonly string[] = [
  'statement', 'paper', 'communique', 'communiqué', 'resolution', 'document', 'proposal', 'plan', 'text', 'declaration',
  'letter', 'memo', 'note', 'release', 'readout', 'draft', 'summit', 'meeting', 'initiative', 'agreement', 'deal',
];

/** "X-led", "X-brokered": participles that make X the one proposing or running something. */
export const LED_PARTICIPLES: readonly string[] = [
  'led', 'brokered', 'mediated', 'sponsored', 'hosted', 'backed', 'drafted', 'proposed', 'initiated', 'drawn', 'authored',
];

/** Nouns for a position an actor owns in a noun phrase: "Beijing's peace plan", "Japan's readiness
 *  to broker a truce", "Moscow’s refusal to negotiate"; not "support" ("X’s support for Y in the war" backs an ally). */
export const POSITION_NOUNS: readonly string[] = [
  'veto', 'vetoes', 'proposal', 'proposals', 'plan', 'initiative', 'offer', 'call', 'calls', 'push', 'effort', 'efforts',
  'mediation', 'roadmap', 'framework', 'blueprint', 'formula', 'bid', 'resolution', 'draft',
  'readiness', 'willingness', 'eagerness', 'determination', 'commitment', 'refusal', 'reluctance', 'unwillingness',
  'insistence', 'demand', 'demands', 'appeal', 'appeals', 'pledge', 'promise',
  'rejection', 'drive', 'attempt', 'attempts', 'overture', 'overtures',
];

/** Nouns for a set of actors that a list names: "the seven countries voting against it were A, B and C",
 *  "X and Y were among the states that abstained". */
export const GROUP_NOUNS: readonly string[] = [
  'countries', 'states', 'nations', 'members', 'governments', 'delegations', 'those', 'signatories', 'sponsors', 'co-sponsors',
];

/** Words after a group that open the list of its members: "backed by 120 countries, including A, B and C". */
export const MEMBER_WORDS: readonly string[] = ['including', 'among them', 'among whom', 'such as', 'notably', 'led by'];

/** Words that open an aside naming companions of the subject: "X, alongside Y and Z, has been mediating". */
export const COMPANION_WORDS: readonly string[] = ['alongside', 'along with', 'together with', 'as well as', 'joined by', 'with', 'like'];

/** Verbs whose "with Y" partner acts too: "X agreed with Y to pause the offensive". */
export const PARTNER_VERBS: readonly string[] = ['agree', 'join', 'work', 'team', 'partner', 'coordinate', 'cooperate', 'sign', 'broker', 'co-host'];

/** Nouns of a view held: "had serious doubts about the ceasefire idea", "harbours misgivings about talks". */
export const VIEW_NOUNS: readonly string[] = ['doubts', 'doubt', 'reservations', 'misgivings', 'qualms', 'hopes', 'faith', 'confidence'];
/** Verbs that hold or raise such a view. */
export const VIEW_VERBS: readonly string[] = ['have', 'harbour', 'harbor', 'raise', 'hold', 'cast'];
