import { diffSections } from './section-diff';

describe('diffSections', () => {
  const section = (key: string, body: string, title = key.toUpperCase()) => ({ key, title, body });

  it('marks unchanged sections as such and words that changed as removed and added', () => {
    const diff = diffSections(
      [section('a', 'Die Partner treffen sich monatlich.'), section('b', 'gleich')],
      [section('a', 'Die Partner treffen sich vierteljährlich.'), section('b', 'gleich')],
    );
    expect(diff.map((s) => [s.key, s.changed])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(diff[0]!.parts.filter((p) => p.type !== 'equal')).toEqual([
      { type: 'removed', text: 'monatlich' },
      { type: 'added', text: 'vierteljährlich' },
    ]);
  });

  it('shows a section that exists on one side only as added or removed', () => {
    const diff = diffSections([section('old', 'weg')], [section('new', 'neu')]);
    expect(diff.map((s) => [s.key, s.parts.map((p) => p.type)])).toEqual([
      ['new', ['added']],
      ['old', ['removed']],
    ]);
  });
});
