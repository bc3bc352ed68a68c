import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { readLabels } from '../src/labels/labels.js';
import { bin } from './helpers.js';

const TEXT = 'The Kremlin said the root causes of the crisis must be eliminated and that the Kyiv regime is illegitimate; NATO expansion caused the war in Ukraine.';
const input = `${JSON.stringify({ id: 'a', text: TEXT })}\n${JSON.stringify({ id: 'b', text: 'Rain is expected on Sunday.' })}\n`;

describe('framelens batch --labels', { timeout: 60_000 }, () => {
  it('adds each record\'s document-level labels, the same as analyze reads them', () => {
    const r = bin(['batch', '-', '--quiet', '--labels', 'semeval2025'], { input });
    expect(r.code).toBe(0);
    const [a, b] = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(a.labels).toEqual({ set: 'semeval2025', document: readLabels(analyze(TEXT), 'semeval2025').document });
    expect(a.labels.document.narratives.length).toBeGreaterThan(0);
    expect(b.labels.document.narratives).toEqual([]);
    expect(JSON.parse(bin(['batch', '-', '--quiet'], { input }).out.split('\n')[0]).labels).toBeUndefined();
  });
  it('writes them in a "labels" column of the CSV, and refuses an unknown set', () => {
    const csv = bin(['batch', '-', '--quiet', '--labels', 'semeval2023', '-f', 'csv'], { input });
    const [header, first] = csv.out.split('\n');
    expect(header.split(',').at(-1)).toBe('labels');
    expect(first).toMatch(/frames: [A-Z]/);
    expect(bin(['batch', '-', '--labels', 'semeval2099'], { input }).code).toBe(2);
  });
});
