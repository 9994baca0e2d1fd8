import { exceedsJsonDepth } from './json-body-parser';

describe('exceedsJsonDepth', () => {
  const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

  it('allows nesting up to the limit and refuses one level more', () => {
    expect(exceedsJsonDepth(nested(32), 32)).toBe(false);
    expect(exceedsJsonDepth(nested(33), 32)).toBe(true);
    expect(exceedsJsonDepth('{"a":{"b":[{"c":1}]}}', 3)).toBe(true);
    expect(exceedsJsonDepth('{"a":{"b":[{"c":1}]}}', 4)).toBe(false);
  });

  it('counts depth, not the number of brackets', () => {
    const wide = `[${Array.from({ length: 10_000 }, () => '{"a":[1]}').join(',')}]`;
    expect(exceedsJsonDepth(wide, 3)).toBe(false);
  });

  it('ignores brackets inside strings, including after escaped quotes', () => {
    expect(exceedsJsonDepth(JSON.stringify({ text: '[[[[{{{{' }), 2)).toBe(false);
    expect(exceedsJsonDepth(JSON.stringify({ text: 'say "[[[[" \\' }), 2)).toBe(false);
    expect(exceedsJsonDepth(`{"text":"\\"", "deep":[[[1]]]}`, 3)).toBe(true);
  });

  it('refuses 100,000 levels quickly without recursion', () => {
    const started = Date.now();
    expect(exceedsJsonDepth(nested(100_000), 32)).toBe(true);
    expect(exceedsJsonDepth(`{"a":${'['.repeat(100_000)}`, 32)).toBe(true);
    expect(Date.now() - started).toBeLessThan(100);
  });
});
