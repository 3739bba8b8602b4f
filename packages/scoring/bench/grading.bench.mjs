// Grading throughput (DESIGN §7: at least 1,000,000 answers graded per second on one core),
// measured against a floor: the same weights × scores summed by a bare loop over arrays
// extracted beforehand, the least work any grader could do. Runs against the built dist/:
//   npm run build && npm run bench
import { performance } from 'node:perf_hooks';
import * as questionnaire from '@ses/questionnaire';
import { grade } from '../dist/index.js';

const BUDGET = 1_000_000; // answers per second
const SETS = 20_000;
const GRADE_SECONDS = 4;
const FLOOR_SECONDS = 1.5;

// A small seeded PRNG: the same answer sets on every run, so runs compare.
let seed = 0x2f6b1d3;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (items) => items[Math.floor(random() * items.length)];

const { definition, source } = loadDefinition();
const answerSets = Array.from({ length: SETS }, makeAnswerSet);
const floor = extractFloorArrays();
const answersPerPass = floor.count;

// Warm up until the JIT has settled on the optimised code.
let sink = 0;
for (let i = 0; i < 3; i++) sink += gradePass();

const gradeRate = measure(gradePass, GRADE_SECONDS);
const floorRate = measure(floorPass, FLOOR_SECONDS);
const ratio = gradeRate / floorRate;
const pass = gradeRate >= BUDGET;

const n = (x) => Math.round(x).toLocaleString('en');
console.log(
  `definition: ${source}, ${definition.questions.length} questions in ${definition.themes.length} themes; ` +
    `${n(SETS)} answer sets, ${n(answersPerPass / SETS)} in-scope answers each on average`,
);
console.log(
  `grading: ${n(gradeRate)} answers/s (floor ${n(floorRate)}/s, ratio ${ratio.toFixed(3)} of floor) ` +
    `budget ≥ ${n(BUDGET)}/s: ${pass ? 'PASS' : 'FAIL'}`,
);
if (!Number.isFinite(sink)) console.log('(checksum)', sink); // keeps the work observable
process.exit(pass ? 0 : 1);

/** Answers per second: the median of one-pass rounds over `seconds`. */
function measure(pass, seconds) {
  const rates = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end || rates.length < 3) {
    const start = performance.now();
    sink += pass();
    rates.push(answersPerPass / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)];
}

function gradePass() {
  let sum = 0;
  for (let i = 0; i < answerSets.length; i++) {
    const set = answerSets[i];
    const result = grade(definition, set.answers, { depth: set.depth });
    sum += result.overall.rate ?? 0;
  }
  return sum;
}

/** The theoretical minimum: Σ w×s and Σ w per theme, then the rates, with nothing else. */
function floorPass() {
  const { offsets, weights, scores, themes } = floor;
  const earned = new Float64Array(definition.themes.length);
  const possible = new Float64Array(definition.themes.length);
  let sum = 0;
  for (let i = 0; i < SETS; i++) {
    earned.fill(0);
    possible.fill(0);
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      earned[themes[k]] += weights[k] * scores[k];
      possible[themes[k]] += weights[k];
    }
    for (let t = 0; t < earned.length; t++)
      if (possible[t] > 0) sum += (earned[t] / possible[t]) * 100;
  }
  return sum;
}

/** Every in-scope answer of every set as (theme, weight, score), unscored ones with weight 0. */
function extractFloorArrays() {
  const themeIndex = new Map(definition.themes.map((t, i) => [t.key, i]));
  const offsets = new Int32Array(SETS + 1);
  const rows = [];
  answerSets.forEach((set, i) => {
    for (const q of questionnaire.questionsInScope(definition, set.depth, set.answers)) {
      const value = set.answers[q.id]?.value;
      const options = q.options ?? [];
      const chosen = options.filter((o) =>
        Array.isArray(value) ? value.includes(o.value) : o.value === value,
      );
      const scored = chosen.filter((o) => o.score !== null);
      const score = Math.min(
        1,
        scored.reduce((s, o) => s + o.score, 0),
      );
      const scorable =
        options.some((o) => o.score !== null) &&
        q.weight > 0 &&
        (scored.length > 0 || chosen.length === 0);
      rows.push([themeIndex.get(q.theme), scorable ? q.weight : 0, score]);
    }
    offsets[i + 1] = rows.length;
  });
  return {
    count: rows.length,
    offsets,
    themes: Int32Array.from(rows, (r) => r[0]),
    weights: Float64Array.from(rows, (r) => r[1]),
    scores: Float64Array.from(rows, (r) => r[2]),
  };
}

