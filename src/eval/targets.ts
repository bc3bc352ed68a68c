import type { CalibrationBin } from './calibration.js';
import type { PrfTable } from './prf.js';

/** One of framelens's quality targets with the measured value (null when the split cannot measure it, e.g. no control texts; then not met). */
export interface TargetCheck {
  name: string; measured: number | null; target: number; comparison: '>=' | '<='; met: boolean;
  /** What `measured` counts: a share in [0, 1] (F1, precision) or a number of texts. */
  unit: 'share' | 'texts';
}

/** The report fields the targets read. */
export interface TargetInput { span: PrfTable; document: PrfTable; calibration: CalibrationBin[]; controls: { texts: number; withDetections: number } }

/**
 * framelens's quality targets (stated for the held-out split): document micro-F1 >= 0.90 and macro-F1 >= 0.85,
 * span micro-F1 >= 0.75, no category detected in any control text, annotations scored >= 0.8 at least 80% precise.
 */
export function checkTargets(r: TargetInput): TargetCheck[] {
  const top = r.calibration[r.calibration.length - 1];
  const row = (name: string, measured: number | null, target: number, comparison: '>=' | '<=' = '>=', unit: TargetCheck['unit'] = 'share'): TargetCheck => ({
    name, measured, target, comparison, unit,
    met: measured !== null && (comparison === '>=' ? measured >= target : measured <= target),
  });
  return [
    row('document micro-F1', r.document.micro.f1, 0.9),
    row('document macro-F1', r.document.macro.f1, 0.85),
    row('span micro-F1', r.span.micro.f1, 0.75),
    row('control texts with a detected category', r.controls.texts > 0 ? r.controls.withDetections : null, 0, '<=', 'texts'),
    row(`precision of annotations scored >= ${top?.from ?? 0.8}`, top?.precision ?? null, 0.8),
  ];
}
