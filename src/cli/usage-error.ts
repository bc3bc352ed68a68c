import { escapeTerminal } from '../format/escape.js';

/** Messages of commander that say what is wrong but not what to do: they get a pointer to the command's help. */
const NEEDS_HELP = /^(unknown command|unknown option|missing required argument|too many arguments|option '[^']*' argument missing)/;

/**
 * A commander usage error as framelens prints every error: one line prefixed `framelens:`. Commander's "error: "
 * goes; "is invalid. must" reads "is invalid: must"; an argument's control characters and line breaks are shown as
 * `\u{1b}` and spaces, as in every diagnostic; a suggestion ("(Did you mean --top?)", a line of its own) joins the
 * line; a message without one that does not say what to do ends with a pointer to the help of `command` ("lexicons list").
 */
export function usageLine(message: string, command: string): string {
  const text = message.replace(/^error: /, '').trim();
  const split = /\n\(Did you mean ([^\n]*)\)$/.exec(text); // commander's suggestion, on a line of its own
  const head = split ? text.slice(0, split.index) : text;
  const first = escapeTerminal(head.replace(/ is invalid\. (?=[a-z])/, ' is invalid: ')); // "argument '3' is invalid. must be ..."; an argument's line breaks and escapes shown, not run
  const hint = split ? escapeTerminal(`(did you mean ${split[1]})`) : '';
  const help = !hint && NEEDS_HELP.test(first) ? ` (see framelens${command ? ` ${command}` : ''} --help)` : '';
  return `framelens: ${first}${hint ? ` ${hint}` : ''}${help}\n`;
}
