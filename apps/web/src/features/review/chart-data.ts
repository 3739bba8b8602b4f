import { type Dashboard, GRADES } from '@ses/api-types';

export const CHART_GRADES = GRADES;
export type ChartGrade = (typeof CHART_GRADES)[number];

/**
 * Bar colours per grade, of the same families as GradeBadge (A and Z its fills, B–D and N/A
 * its border tones, which stay visible on white). Legend and data table carry the letters.
 */
export const GRADE_COLORS: Record<ChartGrade, string> = {
  A: '#1e6b35',
  B: '#7fbf8f',
  C: '#e3b25e',
  D: '#e59a93',
  Z: '#b3261e',
  'N/A': '#aab4c0',
};

export interface TimelineData {
  labels: string[];
  /** Response rate per day, in percent (0–100). */
  rates: number[];
  submitted: number[];
}

/** The cumulative response rate per day, as percentages for the line chart. */
export function timelineData(timeline: Dashboard['timeline'], formatDate: (isoDate: string) => string): TimelineData {
  return {
    labels: timeline.map((p) => formatDate(p.date)),
    rates: timeline.map((p) => Math.round(p.rate * 1000) / 10),
    submitted: timeline.map((p) => p.submitted),
  };
}

export interface DistributionRow {
  key: string;
  title: string;
  counts: Record<ChartGrade, number>;
  total: number;
}

/** One row per theme (in the given order, then any theme only the data knows), counts for every grade. */
export function distributionRows(
  distribution: Dashboard['gradeDistribution'],
  themes: { key: string; title: string }[],
): DistributionRow[] {
  const known = new Set(themes.map((t) => t.key));
  const all = [...themes, ...Object.keys(distribution).filter((k) => !known.has(k)).map((key) => ({ key, title: key }))];
  return all.map(({ key, title }) => {
    const counts = Object.fromEntries(CHART_GRADES.map((g) => [g, distribution[key]?.[g] ?? 0])) as Record<ChartGrade, number>;
    return { key, title, counts, total: CHART_GRADES.reduce((s, g) => s + counts[g], 0) };
  });
}

export interface StackedDataset {
  label: string;
  data: number[];
  backgroundColor: string;
  borderColor: string;
  borderWidth: number;
}

/** Chart.js datasets for the stacked bars: one dataset per grade, one bar per theme. Grades nobody got are left out. */
export function distributionDatasets(rows: DistributionRow[]): { labels: string[]; datasets: StackedDataset[] } {
  const used = CHART_GRADES.filter((g) => rows.some((r) => r.counts[g] > 0));
  return {
    labels: rows.map((r) => r.title),
    datasets: used.map((g) => ({
      label: g,
      data: rows.map((r) => r.counts[g]),
      backgroundColor: GRADE_COLORS[g],
      borderColor: '#ffffff',
      borderWidth: 1,
    })),
  };
}

/** A one-sentence summary of a theme's grades for screen readers: "Labour: A 3, Z 1". */
export function distributionSummary(row: DistributionRow): string {
  const parts = CHART_GRADES.filter((g) => row.counts[g] > 0).map((g) => `${g} ${row.counts[g]}`);
  return `${row.title}: ${parts.length ? parts.join(', ') : '—'}`;
}
