import type { QuestionInput } from '../format.js';
import { certification, maturity, notApplicable, t } from './helpers.js';

/** Product and service quality and safety (NESIC's quality theme, TMG 1.4). */
const theme = 'quality';

const servicesOnly = () =>
  notApplicable('役務のみを提供しています', 'we provide services only, not goods');

export const qualityQuestions: QuestionInput[] = [
  // ── core ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'QUA-01',
    theme,
    type: 'single_choice',
    text: t(
      '品質マネジメントシステム（ISO 9001など）を導入していますか。',
      'Do you operate a quality management system (ISO 9001 or similar)?',
    ),
    options: certification(),
    evidence: 'optional',
    reference: 'NESIC quality, TMG 1.4',
    guidance: t(
      '品質方針と品質目標を定め、受注から設計、製造、検査、出荷までの手順を文書にし、内部監査と是正処置の仕組みを整えてください。必要に応じてISO 9001の認証取得を検討してください。',
      'Set a quality policy and objectives, document your processes from order through design, production, inspection and shipment, and put internal audits and corrective action in place. Consider ISO 9001 certification where appropriate.',
    ),
  },
  {
    id: 'QUA-02',
    theme,
    type: 'single_choice',
    text: t(
      '納入する製品・サービスが、関係法令の安全基準（電気用品安全法、消費生活用製品安全法、食品衛生法など）と契約で定めた仕様を満たしていることを、出荷前の検査や確認で保証していますか。',
      'Do you make sure, through inspection or checks before shipment or delivery, that the products and services you supply meet the safety standards of the applicable laws (e.g. the Electrical Appliances and Materials Safety Act, the Consumer Product Safety Act, the Food Sanitation Act) and the agreed specifications?',
    ),
    options: maturity({
      yes: [
        'はい（検査基準を定め、記録を残しています）',
        'Yes, with inspection criteria and records',
      ],
      partly: [
        '検査していますが、基準や記録が不十分です',
        'We inspect, but criteria or records are incomplete',
      ],
    }),
    critical: true,
    level: 'mandatory',
    evidence: 'optional',
    reference: 'TMG 1.4, NESIC quality',
    guidance: t(
      '製品・サービスに適用される安全規制と顧客の仕様を一覧にし、それに基づく検査基準と出荷判定の手順を定めてください。検査結果は記録して保存し、不合格品が出荷されない仕組みにしてください。',
      'List the safety regulations and customer specifications that apply to each product or service, and base your inspection criteria and release procedure on them. Record and keep inspection results, and make sure non-conforming items cannot be shipped.',
    ),
  },
  {
    id: 'QUA-03',
    theme,
    type: 'single_choice',
    text: t(
      '納入後に品質・安全上の問題（不具合、事故、リコールなど）が判明した場合に、速やかに顧客へ報告し、原因を究明して再発防止策を講じる手順がありますか。',
      'If a quality or safety problem (a defect, an accident, a recall …) comes to light after delivery, do you have a procedure to inform customers promptly, find the root cause and prevent a recurrence?',
    ),
    options: maturity(),
    reference: 'NESIC quality, TMG 1.4',
    guidance: t(
      '不具合の受付から、顧客への第一報（目安として24時間以内）、暫定対策、原因究明、恒久対策、効果の確認までの手順を定めてください。製品事故には、法令に基づく報告が必要な場合があります。',
      'Define the steps from receiving a complaint to the first report to the customer (as a guide, within 24 hours), containment, root-cause analysis, permanent countermeasures and verification. Some product accidents must be reported to the authorities by law.',
    ),
  },
  {
    id: 'QUA-04',
    theme,
    type: 'single_choice',
    text: t(
      '検査・試験データの改ざんや不正を防ぐ仕組み（検査部門の独立、データの自動記録、定期的な監査など）がありますか。',
      'Do you have safeguards against falsification of inspection and test data—an independent inspection function, automatic data recording, regular audits …?',
    ),
    options: maturity(
      {},
      notApplicable('検査や試験は行っていません', 'we carry out no inspection or testing'),
    ),
    level: 'mandatory',
    reference: 'TMG 5.7, NESIC quality',
    guidance: t(
      '検査部門を製造部門から独立させ、測定データはできる限り機器から自動で記録して変更履歴を残してください。データの改ざんを禁止し、不正を相談・通報できる窓口を周知して、定期的に監査してください。',
      'Keep inspection independent of production, record measurement data automatically from instruments wherever possible and keep change logs. Prohibit falsification of data, make sure staff know where to report misconduct, and audit regularly.',
    ),
  },
  {
    id: 'QUA-05',
    theme,
    type: 'single_choice',
    text: t(
      '貴社の仕入先の品質を管理し（受入検査、監査など）、材料、工程、設備、製造場所などの変更（4M変更）を事前に顧客へ通知していますか。',
      'Do you manage the quality of your own suppliers (incoming inspection, audits …) and notify customers in advance of changes to materials, processes, equipment or production site (4M changes)?',
    ),
    options: maturity({}, servicesOnly()),
    reference: 'NESIC quality',
    guidance: t(
      '重要な部材の仕入先を評価して選定し、受入検査や定期的な監査を行ってください。4M（人、機械、材料、方法）の変更は事前に顧客へ通知し、承認を得る手順を定めてください。',
      'Assess and select suppliers of critical parts and materials, and carry out incoming inspection and periodic audits. Set a procedure for notifying customers of 4M (man, machine, material, method) changes in advance and obtaining their approval.',
    ),
  },

  // ── extended ──────────────────────────────────────────────────────────────────────────
  {
    id: 'QUA-06',
    theme,
    type: 'single_choice',
    text: t(
      '子どもが使用する、または子どもの手に触れるおそれのある製品・サービスについて、誤飲、けが、窒息などの危険を評価し、安全対策や注意表示を行っていますか。',
      'For products or services that children use or may come into contact with, do you assess risks such as swallowing, injury or choking, and apply safety measures and warnings?',
    ),
    options: maturity(
      {},
      notApplicable(
        '子どもが使用したり触れたりする製品・サービスはありません',
        'our products and services are not used by, or accessible to, children',
      ),
    ),
    depth: 'extended',
    reference: 'TMG 3.6, NESIC product safety',
    guidance: t(
      '子どもによる誤使用を想定したリスクアセスメントを行い、小さな部品、鋭い端部、ひも類、電池などの危険を設計で取り除いてください。取り除けない危険は、分かりやすい注意表示で伝えてください。',
      'Carry out a risk assessment that assumes misuse by children, and design out hazards such as small parts, sharp edges, cords and button batteries. Communicate any remaining hazards with clear warnings.',
    ),
  },
  {
    id: 'QUA-07',
    theme,
    type: 'single_choice',
    text: t(
      '製品のロットや製造履歴を追跡できるトレーサビリティを確保し、問題が発生した場合に影響範囲を特定して回収できるようにしていますか。',
      'Can you trace products by lot and production history, so that if a problem arises you can identify the affected items and recall them?',
    ),
    options: maturity({}, servicesOnly()),
    depth: 'extended',
    reference: 'NESIC quality',
    guidance: t(
      '原材料のロット、製造日、工程、出荷先をひも付けて記録し、問題が発生した場合に影響範囲を速やかに特定できるようにしてください。回収の手順を定め、模擬訓練で確認してください。',
      'Record the links between raw-material lots, production dates, processes and customers, so that you can quickly identify what a problem affects. Set a recall procedure and test it with a mock recall.',
    ),
  },
  {
    id: 'QUA-08',
    theme,
    type: 'date',
    text: t(
      'ISO 9001などの認証の有効期限をご記入ください（認証書の写しを添付してください）。',
      'When does your ISO 9001 (or equivalent) certificate expire? (Please attach a copy of the certificate.)',
    ),
    depth: 'extended',
    evidence: 'required',
    showIf: { questionId: 'QUA-01', in: ['certified'] },
    reference: 'NESIC quality',
  },
  {
    id: 'QUA-09',
    theme,
    type: 'single_choice',
    text: t(
      '偽造部品や模倣品の混入を防ぐため、製造元または正規代理店から調達し、出所を確認していますか。',
      'To keep counterfeit parts and imitation goods out of your products, do you buy from the original manufacturers or authorised distributors and check the origin?',
    ),
    options: maturity({}, servicesOnly()),
    depth: 'extended',
    reference: 'NESIC quality, TMG 5.4',
    guidance: t(
      '電子部品などの重要な部材は製造元または正規代理店から購入し、やむを得ず他の経路で購入する場合は、出所の証明と受入検査で真正性を確認してください。',
      'Buy critical parts such as electronic components from the original manufacturer or an authorised distributor; if you must buy elsewhere, verify authenticity through proof of origin and incoming inspection.',
    ),
  },
];
