export {
  type HealthV3Options,
  healthV3Generator,
  integrationFieldVariants,
} from './health-v3-generator.ts';