/** One supplier's answers, shaped as the API reads them from JSON. */
function makeAnswerSet() {
  const depth = random() < 0.3 ? 'extended' : 'core';
  const answers = {};
  for (const q of definition.questions) {
    if (random() < 0.08) continue; // left unanswered
    const options = q.options ?? [];
    let value;
    if (q.type === 'yes_no' || q.type === 'single_choice') {
      // Most suppliers mostly comply: bias towards the first (best) options.
      value = options[Math.floor(random() ** 2 * options.length)]?.value;
    } else if (q.type === 'multi_choice') {
      value = options.filter(() => random() < 0.5).map((o) => o.value);
    } else if (q.type === 'number') value = Math.floor(random() * 1000);
    else if (q.type === 'date') value = '2025-04-01';
    else if (q.type === 'file') value = ['att-' + Math.floor(random() * 1e6)];
    else value = 'We review this every year.';
    if (value !== undefined) answers[q.id] = { value };
  }
  return { depth, answers: JSON.parse(JSON.stringify(answers)) };
}

/** The built-in questionnaire when @ses/questionnaire has one, else a synthetic one of its size. */
function loadDefinition() {
  const builtin = questionnaire.builtinQuestionnaire;
  const raw = typeof builtin === 'function' ? builtin() : builtin;
  if (raw)
    return {
      definition: questionnaire.definitionSchema.parse(raw),
      source: 'built-in questionnaire',
    };
  return {
    definition: questionnaire.definitionSchema.parse(synthetic()),
    source: 'synthetic questionnaire',
  };
}

function synthetic() {
  const t = (s) => ({ ja: s, en: s });
  const option = (value, score) => ({ value, label: t(value), score });
  const themes = [
    'general',
    'human_rights',
    'labour',
    'health_safety',
    'environment',
    'fair_trade',
    'information_security',
    'quality',
  ];
  const questions = [];
  for (const theme of themes) {
    for (let i = 1; i <= 12; i++) {
      const id = `${theme.slice(0, 3).toUpperCase()}-${String(i).padStart(2, '0')}`;
      const roll = random();
      const q = {
        id,
        theme,
        text: t(id),
        critical: random() < 0.3,
        depth: random() < 0.25 ? 'extended' : 'core',
        weight: pick([1, 1, 1, 2, 3]),
      };
      if (roll < 0.55)
        Object.assign(q, {
          type: 'yes_no',
          options: [
            option('yes', 1),
            option('no', 0),
            ...(random() < 0.2 ? [option('na', null)] : []),
          ],
        });
      else if (roll < 0.8)
        Object.assign(q, {
          type: 'single_choice',
          options: [
            option('full', 1),
            option('mostly', 0.75),
            option('partly', 0.5),
            option('planned', 0.25),
            option('none', 0),
          ],
        });
      else if (roll < 0.9)
        Object.assign(q, {
          type: 'multi_choice',
          options: [
            option('policy', 0.4),
            option('training', 0.3),
            option('audit', 0.3),
            option('none_apply', null),
          ],
        });
      else Object.assign(q, { type: pick(['text', 'number', 'date', 'file']), critical: false });
      // Every fourth question follows up on the one before when that one is a yes/no.
      const previous = questions.at(-1);
      if (
        i % 4 === 0 &&
        previous?.theme === theme &&
        previous.type === 'yes_no' &&
        q.depth === previous.depth
      ) {
        q.showIf = { questionId: previous.id, in: ['yes'] };
      }
      questions.push(q);
    }
  }
  return {
    key: 'synthetic',
    title: t('Synthetic'),
    themes: themes.map((key) => ({ key, title: t(key) })),
    questions,
  };
}
