import { spawnSync } from 'node:child_process';
import { SpikeKitError } from '../core/index.ts';
import type { EnvVars } from './ci-vendors.ts';
import { ciBranch, ciCommit } from './ci-vendors.ts';

/** A version and branch for publishing. */
export interface GitVersion {
  readonly version: string;
  readonly branch: string | undefined;
}

/**
 * The application version (the commit sha) and branch, from CI variables first (GitHub Actions, GitLab, CircleCI,
 * Buildkite, Jenkins; the PR head branch on pull requests), then from git. Pact recommends the commit as version.
 *
 * @throws {SpikeKitError} `BROKER_FAILED` when neither CI variables nor git give a commit.
 * @example
 * ```ts
 * gitVersion(); // { version: '5556b8149bf8bac76bc30f50a8a2dd4c22c85f30', branch: 'main' }
 * ```
 */
export function gitVersion(cwd: string = process.cwd(), env: EnvVars = process.env): GitVersion {
  const git = (...args: string[]): string | undefined => {
    const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
    const out = result.status === 0 ? result.stdout.trim() : '';
    return out === '' ? undefined : out;
  };
  const version = ciCommit(env) ?? git('rev-parse', 'HEAD');
  if (version === undefined) {
    throw new SpikeKitError(
      'BROKER_FAILED',
      'Cannot tell the application version: not a git checkout and no CI commit variable (GITHUB_SHA ...). Pass the version explicitly.',
      { cwd },
    );
  }
  const gitBranch = git('rev-parse', '--abbrev-ref', 'HEAD');
  const branch = ciBranch(env) || (gitBranch === 'HEAD' ? undefined : gitBranch);
  return { version, branch };
}

/** {@link gitVersion}, or `undefined` where it cannot tell. */
export function gitVersionIfKnown(): GitVersion | undefined {
  try {
    return gitVersion();
  } catch {
    return undefined;
  }
}
