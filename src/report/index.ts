// `spike-webhook-kit/report`: scorecards and simulation timelines as one self-contained HTML file, and scorecards as
// JUnit XML for CI test reports.

export { renderReport } from './render-report.ts';
export type { ReportInput } from './report-data.ts';
export { type JUnitOptions, junitDefaults, toJUnit } from './to-junit.ts';
export { writeReport } from './write-report.ts';
