import { describe, expect, it } from 'vitest';
import { codeUnitAt } from '../../src/core/code-unit.ts';

describe('codeUnitAt', () => {
  it('is charCodeAt on strings of every representation', () => {
    const flat = 'Zoë 株式会社 😀';
    const joined = `${flat.slice(0, 4)}${flat.slice(4)}`;
    const sliced = `${'x'.repeat(20)}${flat}`.slice(20);
    for (const text of [flat, joined, sliced, '']) {
      for (let i = -1; i <= text.length; i++) expect(codeUnitAt(text, i)).toBe(text.charCodeAt(i));
    }
  });
});
