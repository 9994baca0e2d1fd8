import { findCycle, withDependencies } from './dependency-cycle';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('findCycle', () => {
  it('finds no cycle in a chain or a diamond', () => {
    expect(findCycle(graph({ a: ['b'], b: ['c'], c: [] }), 'a')).toBeNull();
    expect(findCycle(graph({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }), 'a')).toBeNull();
  });

  it('finds a direct cycle', () => {
    expect(findCycle(graph({ a: ['b'], b: ['a'] }), 'a')).toEqual(['a', 'b', 'a']);
  });

  it('finds a longer cycle through a side branch, as a path back to the start', () => {
    const edges = graph({ a: ['x', 'b'], x: [], b: ['c'], c: ['d'], d: ['a'] });
    expect(findCycle(edges, 'a')).toEqual(['a', 'b', 'c', 'd', 'a']);
  });

  it('ignores cycles that do not pass through the start', () => {
    expect(findCycle(graph({ a: ['b'], b: ['c'], c: ['b'] }), 'a')).toBeNull();
  });

  it('checks the graph as it would be after changing one measure', () => {
    const before = graph({ a: ['b'], b: [], c: ['a'] });
    expect(findCycle(before, 'b')).toBeNull();
    expect(findCycle(withDependencies(before, 'b', ['c']), 'b')).toEqual(['b', 'c', 'a', 'b']);
  });

  it('copes with a long chain without recursion', () => {
    const edges = new Map(
      Array.from({ length: 20_000 }, (_, i) => [`m${i}`, i < 19_999 ? [`m${i + 1}`] : ['m0']]),
    );
    expect(findCycle(edges, 'm0')).toHaveLength(20_001);
  });
});
