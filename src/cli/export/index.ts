// Exporting signed Spike traffic for load engines (Artillery, k6): the `export` command's engine.
export { artilleryCounters, artilleryFileNames } from './artillery-files.ts';
export {
  type CheckedExportOptions,
  checkExportOptions,
  type ExportFormat,
  type ExportTrafficOptions,
  exportDefaults,
  exportFormats,
} from './export-options.ts';
export { type ExportedDelivery, type ExportResult, exportTraffic } from './export-traffic.ts';
export { k6FileNames } from './k6-script.ts';
export { type SuccessRule, successRule } from './success-rule.ts';
