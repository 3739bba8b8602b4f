import { describe, expect, it } from 'vitest';
import { CHOICE_TYPES, type LocalizedText, type Question } from '../format.js';
import { validateDefinition } from '../validate.js';
import {
  BUILTIN_QUESTIONNAIRE_KEY,
  builtinQuestionnaire,
  builtinQuestionnaireInput,
} from './index.js';

/** Every item of the TMG Socially Responsible Procurement Guidelines, section 5 (seed 000). */
const TMG_ITEMS = [
  ...range(1, 4), // general provisions
  ...range(2, 12), // environment
  ...range(3, 7), // human rights
  ...range(4, 12), // labour
  ...range(5, 8), // the economy
];

/** The 27 items the guidelines mark Mandatory. */
const TMG_MANDATORY = [
  '1.1',
  '1.3',
  '1.4',
  '2.9',
  '2.10',
  '2.11',
  '3.1',
  '3.2',
  '3.3',
  '3.5',
  ...range(4, 10),
  ...range(5, 7),
];

const THEMES = [
  'general',
  'human_rights',
  'labour',
  'health_safety',
  'environment',
  'fair_trade',
  'information_security',
  'quality',
];

const ID_PREFIX: Record<string, string> = {
  general: 'GEN',
  human_rights: 'HR',
  labour: 'LAB',
  health_safety: 'HS',
  environment: 'ENV',
  fair_trade: 'FT',
  information_security: 'SEC',
  quality: 'QUA',
};

const q = builtinQuestionnaire;
const questions = q.questions;
const byId = new Map(questions.map((question) => [question.id, question]));

function range(area: number, last: number): string[] {
  return Array.from({ length: last }, (_, i) => `${area}.${i + 1}`);
}

