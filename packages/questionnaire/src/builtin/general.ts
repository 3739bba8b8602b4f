import type { QuestionInput } from '../format.js';
import {
  PRACTICE,
  maturity,
  noneOfThese,
  notApplicable,
  opt,
  pastIncidents,
  t,
} from './helpers.js';

/** General provisions: compliance, policies, due diligence, grievances, management (TMG 1.x). */
const theme = 'general';

export const generalQuestions: QuestionInput[] = [
  // ── core ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'GEN-01',
    theme,
    type: 'number',
    text: t(
      '貴社の従業員数をご記入ください（回答日時点。パートタイム、有期契約、派遣の方を含みます）。',
      'How many people work for your company? (As of the date of your answer, including part-time, fixed-term and agency workers.)',
    ),
    help: t(
      '全拠点の合計人数をご記入ください。概数でも構いません。',
      'Give the total for all sites; an approximate figure is fine.',
    ),
  },
  {
    id: 'GEN-02',
    theme,
    type: 'single_choice',
    text: t(
      '貴社の事業に適用される法令（日本および事業を行うすべての国・地域のもの）を特定し、その遵守状況を確認する仕組みがありますか。',
      'Do you have a system for identifying the laws and regulations that apply to your business—in Japan and in every country where you operate—and for checking that you comply with them?',
    ),
    help: t(
      '例：法令遵守の責任者を置き、労働、安全衛生、環境、取引、個人情報などの適用法令を一覧にして所管部署を決め、法改正を定期的に確認し、内部監査や自己点検で遵守状況を確かめている。',
      'For example: a person responsible for compliance, a register of the laws that apply (labour, health and safety, environment, trade, personal data …) with the department in charge of each, regular checks for amendments, and internal audits or self-checks.',
    ),
    options: maturity(),
    critical: true,
    level: 'mandatory',
    evidence: 'optional',
    reference: 'TMG 1.1',
    guidance: t(
      '法令遵守の責任者を任命し、貴社に適用される法令（労働、安全衛生、環境、独占禁止・委託取引、個人情報、輸出管理など）を所管部署とともに一覧にしてください。少なくとも年1回は法改正の有無を確認し、内部監査や自己点検で遵守状況を確かめてください。現地の法令と国際基準が異なる場合は、現地の法令を守りつつ国際基準を尊重してください。',
      'Appoint a person responsible for compliance and list the laws that apply to your business (labour, health and safety, environment, competition and subcontracting, personal data, export control …) together with the department in charge of each. Check for amendments at least once a year and verify compliance through internal audits or self-checks. Where local law and international standards differ, comply with the local law while respecting the international standard.',
    ),
  },
  {
    id: 'GEN-03',
    theme,
    type: 'single_choice',
    text: t(
      '過去3年間に、法令違反（労働、環境、独占禁止、贈収賄など）により、行政処分、是正勧告、刑事罰または敗訴判決を受けたことがありますか。',
      'In the past three years, has your company received an administrative sanction, a corrective recommendation, a criminal penalty or an adverse court judgment for a breach of law (labour, environment, competition, bribery …)?',
    ),
    options: pastIncidents(),
    level: 'mandatory',
    reference: 'TMG 1.1',
    guidance: t(
      '違反の原因を究明し、再発防止策（規程の見直し、教育、点検の強化など）を期限を定めて実施し、その記録を残してください。是正の進捗は当社にもご報告ください。',
      'Find the root cause of the breach, carry out preventive measures (revised rules, training, tighter checks …) against set deadlines and keep records. Please also keep us informed of your progress.',
    ),
  },
  {
    id: 'GEN-04',
    theme,
    type: 'text',
    text: t(
      '違反の内容と時期、実施した（または実施中の）是正措置をご記入ください。',
      'Describe the breach, when it happened, and the corrective action taken or under way.',
    ),
    showIf: { questionId: 'GEN-03', in: ['resolved', 'open'] },
    reference: 'TMG 1.1',
  },
  {
    id: 'GEN-05',
    theme,
    type: 'single_choice',
    text: t(
      '人権の尊重、労働、環境保全、公正な事業活動について、経営トップが承認した方針（サステナビリティ方針、行動規範など）を定め、公開していますか。',
      'Has your company adopted a policy on respect for human rights, labour, environmental protection and fair business conduct (e.g. a sustainability policy or code of conduct), approved by top management and made public?',
    ),
    options: [
      opt(
        'published',
        'はい（経営トップが承認し、社外に公開しています）',
        'Yes, approved by top management and published',
        1,
      ),
      opt(
        'internal',
        'はい（社内にのみ周知しています）',
        'Yes, but communicated internally only',
        0.75,
      ),
      opt('drafting', '策定中です', 'Being drafted', 0.25),
      opt('no', 'いいえ', 'No', 0),
    ],
    evidence: 'optional',
    reference: 'TMG 1.2',
    guidance: t(
      '人権、労働、環境、公正取引に関する方針を文書にし、経営トップの承認を得て、ウェブサイトなどで公開してください。従業員と取引先に周知し、定期的に見直してください。中小企業の場合は、本ガイドラインの内容を踏まえた1〜2ページの方針から始めても構いません。',
      'Write a policy covering human rights, labour, the environment and fair business, have it approved by top management and publish it, e.g. on your website. Communicate it to employees and business partners and review it regularly. A small company can start with a one- or two-page policy based on these guidelines.',
    ),
  },
  {
    id: 'GEN-06',
    theme,
    type: 'file',
    text: t(
      '方針または行動規範の文書をアップロードしてください（公開URLがある場合は、コメント欄への記入でも構いません）。',
      'Please upload the policy or code of conduct (or give its public web address in the comment field).',
    ),
    required: false,
    showIf: { questionId: 'GEN-05', in: ['published', 'internal'] },
    reference: 'TMG 1.2',
  },
  {
    id: 'GEN-07',
    theme,
    type: 'single_choice',
    text: t(
      '人権・環境デュー・ディリジェンス（自社とサプライチェーンにおける実際の、または潜在的な負の影響を特定し、防止・軽減し、その効果を確認して、対応状況を開示する取組み）を実施していますか。',
      'Do you carry out human-rights and environmental due diligence—identifying actual and potential negative impacts in your own operations and supply chain, preventing or mitigating them, tracking effectiveness and disclosing how you have addressed them?',
    ),
    help: t(
      '経済産業省の「責任あるサプライチェーン等における人権尊重のためのガイドライン」や、OECDの「責任ある企業行動のためのデュー・ディリジェンス・ガイダンス」が参考になります。',
      'The Japanese government’s Guidelines on Respecting Human Rights in Responsible Supply Chains and the OECD Due Diligence Guidance for Responsible Business Conduct describe the process.',
    ),
    options: [
      opt(
        'supply_chain',
        'はい（サプライチェーンを含めて定期的に実施しています）',
        'Yes, regularly, including our supply chain',
        1,
      ),
      opt('own', 'はい（自社のみを対象としています）', 'Yes, for our own operations only', 0.5),
      opt('planned', '準備中です', 'Being prepared', 0.25),
      opt('no', 'いいえ', 'No', 0),
    ],
    reference: 'TMG 1.2, NAP due diligence',
    guidance: t(
      'まず自社と主要な取引先について、人権・環境リスクの高い分野（外国人労働者、長時間労働、化学物質など）を洗い出し、優先順位を付けてください。優先度の高いリスクから防止・軽減策を実施し、その効果を年1回以上確認して、取組み状況を開示してください。',
      'Start by mapping the areas of high human-rights and environmental risk in your own operations and at your main suppliers (foreign workers, long working hours, chemicals …) and prioritise them. Act on the highest risks first, check the effect of your measures at least once a year, and disclose what you have done.',
    ),
  },
  {
    id: 'GEN-08',
    theme,
    type: 'single_choice',
    text: t(
      '人権侵害や環境への過度な負荷について、従業員、サプライチェーン上の労働者、地域住民などが申し立てることができ、調査と是正につながる苦情処理メカニズム（相談・通報窓口）を設けていますか。',
      'Do you have a grievance mechanism through which employees, workers in your supply chain, local residents and other stakeholders can raise concerns about human-rights abuses or excessive environmental burden, and have them investigated and remedied?',
    ),
    options: [
      opt(
        'external',
        'はい（社外の関係者やサプライチェーン上の労働者も利用できます）',
        'Yes, open to outside stakeholders, including workers in our supply chain',
        1,
      ),
      opt(
        'internal',
        'はい（自社の従業員のみが利用できます）',
        'Yes, for our own employees only',
        0.5,
      ),
      opt('no', 'いいえ', 'No', 0),
    ],
    reference: 'TMG 1.2, NAP access to remedy, NESIC grievance mechanisms',
    guidance: t(
      '匿名でも利用でき、外国人労働者が母語で相談できる窓口を設け、ウェブサイトなどで社外にも公開してください。受け付けた申立ては記録し、調査と是正の結果を申立人に伝えてください。ビジネスと人権対話救済機構（JaCER）など、業界横断の窓口に参加する方法もあります。',
      'Set up a channel that can be used anonymously and in foreign workers’ own languages, and publish it, e.g. on your website. Record every grievance and tell the person who raised it what was investigated and remedied. Joining a shared platform such as the Japan Center for Engagement and Remedy on Business and Human Rights (JaCER) is another option.',
    ),
  },
  {
    id: 'GEN-09',
    theme,
    type: 'single_choice',
    text: t(
      '法令違反や本ガイドラインへの違反を通報した人に対する報復（解雇、降格、減給、嫌がらせなど）を禁止し、通報者を保護していますか（通報窓口、匿名通報の受付、通報者情報の秘密保持を含みます）。',
      'Do you protect whistleblowers—prohibiting any retaliation (dismissal, demotion, pay cuts, harassment …) against people who report breaches of law or of these guidelines, with a reporting channel that accepts anonymous reports and keeps the reporter’s identity confidential?',
    ),
    options: maturity({
      yes: [
        'はい（規程で報復を禁止し、全従業員に周知しています）',
        'Yes, retaliation is prohibited in our rules and all workers have been told',
      ],
      partly: [
        '一部実施しています（窓口はあるが、報復の禁止を明文化していないなど）',
        'Partly (e.g. there is a channel, but the ban on retaliation is not written down)',
      ],
    }),
    critical: true,
    level: 'mandatory',
    evidence: 'optional',
    reference: 'TMG 1.3, NESIC whistleblower protection',
    guidance: t(
      '公益通報者保護法に沿って内部通報規程を定め、通報を理由とする解雇、降格その他の不利益な取扱いを明示的に禁止してください。弁護士などの外部窓口を含む通報窓口を設けて匿名の通報を受け付け、通報者の情報を秘密として扱ってください。パートタイム、派遣、外国人の方を含む全従業員に、窓口の利用方法を周知してください。',
      'Adopt internal whistleblowing rules in line with the Whistleblower Protection Act that expressly prohibit dismissal, demotion or any other detrimental treatment because of a report. Provide a reporting channel—including an outside contact such as a lawyer—that accepts anonymous reports and keeps the reporter’s identity confidential, and tell every worker, including part-time, agency and foreign workers, how to use it.',
    ),
  },
  {
    id: 'GEN-10',
    theme,
    type: 'single_choice',
    text: t(
      '受注した工事・物品・役務を、契約で定めた仕様、品質、納期、価格どおりに誠実に履行し、無断で再委託を行わず、問題や遅延が生じた場合は速やかに発注者へ報告するためのルールと確認の仕組みがありますか。',
      'Do you have rules and checks to ensure that contracted works, goods and services are delivered faithfully—to the agreed specifications, quality, delivery dates and prices, without unauthorised subcontracting—and that problems or delays are reported to the customer promptly?',
    ),
    help: t(
      '公共調達では、税金を原資とすることを踏まえ、都民・市民の生活の向上につながる公正な業務遂行が求められます。',
      'Public procurement is paid for by taxpayers, so the work must be carried out fairly and to the benefit of citizens.',
    ),
    options: maturity({
      partly: [
        'ルールは文書化していませんが、実務上は実施しています',
        'Done in practice, but not written down',
      ],
    }),
    critical: true,
    level: 'mandatory',
    reference: 'TMG 1.4',
    guidance: t(
      '受注から納品までの手順（仕様の確認、工程・品質の管理、再委託の事前承認、納期遅延や不具合の報告）を文書にし、担当者に周知してください。公共調達では、税金を原資とすることを念頭に、仕様どおりの履行と公正な業務遂行を徹底してください。',
      'Write down your procedure from order to delivery—checking specifications, managing schedule and quality, obtaining approval before subcontracting, reporting delays and defects—and make sure the staff concerned know it. In public procurement, remember that the work is paid for with tax money: deliver to specification and conduct business fairly.',
    ),
  },
  {
    id: 'GEN-11',
    theme,
    type: 'single_choice',
    text: t(
      'サステナビリティの取組みを推進する体制（担当役員、担当部署、年度目標、教育、内部監査などによるPDCAサイクル）を整えていますか。',
      'Do you have a management system for sustainability—an executive in charge, a responsible department, annual targets, training and internal audits (a plan–do–check–act cycle)?',
    ),
    options: maturity(),
    reference: 'TMG 1.2, NESIC management systems',
    guidance: t(
      '担当役員と推進部署を決め、年度目標と実施計画を立ててください。教育と内部監査・自己点検で進捗を確認し、結果を経営会議に報告して翌年度の計画に反映してください。',
      'Name an executive and a department in charge, and set annual targets and a plan. Check progress through training, internal audits or self-checks, report the results to management and feed them into next year’s plan.',
    ),
  },
  {
    id: 'GEN-12',
    theme,
    type: 'single_choice',
    text: t(
      '貴社の取引先（仕入先・再委託先）に対して、本ガイドラインまたは同等の行動規範の遵守を求め、その状況を確認していますか。',
      'Do you require your own suppliers and subcontractors to comply with these guidelines or an equivalent code of conduct, and check how they comply?',
    ),
    options: [
      opt(
        'checked',
        'はい（契約などで遵守を求め、調査や監査で確認しています）',
        'Yes, we require it (e.g. in contracts) and check through surveys or audits',
        1,
      ),
      opt(
        'requested',
        '遵守を依頼していますが、確認はしていません',
        'We ask them to comply but do not check',
        0.5,
      ),
      opt('no', 'いいえ', 'No', 0),
    ],
    reference: 'TMG 1.2, NESIC management of suppliers',
    guidance: t(
      '取引基本契約や発注仕様書に、本ガイドラインまたは同等の行動規範の遵守を盛り込んでください。リスクの高い取引先から順に、自己評価の質問票（この質問票を取引先に転送することもできます）や訪問で状況を確認し、問題があれば直ちに取引を停止するのではなく、改善に向けて協力してください。',
      'Include compliance with these guidelines or an equivalent code in your basic contracts and order specifications. Starting with the highest-risk suppliers, check their practices through self-assessment questionnaires (you can pass this survey on to them) or visits. Where you find problems, work with the supplier on improvement rather than ending the relationship at once.',
    ),
  },

  // ── extended ──────────────────────────────────────────────────────────────────────────
  {
    id: 'GEN-13',
    theme,
    type: 'single_choice',
    text: t(
      '役員と従業員に対して、本ガイドラインの内容（人権、労働、環境、公正取引など）について、年1回以上教育を行っていますか。',
      'Do you train directors and employees at least once a year on the topics of these guidelines (human rights, labour, the environment, fair business …)?',
    ),
    options: maturity(PRACTICE),
    depth: 'extended',
    reference: 'TMG 1.2',
    guidance: t(
      '役員を含む全従業員を対象に、年1回以上の教育計画を立てて実施し、受講記録を残してください。外国人労働者には理解できる言語の教材を用意し、調達・営業など取引先と接する部門には、取引先への展開方法も教えてください。',
      'Plan and deliver training at least once a year for all staff, including directors, and keep attendance records. Provide material in languages foreign workers understand, and teach purchasing and sales staff how to pass the requirements on to business partners.',
    ),
  },
  {
    id: 'GEN-14',
    theme,
    type: 'multi_choice',
    text: t(
      '貴社の苦情処理メカニズムについて、当てはまるものをすべて選んでください。',
      'Which of the following apply to your grievance mechanism? Select all that apply.',
    ),
    options: [
      opt('anonymous', '匿名で申し立てることができる', 'Grievances can be raised anonymously', 0.2),
      opt(
        'languages',
        '外国人労働者の母語など、複数の言語で利用できる',
        'It can be used in several languages, including foreign workers’ mother tongues',
        0.2,
      ),
      opt(
        'independent',
        '社外の第三者（弁護士、業界横断の窓口など）が受け付ける',
        'Grievances are received by an independent third party (a lawyer, a shared platform …)',
        0.2,
      ),
      opt(
        'procedure',
        '受付から回答までの手順と目安の期間を定めている',
        'There is a documented procedure with target response times',
        0.2,
      ),
      opt(
        'feedback',
        '申立てを記録し、対応結果を申立人に伝えている',
        'Grievances are recorded and the outcome is reported back to the person who raised them',
        0.2,
      ),
      noneOfThese('いずれも当てはまりません'),
    ],
    depth: 'extended',
    showIf: { questionId: 'GEN-08', in: ['external', 'internal'] },
    reference: 'TMG 1.2, NAP access to remedy',
    guidance: t(
      '国連指導原則の実効性の要件（正当性、利用可能性、予測可能性、公平性、透明性など）に沿って窓口を見直してください。特に、匿名での利用、母語での対応、第三者による受付、回答期限の設定、結果の通知を整えてください。',
      'Review your mechanism against the UN Guiding Principles’ effectiveness criteria (legitimate, accessible, predictable, equitable, transparent …). In particular, allow anonymous use, respond in people’s own languages, involve an independent third party, set response deadlines and report outcomes back.',
    ),
  },
  {
    id: 'GEN-15',
    theme,
    type: 'single_choice',
    text: t(
      '自社とサプライチェーンにおける重大な人権リスク（国・地域、業種、原材料ごと）を特定し、対応の優先順位を付けていますか。',
      'Have you identified the most severe human-rights risks in your operations and supply chain (by country, industry and raw material) and prioritised how to address them?',
    ),
    options: maturity(),
    depth: 'extended',
    reference: 'TMG 1.2, NAP due diligence',
    guidance: t(
      '取引先の所在国、業種、主要な原材料ごとに、強制労働、児童労働、外国人労働者の権利侵害などのリスクを評価し、深刻度と発生可能性から優先順位を付けてください。結果は経営層に報告し、年1回以上見直してください。',
      'Assess the risks—forced labour, child labour, abuse of foreign workers …—by supplier country, industry and main raw material, and rank them by severity and likelihood. Report the results to top management and review them at least once a year.',
    ),
  },
  {
    id: 'GEN-16',
    theme,
    type: 'single_choice',
    text: t(
      'サステナビリティに関する取組みとその結果を、統合報告書、サステナビリティレポート、ウェブサイトなどで定期的に開示していますか。',
      'Do you regularly disclose your sustainability initiatives and their results (integrated report, sustainability report, website …)?',
    ),
    options: maturity({
      yes: [
        'はい（取組みと結果を定期的に開示しています）',
        'Yes, initiatives and results, regularly',
      ],
      partly: [
        '一部開示しています（方針のみで結果は開示していないなど）',
        'Partly (e.g. policies only, without results)',
      ],
    }),
    depth: 'extended',
    reference: 'TMG 1.2, NESIC disclosure',
    guidance: t(
      '方針に加えて、目標、実績、課題、負の影響への対応状況を年1回以上開示してください。中小企業の場合は、ウェブサイトの1ページから始めても構いません。',
      'Disclose not only your policies but also your targets, results, open issues and how you have handled negative impacts, at least once a year. A small company can start with a single page on its website.',
    ),
  },
  {
    id: 'GEN-17',
    theme,
    type: 'single_choice',
    text: t(
      '本ガイドラインへの対応状況（取引先の調査、教育、監査などの記録）を文書で保管し、製造（組立・最終加工）や保管を行う施設の名称・所在地とともに、求めに応じて提出できるようにしていますか。',
      'Do you keep written records of how you implement these guidelines (supplier surveys, training, audits …) and can you provide them on request, together with the names and addresses of the facilities where the goods are manufactured (assembly and finishing) and stored?',
    ),
    options: maturity(),
    depth: 'extended',
    reference: 'TMG 1.2, TMG 5.7',
    guidance: t(
      '取引先調査、教育、監査、是正の記録を一か所にまとめて保管してください。納入品の組立・最終加工と保管を行う施設（取引先の施設を含みます）の名称と所在地を一覧にし、求めに応じて速やかに提出できるようにしてください。',
      'Keep the records of supplier surveys, training, audits and corrective actions in one place. Keep a list of the names and addresses of the facilities that assemble, finish and store the goods you supply (including your suppliers’ facilities) so that you can provide it promptly on request.',
    ),
  },
  {
    id: 'GEN-18',
    theme,
    type: 'single_choice',
    text: t(
      '外為法に基づく安全保障貿易管理の体制を整え、輸出する貨物や提供する技術の該非判定を行っていますか。',
      'Do you have an export control system under the Foreign Exchange and Foreign Trade Act, including classification of the goods you export and the technology you provide?',
    ),
    options: maturity(
      {},
      notApplicable(
        '貨物の輸出や海外への技術提供を行っていません',
        'we do not export goods or provide technology abroad',
      ),
    ),
    level: 'mandatory',
    depth: 'extended',
    reference: 'TMG 1.1, NESIC import/export controls',
    guidance: t(
      '輸出管理の責任者と社内規程を定め、輸出する貨物や提供する技術について該非判定と取引審査を行い、記録を保存してください。経済産業省の輸出管理内部規程（CP）のひな形が参考になります。',
      'Appoint a person responsible for export control and adopt internal rules; classify the goods and technology you export, screen transactions and keep records. METI’s model internal compliance programme is a good starting point.',
    ),
  },
  {
    id: 'GEN-19',
    theme,
    type: 'single_choice',
    text: t(
      '災害、感染症、サイバー攻撃、調達先の操業停止などに備えた事業継続計画（BCP）を策定し、訓練や見直しを行っていますか。',
      'Have you drawn up a business continuity plan (BCP) for disasters, pandemics, cyber-attacks and supply disruptions, and do you test and review it?',
    ),
    options: maturity(),
    depth: 'extended',
    reference: 'TMG 1.4, NESIC business continuity',
    guidance: t(
      '重要な業務と製品を特定し、目標復旧時間、代替拠点、代替調達先、連絡体制を定めた事業継続計画を作成してください。年1回以上訓練を行い、結果を踏まえて見直してください。中小企業庁の「事業継続力強化計画」の認定制度も活用できます。',
      'Identify your critical operations and products, and write a plan with recovery time objectives, alternative sites and suppliers, and a communication tree. Test it at least once a year and update it based on the results. In Japan, small companies can use the SME Agency’s business continuity enhancement plan certification.',
    ),
  },
];
