// The HTML report: one self-contained file (inline CSS, inline Chart.js, inline script, the data as JSON), with a
// Content-Security-Policy that forbids every network request.
import { chartLibrary } from './chart-library.ts';
import { type ReportInput, reportData, scriptJson } from './report-data.ts';
import { reportScript } from './report-script.ts';
import { reportStyles } from './report-styles.ts';

/** Nothing but the page's own inline code and styles: no fetch, no image, no font, no frame from anywhere. */
const policy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

/**
 * Renders scorecards and simulation timelines as one self-contained HTML file: a table per scorecard (id, status,
 * reason, expandable evidence), and a chart per simulation of every attempt per event over Spike time, coloured by
 * classification, with the status and latency on hover. The page loads nothing from the network, every string of
 * the data is shown as text (never parsed as HTML), and the same input gives the same bytes.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` when the input is not an object, has an unknown key, or holds a value
 *   that is not what its field holds (the message names its path); `OPTIONAL_DEPENDENCY_MISSING` when the `chart.js`
 *   package cannot be read.
 * @example
 * ```ts
 * import { renderReport } from 'spike-webhook-kit/report';
 * const html = renderReport({ title: 'Webhooks', scorecards: [card], simulations: [result] });
 * ```
 */
export function renderReport(input: ReportInput): string {
  const data = reportData(input);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="spike-webhook-kit">',
    `<title>${escapeHtml(data.title)}</title>`,
    `<style>${reportStyles}</style>`,
    '</head>',
    '<body>',
    '<main id="report"><noscript>This report draws its tables and charts with JavaScript: open it in a browser with JavaScript on.</noscript></main>',
    `<script type="application/json" id="spike-report-data">${scriptJson(data)}</script>`,
    `<script>${chartLibrary()}</script>`,
    `<script>${reportScript}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
