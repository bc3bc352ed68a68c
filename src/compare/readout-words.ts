import { canonicalSpelling } from '../pipeline/normalize.js';
import { isStopword } from './words.js';

/**
 * Words every readout of a leaders' call uses whatever its framing: the call itself, who spoke, the countries and the
 * reporting verbs. A shared phrase made only of these and function words ("the call", "the two presidents", "the United
 * States", "President Trump and President Putin discussed") says nothing about how either side frames the call.
 */
const READOUT_WORDS = new Set(
  ('call calls called phone telephone conversation conversations spoke speak talked discussed discuss discussion discussions '
    + 'noted stressed emphasized said say says told expressed informed mentioned readout statement meeting '
    + 'president presidents presidential leader leaders head heads side sides party parties counterpart counterparts two '
    + 'mr mrs ms minister ministers secretary foreign affairs government governments administration official officials spokesperson '
    + 'united states america american americans russia russian russians federation ukraine ukrainian ukrainians kremlin white house '
    + 'washington moscow country countries donald trump vladimir putin volodymyr zelensky joe biden '
    + 'take takes took taken place held today yesterday week day time year also other one first well number various range issue issues matter matters topic topics question questions').split(' ')
    .map((w) => canonicalSpelling(w)),
);

/** True when a word (a `wordTokens` key: lower case, canonical spelling) is one every readout uses (READOUT_WORDS). */
export function isReadoutWord(key: string): boolean {
  return READOUT_WORDS.has(key);
}

/** True when a word carries content of its own: neither a function word nor a stock readout word ("call", "president", "United States"). */
export function isInformative(key: string): boolean {
  return !isStopword(key) && !isReadoutWord(key);
}
