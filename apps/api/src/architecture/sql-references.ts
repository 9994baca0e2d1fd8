import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** How a statement touches a table. */
export type Access = 'read' | 'write';

/** One table named in the SQL text of one source file. */
export interface TableReference {
  file: string;
  table: string;
  access: Access;
}

/**
 * The text of every string and template literal in a file: where its SQL lives. Comments are not
 * literals, so "reads from measures" in a comment is not a reference.
 */
export function literalsOf(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, false);
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      // Interpolations split a statement; a space keeps "FROM ${x}" apart from the next word.
      texts.push(
        [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' '),
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return texts;
}

const WRITE =
  /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?|ALTER\s+TABLE)\s+(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)"?/g;
const READ = /\b(?:FROM|JOIN)\s+(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)"?/g;

/** The known tables a piece of SQL reads and writes (a DELETE's FROM counts as a write only). */
export function tablesIn(
  sql: string,
  tables: ReadonlySet<string>,
): { table: string; access: Access }[] {
  const found: { table: string; access: Access }[] = [];
  const writeStarts = new Set<number>();
  for (const match of sql.matchAll(WRITE)) {
    const table = match[1].toLowerCase();
    writeStarts.add(match.index + match[0].length - match[1].length);
    if (tables.has(table)) found.push({ table, access: 'write' });
  }
  for (const match of sql.matchAll(READ)) {
    const table = match[1].toLowerCase();
    if (writeStarts.has(match.index + match[0].length - match[1].length)) continue;
    if (tables.has(table)) found.push({ table, access: 'read' });
  }
  return found;
}

/** Every TypeScript source file under `root`, specs excluded (they set up data on purpose). */
export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) files.push(path);
  }
  return files;
}

/** The SQL table references of every source file under `root`, with paths relative to it. */
export function tableReferences(root: string, tables: ReadonlySet<string>): TableReference[] {
  return sourceFiles(root).flatMap((path) => {
    const file = relative(root, path).split(sep).join('/');
    return literalsOf(readFileSync(path, 'utf8')).flatMap((sql) =>
      tablesIn(sql, tables).map((hit) => ({ file, ...hit })),
    );
  });
}
