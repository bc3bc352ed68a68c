/** The decode stage: strip a leading BOM; nothing else changes (CRLF stays). */
export function decodeText(input: string): string {
  return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
}
