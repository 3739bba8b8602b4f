import type { QuestionInput } from '../format.js';
import { PRACTICE, maturity, notApplicable, opt, t } from './helpers.js';

/**
 * Fair trade and ethics (TMG 5.1–5.5, 5.7, 5.8; NESIC's fair trading and ethics, responsible
 * minerals sourcing with the CMRT). Information management (TMG 5.6) is its own theme.
 */
const theme = 'fair_trade';

/** The answers to FT-04 under which the supplier runs conflict-minerals surveys. */
const SURVEYS_MINERALS = ['yes', 'partly'];

export const fairTradeQuestions: QuestionInput[] = [
  // ── core ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'FT-01',
    theme,
    type: 'single_choice',
    text: t(
      '公務員（国内・外国）や取引先への贈賄、不当な利益の供与・受領を禁止する規程を定め、接待・贈答・寄付の承認手続きと従業員への教育を実施していますか。',
      'Do you have rules banning bribery of public officials (in Japan and abroad) and of business partners, and the giving or receiving of improper benefits, with approval procedures for hospitality, gifts and donations, and training for employees?',
    ),
    options: maturity(),
    critical: true,
    level: 'mandatory',
    evidence: 'optional',
    reference: 'TMG 5.1, NESIC anti-corruption',
    guidance: t(
      '贈収賄と不当な利益の供与・受領の禁止を行動規範に明記し、接待・贈答・寄付の金額基準と事前承認の手続きを定めてください。営業や調達などリスクの高い部門を中心に毎年研修を行い、代理店やコンサルタントを起用する際は贈賄のリスクを確認してください。',
      'State the ban on bribery and on giving or receiving improper benefits in your code of conduct, and set value limits and prior approval for hospitality, gifts and donations. Train staff every year, especially in high-risk functions such as sales and purchasing, and check agents and consultants for bribery risk before engaging them.',
    ),
  },
  {
    id: 'FT-02',
    theme,
    type: 'single_choice',
    text: t(
      '独占禁止法や取適法（中小受託取引適正化法。旧下請法）などの取引に関する法令を遵守し、談合、カルテル、不当廉売、優越的地位の濫用（一方的な値下げの要求、支払の遅延など）を行わないための規程と教育がありますか。',
      'Do you have rules and training to ensure compliance with laws on trade practices such as the Antimonopoly Act and the Subcontract Act (revised and renamed in January 2026), and to prevent bid-rigging, cartels, dumping and abuse of a superior bargaining position (one-sided price cuts, late payment …)?',
    ),
    options: maturity(),
    critical: true,
    level: 'mandatory',
    reference: 'TMG 5.2, NESIC fair business',
    guidance: t(
      '競合他社との価格や入札に関する情報交換を禁止し、業界団体の会合での注意事項を定めてください。中小企業などへの委託取引では、発注内容の書面での明示、支払期日の遵守、労務費・原材料費・エネルギー費の上昇を踏まえた価格協議を徹底し、協議に応じないまま一方的に代金を決めないでください。営業と購買の担当者には毎年研修を行ってください。',
      'Prohibit the exchange of pricing or bidding information with competitors and give staff rules for industry association meetings. With subcontractors, especially smaller ones, set out orders in writing, pay on time, negotiate prices that reflect rising labour, material and energy costs, and never fix prices unilaterally without consultation. Train sales and purchasing staff every year.',
    ),
  },
  {
    id: 'FT-03',
    theme,
    type: 'single_choice',
    text: t(
      '当社からの受注に関わる再委託・下請けの構造（何次まで、どの事業者が関わっているか）を把握し、適切に管理していますか。',
      'Do you know the structure of the subcontracting involved in our orders—how many tiers and which businesses—and manage it appropriately?',
    ),
    options: maturity(
      {
        yes: ['はい（すべての階層を把握しています）', 'Yes, for all tiers'],
        partly: ['一次の取引先までは把握しています', 'Up to the first tier only'],
      },
      notApplicable('再委託や下請けは行っていません', 'we do not subcontract'),
    ),
    reference: 'TMG 5.2',
    guidance: t(
      '受注案件ごとに再委託先・下請先の名称、所在地、担当業務を一覧にし、多重下請けによる中間搾取や責任の不明確化が生じないよう管理してください。',
      'For each order, keep a list of subcontractors with their names, addresses and tasks, and manage the chain so that multi-tier subcontracting does not lead to middlemen skimming margins or to unclear responsibilities.',
    ),
  },
  {
    id: 'FT-04',
    theme,
    type: 'single_choice',
    text: t(
      '製品に使用する原材料、特にスズ、タンタル、タングステン、金（3TG）やコバルトが、武装勢力や犯罪組織の資金源となっていないことを確認する取組み（責任ある鉱物調達の方針、CMRTによる仕入先の調査、RMAPに適合した製錬所からの調達など）を行っていますか。',
      'Do you take steps to ensure that the raw materials in your products—in particular tin, tantalum, tungsten and gold (3TG) and cobalt—do not finance armed groups or criminal organisations (a responsible minerals sourcing policy, CMRT surveys of your suppliers, sourcing from RMAP-conformant smelters …)?',
    ),
    help: t(
      'CMRT（Conflict Minerals Reporting Template）は、Responsible Minerals Initiative（RMI）が提供する紛争鉱物調査の標準様式です。コバルトとマイカについてはEMRTが使われます。',
      'The CMRT (Conflict Minerals Reporting Template) is the standard survey form of the Responsible Minerals Initiative (RMI); the EMRT is used for cobalt and mica.',
    ),
    options: maturity(
      {
        yes: [
          'はい（方針を定め、CMRTなどで仕入先を調査しています）',
          'Yes: we have a policy and survey our suppliers with the CMRT or similar',
        ],
        partly: [
          '一部実施しています（顧客の調査には回答していますが、自社の仕入先は調査していないなど）',
          'Partly (e.g. we answer customers’ surveys but do not survey our own suppliers)',
        ],
      },
      notApplicable(
        '納入する製品に金属・鉱物を含まない、または役務のみを提供しています',
        'the products we supply contain no metals or minerals, or we provide services only',
      ),
    ),
    critical: true,
    level: 'mandatory',
    reference: 'TMG 5.3, CMRT, NESIC responsible minerals',
    guidance: t(
      'OECDの「紛争地域および高リスク地域からの鉱物の責任あるサプライチェーンのためのデュー・ディリジェンス・ガイダンス」に沿って、責任ある鉱物調達の方針を定めてください。3TGを含む部材の仕入先にCMRTで製錬所の情報を求め、RMAPに適合した製錬所への切替えを働きかけてください。',
      'Adopt a responsible minerals sourcing policy in line with the OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from Conflict-Affected and High-Risk Areas. Ask suppliers of parts containing 3TG for smelter information using the CMRT, and encourage them to switch to RMAP-conformant smelters.',
    ),
  },
  {
    id: 'FT-05',
    theme,
    type: 'file',
    text: t(
      '最新のCMRT（コバルトについてはEMRT）をアップロードしてください（作成していない場合は、コメント欄にその旨をご記入ください）。',
      'Please upload your latest CMRT (and EMRT for cobalt, if you have one). If you have not prepared one, say so in the comment field.',
    ),
    required: false,
    showIf: { questionId: 'FT-04', in: SURVEYS_MINERALS },
    reference: 'TMG 5.3, CMRT',
  },
  {
    id: 'FT-06',
    theme,
    type: 'single_choice',
    text: t(
      '第三者の知的財産権（特許権、著作権、意匠権、商標権など）や営業秘密を侵害しないためのルール（開発時の先行技術調査、正規にライセンスされたソフトウェアのみの使用、他社の秘密情報の取扱いなど）を定め、運用していますか。',
      'Do you have and apply rules to avoid infringing third parties’ intellectual property (patents, copyrights, design rights, trademarks) and trade secrets—prior-art searches in development, using only properly licensed software, rules for handling other companies’ confidential information …?',
    ),
    options: maturity(),
    critical: true,
    level: 'mandatory',
    reference: 'TMG 5.4, NESIC intellectual property',
    guidance: t(
      '知的財産の取扱いに関する規程を定め、製品開発時の先行特許の調査、ソフトウェアのライセンス管理（台帳による管理、無許諾の複製の禁止）、画像や文章など著作物の利用ルール、転職者が前職から持ち込む秘密情報の扱いを明確にしてください。',
      'Adopt rules on intellectual property covering patent searches when developing products, software licence management (a licence register, no unlicensed copies), use of copyrighted images and text, and how to treat confidential information that new hires might bring from previous employers.',
    ),
  },
  {
    id: 'FT-07',
    theme,
    type: 'single_choice',
    text: t(
      '製品の表示、仕様書、カタログ、広告が正確で、消費者や顧客に誤認を与えないこと（景品表示法の遵守、環境性能を誇張しないことを含みます）を確認する手順を設けていますか。',
      'Do you have a procedure to check that product labels, specifications, catalogues and advertising are accurate and do not mislead consumers or customers—in line with the Act against Unjustifiable Premiums and Misleading Representations, and without overstating environmental performance?',
    ),
    options: maturity(),
    critical: true,
    level: 'mandatory',
    reference: 'TMG 5.5, NESIC accurate product information',
    guidance: t(
      '表示や広告を公開する前に、根拠資料（試験データ、原産地の証明など）と照合する承認手順を定めてください。「環境にやさしい」などのあいまいな表現や、根拠のない比較・最上級の表現は避けてください。',
      'Set an approval step that checks labels and advertising against supporting evidence (test data, proof of origin …) before they are published. Avoid vague claims such as “eco-friendly” and unsupported comparisons or superlatives.',
    ),
  },
  {
    id: 'FT-08',
    theme,
    type: 'single_choice',
    text: t(
      '会計、検査、労働時間などの業務記録を正確に作成して法令などで定められた期間保存し、記録や証拠の改ざん・隠蔽、虚偽の証言を禁止するとともに、求めに応じて開示できるようにしていますか。',
      'Do you keep accurate business records (accounting, inspection, working time …) for the legally required period, prohibit falsifying, altering or concealing records and evidence or giving false testimony, and make records available when requested?',
    ),
    options: maturity(),
    critical: true,
    level: 'mandatory',
    reference: 'TMG 5.7, NESIC disclosure',
    guidance: t(
      '記録の種類ごとに作成者、保存期間、保存場所を定めた文書管理規程を作り、改ざんや隠蔽の禁止と違反した場合の処分を明記してください。電子記録はアクセス権と変更履歴を管理し、顧客からの開示の求めに対応する担当者を決めてください。',
      'Adopt a records management rule that sets, for each type of record, who prepares it, how long it is kept and where, and that prohibits falsification and concealment, with disciplinary consequences. Control access to electronic records and keep change logs, and designate who answers customers’ requests for records.',
    ),
  },
  {
    id: 'FT-09',
    theme,
    type: 'single_choice',
    text: t(
      '地域経済の活性化のため、地域の中小企業に受注の機会を設けることや、持続可能性に配慮した地域産品の利用に取り組んでいますか。',
      'Do you help stimulate the local economy, for example by giving local SMEs opportunities to win orders and by using sustainably produced local products?',
    ),
    options: maturity(PRACTICE),
    reference: 'TMG 5.8',
    guidance: t(
      '調達先を選ぶ際に、品質と価格に加えて地域の中小企業や地域産品も検討の対象に含めてください。地産地消は、輸送に伴う温室効果ガスの削減にもつながります。',
      'When choosing suppliers, consider local SMEs and local products alongside quality and price. Sourcing locally also cuts transport emissions.',
    ),
  },

  // ── extended ──────────────────────────────────────────────────────────────────────────
  {
    id: 'FT-10',
    theme,
    type: 'single_choice',
    text: t(
      '反社会的勢力との関係を遮断するため、契約書への暴力団排除条項の導入や、新規取引先の確認を行っていますか。',
      'To keep organised crime out of your business, do you include anti-organised-crime clauses in contracts and screen new business partners?',
    ),
    options: maturity(),
    depth: 'extended',
    reference: 'TMG 5.1, TMG 5.3',
    guidance: t(
      '取引基本契約に暴力団排除条項を入れ、新規取引の開始前に反社会的勢力との関係がないことを確認してください。不当な要求を受けた場合の対応手順と、警察・暴力追放運動推進センターへの相談窓口を決めておいてください。',
      'Include anti-organised-crime clauses in your basic contracts and check new business partners for links to organised crime before trading. Agree how to handle improper demands, and who contacts the police or the regional anti-organised-crime centre.',
    ),
  },
  {
    id: 'FT-11',
    theme,
    type: 'single_choice',
    text: t(
      '海外での取引や代理店の起用など、贈収賄のリスクが高い取引を特定し、代理店・仲介者の確認（デュー・ディリジェンス）や、従業員による利益相反の申告を行っていますか。',
      'Have you identified transactions with a high bribery risk (business abroad, use of agents …), and do you carry out due diligence on agents and intermediaries and have employees declare conflicts of interest?',
    ),
    options: maturity(),
    depth: 'extended',
    reference: 'TMG 5.1, NESIC anti-corruption',
    guidance: t(
      '国・地域、取引の種類、公務員との接点などから贈収賄のリスクを評価し、高リスクの代理店・仲介者については、起用前に経歴、所有者、報酬の妥当性を確認してください。利益相反を申告する手続きを定め、毎年申告を求めてください。',
      'Assess bribery risk by country, transaction type and contact with public officials, and check high-risk agents and intermediaries—background, ownership, reasonableness of fees—before engaging them. Set a procedure for declaring conflicts of interest and ask for declarations every year.',
    ),
  },
  {
    id: 'FT-12',
    theme,
    type: 'single_choice',
    text: t(
      'CMRTで特定した製錬所のうち、RMAPに適合した製錬所の割合はどの程度ですか。',
      'What share of the smelters and refiners identified in your CMRT are RMAP-conformant?',
    ),
    options: [
      opt('all', 'すべて', 'All of them', 1),
      opt('most', '8割以上', '80% or more', 0.75),
      opt('some', '8割未満', 'Less than 80%', 0.5),
      opt('unknown', '把握していません', 'We do not know', 0),
    ],
    depth: 'extended',
    showIf: { questionId: 'FT-04', in: SURVEYS_MINERALS },
    reference: 'TMG 5.3, CMRT',
    guidance: t(
      'CMRTの製錬所リストをRMIの公開情報と照合してRMAPへの適合状況を確認し、適合していない製錬所を使う仕入先には、適合した製錬所への切替えを求めてください。',
      'Check the smelter list in your CMRT against the RMI’s published data to confirm RMAP conformance, and ask suppliers using non-conformant smelters to switch to conformant ones.',
    ),
  },
  {
    id: 'FT-13',
    theme,
    type: 'single_choice',
    text: t(
      '貴社の仕入先・下請先に対して、労務費・原材料費・エネルギー費の上昇を反映した価格協議を行い、支払期日を守り、一方的な減額や不当な返品を行わないようにしていますか。',
      'With your own suppliers and subcontractors, do you negotiate prices that reflect rising labour, material and energy costs, pay on time, and avoid unilateral deductions and unjustified returns?',
    ),
    options: maturity(PRACTICE),
    level: 'mandatory',
    depth: 'extended',
    reference: 'TMG 5.2, NESIC abuse of superior position',
    guidance: t(
      '少なくとも年1回、取引先と価格協議の場を設け、労務費などのコスト上昇分の転嫁の求めに誠実に応じてください。支払期日と支払方法を書面で定めて守り、減額や返品は契約に基づく正当な理由がある場合に限ってください。',
      'Hold price talks with suppliers at least once a year and respond in good faith to requests to pass on rising labour and other costs. Set payment terms in writing and keep to them, and make deductions or returns only for legitimate reasons under the contract.',
    ),
  },
  {
    id: 'FT-14',
    theme,
    type: 'single_choice',
    text: t(
      '差別的または誤解を招く広告を避け、子どもに悪影響を与えるおそれのある広告を控えるなど、消費者と社会に配慮した広告・宣伝を行っていますか。',
      'Do you take care of consumers and society in your advertising—avoiding discriminatory or misleading adverts and restricting advertising that could harm children?',
    ),
    options: maturity(
      PRACTICE,
      notApplicable('広告・宣伝は行っていません', 'we do no advertising'),
    ),
    depth: 'extended',
    reference: 'TMG 5.5, TMG 3.6',
    guidance: t(
      '広告・宣伝の表現基準（差別的な表現、固定的な性別役割、子どもへの働きかけなど）を定め、公開前に複数の担当者で確認してください。',
      'Set standards for advertising content (discriminatory content, gender stereotypes, messages aimed at children …) and have more than one person review adverts before they are published.',
    ),
  },
];
