import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare/compare.js';
import { formatCompareMarkdown } from '../src/compare/format-markdown.js';
import { formatCompareText } from '../src/compare/format-text.js';
import { compareHtmlReport } from '../src/report/compare-html.js';
import { compareSide as side } from './helpers.js';

describe('compare: the echo counts read as English', () => {
  const A = side('The Kyiv regime refused. The war should never have started.', 'a');
  const one = side('The Kyiv regime refused to talk.', 'one');
  const three = side('The Kyiv regime refused. They must remove the root causes of the crisis. A lasting peace is needed.', 'three');

  it('one annotation of B: "1 of B\'s 1 annotation repeats", not "1 annotations repeat"', () => {
    const r = compare(A, one);
    expect(formatCompareText(r)).toContain("(1 of B's 1 annotation repeats A's framing");
    expect(formatCompareMarkdown(r)).toContain("1 of B's 1 annotation repeats A's framing");
    expect(compareHtmlReport(r, A, one)).toContain('(1 of 1 annotation of B)');
  });

  it('one echoed of three: "1 of B\'s 3 annotations repeats"; none echoed of one: "0 of B\'s 1 annotation repeat"', () => {
    expect(formatCompareText(compare(A, three))).toContain("(1 of B's 3 annotations repeats A's framing");
    const none = compare(side('The talks failed.', 'x'), one);
    expect(formatCompareText(none)).toContain("(0 of B's 1 annotation repeat A's framing");
    expect(formatCompareMarkdown(compare(A, three))).toContain("1 of B's 3 annotations repeats A's framing");
  });
});
