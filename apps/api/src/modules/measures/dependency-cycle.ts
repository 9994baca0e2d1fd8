/** The dependencies between measures: a measure's id → the ids of the measures it depends on. */
export type DependencyGraph = ReadonlyMap<string, readonly string[]>;

/** The graph with the dependencies of one measure replaced. */
export function withDependencies(
  graph: DependencyGraph,
  measureId: string,
  dependsOn: readonly string[],
): DependencyGraph {
  return new Map([...graph, [measureId, dependsOn]]);
}

/**
 * A path `start → … → start` when following the dependencies from `start` leads back to it,
 * else null. Iterative depth-first search: each measure is expanded once.
 */
export function findCycle(graph: DependencyGraph, start: string): string[] | null {
  const expanded = new Set<string>([start]);
  const path: string[] = [start];
  const pending: number[] = [0];
  while (path.length > 0) {
    const node = path[path.length - 1] as string;
    const next = (graph.get(node) ?? [])[pending[pending.length - 1] as number];
    if (next === undefined) {
      path.pop();
      pending.pop();
      continue;
    }
    pending[pending.length - 1] = (pending[pending.length - 1] as number) + 1;
    if (next === start) return [...path, start];
    if (expanded.has(next)) continue;
    expanded.add(next);
    path.push(next);
    pending.push(0);
  }
  return null;
}
