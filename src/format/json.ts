import type { AnalysisResult } from '../types.js';

/** Options shared by formatters. */
export interface FormatOptions {
  color?: boolean;
  top?: number;
  /** The analysed text, to show the sentence of each annotation. */
  text?: string;
  /** The length of the input as read, when the analysed text is its prose (markup stripped): the header gives both. */
  inputCharacters?: number;
}

/** JSON formatter: the output contract (schema/result.schema.json), pretty-printed, one trailing newline. */
export function formatJson(result: AnalysisResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
