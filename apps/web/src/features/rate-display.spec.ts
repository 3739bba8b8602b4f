import { describe, expect, it } from 'vitest';
import { createSSRApp, type Component } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { createI18n } from 'vue-i18n';
import type { FeedbackSheet } from '@ses/api-types';
import consoleEn from '@/locales/en.json';
import consoleJa from '@/locales/ja.json';
import BenchmarksTable from './campaigns/components/BenchmarksTable.vue';
import { formatRate } from '@/app/grades';
import GradeTable from './portal/components/GradeTable.vue';
import FeedbackTable from './portal/follow-up/components/FeedbackTable.vue';
import followUpEn from './portal/follow-up/locales/en.json';
import followUpJa from './portal/follow-up/locales/ja.json';
import portalEn from './portal/locales/en.json';
import portalJa from './portal/locales/ja.json';

/**
 * The same rates as the API's rate-display test (feedback PDF, CSV, XLSX): just under a
 * threshold, at one, near zero. The console and the portal must show the same digits.
 */
const SHOWN: [number, string][] = [
  [79.96, '79.9'],
  [59.99, '59.9'],
  [80, '80.0'],
  [0.04, '0.0'],
];
const themes = SHOWN.map((_, i) => ({ key: `t${i}`, title: `Theme ${i}` }));

async function render(component: Component, props: Record<string, unknown>, locale: 'en' | 'ja'): Promise<string> {
  const i18n = createI18n({
    legacy: false,
    locale,
    missingWarn: false,
    messages: {
      en: { ...consoleEn, ...portalEn, ...followUpEn },
      ja: { ...consoleJa, ...portalJa, ...followUpJa },
    } as never,
  });
  const html = await renderToString(createSSRApp(component, props).use(i18n));
  return html.replace(/<!--[\s\S]*?-->/g, '');
}

/** The percentages a page shows as text, in order (bar widths in style attributes are not text). */
const figures = (html: string) => html.replace(/<[^>]*>/g, ' ').match(/\d+\.\d+\s?%/g) ?? [];

describe('rates as people read them in the console and the portal', () => {
  it('the console formats a rate truncated to one decimal, the decimal always written', () => {
    for (const [rate, shown] of SHOWN) {
      expect(formatRate(rate, 'en')).toBe(`${shown}%`);
      expect(formatRate(rate, 'ja')).toBe(`${shown}%`);
    }
    expect(formatRate(59.99999999999999, 'en')).toBe('60.0%');
    expect(formatRate(null, 'en')).toBe('—');
  });

  it('the console’s benchmark table shows the same digits', async () => {
    const rates = Object.fromEntries(SHOWN.map(([rate], i) => [`t${i}`, rate]));
    const html = await render(BenchmarksTable, { benchmarks: { overall: rates, byProductType: { Cables: rates } }, themes }, 'en');
    expect(figures(html)).toEqual(SHOWN.flatMap(([, shown]) => [`${shown}%`, `${shown}%`]));
  });

  it('the portal’s grade table shows the same digits, in both languages', async () => {
    const theme = (rate: number) => ({ earned: 0, possible: 1, rate, grade: 'B', criticalFailures: [], lostPoints: [] });
    const result = {
      rulesVersion: '1',
      depth: 'core',
      thresholds: { A: 80, B: 60, C: 40 },
      themes: Object.fromEntries(SHOWN.map(([rate], i) => [`t${i}`, theme(rate)])),
      overall: { rate: 79.96, grade: 'B' },
    };
    const portalThemes = themes.map((th) => ({ key: th.key, title: { ja: th.title, en: th.title }, weight: 1 }));
    for (const locale of ['en', 'ja'] as const) {
      const html = await render(GradeTable, { result, themes: portalThemes }, locale);
      expect(figures(html)).toEqual(['79.9%', ...SHOWN.map(([, shown]) => `${shown}%`)]);
    }
  });

  it('the portal’s feedback sheet shows the same digits', async () => {
    const sheet: FeedbackSheet = {
      language: 'en',
      organizationName: 'Buyer',
      campaignName: 'Survey',
      supplierName: 'Supplier',
      productType: 'Cables',
      submittedAt: null,
      releasedAt: null,
      overall: { rate: 79.96, grade: 'B', computedGrade: 'B' },
      themes: SHOWN.map(([rate], i) => ({
        key: `t${i}`,
        title: `Theme ${i}`,
        rate,
        grade: 'B',
        computedGrade: 'B',
        productTypeAverage: rate,
        criticalFailures: [],
        lostPoints: [],
      })),
      nextSteps: [],
    };
    const html = await render(FeedbackTable, { sheet }, 'en');
    expect(figures(html)).toEqual(['79.9%', ...SHOWN.flatMap(([, shown]) => [`${shown}%`, `${shown}%`])]);
  });
});
