import type { AxeResults, Result, RunOptions } from 'axe-core';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** The rules of WCAG 2.1 levels A and AA (the level Section 508 and EN 301 549 require). */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// `@axe-core/playwright` needs Node 22; the engine itself is one script, injected into the page. The
// app's CSP refuses inline scripts, so the browser context must be launched with `bypassCSP: true`.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const FAILING_IMPACTS = new Set(['serious', 'critical']);

/** Runs axe-core's WCAG 2.1 A/AA rules on the page as it is now and returns what they found. */
export async function runAxe(page: Page): Promise<AxeResults> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE });
  const options: RunOptions = {
    runOnly: { type: 'tag', values: WCAG_21_AA_TAGS },
    resultTypes: ['violations'],
  };
  return page.evaluate(
    (runOptions) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, runOptions),
    options,
  );
}

/** One line per node: the rule, its impact, where, and axe's summary of how to fix it. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map(
          (node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      return `  ${violation.id} (${violation.impact}, ${violation.nodes.length} node${violation.nodes.length === 1 ? '' : 's'}): ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/** Fails, listing rule, nodes and fix, when axe finds a serious or critical WCAG 2.1 A/AA violation. */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const { violations } = await runAxe(page);
  const failing = violations.filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''));
  if (failing.length > 0) {
    throw new Error(
      `${label}: ${failing.length} serious or critical accessibility violation(s)\n${describeViolations(failing)}`,
    );
  }
}
