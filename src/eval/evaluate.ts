import { analyze } from '../analyze.js';
import type { CompiledLexicon } from '../lexicon/types.js';
import { DEFAULT_THRESHOLD } from '../pipeline/score.js';
import { CATEGORY_IDS, type CategoryId } from '../taxonomy.js';
import type { Annotation } from '../types.js';
import { calibration, type CalibrationBin } from './calibration.js';
import { docMetric } from './doc-metric.js';
import type { GoldDoc, SplitChoice } from './gold.js';
import type { PrfTable } from './prf.js';
import { spanMetric } from './span-metric.js';
import { checkTargets, type TargetCheck } from './targets.js';
import { voiceAgreement, type VoiceAgreement } from './voice.js';

/** What `framelens eval` reports for one split (JSON output, schemaVersion 1). */
export interface EvalReport {
  schemaVersion: 1;
  split: SplitChoice;
  threshold: number;
  texts: number;
  /** Span level, SemEval-2020 Task 11 partial-credit metric; negated annotations are not predictions. */
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
export interface EvaluateOptions { lexicon?: CompiledLexicon; threshold?: number; split?: SplitChoice }

/** True when an annotation counts as a predicted span: the analyzer did not find it negated. */
export function isPredictedSpan(a: Pick<Annotation, 'modifiers'>): boolean {
  return !a.modifiers.includes('negated');
}

/** Run the analyzer on every gold text and score it against the gold (pure apart from the analyzer's lexicon load). */
export function evaluate(docs: GoldDoc[], options: EvaluateOptions = {}): EvalReport {
  const runs = docs.map((doc) => ({ doc, result: analyze(doc.text, { lexicon: options.lexicon, threshold: options.threshold, source: doc.id }) }));
  const detectedOf = (r: (typeof runs)[number]['result']) => CATEGORY_IDS.filter((c) => r.categories[c].detected);
  const controls = runs.filter((r) => r.doc.kind === 'control').map((r) => ({ id: r.doc.id, categories: detectedOf(r.result) }));
  const report: Omit<EvalReport, 'targets'> = {
    schemaVersion: 1,
    split: options.split ?? 'all',
    threshold: runs[0]?.result.threshold ?? options.threshold ?? DEFAULT_THRESHOLD,
    texts: docs.length,
    span: spanMetric(runs.map((r) => ({ predicted: r.result.annotations.filter(isPredictedSpan), gold: r.doc.spans }))),
    document: docMetric(runs.map((r) => ({ detected: detectedOf(r.result), gold: r.doc.categories }))),
    calibration: calibration(runs.flatMap((r) => r.result.annotations.map((annotation) => ({ annotation, gold: r.doc.spans })))),
    controls: { texts: controls.length, withDetections: controls.filter((c) => c.categories.length > 0).length, detected: controls },
    voice: voiceAgreement(runs.map((r) => ({ predicted: r.result.annotations.filter(isPredictedSpan), gold: r.doc.spans }))),
  };
  return { ...report, targets: checkTargets(report) };
}
