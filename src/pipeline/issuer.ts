import type { Mention } from './mentions.js';
import { nameKey } from './mention-words.js';
import type { Segmented } from './tokenize.js';
import type { WordStream } from './words.js';

/**
 * Who issues a statement, when its first line says so ("Statement of the European Council on Ukraine",
 * "Statement by the spokesperson of ...", "European Council conclusions on Ukraine"). Such a text names
 * its issuer in the third person ("The European Council underlines that ...", "It calls for ..."): that is
 * the author speaking, as "we stress" is, not someone the author reports.
 */

/** A first line that opens with the kind of statement and then its issuer. */
const ISSUED_BY = /^[ \t]*(?:joint\s+)?(?:statement|comment|declaration|communiqu[eé]|press\s+release)\s+(?:attributable\s+to|of|by|from)\s+(?:the\s+)?/i;
/** A first line that opens with its issuer, in capitalised words, and then the kind of statement ("European Council conclusions on Ukraine"). */
const ISSUER_FIRST = /^[ \t]*(?:[Tt]he\s+)?(?=(?:\p{Lu}[\p{L}'’-]*\s+){1,6}(?:[Cc]onclusions|[Ss]tatement|[Dd]eclaration|[Cc]ommuniqu[eé])\b)/u;
/** A sentence's end: a first line that holds one is prose, not a title. */
const SENTENCE_END = /[.!?]["”’)]?(?:\s|$)/;

/** Head nouns an issuer is named by again, alone ("Statement of the Ministry of Foreign Affairs ... The Ministry expresses"). */
const SHORT_NAMES = new Set(['ministry', 'council', 'commission', 'government', 'office', 'presidency', 'secretariat', 'department']);

/** True when a speaker's name (`speaker`, as written) names the issuer (issuerOf): the same name, or its head noun alone. */
export function namesIssuer(speaker: string | null, issuer: string | null): boolean {
  if (speaker === null || issuer === null) return false;
  const key = nameKey(speaker);
  return key === issuer || (SHORT_NAMES.has(key) && issuer.split(' ').includes(key));
}

/** The issuer's name (nameKey) that the first line of `text` gives, or null. */
export function issuerOf(text: string, seg: Segmented, ws: WordStream, mentions: readonly Mention[]): string | null {
  const lineEnd = text.indexOf('\n');
  const line = text.slice(0, lineEnd < 0 ? Math.min(text.length, 300) : Math.min(lineEnd, 300));
  const m = SENTENCE_END.test(line) ? null : ISSUED_BY.exec(line) ?? ISSUER_FIRST.exec(line);
  if (!m) return null;
  const at = m[0].length;
  const issuer = mentions.find((x) => x.kind !== 'pronoun' && seg.tokens.start[ws.token[x.first]] === at);
  return issuer ? nameKey(issuer.text) : null;
}
