// The periods view of the regional page: a form for the period and the grouping, the alerts, and the
// report's table as the hub builds it for CSV and Excel too (region-report-export.ts). Printed, only
// the report shows, on A4 landscape.
import { REPORT_STRINGS } from './region-report-strings.js';
import type { RegionLang } from './region-strings.js';

export const PERIODS_CSS = `
#tabs{margin:.6em 0}
#tabs button{font-size:1em;padding:.35em .9em}
#tabs button[aria-selected=true]{font-weight:bold;border-bottom:3px solid #1b1f24}
#period-form{display:flex;flex-wrap:wrap;gap:.5em;align-items:end}
#period-form label{display:flex;flex-direction:column;font-size:.85em}
#period-form input,#period-form select,#period-form button{font-size:1rem;padding:.3em}
.scroll{overflow-x:auto}
#report{font-size:.82em}
#report th{position:sticky;top:0;background:#f6f8fa;vertical-align:bottom;font-size:.85em;padding:.35em .3em}
#report td{padding:.35em .3em}
#report tr.alert td{background:#fff4e5}
#report tr.total td{font-weight:700;border-top:2px solid #1b1f24}
#alerts li{color:#9a3412}
.note{color:#57606a;font-size:.85em}
@media (max-width:700px){body{margin:.6em}#report td,#report th{padding:.3em .4em}
 #report td:nth-child(2),#report th:nth-child(2){position:sticky;left:0;background:#fff;max-width:9em}}
@media print{
 @page{size:A4 landscape;margin:10mm}
 body{margin:0;font-size:9pt}
 nav,#tabs,#login,#period-form,#export,#error,.no-print{display:none!important}
 body.periods #live,body.periods h1{display:none}
 .scroll{overflow:visible}
 #report{font-size:8pt}
 #report th{position:static;background:none}
 #report tr{break-inside:avoid}
 #report tr.alert td{background:none;font-weight:600}
}`;

export function periodsHtml(lang: RegionLang): string {
  const t = REPORT_STRINGS[lang];
  const r = (k: keyof typeof t, tag = 'span') => `<${tag} data-r="${k}">${t[k]}</${tag}>`;
  return `<div id="tabs" role="tablist">
<button role="tab" data-tab="live" data-r="tabLive" aria-selected="true">${t.tabLive}</button>
<button role="tab" data-tab="periods" data-r="tabPeriods" aria-selected="false">${t.tabPeriods}</button></div>
<section id="periods" hidden>
<h2 id="report-caption">${t.reportTitle}</h2>
<form id="period-form">
<label>${r('from')}<input type="date" id="from" required></label>
<label>${r('to')}<input type="date" id="to" required></label>
<label>${r('by')}<select id="by"><option value="office" data-r="byOffice">${t.byOffice}</option>
<option value="district" data-r="byDistrict">${t.byDistrict}</option>
<option value="sector" data-r="bySector">${t.bySector}</option></select></label>
<button type="button" data-quick="1" data-r="yesterday">${t.yesterday}</button>
<button type="button" data-quick="7" data-r="week">${t.week}</button>
<button type="button" data-quick="30" data-r="month">${t.month}</button>
<button type="button" data-quick="365" data-r="year">${t.year}</button>
<button data-r="show">${t.show}</button>
</form>
<p id="export"><button type="button" data-format="csv" data-r="csv">${t.csv}</button>
<button type="button" data-format="xlsx" data-r="xlsx">${t.xlsx}</button>
<button type="button" id="print" data-r="print">${t.print}</button></p>
<h3 data-r="alerts">${t.alerts}</h3>
<p id="alert-rule" class="note"></p>
<ul id="alerts"></ul>
<div class="scroll"><table id="report"><thead></thead><tbody></tbody></table></div>
<p class="note" data-r="closedDaysOnly">${t.closedDaysOnly}</p>
</section>`;
}
