import { describe, expect, it } from 'vitest';

describe('toolchain', () => {
  it('runs on Node 22 with full ICU', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
    expect(new TextDecoder('gb18030').decode(new Uint8Array([0xc4, 0xea]))).toBe('年');
  });
});
