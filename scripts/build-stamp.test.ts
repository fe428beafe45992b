import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeStamp, listStampInputs, staleness, writeStamp } from './build-stamp.mjs';

let root: string;

function write(path: string, content: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stamp-test-'));
  write('package.json', '{}');
  write('next.config.mjs', 'export default {}');
  write('app/page.tsx', 'export default 1');
  write('lib/format.ts', 'export const a = 1');
  write('lib/format.test.ts', 'test');
  write('scripts/bench.ts', 'not an input');
  write('README.md', 'not an input');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build stamp', () => {
  it('lists the inputs, sorted, without tests or non-inputs', () => {
    expect(listStampInputs(root)).toEqual(['app/page.tsx', 'lib/format.ts', 'next.config.mjs', 'package.json']);
  });

  it('is stable, and changes on an edit, an added file or a rename', () => {
    const first = computeStamp(root);
    expect(computeStamp(root)).toBe(first);
    expect(first).toMatch(/^[0-9a-f]{64}$/);

    write('lib/format.ts', 'export const a = 2');
    const edited = computeStamp(root);
    expect(edited).not.toBe(first);

    write('public/logo.svg', '<svg/>');
    const added = computeStamp(root);
    expect(added).not.toBe(edited);

    renameSync(join(root, 'public/logo.svg'), join(root, 'public/mark.svg'));
    expect(computeStamp(root)).not.toBe(added);
  });

  it('ignores tests and files outside the inputs', () => {
    const before = computeStamp(root);
    write('lib/format.test.ts', 'changed');
    write('scripts/bench.ts', 'changed');
    write('e2e/site.spec.ts', 'new');
    expect(computeStamp(root)).toBe(before);
  });

  it('reports out/ as stale until a matching stamp is written', () => {
    expect(staleness(root).reason).toBe('out/ is missing');
    mkdirSync(join(root, 'out'));
    expect(staleness(root).reason).toBe('out/.build-stamp is missing');
    writeStamp(join(root, 'out'), computeStamp(root));
    expect(staleness(root).reason).toBeNull();
    write('app/page.tsx', 'export default 2');
    expect(staleness(root).reason).toBe('sources changed since the last build');
  });
});
