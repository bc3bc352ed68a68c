import type { AnalysisResult } from '../types.js';

/** Options shared by formatters. */
export interface FormatOptions { color?: boolean; top?: number; /** The analysed text, to show the sentence of each annotation. */ text?: string }

/** JSON formatter: the output contract (schema/result.schema.json), pretty-printed, one trailing newline. */
export function formatJson(result: AnalysisResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
