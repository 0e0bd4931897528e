import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Runs axe-core (WCAG 2.1 A/AA rules) on the page as it is now and returns the
 * problems a test must not accept: serious or critical violations, and any
 * colour contrast axe could not decide ("incomplete"), since an undecided
 * contrast has hidden unreadable controls before.
 */
export async function accessibilityProblems(page: Page, scope?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (scope) builder = builder.include(scope);
  const results = await builder.analyze();
  const problems: string[] = [];
  for (const v of results.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    for (const node of v.nodes) problems.push(`${v.id} (${v.impact}): ${node.target.join(' ')} – ${node.failureSummary ?? ''}`);
  }
  for (const v of results.incomplete) {
    if (v.id !== 'color-contrast') continue;
    for (const node of v.nodes) problems.push(`color-contrast (ej avgjord): ${node.target.join(' ')} – ${node.failureSummary ?? ''}`);
  }
  return problems;
}
