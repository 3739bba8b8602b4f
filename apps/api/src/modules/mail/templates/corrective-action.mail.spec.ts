import { describe, expect, it } from 'vitest';
import { correctiveActionNoticeMail, correctiveActionReminderMail, correctiveActionRequestedMail, correctiveActionUpdateMail } from './index';

const base = (lang: 'ja' | 'en') => ({
  lang,
  organizationName: '株式会社バイヤー',
  campaignName: '2026年度 サステナビリティ調査',
  supplierName: '山田製作所',
  contactName: '山田 花子',
  dueDate: '2026-12-31',
  link: 'https://survey.example.jp/s/AbC123_-xyz',
});

describe('corrective-action mail', () => {
  it('requests a plan politely in Japanese, naming the Z themes, the due date and the link', () => {
    const m = correctiveActionRequestedMail({ ...base('ja'), themes: ['労働', '環境'], reason: 'z', note: null });
    expect(m.subject).toBe('【株式会社バイヤー】是正措置のお願い（労働、環境）');
    expect(m.text).toMatch(/^山田製作所\n山田 花子 様\n/);
    expect(m.text).toContain('評価が Z となりました');
    expect(m.text).toContain('2026年12月31日までに');
    expect(m.text).toContain('ご提出くださいますようお願い申し上げます');
    expect(m.html).toContain('href="https://survey.example.jp/s/AbC123_-xyz"');
  });

  it('says what each buyer step means, in English too, with the comment', () => {
    const m = correctiveActionUpdateMail({ ...base('en'), step: 'plan_rejected', theme: 'Labour', comment: 'Name an owner.' });
    expect(m.subject).toBe('[株式会社バイヤー] Please revise your improvement plan: Labour');
    expect(m.text).toMatch(/^Dear 山田 花子,/);
    expect(m.text).toContain('Points to address:\nName an owner.');
    const closed = correctiveActionUpdateMail({ ...base('ja'), step: 'closed', theme: '労働', comment: null });
    expect(closed.text).toContain('本件を完了といたします');
    expect(closed.text).not.toContain('コメント');
  });

  it('reminds of the plan or of the report, before and after the due date', () => {
    expect(correctiveActionReminderMail({ ...base('ja'), theme: '労働', awaiting: 'plan', daysLeft: 7, overdue: false }).subject).toContain('あと7日');
    const late = correctiveActionReminderMail({ ...base('en'), theme: 'Labour', awaiting: 'report', daysLeft: -8, overdue: true });
    expect(late.subject).toContain('Overdue');
    expect(late.text).toContain('implementation report');
  });

  it('escapes every value in HTML and keeps subjects on one line', () => {
    const hostile = '<script>alert(1)</script>\r\nBcc: x@evil.test';
    const m = correctiveActionUpdateMail({ ...base('en'), supplierName: hostile, contactName: hostile, step: 'message', theme: hostile, comment: hostile });
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;');
    expect(m.subject).not.toMatch(/[\r\n]/);
    const n = correctiveActionNoticeMail({ organizationName: 'Org', userName: hostile, supplierName: hostile, campaignName: 'C', theme: { ja: '労働', en: 'Labour' }, step: 'implemented', excerpt: hostile, link: 'https://x/corrective-actions/1' });
    expect(n.html).not.toContain('<script>');
    expect(n.text).toContain('実施結果が報告されました');
    expect(n.text).toContain('Implementation reported');
  });
});
