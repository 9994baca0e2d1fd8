// Writes `file.br` (brotli, maximum quality) and `file.gz` (gzip, level 9) beside every text file
// of a built web app, once at build time, so that the API sends them as they are
// (@fastify/static's `preCompressed`) instead of compressing on every request or not at all.
// Usage: node tools/scripts/precompress.mjs <folder> (the web build runs it on dist/apps/web/browser).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TEXT_FILES = new Set(['.js', '.css', '.html', '.svg', '.json', '.txt', '.map']);
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

async function compress(file) {
  const content = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  // A file too small to gain is left alone: the server then sends the original.
  if (br.length < content.length) await writeFile(`${file}.br`, br);
  if (gz.length < content.length) await writeFile(`${file}.gz`, gz);
  return { raw: content.length, br: Math.min(br.length, content.length) };
}

const folder = process.argv[2];
if (!folder) {
  console.error('Usage: node tools/scripts/precompress.mjs <folder>');
  process.exit(1);
}
const files = (await readdir(folder, { recursive: true }))
  .filter((name) => TEXT_FILES.has(extname(name)))
  .map((name) => join(folder, name));
const sizes = await Promise.all(files.map(compress));
const sum = (key) => sizes.reduce((total, size) => total + size[key], 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(
  `Precompressed ${files.length} files in ${folder}: ${kb(sum('raw'))}, ${kb(sum('br'))} as brotli.`,
);
