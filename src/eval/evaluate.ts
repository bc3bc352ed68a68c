import { analyze } from '../analyze.js';
import type { CompiledLexicon } from '../lexicon/types.js';
import { DEFAULT_THRESHOLD } from '../pipeline/score.js';
import { CATEGORY_IDS, type CategoryId } from '../taxonomy.js';
import { calibration, type CalibrationBin } from './calibration.js';
import { docMetric } from './doc-metric.js';
import type { GoldDoc, GoldProblem, SplitChoice } from './gold.js';
import type { PrfTable } from './prf.js';
import { spanMetric } from './span-metric.js';
import { checkTargets, type TargetCheck } from './targets.js';
import { voiceAgreement, type VoiceAgreement } from './voice.js';
import { DEFAULT_SPAN_MIN_SCORE, isPredictedSpan } from './predicted-span.js';

export { DEFAULT_SPAN_MIN_SCORE, isPredictedSpan };

/** What `framelens eval` reports for one split (JSON output, schemaVersion 1). */
export interface EvalReport {
  schemaVersion: 1;
  split: SplitChoice;
  threshold: number;
  /** Annotations scored below this are not counted as predicted spans (nor are negated ones). */
  spanMinScore: number;
  texts: number;
  /** Problems of the gold files (each also on stderr, exit 1); the texts they concern are left out of every figure. */
  problems: GoldProblem[];
  /** Span level, SemEval-2020 Task 11 partial-credit metric over the predicted spans (isPredictedSpan). */
  span: PrfTable;
  /** Document level: category detected (score >= threshold) versus gold document categories. */
  document: PrfTable;
  /** All annotations binned by score with the share that overlaps a gold span of their category. */
  calibration: CalibrationBin[];
  /** Control texts (meta kind "control"): which categories were detected in each. */
  controls: { texts: number; withDetections: number; detected: { id: string; categories: CategoryId[] }[] };
  /** Voice of predicted spans that overlap gold spans of their category. */
  voice: VoiceAgreement;
  /** The quality targets (stated for the held-out split) against the measured figures. */
  targets: TargetCheck[];
}

/** Options of `evaluate`. */
export interface EvaluateOptions { lexicon?: CompiledLexicon; threshold?: number; split?: SplitChoice; spanMinScore?: number; problems?: GoldProblem[] }

/** Run the analyzer on every gold text and score it against the gold (pure apart from the analyzer's lexicon load). */
export function evaluate(docs: GoldDoc[], options: EvaluateOptions = {}): EvalReport {
  const runs = docs.map((doc) => ({ doc, result: analyze(doc.text, { lexicon: options.lexicon, threshold: options.threshold, source: doc.id }) }));
  const detectedOf = (r: (typeof runs)[number]['result']) => CATEGORY_IDS.filter((c) => r.categories[c].detected);
  const spanMinScore = options.spanMinScore ?? DEFAULT_SPAN_MIN_SCORE;
  const predicted = (r: (typeof runs)[number]['result']) => r.annotations.filter((a) => isPredictedSpan(a, spanMinScore));
  const controls = runs.filter((r) => r.doc.kind === 'control').map((r) => ({ id: r.doc.id, categories: detectedOf(r.result) }));
  const report: Omit<EvalReport, 'targets'> = {
    schemaVersion: 1,
    split: options.split ?? 'all',
    threshold: runs[0]?.result.threshold ?? options.threshold ?? DEFAULT_THRESHOLD,
    spanMinScore,
    texts: docs.length,
    problems: options.problems ?? [],
    span: spanMetric(runs.map((r) => ({ predicted: predicted(r.result), gold: r.doc.spans }))),
    document: docMetric(runs.map((r) => ({ detected: detectedOf(r.result), gold: r.doc.categories }))),
    calibration: calibration(runs.flatMap((r) => r.result.annotations.map((annotation) => ({ annotation, gold: r.doc.spans })))),
    controls: { texts: controls.length, withDetections: controls.filter((c) => c.categories.length > 0).length, detected: controls },
    voice: voiceAgreement(runs.map((r) => ({ predicted: predicted(r.result), gold: r.doc.spans }))),
  };
  return { ...report, targets: checkTargets(report) };
}
