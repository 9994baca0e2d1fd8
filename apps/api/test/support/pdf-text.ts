import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

/** The numbered objects of a PDF, with their streams inflated. */
function pdfObjects(pdf: Buffer): Map<string, PdfObject> {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, PdfObject>();
  for (const match of raw.matchAll(/(\d+) 0 obj\b([\s\S]*?)\bendobj/g)) {
    const body = match[2] ?? '';
    const start = body.indexOf('stream');
    if (start < 0) {
      objects.set(match[1]!, { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, start);
    const from = (match.index ?? 0) + match[0].indexOf(body) + start + 'stream'.length;
    const offset = raw[from] === '\r' ? 2 : 1;
    const end = raw.indexOf('endstream', from);
    const bytes = pdf.subarray(from + offset, end);
    objects.set(match[1]!, {
      dict,
      stream: dict.includes('/FlateDecode') ? inflateSync(bytes) : bytes,
    });
  }
  return objects;
}

const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');

/** A font's ToUnicode CMap: its codes (as hex) to text. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(code!.toLowerCase(), utf16(text!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = block[1]!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:<([0-9a-fA-F]+)>|\[([^\]]*)\])/g,
    );
    for (const [, from, to, start, list] of ranges) {
      const width = from!.length;
      const first = parseInt(from!, 16);
      const targets = list ? [...list.matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => m[1]!) : null;
      for (let code = first; code <= parseInt(to!, 16); code += 1) {
        const key = code.toString(16).padStart(width, '0');
        const target =
          targets?.[code - first] ??
          (parseInt(start!, 16) + code - first).toString(16).padStart(start!.length, '0');
        map.set(key, utf16(target));
      }
    }
  }
  return map;
}

/**
 * The text of a PDF made by pdfkit, for assertions on what a document says: every text-showing
 * operator of every content stream, decoded through its font's ToUnicode map, runs joined by a
 * space (so a name broken across lines still reads as one).
 */
export function pdfText(pdf: Buffer): string {
  const objects = pdfObjects(pdf);
  const cmaps = new Map<string, Map<string, string>>();
  for (const object of objects.values()) {
    for (const [, name, ref] of object.dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(ref!);
      const unicodeRef = /\/ToUnicode (\d+) 0 R/.exec(font?.dict ?? '')?.[1];
      const stream = unicodeRef ? objects.get(unicodeRef)?.stream : null;
      if (stream) cmaps.set(name!, toUnicode(stream.toString('latin1')));
    }
  }
  const runs: string[] = [];
  for (const object of objects.values()) {
    if (!object.stream || object.dict.includes('/Length1')) continue;
    const content = object.stream.toString('latin1');
    if (content.includes('begincmap')) continue;
    let cmap: Map<string, string> | undefined;
    for (const op of content.matchAll(
      /\/(F\d+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g,
    )) {
      if (op[1]) {
        cmap = cmaps.get(op[1]);
        continue;
      }
      const hex = op[2]
        ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('')
        : op[3];
      const text = (hex ?? '').match(/.{4}/g) ?? [];
      runs.push(text.map((code) => cmap?.get(code.toLowerCase()) ?? '').join(''));
    }
  }
  return runs.join(' ').replace(/\s+/g, ' ');
}
