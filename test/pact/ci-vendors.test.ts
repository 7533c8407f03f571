import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ciBranch, ciBuildUrl, ciCommit, ciVendors } from '../../src/pact/ci-vendors.ts';
import { gitVersion } from '../../src/pact/git-version.ts';

describe('CI vendors as a table', () => {
  it('reads the commit, branch and build URL of each vendor from its own variables', () => {
    const runs: [Record<string, string>, string, string, string | undefined][] = [
      [
        {
          GITHUB_SHA: 'g1',
          GITHUB_REF_NAME: 'main',
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_REPOSITORY: 'acme/orders',
          GITHUB_RUN_ID: '7',
        },
        'g1',
        'main',
        'https://github.com/acme/orders/actions/runs/7',
      ],
      [
        { CI_COMMIT_SHA: 'l1', CI_COMMIT_REF_NAME: 'dev', CI_JOB_URL: 'https://gitlab.example/j/1' },
        'l1',
        'dev',
        'https://gitlab.example/j/1',
      ],
      [
        { CIRCLE_SHA1: 'c1', CIRCLE_BRANCH: 'fix', CIRCLE_BUILD_URL: 'https://circleci.example/b/2' },
        'c1',
        'fix',
        'https://circleci.example/b/2',
      ],
      [{ BUILDKITE_COMMIT: 'b1', BUILDKITE_BRANCH: 'next' }, 'b1', 'next', undefined],
      [
        { GIT_COMMIT: 'j1', GIT_BRANCH: 'release', BUILD_URL: 'https://jenkins.example/3' },
        'j1',
        'release',
        'https://jenkins.example/3',
      ],
    ];
    expect(runs).toHaveLength(ciVendors.length);
    for (const [env, commit, branch, buildUrl] of runs) {
      expect(ciCommit(env)).toBe(commit);
      expect(ciBranch(env)).toBe(branch);
      expect(ciBuildUrl(env)).toBe(buildUrl);
      expect(gitVersion(process.cwd(), env)).toEqual({ version: commit, branch });
    }
  });

  it('prefers the pull request head branch on GitHub, skips empty branch variables, and needs a whole run URL', () => {
    expect(ciBranch({ GITHUB_HEAD_REF: 'feature/x', GITHUB_REF_NAME: '7/merge' })).toBe('feature/x');
    expect(ciBranch({ GITHUB_HEAD_REF: '', GITHUB_REF_NAME: 'main' })).toBe('main');
    expect(ciBranch({})).toBeUndefined();
    expect(ciCommit({})).toBeUndefined();
    expect(ciBuildUrl({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '7' })).toBeUndefined();
  });

  it('versions a GitHub pull request by its head commit, not the merge commit GITHUB_SHA names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spike-ci-event-'));
    try {
      const event = join(dir, 'event.json');
      writeFileSync(event, JSON.stringify({ pull_request: { head: { sha: 'head123' } } }));
      const pr = { GITHUB_SHA: 'merge999', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event };
      expect(ciCommit(pr)).toBe('head123');
      expect(ciCommit({ ...pr, GITHUB_EVENT_NAME: 'pull_request_target' })).toBe('head123');
      // A push, or a payload without a PR head: GITHUB_SHA.
      expect(ciCommit({ ...pr, GITHUB_EVENT_NAME: 'push' })).toBe('merge999');
      writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main' }));
      expect(ciCommit(pr)).toBe('merge999');
      expect(ciCommit({ ...pr, GITHUB_EVENT_PATH: join(dir, 'missing.json') })).toBe('merge999');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
