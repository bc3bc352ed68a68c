import { categoryCss } from './palette.js';

/** The inline stylesheet of every HTML page: layout, highlights (colour + underline style + tag), tooltip, filters, tables, print rules. */
export function pageCss(): string {
  return `
:root{color-scheme:light;--fg:#111827;--muted:#4b5563;--line:#d1d5db}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:#fff;margin:0;padding:1.5rem;max-width:78rem;margin-inline:auto}
h1{font-size:1.5rem;margin:0 0 .25rem} h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)} h3{font-size:1rem;margin:1rem 0 .25rem}
.sub{color:var(--muted);margin:0 0 1rem}
.note{border-left:4px solid #b45309;background:#fffbeb;padding:.4rem .75rem;margin:0 0 1rem}
${categoryCss()}
.text{white-space:pre-wrap;line-height:2.5;font-family:Georgia,"Times New Roman",serif;font-size:1.05rem;border:1px solid var(--line);border-radius:6px;padding:1rem 1.25rem;overflow-wrap:anywhere}
mark.hl{color:inherit;background:color-mix(in srgb,var(--c) 14%,transparent);border-bottom:3px solid var(--c);padding-bottom:calc(var(--lane,0) * 5px);border-radius:2px;cursor:help}
mark.hl.v-quoted{border-bottom-style:double;border-bottom-width:4px}
mark.hl.v-reported{border-bottom-style:dotted}
mark.hl.first::before{content:attr(data-tag);font:700 .62rem/1 system-ui,sans-serif;color:#fff;background:var(--c);border-radius:3px;padding:1px 3px;margin-right:2px;vertical-align:super}
mark.hl.neg{background:none}
mark.hl.neg.first::before{opacity:.6}
mark.hl:focus,mark.hl.active{outline:3px solid #111827;outline-offset:2px}
mark.hl.off{background:none;border-bottom-color:transparent;cursor:auto}
mark.hl.off::before{display:none}
.qt{font-style:italic;background:#f3f4f6}
.sh{text-decoration:overline dashed #4b5563;text-decoration-thickness:2px;text-underline-offset:2px}
.sample.hl{display:inline-block;border-bottom:3px solid var(--c);padding:0 .3rem;line-height:1.3}
.sample.v-quoted{border-bottom-style:double;border-bottom-width:4px}.sample.v-reported{border-bottom-style:dotted}
#tip{position:absolute;z-index:10;max-width:26rem;background:#111827;color:#f9fafb;border-radius:6px;padding:.6rem .8rem;font-size:.85rem;line-height:1.4;box-shadow:0 4px 16px rgba(0,0,0,.3)}
#tip[hidden]{display:none}
#tip .t-cat{font-weight:700} #tip .t-row{margin-top:.2rem} #tip .t-k{color:#d1d5db}
.badge{white-space:nowrap} .badge .sw{display:inline-block;width:.8em;height:.8em;background:var(--c);border-radius:2px;margin-right:.3em;vertical-align:-.05em}
.legend ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:.3rem 0}
.filters{border:1px solid var(--line);border-radius:6px;padding:.5rem .8rem;margin:.8rem 0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
.filters legend{font-weight:600} .filters label{white-space:nowrap;cursor:pointer}
.filters .group{display:flex;flex-wrap:wrap;gap:.2rem .9rem;align-items:center}
table{border-collapse:collapse;margin:.5rem 0;font-size:.92rem} caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top} td.num,td:not(.quote):not(:first-child){font-variant-numeric:tabular-nums}
.stats{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:.5rem 0} .stats div{display:flex;gap:.4rem} .stats dt{color:var(--muted)} .stats dd{margin:0;font-weight:600}
.strong ol{margin:.2rem 0 .8rem} .why{color:var(--muted);font-size:.88rem} .score{font-weight:700;font-variant-numeric:tabular-nums}
.voice.v-quoted{font-style:italic} .mods{color:var(--muted)} .wording .voice{color:var(--muted)}
.chart{display:block;margin:.5rem 0}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1rem} @media (max-width:900px){.cols{grid-template-columns:1fr}}
@media (max-width:640px){table{display:block;max-width:100%;overflow-x:auto}} /* a phone: a wide table scrolls by itself, the page does not scroll sideways */
.cols>*{min-width:0} .cols.stack{grid-template-columns:1fr} table.only{width:100%} table.only td.quote{width:50%}
.delta-pos{color:#9a3412} .delta-neg{color:#1e40af}
.heat td.cell{text-align:center;font-variant-numeric:tabular-nums;font-weight:600}
.heat th button{all:unset;cursor:pointer;font-weight:600} .heat th button:focus{outline:2px solid #111827}
.heat th[aria-sort=ascending] button::after{content:" ▲"} .heat th[aria-sort=descending] button::after{content:" ▼"}
.heat tr:target{outline:3px solid #111827}
.skip{position:absolute;left:-999px} .skip:focus{left:1rem;top:1rem;background:#fff;padding:.3rem}
a{color:#1d4ed8} svg a{color:inherit}
@media print{
  body{padding:0;max-width:none;font-size:11pt} .filters,#tip,.skip,.screen-only{display:none!important}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .text{border:none;padding:0} h2{break-after:avoid} table,section,svg{break-inside:avoid}
  a{color:inherit;text-decoration:none}
}`;
}
