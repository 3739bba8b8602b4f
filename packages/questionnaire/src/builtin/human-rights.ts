import type { QuestionInput } from '../format.js';
import { PRACTICE, maturity, noneOfThese, notApplicable, opt, t, yesNo } from './helpers.js';

/** Human rights (TMG 3.x). */
const theme = 'human_rights';

export const humanRightsQuestions: QuestionInput[] = [
  // ── core ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'HR-01',
    theme,
    type: 'single_choice',
    text: t(
      '国際的な人権基準（世界人権宣言、国連「ビジネスと人権に関する指導原則」、ILO中核的労働基準など）を尊重することを方針として定め、従業員に周知していますか。',
      'Have you committed in a policy to respect internationally recognised human rights (the Universal Declaration of Human Rights, the UN Guiding Principles on Business and Human Rights, the ILO core labour standards …) and communicated this commitment to your workers?',
    ),
    options: maturity({
      yes: [
        'はい（方針を定め、全従業員に周知しています）',
        'Yes, adopted and communicated to all workers',
      ],
      partly: [
        '方針はありますが周知が不十分です（または策定中です）',
        'We have a policy but have not fully communicated it (or it is being drafted)',
      ],
    }),
    critical: true,
    level: 'mandatory',
    evidence: 'optional',
    reference: 'TMG 3.1, TMG 1.2',
    guidance: t(
      '国際人権基準の尊重を明記した人権方針を策定し、経営トップの承認を得てください。方針は外国人労働者を含むすべての従業員が理解できる言語で周知し、取引先にも伝えてください。法務省や経済産業省の資料、本ガイドラインの参考文献が参考になります。',
      'Adopt a human-rights policy that commits to respecting international human-rights standards, approved by top management. Communicate it to all workers in languages they understand, including foreign workers, and to your business partners. Guidance from the Ministry of Justice and METI, and the references listed in these guidelines, can help.',
    ),
  },
  {
    id: 'HR-02',
    theme,
    type: 'single_choice',
    text: t(
      '人種、民族、国籍、宗教、信条、性別、性的指向・性自認、障害、社会的身分、門地、文化、年齢などを理由とする不当な差別やハラスメントを、就業規則などで禁止し、実際に防止していますか。',
      'Do you prohibit, in your work rules or similar, and prevent in practice unjust discrimination and harassment on the grounds of race, ethnicity, nationality, religion, belief, sex, sexual orientation, gender identity, disability, social status, descent, culture, age or similar?',
    ),
    options: maturity(),
    critical: true,
    level: 'mandatory',
    evidence: 'optional',
    reference: 'TMG 3.2',
    guidance: t(
      '差別とハラスメントの禁止を就業規則や行動規範に明記し、対象となる事由を具体的に挙げてください。管理職と従業員に研修を行い、相談窓口を設け、申立てがあった場合は速やかに事実を確認して、被害者の保護と再発防止を図ってください。',
      'State the ban on discrimination and harassment in your work rules or code of conduct, listing the grounds explicitly. Train managers and staff, provide a place to raise concerns, and when a complaint is made, establish the facts promptly, protect the person affected and prevent a recurrence.',
    ),
  },
  {
    id: 'HR-03',
    theme,
    type: 'single_choice',
    text: t(
      '事業活動やサプライチェーンが、先住民族や地域住民が利用する土地・森林・水などに影響を与える場合、十分な情報を事前に提供して自由意思に基づく合意を得るとともに、強制的な立退きや生活環境への重大な損害を生じさせないようにしていますか。',
      'Where your operations or supply chain affect land, forests or water used by indigenous peoples or local communities, do you inform them fully in advance and obtain their free agreement, and make sure no one is forcibly displaced and their living environment is not seriously damaged?',
    ),
    options: maturity(
      {
        yes: ['はい（手順を定めて実施しています）', 'Yes, following a documented procedure'],
        partly: [
          '個別に対応していますが、手順は定めていません',
          'Handled case by case, without a documented procedure',
        ],
      },
      notApplicable(
        '土地の開発や資源の採取を伴う事業・調達がありません',
        'neither our operations nor our sourcing involve land development or the extraction of natural resources',
      ),
    ),
    critical: true,
    level: 'mandatory',
    reference: 'TMG 3.3',
    guidance: t(
      '用地取得、建設、原材料の採取などを伴う事業では、計画段階で影響を受ける先住民族や地域住民を特定し、十分な情報を事前に提供して協議し、自由意思による、事前の、十分な情報に基づく同意（FPIC）を得てください。違法な強制立退きは行わず、生活環境への影響を評価・軽減し、苦情を受け付ける窓口を設けてください。',
      'For any activity involving land acquisition, construction or the extraction of raw materials, identify the indigenous peoples and local communities affected at the planning stage, inform and consult them in advance, and obtain their free, prior and informed consent (FPIC). Never carry out unlawful forced evictions; assess and mitigate the effects on their living environment and give them a way to raise grievances.',
    ),
  },
  {
    id: 'HR-04',
    theme,
    type: 'multi_choice',
    text: t(
      '女性の権利の尊重と活躍の推進について、実施しているものをすべて選んでください。',
      'Which of the following do you have in place to respect women’s rights and promote their advancement? Select all that apply.',
    ),
    options: [
      opt(
        'plan',
        '女性活躍推進法に基づく行動計画を策定している',
        'An action plan under the Act on the Promotion of Women’s Participation and Advancement in the Workplace',
        0.25,
      ),
      opt(
        'targets',
        '女性管理職比率などの数値目標を設定している',
        'Numerical targets, e.g. for the share of women in management',
        0.25,
      ),
      opt(
        'pay_gap',
        '男女の賃金の差異を把握し、要因を分析している',
        'We measure the gender pay gap and analyse its causes',
        0.25,
      ),
      opt(
        'support',
        '妊娠・出産・育児について、法定を上回る支援（休業からの復帰支援など）を行っている',
        'Support for pregnancy, childbirth and childcare beyond the legal minimum (e.g. help returning from leave)',
        0.25,
      ),
      opt(
        'certified',
        'えるぼし認定、くるみん認定などを取得している',
        '“Eruboshi” or “Kurumin” certification',
        0.25,
      ),
      noneOfThese(),
    ],
    reference: 'TMG 3.4',
    guidance: t(
      '女性の採用・登用の状況と男女の賃金の差異を把握し、数値目標を含む行動計画を策定してください。妊娠・出産・育児と仕事を両立できるよう、休業からの復帰支援や柔軟な働き方を整えてください。',
      'Measure how women are hired and promoted and your gender pay gap, and adopt an action plan with numerical targets. Make it possible to combine pregnancy, childbirth and childcare with work, e.g. through help returning from leave and flexible working.',
    ),
  },
  {
    id: 'HR-05',
    theme,
    type: 'single_choice',
    text: t(
      '障害のある人に対する不当な差別的取扱いを禁止し、合理的配慮を提供していますか（雇用においては障害者雇用促進法、製品・サービスの提供においては障害者差別解消法に基づくもの）。',
      'Do you prohibit unjust discriminatory treatment of persons with disabilities and provide reasonable accommodation—as an employer, under the Act to Facilitate the Employment of Persons with Disabilities, and when providing products and services, under the Act for Eliminating Discrimination against Persons with Disabilities?',
    ),
    help: t(
      '2024年4月から、事業者による合理的配慮の提供は法的義務となっています。',
      'Since April 2024, providing reasonable accommodation has been a legal obligation for all businesses in Japan.',
    ),
    options: maturity(),
    critical: true,
    level: 'mandatory',
    reference: 'TMG 3.5',
    guidance: t(
      '障害を理由とする不当な差別的取扱いの禁止を社内規程に明記してください。採用・職場と顧客対応のそれぞれで、合理的配慮の申出を受け付ける窓口と検討の手順を定め、従業員に研修を行ってください。内閣府の「障害を理由とする差別の解消の推進に関する基本方針」が参考になります。',
      'State the ban on unjust discriminatory treatment because of disability in your internal rules. Set up a contact point and a procedure for requests for reasonable accommodation, both in hiring and at work and in dealing with customers, and train your staff. The Cabinet Office’s Basic Policy on the Elimination of Discrimination on the Basis of Disability gives guidance.',
    ),
  },
  {
    id: 'HR-06',
    theme,
    type: 'single_choice',
    text: t(
      '子どもの権利に配慮していますか（子どもが利用する製品・サービスの安全確保、子どもに悪影響を与えるおそれのある広告の自粛、子育て中の従業員への支援など）。',
      'Do you take children’s rights into account—for example the safety of products and services used by children, avoiding advertising that could harm children, and support for employees raising children?',
    ),
    options: maturity(PRACTICE),
    reference: 'TMG 3.6',
    guidance: t(
      '子どもが利用する可能性のある製品・サービスについて安全性を評価し、子ども向けの広告・販売促進の基準を定めてください。あわせて、子育て中の従業員が利用できる休暇や柔軟な働き方を整えてください。「子どもの権利とビジネス原則」が参考になります。',
      'Assess the safety of any products or services children may use, set rules for advertising and promotion aimed at children, and offer leave and flexible working to employees raising children. The Children’s Rights and Business Principles give guidance.',
    ),
  },
  {
    id: 'HR-07',
    theme,
    type: 'single_choice',
    text: t(
      '人種的・文化的少数者、性的少数者（LGBTQ+など）、移民労働者などの社会的少数者の権利を尊重し、プライバシーに配慮しながら必要な支援を行っていますか（宗教上の配慮、通称名や性自認に応じた対応、多言語での情報提供など）。',
      'Do you respect the rights of social minorities—racial and cultural minorities, sexual minorities (LGBTQ+ people), immigrant workers and others—and give them the support they need while protecting their privacy (religious accommodation, use of preferred names and gender identity, information in several languages …)?',
    ),
    options: maturity(PRACTICE),
    reference: 'TMG 3.7',
    guidance: t(
      '社会的少数者への差別の禁止を方針に明記し、本人の申出に応じた配慮（宗教上の食事や礼拝、通称名の使用、更衣室やトイレの利用など）の手順を定めてください。本人の同意なく性的指向・性自認を暴露すること（アウティング）の禁止など、プライバシー保護のルールも設けてください。',
      'State in your policy that discrimination against minorities is prohibited, and set a procedure for accommodating individual requests (religious diet and prayer, use of a preferred name, changing rooms and toilets …). Adopt privacy rules too, including a ban on disclosing anyone’s sexual orientation or gender identity without their consent (outing).',
    ),
  },

  // ── extended ──────────────────────────────────────────────────────────────────────────
  {
    id: 'HR-08',
    theme,
    type: 'single_choice',
    text: t(
      '管理職と従業員に対して、人権、差別、ハラスメントに関する研修を定期的に行っていますか。',
      'Do you regularly train managers and employees on human rights, discrimination and harassment?',
    ),
    options: maturity(PRACTICE),
    depth: 'extended',
    reference: 'TMG 3.1, TMG 3.2',
    guidance: t(
      '全従業員を対象に年1回以上の人権研修を行い、管理職には相談対応や公正な評価の方法も教えてください。受講記録を残し、理解度を確認してください。',
      'Give all staff human-rights training at least once a year, and teach managers how to handle complaints and appraise fairly. Keep attendance records and check understanding.',
    ),
  },
  {
    id: 'HR-09',
    theme,
    type: 'single_choice',
    text: t(
      '人身取引や現代奴隷のリスクが高い国・地域、業種、原材料（綿、太陽光パネル用ポリシリコン、水産物など）を把握し、該当する取引先について確認を行っていますか。',
      'Have you identified the countries, industries and raw materials at high risk of human trafficking and modern slavery (cotton, polysilicon for solar panels, seafood …), and checked the suppliers concerned?',
    ),
    options: maturity(),
    depth: 'extended',
    reference: 'TMG 3.1, TMG 4.3, NESIC human trafficking',
    guidance: t(
      '国際機関やNGOの報告を参考に、人身取引や強制労働のリスクが高い国・地域、業種、原材料を特定してください。該当する取引先には、原産地の追跡、自己評価、第三者監査などで確認を行い、問題があれば是正を求めてください。',
      'Use reports from international organisations and NGOs to identify high-risk countries, industries and raw materials for trafficking and forced labour. Check the suppliers concerned through origin tracing, self-assessments or third-party audits, and require corrective action where you find problems.',
    ),
  },
  {
    id: 'HR-10',
    theme,
    type: 'number',
    text: t(
      '直近の障害者雇用率（%）をご記入ください。',
      'What is your latest employment rate of persons with disabilities (%)?',
    ),
    help: t(
      '障害者雇用状況の報告義務がない場合は、障害のある従業員の人数をコメント欄にご記入ください。',
      'If you are not required to report this figure, please give the number of employees with disabilities in the comment field.',
    ),
    required: false,
    depth: 'extended',
    reference: 'TMG 3.5, TMG 4.12',
  },
  {
    id: 'HR-11',
    theme,
    type: 'yes_no',
    text: t(
      '障害者就労施設などからの物品・役務の購入や、障害への理解を深める社内啓発に取り組んでいますか。',
      'Do you buy goods or services from workplaces that employ persons with disabilities, or raise awareness of disability within your company?',
    ),
    options: yesNo(),
    depth: 'extended',
    reference: 'TMG 3.5',
    guidance: t(
      '事務用品、印刷、清掃、食品などを障害者就労施設から購入することを検討してください。あわせて、障害への理解を深める研修や、当事者の声を聞く機会を設けてください。',
      'Consider buying office supplies, printing, cleaning or food from workplaces that employ persons with disabilities, and hold awareness training or sessions where people with disabilities share their experience.',
    ),
  },
  {
    id: 'HR-12',
    theme,
    type: 'single_choice',
    text: t(
      '事業所の周辺地域やサプライチェーンにおいて、地域住民への影響（騒音、振動、水、土地、治安など）を把握し、住民との対話を行っていますか。',
      'Do you assess how your sites and supply chain affect local communities (noise, vibration, water, land, security …) and hold dialogue with residents?',
    ),
    options: maturity({
      yes: ['はい（定期的に把握し、対話の場を設けています）', 'Yes, regularly, with dialogue'],
      partly: ['苦情があった場合に対応しています', 'We respond when there are complaints'],
    }),
    depth: 'extended',
    reference: 'TMG 3.3, TMG 1.2',
    guidance: t(
      '事業所ごとに周辺住民への影響を洗い出し、説明会や窓口などで住民の声を定期的に聞いてください。寄せられた懸念への対応は記録し、結果を住民に伝えてください。',
      'List the effects each site has on its neighbours and listen to residents regularly, e.g. through briefings or a contact point. Record how you respond to their concerns and tell them the outcome.',
    ),
  },
];
