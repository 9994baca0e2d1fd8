import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { STEP_STATUS_ICONS } from '@gw/web/shared/ui';
import { APP_ICONS } from './app-icons';

/** Every file of the web app and its libraries that can name an icon. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'node_modules' ? [] : sources(path);
    return /\.(html|ts)$/.test(entry) && !entry.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('APP_ICONS', () => {
  const root = join(__dirname, '..', '..', '..', '..');
  const files = [
    ...sources(join(root, 'apps', 'web', 'src')),
    ...sources(join(root, 'libs', 'web')),
  ];

  it('registers every icon the templates name', () => {
    const used = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const [, name] of text.matchAll(/svgIcon="([a-z0-9_]+)"/g)) used.add(name!);
      // In a bound expression the icons are the results of conditions (`a === 'x' ? 'icon' :
      // 'other'`), not the values compared.
      for (const [, expression] of text.matchAll(/\[svgIcon\]="([^"]+)"/g)) {
        for (const [, name] of expression!.matchAll(/(?:^|[?:])\s*'([a-z0-9_]+)'/g))
          used.add(name!);
      }
      for (const [, name] of text.matchAll(/\bicon="([a-z0-9_]+)"/g)) used.add(name!);
    }
    expect(used.size).toBeGreaterThan(15);
    expect([...used].filter((name) => !APP_ICONS[name])).toEqual([]);
  });

  it('registers the icons chosen in code: one per step status', () => {
    const missing = Object.values(STEP_STATUS_ICONS).filter((name) => !APP_ICONS[name]);
    expect(missing).toEqual([]);
  });

  it('holds real SVG markup for each icon', () => {
    for (const svg of Object.values(APP_ICONS)) expect(svg).toMatch(/^<svg[^>]*viewBox/);
  });
});
