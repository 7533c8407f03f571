// Exporting signed Spike traffic for load engines (Artillery, k6): the `export` command's engine.
export {
  type ExportFormat,
  type ExportTrafficOptions,
  exportDefaults,
  exportFormats,
} from './export-options.ts';
export { exportTraffic } from './export-traffic.ts';