/** The reference split into its parts: `TMG 4.9, NAP foreign workers` → two parts. */
function refs(question: Question): string[] {
  return (question.reference ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The TMG item numbers a question cites. */
function tmgItems(question: Question): string[] {
  return refs(question)
    .filter((part) => part.startsWith('TMG '))
    .map((part) => part.slice(4));
}

const isChoice = (question: Question) => CHOICE_TYPES.includes(question.type);
const isScored = (question: Question) => isChoice(question) && question.weight > 0;

/** Every bilingual text in the document, with where it is. */
function localizedTexts(): { at: string; text: LocalizedText }[] {
  const out: { at: string; text: LocalizedText }[] = [];
  const add = (at: string, text: LocalizedText | undefined) => {
    if (text) out.push({ at, text });
  };
  add('title', q.title);
  add('description', q.description);
  for (const theme of q.themes) {
    add(`${theme.key}.title`, theme.title);
    add(`${theme.key}.description`, theme.description);
  }
  for (const question of questions) {
    add(`${question.id}.text`, question.text);
    add(`${question.id}.help`, question.help);
    add(`${question.id}.guidance`, question.guidance);
    for (const option of question.options ?? []) {
      add(`${question.id}.options.${option.value}`, option.label);
    }
  }
  return out;
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('the built-in questionnaire', () => {
  it('is valid by the format and every cross-document rule', () => {
    const result = validateDefinition(builtinQuestionnaire);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(validateDefinition(builtinQuestionnaireInput).ok).toBe(true);
    // It survives a JSON round trip, as stored and exported definitions do.
    expect(validateDefinition(JSON.parse(JSON.stringify(builtinQuestionnaireInput)))).toEqual({
      ok: true,
      definition: builtinQuestionnaire,
    });
  });

  it('has the key srp_saq and a bilingual title', () => {
    expect(q.key).toBe('srp_saq');
    expect(BUILTIN_QUESTIONNAIRE_KEY).toBe('srp_saq');
    expect(q.title.en).toBe('Socially Responsible Procurement SAQ');
    expect(q.title.ja).toMatch(JAPANESE);
  });

  it('has the eight themes in order, each weighted 1', () => {
    expect(q.themes.map((theme) => theme.key)).toEqual(THEMES);
    for (const theme of q.themes) expect(theme.weight, theme.key).toBe(1);
  });

  it('lists the questions theme by theme, in the order of the themes', () => {
    const order = questions.map((question) => THEMES.indexOf(question.theme));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('gives every question a unique, readable id numbered within its theme', () => {
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
    for (const theme of THEMES) {
      const ids = questions.filter((question) => question.theme === theme).map((x) => x.id);
      const expected = ids.map((_, i) => `${ID_PREFIX[theme]}-${String(i + 1).padStart(2, '0')}`);
      expect(ids, theme).toEqual(expected);
    }
  });

  it('has complete, non-empty texts in Japanese and English', () => {
    const texts = localizedTexts();
    expect(texts.length).toBeGreaterThan(500);
    for (const { at, text } of texts) {
      expect(text.ja.trim(), at).not.toBe('');
      expect(text.en.trim(), at).not.toBe('');
      expect(text.ja, `${at} (ja)`).toMatch(JAPANESE);
      expect(text.en, `${at} (en)`).not.toMatch(JAPANESE);
    }
    for (const question of questions) expect(question.text.ja, question.id).toMatch(/[。か）]$/);
  });

  describe('TMG coverage', () => {
    it('knows the 43 TMG items and the 27 mandatory ones', () => {
      expect(TMG_ITEMS).toHaveLength(43);
      expect(TMG_MANDATORY).toHaveLength(27);
      expect(TMG_ITEMS).toEqual(expect.arrayContaining(TMG_MANDATORY));
    });

    it('cites only items that exist, in the form "TMG 4.3"', () => {
      for (const question of questions) {
        for (const part of refs(question).filter((p) => p.startsWith('TMG'))) {
          expect(part, question.id).toMatch(/^TMG \d\.\d{1,2}$/);
          expect(TMG_ITEMS, `${question.id} cites ${part}`).toContain(part.slice(4));
        }
      }
    });

    it('asks about every TMG item 1.1–5.8', () => {
      const cited = new Set(questions.flatMap(tmgItems));
      expect(TMG_ITEMS.filter((item) => !cited.has(item))).toEqual([]);
    });

    it('asks about every TMG item at the core depth too', () => {
      const cited = new Set(questions.filter((x) => x.depth === 'core').flatMap(tmgItems));
      expect(TMG_ITEMS.filter((item) => !cited.has(item))).toEqual([]);
    });

    it('cites each of the 27 mandatory items by at least one critical question', () => {
      const cited = new Set(questions.filter((x) => x.critical).flatMap(tmgItems));
      expect(TMG_MANDATORY.filter((item) => !cited.has(item))).toEqual([]);
    });
  });

  describe('critical questions', () => {
    const critical = questions.filter((question) => question.critical);

    it('are reserved for the mandatory points (about 27–35)', () => {
      expect(critical.length).toBeGreaterThanOrEqual(27);
      expect(critical.length).toBeLessThanOrEqual(35);
    });

    it('are scored choice questions that can fail, with bilingual guidance', () => {
      for (const question of critical) {
        expect(isScored(question), question.id).toBe(true);
        expect(
          question.options?.some((option) => option.score === 0),
          question.id,
        ).toBe(true);
        expect(question.guidance?.ja.trim(), question.id).toBeTruthy();
        expect(question.guidance?.en.trim(), question.id).toBeTruthy();
        expect(question.level, question.id).toBe('mandatory');
        expect(
          tmgItems(question).some((item) => TMG_MANDATORY.includes(item)),
          `${question.id} cites a mandatory TMG item`,
        ).toBe(true);
      }
    });

    it('are only on mandatory points: a mandatory question cites a mandatory item', () => {
      for (const question of questions.filter((x) => x.level === 'mandatory')) {
        expect(
          tmgItems(question).some((item) => TMG_MANDATORY.includes(item)),
          question.id,
        ).toBe(true);
      }
    });
  });

  describe('depths', () => {
    const core = questions.filter((question) => question.depth === 'core');
    const extended = questions.filter((question) => question.depth === 'extended');

    it('keeps the core short: 50–80 questions', () => {
      expect(core.length).toBeGreaterThanOrEqual(50);
      expect(core.length).toBeLessThanOrEqual(80);
    });

    it('adds detail at the extended depth (25–55 questions)', () => {
      expect(extended.length).toBeGreaterThanOrEqual(25);
      expect(extended.length).toBeLessThanOrEqual(55);
      expect(core.length + extended.length).toBe(questions.length);
    });

    it('asks core and extended questions in every theme', () => {
      for (const theme of THEMES) {
        expect(
          core.some((x) => x.theme === theme),
          `${theme} core`,
        ).toBe(true);
        expect(
          extended.some((x) => x.theme === theme),
          `${theme} extended`,
        ).toBe(true);
      }
    });
  });

  describe('questions and options', () => {
    it('are mostly choice questions, with some facts asked as number, text, date or file', () => {
      const count = (type: string) => questions.filter((x) => x.type === type).length;
      expect(count('yes_no') + count('single_choice')).toBeGreaterThan(questions.length * 0.7);
      expect(count('multi_choice')).toBeGreaterThanOrEqual(3);
      for (const type of ['number', 'text', 'date', 'file']) {
        expect(count(type), type).toBeGreaterThanOrEqual(1);
      }
    });

    it('give choice questions distinct options, scores in [0, 1] and a way to full marks', () => {
      for (const question of questions.filter(isChoice)) {
        const options = question.options ?? [];
        expect(options.length, question.id).toBeGreaterThanOrEqual(2);
        expect(new Set(options.map((o) => o.value)).size, question.id).toBe(options.length);
        if (!isScored(question)) continue;
        const scores = options.map((o) => o.score).filter((s): s is number => s !== null);
        const best =
          question.type === 'multi_choice'
            ? scores.reduce((sum, s) => sum + s, 0)
            : Math.max(...scores);
        expect(best, question.id).toBeGreaterThanOrEqual(1);
        expect(Math.min(...scores), question.id).toBe(0);
        if (question.type === 'yes_no') {
          expect(
            options.map((o) => o.value),
            question.id,
          ).toEqual(['yes', 'no']);
        }
      }
    });

    it('mark "not applicable" only with score null and the value na', () => {
      for (const question of questions.filter(isScored)) {
        for (const option of question.options ?? []) {
          if (option.score === null) expect(option.value, question.id).toBe('na');
          if (option.value === 'na') expect(option.label.en).toMatch(/^Not applicable: /);
        }
      }
    });

    it('leave only fact questions unscored, and give no options to non-choice questions', () => {
      const unscoredChoices = questions.filter((x) => isChoice(x) && !isScored(x));
      expect(unscoredChoices.map((x) => x.id)).toEqual(['LAB-12']);
      for (const question of questions.filter((x) => !isChoice(x))) {
        expect(question.options ?? [], question.id).toEqual([]);
        expect(question.critical, question.id).toBe(false);
      }
    });

    it('print guidance for every question that can lose points', () => {
      for (const question of questions.filter(isScored)) {
        expect(question.guidance, question.id).toBeDefined();
        expect(question.guidance!.en.length, question.id).toBeGreaterThan(60);
      }
    });

    it('cite a source for every scored question', () => {
      for (const question of questions.filter(isScored)) {
        expect(refs(question).length, question.id).toBeGreaterThan(0);
      }
    });

    it('use evidence where a document proves the answer', () => {
      expect(questions.some((x) => x.evidence === 'optional')).toBe(true);
      expect(questions.some((x) => x.evidence === 'required')).toBe(true);
    });

    it('use showIf sparingly, for follow-ups on earlier choice questions and their values', () => {
      const conditional = questions.filter((x) => x.showIf);
      expect(conditional.length).toBeGreaterThan(0);
      expect(conditional.length).toBeLessThanOrEqual(questions.length * 0.2);
      for (const question of conditional) {
        const { questionId, in: values } = question.showIf!;
        const target = byId.get(questionId);
        expect(target, question.id).toBeDefined();
        expect(questions.indexOf(target!), question.id).toBeLessThan(questions.indexOf(question));
        expect(isChoice(target!), question.id).toBe(true);
        const offered = (target!.options ?? []).map((o) => o.value);
        for (const value of values) expect(offered, question.id).toContain(value);
      }
    });
  });

  describe('the other seeds', () => {
    const cites = (needle: string) => questions.filter((x) => refs(x).includes(needle));
    const themeText = (theme: string) =>
      questions
        .filter((x) => x.theme === theme)
        .map((x) => `${x.text.en} ${x.help?.en ?? ''}`)
        .join('\n');

    it('cover NESIC’s themes: OH&S, information security, product quality', () => {
      expect(cites('NESIC OH&S').length).toBeGreaterThanOrEqual(3);
      expect(cites('NESIC information security').length).toBeGreaterThanOrEqual(2);
      expect(cites('NESIC quality').length).toBeGreaterThanOrEqual(3);
      for (const question of cites('NESIC OH&S')) expect(question.theme).toBe('health_safety');
      for (const question of cites('NESIC quality')) expect(question.theme).toBe('quality');
    });

    it('cover the NAP’s points on foreign workers and technical interns', () => {
      expect(cites('NAP foreign workers').length).toBeGreaterThanOrEqual(4);
      expect(cites('NAP technical interns').length).toBeGreaterThanOrEqual(2);
      const labour = themeText('labour');
      for (const point of [
        /recruitment fees/,
        /passport/,
        /in a language they understand/,
        /advice and raise complaints in their own language/,
        /technical interns/,
      ]) {
        expect(labour).toMatch(point);
      }
      // The foreign-worker critical points are asked whenever foreign workers are present.
      const critical = questions.filter(
        (x) => x.critical && refs(x).includes('NAP foreign workers'),
      );
      expect(critical.length).toBeGreaterThanOrEqual(3);
      for (const question of critical) expect(question.showIf?.questionId).toBe('LAB-12');
    });

    it('cover conflict minerals: 3TG and the CMRT', () => {
      expect(cites('CMRT').length).toBeGreaterThanOrEqual(2);
      expect(themeText('fair_trade')).toMatch(/3TG/);
      const minerals = byId.get('FT-04')!;
      expect(minerals.critical).toBe(true);
      expect(tmgItems(minerals)).toContain('5.3');
    });

    it('cover due diligence, grievance mechanisms and whistleblower protection in general', () => {
      const general = themeText('general');
      expect(general).toMatch(/due diligence/);
      expect(general).toMatch(/grievance mechanism/);
      expect(general).toMatch(/whistleblowers/);
      expect(general).toMatch(/suppliers and subcontractors/);
    });
  });
});
