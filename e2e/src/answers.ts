import { builtinQuestionnaire, isAsked, type Answer } from '@ses/questionnaire';

/** Best answers everywhere except one critical point left unaddressed: one Z theme. */
export function answersWithOneCriticalFailure(fail = true): { answers: Record<string, Answer>; failed: string } {
  const failed = builtinQuestionnaire.questions.find((q) => q.critical && q.depth === 'core' && !q.showIf && q.theme === 'labour')!;
  const answers: Record<string, Answer> = {};
  for (const q of builtinQuestionnaire.questions) {
    if (!isAsked(q, 'core', answers, builtinQuestionnaire)) continue;
    const scored = [...(q.options ?? [])].filter((o) => o.score !== null).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
    const options = scored.length ? scored : (q.options ?? []);
    if (q.type === 'yes_no' || q.type === 'single_choice') answers[q.id] = { value: (fail && q.id === failed.id ? options.at(-1)! : options[0]).value };
    else if (q.type === 'multi_choice') answers[q.id] = { value: [options[0].value] };
    else if (q.type === 'number') answers[q.id] = { value: 12 };
    else if (q.type === 'date') answers[q.id] = { value: '2026-04-01' };
    else if (q.type === 'text') answers[q.id] = { value: 'Written policy, reviewed yearly.' };
  }
  return { answers, failed: failed.id };
}

