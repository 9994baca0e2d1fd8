import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * axe-core's browser build, evaluated in the page before each check (as an evaluation, not a
 * script tag: the app's Content Security Policy rightly refuses inline scripts).
 */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** What a person who relies on a screen reader or the keyboard cannot get past. */
const BLOCKING = new Set(['serious', 'critical']);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA, plus its best practices) on what the page shows now and
 * throws on every serious or critical violation, naming the rule and the elements. Stories call
 * it through their screenshots, so every page and dialog a story visits is checked, at desktop
 * and at phone width.
 */
export async function expectNoSeriousViolations(page: Page, step: string): Promise<void> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(document, {
      resultTypes: ['violations'],
      // Still marked experimental in axe-core, so off by default; a name that does not contain the
      // visible text confuses speech control ("click Schritt hinzufügen"), so it is checked too.
      rules: { 'label-content-name-mismatch': { enabled: true } },
    })) as {
      violations: Violation[];
    };
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target })),
    }));
  });
  const blocking = violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
  if (blocking.length === 0) return;
  const lines = blocking.map(
    (violation) =>
      `${violation.impact} ${violation.id} (${violation.help}): ` +
      violation.nodes.map((node) => JSON.stringify(node.target)).join(', '),
  );
  throw new Error(`axe-core at "${step}" (${page.url()}):\n${lines.join('\n')}`);
}
