import { describe, expect, it } from 'vitest';
import { formatDate, invitationMail, reminderMail, type SurveyMailParams } from './index';

const base = (lang: 'ja' | 'en'): SurveyMailParams => ({
  lang,
  organizationName: '株式会社バイヤー',
  campaignName: '2026年度 サステナビリティ調査',
  supplierName: '山田製作所',
  contactName: '山田 花子',
  dueDate: '2026-12-31',
  link: 'https://survey.example.jp/s/AbC123_-xyz',
});

const hostile: SurveyMailParams = {
  lang: 'en',
  organizationName: 'Buyer & Sons <b>',
  campaignName: 'Survey "2026" <script>alert(1)</script>',
  supplierName: "O'Neil <img src=x onerror=alert(1)>",
  contactName: 'Eve <a href="https://evil.test">click</a>',
  dueDate: '2026-01-05',
  link: 'https://survey.example.jp/s/tok"><script>x</script>',
};

describe('formatDate', () => {
  it('writes dates as each language does', () => {
    expect(formatDate('ja', '2026-12-31')).toBe('2026年12月31日');
    expect(formatDate('en', '2026-12-31')).toBe('31 December 2026');
    expect(formatDate('en', '2027-01-05T00:00:00.000Z')).toBe('5 January 2027');
    expect(formatDate('ja', '2027-01-05')).toBe('2027年1月5日');
    expect(() => formatDate('en', 'soon')).toThrow();
  });
});

describe('invitationMail', () => {
  it('asks politely in Japanese, with the due date, the link and what the link is', () => {
    const m = invitationMail({ ...base('ja'), extended: false });
    expect(m.subject).toBe(
      '【株式会社バイヤー】「2026年度 サステナビリティ調査」ご回答のお願い（回答期限: 2026年12月31日）',
    );
    expect(m.text).toMatch(/^山田製作所\n山田 花子 様\n/);
    expect(m.text).toContain('2026年12月31日までに');
    expect(m.text).toContain('お願い申し上げます');
    expect(m.text).toContain('https://survey.example.jp/s/AbC123_-xyz');
    expect(m.text).toContain('このリンクは貴社専用です');
    expect(m.text).toContain('同じリンクからいつでも続きを再開できます');
    expect(m.text).not.toContain('詳細な設問');
    expect(m.html).toContain('<html lang="ja">');
    expect(m.html).toContain('href="https://survey.example.jp/s/AbC123_-xyz"');
    expect(m.html).toContain('山田 花子 様');
    expect(m.html).toContain('回答ページを開く');
  });

  it('asks in English and mentions the extended questions when they are asked', () => {
    const m = invitationMail({ ...base('en'), extended: true });
    expect(m.subject).toBe(
      '[株式会社バイヤー] Please complete "2026年度 サステナビリティ調査" by 31 December 2026',
    );
    expect(m.text).toMatch(/^Dear 山田 花子,\n/);
    expect(m.text).toContain('respond by 31 December 2026');
    expect(m.text).toContain('extended questions');
    expect(m.text).toContain('personal to 山田製作所');
    expect(m.text).toContain('resume later from the same link');
    expect(m.html).toContain('<html lang="en">');
    expect(m.html).toMatch(
      /<a href="https:\/\/survey\.example\.jp\/s\/AbC123_-xyz"[^>]*>Open the questionnaire<\/a>/,
    );
    expect(invitationMail({ ...base('ja'), extended: true }).text).toContain('詳細な設問');
  });

  it.each(['ja', 'en'] as const)(
    'escapes every value in the %s HTML and keeps the text plain',
    (lang) => {
      const m = invitationMail({ ...hostile, lang, extended: false });
      for (const raw of ['<script>', '<b>', '<img', '<a href="https://evil.test">', 'tok">'])
        expect(m.html).not.toContain(raw);
      expect(m.html).toContain('Buyer &amp; Sons &lt;b&gt;');
      expect(m.html).toContain('Survey &quot;2026&quot; &lt;script&gt;');
      expect(m.html).toContain(
        'href="https://survey.example.jp/s/tok&quot;&gt;&lt;script&gt;x&lt;/script&gt;"',
      );
      expect(m.text).toContain(hostile.contactName);
      expect(m.text).toContain(hostile.link);
    },
  );

  it('keeps the subject on one line whatever the names contain', () => {
    const m = invitationMail({
      ...base('en'),
      campaignName: 'Line one\r\nBcc: victim@example.test',
      extended: false,
    });
    expect(m.subject).not.toMatch(/[\r\n]/);
  });
});

describe('reminderMail', () => {
  it('counts the days left in Japanese, and says so on the day', () => {
    const soon = reminderMail({ ...base('ja'), daysLeft: 3, overdue: false });
    expect(soon.subject).toBe(
      '【株式会社バイヤー】「2026年度 サステナビリティ調査」回答期限まであと3日です',
    );
    expect(soon.text).toContain('回答期限（2026年12月31日）まであと3日となりました');
    expect(soon.text).toContain('行き違い');
    expect(soon.html).toContain('href="https://survey.example.jp/s/AbC123_-xyz"');
    const today = reminderMail({ ...base('ja'), daysLeft: 0, overdue: false });
    expect(today.subject).toContain('本日が回答期限です');
  });

  it('writes the overdue reminder in both languages', () => {
    const ja = reminderMail({ ...base('ja'), daysLeft: -2, overdue: true });
    expect(ja.subject).toContain('回答期限を過ぎております');
    expect(ja.text).toContain('回答期限（2026年12月31日）を過ぎましたが');
    expect(ja.text).toContain('できるだけ早くご回答くださいますようお願い申し上げます');
    const en = reminderMail({ ...base('en'), daysLeft: -2, overdue: true });
    expect(en.subject).toBe(
      '[株式会社バイヤー] Overdue: "2026年度 サステナビリティ調査" was due on 31 December 2026',
    );
    expect(en.text).toContain('we have not yet received the response from 山田製作所');
    expect(en.text).toContain('https://survey.example.jp/s/AbC123_-xyz');
  });

  it('counts days in English, singular and plural', () => {
    expect(reminderMail({ ...base('en'), daysLeft: 1, overdue: false }).subject).toMatch(
      /is due in 1 day$/,
    );
    expect(reminderMail({ ...base('en'), daysLeft: 7, overdue: false }).subject).toMatch(
      /is due in 7 days$/,
    );
    expect(reminderMail({ ...base('en'), daysLeft: 0, overdue: false }).subject).toMatch(
      /is due today$/,
    );
  });

  it('escapes values in the reminder HTML too', () => {
    const m = reminderMail({ ...hostile, daysLeft: 3, overdue: false });
    expect(m.html).not.toContain('<script>');
    expect(m.html).not.toContain('<img');
  });
});
