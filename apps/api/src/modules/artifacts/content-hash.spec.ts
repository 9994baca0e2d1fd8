import { canonicalJson, contentHash } from './content-hash';

describe('canonicalJson', () => {
  it('is the same for the same value, whatever the order of keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'ü' } })).toBe(
      canonicalJson({ a: { c: 'ü', d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: null })).toBe('{"a":null,"b":1}');
  });

  it('keeps the order of arrays', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });
});

describe('contentHash', () => {
  const base = { artifactId: 'a', kind: 'agreement', number: 1, content: { sections: [] } };

  it('is a SHA-256 in hex', () => {
    expect(contentHash(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with the content, the version number and the artifact', () => {
    const hashes = new Set([
      contentHash(base),
      contentHash({ ...base, content: { sections: [{ key: 'x' }] } }),
      contentHash({ ...base, number: 2 }),
      contentHash({ ...base, artifactId: 'b' }),
    ]);
    expect(hashes.size).toBe(4);
  });
});
