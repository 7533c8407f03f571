// What CI services tell a build about itself, as data: one entry per vendor. Read in table order, so a build on one
// service is never described by another's variables.
import { readFileSync } from 'node:fs';

/** Environment variables as a plain record (`process.env`, or any object of strings in tests). */
export type EnvVars = Readonly<Record<string, string | undefined>>;

/** The environment variables a CI vendor sets for the commit, branch and build URL of a run. */
export interface CiVendor {
  readonly name: string;
  /** The variable holding the commit sha. */
  readonly commit: string;
  /**
   * The commit a pull-request build is about when the commit variable is something else (GitHub: `GITHUB_SHA` of a
   * pull_request event is a merge commit nobody else will ever build; the PR head is in the event payload).
   */
  readonly headCommit?: (env: EnvVars) => string | undefined;
  /** The variables holding the branch, in order: the first non-empty one wins (GitHub: the PR head branch first). */
  readonly branch: readonly string[];
  /** The URL of the running build, when the vendor's variables give one. */
  readonly buildUrl?: (env: EnvVars) => string | undefined;
}

/**
 * The CI vendors the kit reads versions, branches and build URLs from: GitHub Actions, GitLab, CircleCI, Buildkite,
 * Jenkins.
 *
 * @example
 * ```ts
 * ciVendors.map((vendor) => vendor.commit); // ['GITHUB_SHA', 'CI_COMMIT_SHA', 'CIRCLE_SHA1', 'BUILDKITE_COMMIT', 'GIT_COMMIT']
 * ```
 */
export const ciVendors: readonly CiVendor[] = [
  {
    name: 'GitHub Actions',
    commit: 'GITHUB_SHA',
    branch: ['GITHUB_HEAD_REF', 'GITHUB_REF_NAME'],
    headCommit: (env) =>
      env.GITHUB_EVENT_NAME?.startsWith('pull_request') && env.GITHUB_EVENT_PATH
        ? pullRequestHead(env.GITHUB_EVENT_PATH)
        : undefined,
    buildUrl: (env) =>
      env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
  },
  {
    name: 'GitLab CI',
    commit: 'CI_COMMIT_SHA',
    branch: ['CI_COMMIT_REF_NAME'],
    buildUrl: (env) => env.CI_JOB_URL,
  },
  {
    name: 'CircleCI',
    commit: 'CIRCLE_SHA1',
    branch: ['CIRCLE_BRANCH'],
    buildUrl: (env) => env.CIRCLE_BUILD_URL,
  },
  { name: 'Buildkite', commit: 'BUILDKITE_COMMIT', branch: ['BUILDKITE_BRANCH'] },
  { name: 'Jenkins', commit: 'GIT_COMMIT', branch: ['GIT_BRANCH'], buildUrl: (env) => env.BUILD_URL },
];

/**
 * The commit of the running CI build: the first vendor's commit variable that is set (on a GitHub pull request, the
 * PR's head commit from the event payload, as Pact's versioning advice asks: docs.pact.io/getting_started/versioning_in_the_pact_broker).
 */
export function ciCommit(env: EnvVars): string | undefined {
  for (const vendor of ciVendors) {
    const commit = env[vendor.commit];
    if (commit !== undefined) return vendor.headCommit?.(env) ?? commit;
  }
  return undefined;
}

/** `pull_request.head.sha` of a GitHub event payload file, if it has one. */
function pullRequestHead(file: string): string | undefined {
  try {
    const event = JSON.parse(readFileSync(file, 'utf8')) as { pull_request?: { head?: { sha?: unknown } } };
    const sha = event.pull_request?.head?.sha;
    return typeof sha === 'string' && sha !== '' ? sha : undefined;
  } catch {
    return undefined;
  }
}

/** The branch of the running CI build: the first non-empty branch variable. */
export function ciBranch(env: EnvVars): string | undefined {
  for (const vendor of ciVendors) {
    for (const name of vendor.branch) {
      const branch = env[name];
      if (branch) return branch;
    }
  }
  return undefined;
}

/** The URL of the running CI build, when a vendor's variables give one. */
export function ciBuildUrl(env: EnvVars = process.env): string | undefined {
  for (const vendor of ciVendors) {
    const url = vendor.buildUrl?.(env);
    if (url !== undefined) return url;
  }
  return undefined;
}
