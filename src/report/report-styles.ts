// The report page's style sheet, inlined as it is: system fonts, no web fonts, no images, light and dark.

/**
 * The page's CSS.
 *
 * @example
 * ```ts
 * const html = `<style>${reportStyles}</style>`;
 * ```
 * @internal
 */
export const reportStyles = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --bg: #ffffff; --soft: #f6f8fa; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg: #0d1117; --soft: #151b23; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 20px 0 4px; }
h4 { font-size: 13px; margin: 0 0 6px; }
.generated, .summary, .title, .label { color: var(--muted); }
.title { font-size: 12px; }
code, .mono, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
table.scenarios { width: 100%; border-collapse: collapse; }
table.scenarios th, table.scenarios td { text-align: left; vertical-align: top; padding: 6px 8px;
  border-bottom: 1px solid var(--line); }
table.scenarios td.id { width: 24%; }
table.scenarios td.status { width: 90px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600;
  color: #fff; vertical-align: middle; }
.badge-passed { background: #2e7d32; }
.badge-failed { background: #c62828; }
.badge-skipped { background: #6e7781; }
details.evidence { margin-top: 4px; }
details.evidence summary { cursor: pointer; color: var(--muted); }
.exchange { margin: 8px 0; padding: 8px; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; }
table.headers { border-collapse: collapse; margin-bottom: 6px; }
table.headers th { text-align: left; padding: 1px 12px 1px 0; font-weight: 600; white-space: nowrap; }
table.headers td { padding: 1px 0; word-break: break-all; }
pre.body { margin: 2px 0 6px; padding: 6px; max-height: 320px; overflow: auto; white-space: pre-wrap;
  word-break: break-all; background: var(--bg); border: 1px solid var(--line); border-radius: 4px; }
.response { margin: 0; }
.chart-box { position: relative; width: 100%; }
.empty, .missing { color: var(--muted); font-style: italic; }
`;
