import type { LocalizedText } from '@ses/questionnaire';
import { localize } from '@ses/questionnaire';

export type ExportLang = 'ja' | 'en';

/** The words of the review exports in one language: headers and the values of enumerations. */
export interface ExportWords {
  lang: ExportLang;
  columns: Record<(typeof MATRIX_FIXED)[number], string>;
  rate: string;
  grade: string;
  computed: string;
  status: Record<string, string>;
  depth: Record<string, string>;
  answers: { comment: string };
  files: (n: number) => string;
}

export const MATRIX_FIXED = [
  'supplier_code', 'supplier', 'product_type', 'country', 'tier', 'depth', 'status', 'submitted_at',
  'overall_rate', 'overall_grade', 'overall_grade_computed',
] as const;

const WORDS: Record<ExportLang, ExportWords> = {
  ja: {
    lang: 'ja',
    columns: {
      supplier_code: 'サプライヤーコード', supplier: 'サプライヤー', product_type: '製品区分', country: '国', tier: '階層',
      depth: '回答範囲', status: '状況', submitted_at: '提出日時', overall_rate: '総合 達成率（%）',
      overall_grade: '総合 評価', overall_grade_computed: '総合 評価（算出）',
    },
    rate: '達成率（%）',
    grade: '評価',
    computed: '評価（算出）',
    status: { invited: '招待済み', opened: '開封済み', in_progress: '回答中', submitted: '提出済み', overdue: '期限超過' },
    depth: { core: '基本', extended: '拡張' },
    answers: { comment: 'コメント' },
    files: (n) => `${n} 件のファイル`,
  },
  en: {
    lang: 'en',
    columns: {
      supplier_code: 'Supplier code', supplier: 'Supplier', product_type: 'Product type', country: 'Country', tier: 'Tier',
      depth: 'Depth', status: 'Status', submitted_at: 'Submitted at', overall_rate: 'Overall rate (%)',
      overall_grade: 'Overall grade', overall_grade_computed: 'Overall grade (computed)',
    },
    rate: 'rate (%)',
    grade: 'grade',
    computed: 'grade (computed)',
    status: { invited: 'Invited', opened: 'Opened', in_progress: 'In progress', submitted: 'Submitted', overdue: 'Overdue' },
    depth: { core: 'Core', extended: 'Extended' },
    answers: { comment: 'comment' },
    files: (n) => `${n} file(s)`,
  },
};

export const exportWords = (lang: ExportLang): ExportWords => WORDS[lang];

/** A theme's title in the export's language (its key when it has none). */
export const themeTitle = (t: { key: string; title?: LocalizedText }, lang: ExportLang) => (t.title ? localize(t.title, lang) : t.key);
