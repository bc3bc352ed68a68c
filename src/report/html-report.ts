import { escapeHtml } from '../format/escape.js';
import { notEnglishWarning } from '../io/script-check.js';
import type { AnalysisResult } from '../types.js';
import { categoryChart } from './chart.js';
import { highlightText } from './highlight.js';
import { annotationData, filtersHtml, htmlPage } from './page.js';
import { annotationsTable, categoryTable, legendHtml, quotesTable, speakersTable, statsHtml, strongestHtml } from './tables.js';

/** Options of the report builders. */
export interface ReportOptions {
  /** The analysed text (after BOM removal) that the result's offsets index. */
  text: string;
  /** Strongest markers shown per category (default 3). */
  top?: number;
  /** Page title (default: "framelens report: <source>"). */
  title?: string;
}

/** A note for a text that is not English (the lexicons find little in it), else ''. */
export function noteHtml(text: string): string {
  const note = notEnglishWarning(text);
  return note ? `<p class="note"><b>Note</b>: ${escapeHtml(note)}.</p>` : '';
}

/** How a category's score is made from its annotations' scores, as the reports say it. */
export const SCORE_RULE = "A category's score combines the scores s of its annotations as 1 − Π(1 − s): two markers of 0.95 and 0.55 give 0.98; one marker at the threshold is enough, weaker ones need company.";

/** The single-text HTML report: stats, legend, filters, the highlighted text, the chart, categories, quotations and strongest markers; one self-contained page. */
export function htmlReport(result: AnalysisResult, options: ReportOptions): string {
  const name = result.source ?? 'text';
  const title = options.title ?? `framelens report: ${name}`;
  const body = `<h1>${escapeHtml(title)}</h1>
<p class="sub">Framing markers found by framelens, scored and explained.<span class="screen-only"> Hover or focus (Tab) a highlight for its details.</span></p>
${statsHtml(result)}${noteHtml(options.text)}
<h2 id="legend">Legend</h2>
${legendHtml()}
<h2 id="text">Text</h2>
${filtersHtml()}
<div class="text" id="text-body">${highlightText(result, options.text)}</div>
<h2 id="chart">Category scores by voice</h2>
${categoryChart(result)}
<p class="sub">${SCORE_RULE}</p>
${categoryTable(result)}
<h2 id="quotes">Quotations and speakers</h2>
${quotesTable(result)}
${speakersTable(result)}
<h2 id="strongest">Strongest markers per category</h2>
${strongestHtml(result, options.top ?? 3)}
<h2 id="all">All annotations</h2>
${annotationsTable(result)}`;
  return htmlPage(title, body, { kind: 'report', annotations: annotationData(result) });
}
