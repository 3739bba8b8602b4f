import type { Page } from 'playwright-core';

/**
 * Answers every question shown on the current theme the way a careful supplier would:
 * the first option of each choice question (the best practice comes first), figures and
 * dates where asked. Follow-up questions appear as answers are given, so it goes round
 * until nothing is left unanswered.
 */
export async function answerVisibleQuestions(page: Page, limit = Infinity): Promise<number> {
  let answered = 0;
  for (let round = 0; round < 10 && answered < limit; round++) {
    let changed = false;
    const items = page.locator('article.qi');
    const count = await items.count();
    for (let i = 0; i < count && answered < limit; i++) {
      const item = items.nth(i);
      const radios = item.locator('.ai__options input[type="radio"]');
      const boxes = item.locator('.ai__options input[type="checkbox"]');
      const number = item.locator('input[inputmode="decimal"]');
      const date = item.locator('input[type="date"]');
      const text = item.locator('textarea.ai__control');
      if ((await radios.count()) > 0) {
        if ((await item.locator('.ai__options input[type="radio"]:checked').count()) > 0) continue;
        await radios.first().check();
      } else if ((await boxes.count()) > 0) {
        if ((await item.locator('.ai__options input[type="checkbox"]:checked').count()) > 0) continue;
        await boxes.first().check();
      } else if ((await number.count()) > 0) {
        if (await number.inputValue()) continue;
        await number.fill('25');
      } else if ((await date.count()) > 0) {
        if (await date.inputValue()) continue;
        await date.fill('2026-03-31');
      } else if ((await text.count()) > 0) {
        if (await text.inputValue()) continue;
        await text.fill('Handled under our written policy, reviewed every year.');
      } else continue;
      answered++;
      changed = true;
    }
    if (!changed) break;
  }
  return answered;
}

export async function waitUntilSaved(page: Page): Promise<void> {
  await page.getByText(/^Saved/).first().waitFor({ timeout: 15_000 });
}
