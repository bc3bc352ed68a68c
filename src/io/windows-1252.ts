// Text saved as Windows-1252 ("ANSI"): what Word's plain-text export and Excel's default "CSV (Comma delimited)" write on
// Windows in Western locales. Read as UTF-8 its curly quotes, dashes and accented letters all became U+FFFD, so quotations
// were not found and names were garbled. Node's TextDecoder reads the label "windows-1252" as Latin-1, leaving bytes
// 0x80-0x9F as control characters; the table below maps them as Windows does.

/** The characters Windows-1252 puts at 0x80-0x9F (where Latin-1 has control characters); the five unassigned bytes stay as they are. */
const HIGH: Readonly<Record<number, string>> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž',
  0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

/** The length of a valid UTF-8 sequence starting at `i` (a byte >= 0x80), or 0 when it is not one. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  for (let k = 1; k < n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return n;
}

/**
 * True when bytes that are not valid UTF-8 read as Windows-1252: they hold bytes above 0x7F and not one
 * valid UTF-8 sequence (a file that mixes valid UTF-8 with stray bytes is damaged UTF-8, not Windows-1252).
 */
export function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let high = false;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    high = true;
    if (utf8SequenceAt(bytes, i) > 0) return false;
  }
  return high;
}

/** Decode Windows-1252 bytes. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0)] ?? c);
}
