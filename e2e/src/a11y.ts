import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The WCAG 1.4.12 text-spacing bookmarklet as a stylesheet: line height 1.5, paragraphs
 * 2 em apart, letters 0.12 em and words 0.16 em. Content must still fit and show.
 */
export const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** Lets the page lay itself out (two frames) after a viewport or style change. */
export const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** How far an element reaches sideways: its box, and its own content if that overflows. */
export async function widthOf(el: Locator): Promise<{ right: number; scroll: number; client: number }> {
  return el.evaluate((e) => ({ right: Math.ceil(e.getBoundingClientRect().right), scroll: e.scrollWidth, client: e.clientWidth }));
}

/** Fails when an element sticks out of a viewport `width` wide or clips its own content. */
export async function expectFits(el: Locator, width: number, label: string): Promise<void> {
  const w = await widthOf(el);
  expect(w.right, `${label}: right edge`).toBeLessThanOrEqual(width);
  expect(w.scroll, `${label}: content wider than its box`).toBeLessThanOrEqual(w.client);
  expect(await el.page().evaluate(() => document.documentElement.scrollWidth), `${label}: page scrolls sideways`).toBeLessThanOrEqual(width);
}

/**
 * What a keyboard user sees of the focused element in the current colour mode: an outline
 * (which forced-colours modes keep and paint), not only a box-shadow (which they drop).
 */
export async function focusIndicator(page: Page): Promise<{ tag: string; outlineStyle: string; outlineWidth: number; outlineColor: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { tag: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}`, outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth), outlineColor: s.outlineColor };
  });
}

/** Tabs through the first `count` stops and expects each to draw a visible outline. */
export async function expectVisibleFocusOnTab(page: Page, count: number, label: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let checked = 0;
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const f = await focusIndicator(page);
    if (f.tag.startsWith('body')) break;
    checked++;
    expect(f.outlineStyle, `${label}: focus on ${f.tag} has no outline`).not.toBe('none');
    expect(f.outlineWidth, `${label}: focus outline on ${f.tag}`).toBeGreaterThanOrEqual(2);
    expect(f.outlineColor, `${label}: focus outline colour on ${f.tag}`).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
  }
  // A page whose first Tab lands nowhere would otherwise pass having checked nothing.
  expect(checked, `${label}: no focus stop reached`).toBeGreaterThan(0);
}
