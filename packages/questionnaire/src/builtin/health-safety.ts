import type { QuestionInput } from '../format.js';
import { certification, maturity, notApplicable, t } from './helpers.js';

/** Occupational health and safety (TMG 4.6, NESIC's OH&S requirements). */
const theme = 'health_safety';

export const healthSafetyQuestions: QuestionInput[] = [
  // ── core ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'HS-01',
    theme,
    type: 'single_choice',
    text: t(
      '労働安全衛生法に基づき、必要な安全衛生管理体制（総括安全衛生管理者、安全管理者・衛生管理者または安全衛生推進者、産業医など）を整え、必要な事業場では安全衛生委員会を毎月開催していますか。',
      'In line with the Industrial Safety and Health Act, have you appointed the required health and safety staff (general safety and health manager, safety and health officers or promoters, industrial physician …) and, where required, does a health and safety committee meet every month?',
    ),
    help: t(
      '常時50人以上の事業場では、衛生管理者と産業医の選任、衛生委員会（業種によっては安全委員会も）の設置が必要です。10〜49人の事業場では、安全衛生推進者（または衛生推進者）の選任が必要です。',
      'Sites with 50 or more regular workers must appoint health officers and an industrial physician and set up a health committee (and, in some industries, a safety committee); sites with 10 to 49 workers must appoint a safety and health promoter.',
    ),
    options: maturity({
      yes: [
        'はい（すべての事業場で法令どおりに整えています）',
        'Yes, at every site, as the law requires',
      ],
      partly: ['一部の事業場で整備が不十分です', 'Not yet complete at some sites'],
    }),
    critical: true,
    level: 'mandatory',
    evidence: 'optional',
    reference: 'TMG 4.6, NESIC OH&S',
    guidance: t(
      '事業場ごとに労働者数と業種を確認し、法令で必要な管理者や産業医を選任して労働基準監督署に届け出てください。安全衛生委員会を毎月開催して議事録を残し、労働者の意見を安全衛生対策に反映してください。メンタルヘルス対策（ストレスチェック、相談窓口）も計画に含めてください。',
      'Check the number of workers and the industry of each site, appoint the managers and industrial physician the law requires, and notify the labour inspection office. Hold the health and safety committee every month, keep minutes and reflect workers’ views in your measures. Include mental-health measures (stress checks, a place to seek advice) in your plan.',
    ),
  },
  {
    id: 'HS-02',
    theme,
    type: 'single_choice',
    text: t(
      '職場の危険・有害要因（機械、化学物質、高所作業、暑熱、重量物など）をリスクアセスメントで特定し、機械の安全装置、保護具、作業手順などの対策を講じていますか。',
      'Do you identify workplace hazards (machinery, chemicals, work at height, heat, heavy loads …) through risk assessment and control them with machine guarding, protective equipment, safe work procedures and similar measures?',
    ),
    options: maturity(),
    level: 'mandatory',
    reference: 'TMG 4.6, NESIC OH&S',
    guidance: t(
      '作業ごとに危険・有害要因を洗い出してリスクを評価し、危険源の除去、機械の安全装置、作業手順、保護具の順に対策を講じてください。化学物質のリスクアセスメントは法令上の義務です。結果を記録し、作業や設備を変更したときに見直してください。',
      'List the hazards of each task, assess the risks and control them in this order: eliminate the hazard, guard machinery, set safe procedures, provide protective equipment. Risk assessment of chemicals is a legal obligation in Japan. Record the results and review them whenever tasks or equipment change.',
    ),
  },
  {
    id: 'HS-03',
    theme,
    type: 'single_choice',
    text: t(
      '定期健康診断とストレスチェック（現在、常時50人以上の事業場では義務）を実施し、メンタルヘルス不調の相談や、休職者の職場復帰の支援を行っていますか。',
      'Do you carry out regular health checks and stress checks (currently mandatory at sites with 50 or more workers), and support workers with mental-health problems, including their return to work?',
    ),
    options: maturity(),
    level: 'mandatory',
    reference: 'TMG 4.6, NESIC OH&S',
    guidance: t(
      '全労働者に年1回の定期健康診断を実施し、結果に基づく事後措置（医師の意見聴取、就業上の配慮）を行ってください。ストレスチェックを実施し、相談窓口と職場復帰支援の手順を整えてください。',
      'Give every worker an annual health check and follow up on the results (a doctor’s opinion, adjustments to work). Carry out stress checks, provide a place to seek advice, and set a procedure for helping people return to work after sick leave.',
    ),
  },
  {
    id: 'HS-04',
    theme,
    type: 'single_choice',
    text: t(
      '火災や地震などの緊急事態に備え、避難経路の確保、消火設備の点検、緊急連絡網の整備、救急用品の配備を行い、年1回以上避難訓練を実施していますか。',
      'Are you prepared for emergencies such as fire and earthquakes—clear escape routes, inspected firefighting equipment, an emergency contact list, first-aid supplies—and do you hold evacuation drills at least once a year?',
    ),
    options: maturity(),
    reference: 'TMG 4.6, NESIC OH&S',
    guidance: t(
      '想定される緊急事態ごとに対応手順を定め、避難経路と非常口を常に使える状態に保ち、消防用設備を法令どおりに点検してください。外国人労働者を含む全員が参加する避難訓練を年1回以上行い、結果を踏まえて手順を見直してください。',
      'Set a response procedure for each foreseeable emergency, keep escape routes and emergency exits clear, and have firefighting equipment inspected as the law requires. Hold evacuation drills for everyone, including foreign workers, at least once a year, and revise the procedure based on what you learn.',
    ),
  },
  {
    id: 'HS-05',
    theme,
    type: 'single_choice',
    text: t(
      '労働災害や業務上の疾病を記録し、法令に基づいて労働基準監督署に報告するとともに、原因を調査して再発防止策を講じていますか。',
      'Do you record occupational injuries and illnesses, report them to the labour inspection office as the law requires, investigate their causes and take measures to prevent recurrence?',
    ),
    options: maturity(),
    level: 'mandatory',
    reference: 'TMG 4.6, NESIC OH&S',
    guidance: t(
      '休業を伴う労働災害は労働者死傷病報告で労働基準監督署に報告し、労災隠しは決して行わないでください。軽微な事故やヒヤリハットも記録して原因を分析し、再発防止策を全員に共有してください。',
      'Report injuries that lead to time off to the labour inspection office (the report of worker death or injury), and never conceal an occupational accident. Record minor incidents and near misses too, analyse their causes and share the preventive measures with everyone.',
    ),
  },
  {
    id: 'HS-06',
    theme,
    type: 'single_choice',
    text: t(
      '雇入れ時、作業内容の変更時、危険有害業務への就業時に、労働者が理解できる言語で安全衛生教育を行い、必要な資格・免許や特別教育の修了を確認していますか。',
      'Do you give health and safety training in a language each worker understands—on hiring, when their work changes and before hazardous work—and check that they hold the required licences and have completed special training?',
    ),
    options: maturity(),
    level: 'mandatory',
    reference: 'TMG 4.6, NESIC OH&S, NAP foreign workers',
    guidance: t(
      '雇入れ時教育や特別教育のカリキュラムと受講記録を整えてください。外国人労働者には、母語の教材や絵・写真を使った教材で教育し、理解度を確認してください。フォークリフトやクレーンなど資格が必要な作業は、有資格者に限ってください。',
      'Keep a curriculum and attendance records for induction and special training. For foreign workers, use material in their own language or with pictures and photos, and check their understanding. Allow only qualified workers to do work that needs a licence, such as forklift or crane operation.',
    ),
  },
  {
    id: 'HS-07',
    theme,
    type: 'number',
    text: t(
      '過去12か月間に発生した、休業1日以上の労働災害の件数をご記入ください（ない場合は0）。',
      'How many occupational injuries involving one or more days off work occurred in the past 12 months? (Enter 0 if none.)',
    ),
    reference: 'TMG 4.6, NESIC OH&S',
  },

  // ── extended ──────────────────────────────────────────────────────────────────────────
  {
    id: 'HS-08',
    theme,
    type: 'single_choice',
    text: t(
      '事業に必要な許認可（建設業許可、危険物の取扱い、ボイラー・クレーンなどの設備の検査など）を取得し、更新していますか。',
      'Do you hold, and keep up to date, the permits and licences your business needs (construction licence, hazardous materials, inspections of boilers, cranes and similar equipment …)?',
    ),
    options: maturity(
      {
        yes: ['はい（一覧で管理し、期限内に更新しています）', 'Yes, listed and renewed on time'],
        partly: [
          '取得していますが、一覧での管理はしていません',
          'Yes, but they are not tracked in a list',
        ],
      },
      notApplicable(
        '許認可を必要とする事業や設備はありません',
        'our business and equipment need no permits or licences',
      ),
    ),
    level: 'mandatory',
    depth: 'extended',
    reference: 'TMG 4.6, TMG 1.1',
    guidance: t(
      '事業と設備に必要な許認可、検査、資格を一覧にし、有効期限と担当者を決めて、期限前に更新してください。',
      'List the permits, inspections and qualifications your business and equipment need, assign an owner and an expiry date to each, and renew them before they lapse.',
    ),
  },
  {
    id: 'HS-09',
    theme,
    type: 'single_choice',
    text: t(
      '粉じん、騒音、有機溶剤、暑熱などへのばく露を作業環境測定などで把握・管理し、重量物の取扱いや長時間の立ち作業など身体的負荷の大きい作業を軽減していますか。',
      'Do you measure and control workers’ exposure to dust, noise, organic solvents, heat and similar hazards (e.g. through working-environment measurements), and reduce physically demanding work such as heavy lifting or long periods of standing?',
    ),
    options: maturity(
      {},
      notApplicable(
        '事務作業のみで、該当する作業はありません',
        'our work is office work only, with no such tasks',
      ),
    ),
    depth: 'extended',
    reference: 'TMG 4.6, NESIC OH&S',
    guidance: t(
      '法令で定められた作業環境測定を実施し、結果に応じて局所排気装置や保護具などの対策を講じてください。重量物の運搬には補助具を使い、作業の交代や休憩で身体的負荷を減らしてください。熱中症の予防措置も講じてください。',
      'Carry out the working-environment measurements the law requires and act on the results with local exhaust ventilation, protective equipment and similar measures. Use lifting aids for heavy loads, and rotate tasks and schedule breaks to reduce physical strain. Take measures to prevent heatstroke too.',
    ),
  },
  {
    id: 'HS-10',
    theme,
    type: 'single_choice',
    text: t(
      '食堂、トイレ、休憩室、寮などの施設を清潔かつ安全に保ち、寮については防火、1人当たりの広さ、プライバシーに配慮していますか。',
      'Do you keep canteens, toilets, rest rooms and dormitories clean and safe, and do any dormitories meet reasonable standards for fire safety, space per person and privacy?',
    ),
    options: maturity({
      yes: [
        'はい（担当者を決めて定期的に点検しています）',
        'Yes, with assigned staff and regular checks',
      ],
      partly: ['一部の施設についてのみ実施しています', 'For some facilities only'],
    }),
    depth: 'extended',
    reference: 'TMG 4.6, TMG 4.9, NESIC OH&S',
    guidance: t(
      '施設の清掃と点検の担当者と頻度を決めてください。寮を提供する場合は、消防設備、避難経路、1人当たりの居住面積、鍵付きの私物保管場所を確認し、入居者の声を定期的に聞いてください。',
      'Assign who cleans and inspects each facility and how often. If you provide dormitories, check fire equipment, escape routes, living space per person and lockable storage for personal belongings, and ask residents regularly for their views.',
    ),
  },
  {
    id: 'HS-11',
    theme,
    type: 'single_choice',
    text: t(
      '労働安全衛生マネジメントシステム（ISO 45001など）の認証を取得していますか。',
      'Are you certified to an occupational health and safety management system standard such as ISO 45001?',
    ),
    options: certification(),
    depth: 'extended',
    evidence: 'optional',
    reference: 'TMG 4.6, NESIC OH&S',
    guidance: t(
      '安全衛生方針、目標、リスクアセスメント、教育、内部監査、経営層による見直しからなる仕組みを整えてください。取引先から求められる場合は、ISO 45001の認証取得を検討してください。',
      'Put in place a system with a health and safety policy, objectives, risk assessment, training, internal audits and management review. If customers ask for it, consider ISO 45001 certification.',
    ),
  },
  {
    id: 'HS-12',
    theme,
    type: 'date',
    text: t(
      'ISO 45001などの認証の有効期限をご記入ください（認証書の写しを添付してください）。',
      'When does your ISO 45001 (or equivalent) certificate expire? (Please attach a copy of the certificate.)',
    ),
    depth: 'extended',
    evidence: 'required',
    showIf: { questionId: 'HS-11', in: ['certified'] },
    reference: 'NESIC OH&S',
  },
  {
    id: 'HS-13',
    theme,
    type: 'single_choice',
    text: t(
      '貴社の事業場で働く協力会社・請負業者の労働者についても、安全衛生の連絡調整や作業前の安全指示を行っていますか。',
      'Do you also protect contractors’ workers at your sites—coordinating health and safety with their employers and briefing them before work starts?',
    ),
    options: maturity(
      {},
      notApplicable(
        '協力会社の労働者が自社の事業場で働くことはありません',
        'no contractors’ workers work at our sites',
      ),
    ),
    depth: 'extended',
    reference: 'TMG 4.6',
    guidance: t(
      '協力会社との間で作業間の連絡調整を行う会議を設け、作業前に危険箇所と安全ルールを説明してください。協力会社の労働者が災害に遭った場合の報告の流れも決めておいてください。',
      'Hold coordination meetings with contractors, and brief their workers on hazards and safety rules before work starts. Agree how accidents involving contractors’ workers are reported.',
    ),
  },
];
