export { type HealthV2Options, healthV2Defaults, healthV2Generator } from './health-v2-generator.ts';
