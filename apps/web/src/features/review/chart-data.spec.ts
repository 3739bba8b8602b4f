import { describe, expect, it } from 'vitest';
import { distributionDatasets, distributionRows, distributionSummary, timelineData } from './chart-data';

describe('chart data', () => {
  it('turns the timeline into percentages', () => {
    const d = timelineData(
      [
        { date: '2025-01-01', submitted: 1, rate: 1 / 3 },
        { date: '2025-01-02', submitted: 3, rate: 1 },
      ],
      (s) => s.slice(5),
    );
    expect(d).toEqual({ labels: ['01-01', '01-02'], rates: [33.3, 100], submitted: [1, 3] });
  });

  it('orders themes as given, fills missing grades with 0 and keeps unknown themes', () => {
    const rows = distributionRows({ env: { A: 2, Z: 1 }, extra: { B: 1 } }, [
      { key: 'labour', title: 'Labour' },
      { key: 'env', title: 'Environment' },
    ]);
    expect(rows.map((r) => r.key)).toEqual(['labour', 'env', 'extra']);
    expect(rows[0].total).toBe(0);
    expect(rows[1].counts).toEqual({ A: 2, B: 0, C: 0, D: 0, Z: 1, 'N/A': 0 });
    expect(rows[1].total).toBe(3);
    expect(distributionSummary(rows[1])).toBe('Environment: A 2, Z 1');
  });

  it('makes one dataset per grade that occurs, one value per theme', () => {
    const rows = distributionRows({ env: { A: 2, Z: 1 }, labour: { Z: 4 } }, [
      { key: 'labour', title: 'Labour' },
      { key: 'env', title: 'Environment' },
    ]);
    const { labels, datasets } = distributionDatasets(rows);
    expect(labels).toEqual(['Labour', 'Environment']);
    expect(datasets.map((d) => d.label)).toEqual(['A', 'Z']);
    expect(datasets[1].data).toEqual([4, 1]);
    expect(datasets[1].backgroundColor).toBe('#b3261e');
  });
});
