import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { sourceFiles, tableReferences, tablesIn } from './sql-references';
import { READ_MODELS_FOLDER, SEEDS_FOLDER, TABLE_OWNERS, ownerOf } from './table-ownership';

const SRC = join(__dirname, '..');
const MIGRATIONS = join(__dirname, '../../../../migrations');

/** Table → owner, from the modules' `*.tables.ts`. */
const owners = new Map<string, string>();
for (const [owner, tables] of Object.entries(TABLE_OWNERS)) {
  for (const table of Object.keys(tables)) owners.set(table, owner);
}
const tables = new Set(owners.keys());
const references = tableReferences(SRC, tables);
const isReadModel = (file: string) => file.startsWith(`${READ_MODELS_FOLDER}/`);
const ENTITY_REGISTRY = 'database/entities.ts';
const isSeed = (file: string) => file.startsWith(`${SEEDS_FOLDER}/`);

/** The tables the migrations leave behind: created in an `up`, not dropped in a later `up`. */
function migratedTables(): Set<string> {
  const found = new Set<string>();
  for (const name of readdirSync(MIGRATIONS)
    .filter((file) => /^\d+-.*\.ts$/.test(file))
    .sort()) {
    const up = readFileSync(join(MIGRATIONS, name), 'utf8').split(/async down\(/)[0];
    for (const match of up.matchAll(/(CREATE(?: UNLOGGED)? TABLE|DROP TABLE) ([a-z_]+)/g)) {
      if (match[1] === 'DROP TABLE') found.delete(match[2]);
      else found.add(match[2]);
    }
  }
  return found;
}

describe('table ownership', () => {
  it('gives every table of the schema exactly one owner', () => {
    const declared = Object.values(TABLE_OWNERS).flatMap((owned) => Object.keys(owned));
    expect(declared.length).toBe(new Set(declared).size);
    expect([...tables].sort()).toEqual([...migratedTables()].sort());
  });

  it('lets only the owner write a table', () => {
    const foreignWrites = references
      .filter((ref) => ref.access === 'write' && !isSeed(ref.file))
      .filter((ref) => owners.get(ref.table) !== ownerOf(ref.file))
      .map((ref) => `${ref.file} writes ${ref.table} (owned by ${owners.get(ref.table)})`);
    expect(foreignWrites).toEqual([]);
  });

  it('lets other modules read a table only where its owner allows it', () => {
    const undeclared = references
      .filter((ref) => ref.access === 'read' && !isReadModel(ref.file) && !isSeed(ref.file))
      .filter((ref) => {
        const owner = owners.get(ref.table) as string;
        const reader = ownerOf(ref.file);
        return owner !== reader && !TABLE_OWNERS[owner][ref.table].readBy?.includes(reader);
      })
      .map((ref) => `${ref.file} reads ${ref.table} (owned by ${owners.get(ref.table)})`);
    expect([...new Set(undeclared)]).toEqual([]);
  });

  it('names only existing modules as readers', () => {
    const modules = new Set(sourceFiles(SRC).map((path) => ownerOf(toFile(path))));
    const unknown = Object.values(TABLE_OWNERS)
      .flatMap((owned) => Object.values(owned).flatMap((table) => table.readBy ?? []))
      .filter((reader) => !modules.has(reader));
    expect(unknown).toEqual([]);
  });

  it('keeps SQL in *.queries.ts files', () => {
    const elsewhere = [...new Set(references.map((ref) => ref.file))].filter(
      (file) => !file.endsWith('.queries.ts'),
    );
    expect(elsewhere).toEqual([]);
  });

  it("keeps another module's entities out of a module's code", () => {
    const crossings = sourceFiles(SRC)
      .map(toFile)
      // The database setup registers every entity with TypeORM; it reads and writes nothing.
      .filter((file) => !file.includes('/entities/') && !isSeed(file) && file !== ENTITY_REGISTRY)
      .flatMap((file) =>
        [...readFileSync(join(SRC, file), 'utf8').matchAll(/from '(\.[^']*\/entities\/[^']*)'/g)]
          .map((match) => toFile(join(SRC, file, '..', match[1])))
          .filter((entity) => ownerOf(entity) !== ownerOf(file))
          .map((entity) => `${file} imports ${entity}`),
      );
    expect(crossings).toEqual([]);
  });
});

describe('the SQL scanner', () => {
  const known = new Set(['actors', 'measures', 'users']);

  it('finds reads and writes, and no tables in plain prose', () => {
    expect(tablesIn('UPDATE actors SET name = $1', known)).toEqual([
      { table: 'actors', access: 'write' },
    ]);
    expect(tablesIn('DELETE FROM measures WHERE id = $1', known)).toEqual([
      { table: 'measures', access: 'write' },
    ]);
    expect(tablesIn('SELECT 1 FROM measures m JOIN users u ON u.id = m.x', known)).toEqual([
      { table: 'measures', access: 'read' },
      { table: 'users', access: 'read' },
    ]);
    expect(tablesIn('Could not update actors from the file', known)).toEqual([]);
  });
});

function toFile(path: string): string {
  return relative(SRC, path).split(sep).join('/');
}
