import { findUnsafeText } from './unsafe-text';

describe('findUnsafeText', () => {
  it('accepts ordinary text, emoji (surrogate pairs) and non-text values', () => {
    const value = { name: 'Grüße 😀', list: ['a', 1, null, true], nested: { deep: ['ok'] } };
    expect(findUnsafeText(value, '', 'body')).toBeUndefined();
    expect(findUnsafeText(Buffer.from('\u0000'), '', 'body')).toBeUndefined();
  });

  it('names the field holding U+0000 by its dotted path', () => {
    expect(findUnsafeText({ email: 'a\u0000@x.de' }, '', 'body')).toEqual({
      field: 'email',
      message: 'email must not contain the character U+0000',
      code: 'nul_character',
    });
    expect(findUnsafeText({ region: { districts: ['ok', 'b\u0000'] } }, '', 'body')?.field).toBe(
      'region.districts.1',
    );
  });

  it('finds lone high and low surrogates', () => {
    for (const text of ['a\ud800@x.de', 'a\udc00@x.de', 'end\ud83d']) {
      expect(findUnsafeText({ email: text }, '', 'body')).toEqual({
        field: 'email',
        message: 'email must not contain a lone surrogate (not valid Unicode)',
        code: 'lone_surrogate',
      });
    }
  });

  it('checks keys too and shows the bad characters of a key as U+FFFD', () => {
    expect(findUnsafeText({ values: { 'a\u0000': 'x' } }, '', 'body')?.field).toBe(
      'values.a\ufffd',
    );
  });

  it('reports the first bad field in document order', () => {
    expect(findUnsafeText({ a: { b: 'x\u0000' }, c: 'y\u0000' }, '', 'body')?.field).toBe('a.b');
  });

  it('prefixes a named parameter and names a bare value by its source', () => {
    expect(findUnsafeText('x\u0000', 'contentHash', 'param')?.field).toBe('contentHash');
    expect(findUnsafeText('x\u0000', '', 'body')?.field).toBe('body');
    expect(findUnsafeText({ q: 'x\u0000' }, 'filter', 'query')?.field).toBe('filter.q');
  });

  it('walks parsed query strings, whose objects have a null-based prototype of their own', () => {
    const nullBased = Object.create(Object.create(null) as object) as Record<string, unknown>;
    for (const query of [nullBased, Object.create(null) as Record<string, unknown>]) {
      query['q'] = '\u0000';
      expect(findUnsafeText(query, '', 'query')?.field).toBe('q');
    }
  });

  it('walks deeply nested arrays without overflowing the stack', () => {
    let value: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) value = [value];
    expect(findUnsafeText(value, '', 'body')?.field).toMatch(/^0(\.0)+$/);
  });
});
