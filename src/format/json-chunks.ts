import type { AnalysisResult } from '../types.js';

/** Roughly how many characters each chunk holds. */
const CHUNK_CHARS = 1 << 20;

const indent = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`);

/**
 * The JSON formatter's output (`formatJson`, byte for byte) in chunks of about 1 MB, so a large result
 * never becomes one string (V8 caps a string near 512 MB; a dense 10 MB text gives over 400 MB of JSON).
 */
export function* formatJsonChunks(result: AnalysisResult): Generator<string> {
  let buf = '{\n';
  const entries = Object.entries(result).filter(([, v]) => v !== undefined);
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i];
    const comma = i < entries.length - 1 ? ',' : '';
    if (!Array.isArray(value) || value.length === 0) {
      buf += `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ')}${comma}\n`;
      continue;
    }
    buf += `  ${JSON.stringify(key)}: [\n`;
    for (let j = 0; j < value.length; j++) {
      buf += `    ${indent(JSON.stringify(value[j], null, 2), '    ')}${j < value.length - 1 ? ',' : ''}\n`;
      if (buf.length >= CHUNK_CHARS) { yield buf; buf = ''; }
    }
    buf += `  ]${comma}\n`;
  }
  yield `${buf}}\n`;
}
