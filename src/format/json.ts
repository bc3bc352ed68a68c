import type { AnalysisResult } from '../types.js';

/** JSON formatter: the output contract (schema/result.schema.json), pretty-printed, one trailing newline. */
export function formatJson(result: AnalysisResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
