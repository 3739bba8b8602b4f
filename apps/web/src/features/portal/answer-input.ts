/** Turning what was typed or ticked into answer values (kept apart from the components to test them). */

const FULL_WIDTH = /[０-９．，－−ー＋]/g;
const ASCII: Record<string, string> = {
  '．': '.',
  '，': ',',
  '－': '-',
  '−': '-',
  ー: '-',
  '＋': '+',
};

/**
 * A typed number: null when empty, undefined when it is not a number. Japanese input methods
 * often produce full-width digits ("１２０"); thousands separators and spaces are ignored.
 */
export function parseNumberInput(text: string): number | null | undefined {
  const ascii = text
    .replace(FULL_WIDTH, (c) => ASCII[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s,]/g, '');
  if (ascii === '') return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(ascii)) return undefined;
  const n = Number(ascii);
  return Number.isFinite(n) ? n : undefined;
}

export function formatNumberInput(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** The option meaning "none of these" (as the built-in questionnaire names it) excludes the others. */
export const NONE_OPTION = 'none';

/** Ticks or unticks one option of a multiple choice; null when nothing is left ticked. */
export function toggleChoice(
  chosen: readonly string[],
  value: string,
  checked: boolean,
): string[] | null {
  let next: string[];
  if (!checked) next = chosen.filter((v) => v !== value);
  else if (value === NONE_OPTION) next = [NONE_OPTION];
  else next = [...chosen.filter((v) => v !== NONE_OPTION && v !== value), value];
  return next.length ? next : null;
}
