import type { QuestionInput } from '../format.js';
import { maturity, notApplicable, opt, t, yesNo } from './helpers.js';

/** Labour, core depth (TMG 4.x, with the NAP's points on foreign workers and technical interns). */
const theme = 'labour';

/** The answers to LAB-12 under which the foreign-worker questions are asked. */
const EMPLOYS_FOREIGN_WORKERS = ['interns', 'other'];

export const labourQuestions: QuestionInput[] = [
  {
    id: 'LAB-01',
    theme,
    type: 'single_choice',
    text: t(
      '国際労働基準（ILOの「労働における基本的原則及び権利」）と労働関係法令を遵守するため、就業規則を整え、すべての労働者（パートタイム、有期契約、外国人の方を含みます）に労働条件を書面で明示していますか。',
      'To comply with international labour standards (the ILO Fundamental Principles and Rights at Work) and labour law, do you have work rules in place and give every worker—including part-time, fixed-term and foreign workers—a written statement of their working conditions?',
    ),
    help: t(
      'ILOの基本的原則及び権利は、結社の自由と団体交渉権、強制労働の撤廃、児童労働の廃止、雇用と職業における差別の撤廃、安全で健康的な労働環境の5分野です。',
      'The ILO fundamental principles and rights at work cover five areas: freedom of association and collective bargaining, elimination of forced labour, abolition of child labour, elimination of discrimination in employment and occupation, and a safe and healthy working environment.',
    ),
    options: maturity({
      yes: [
        'はい（就業規則を整え、全員に書面で明示しています）',
        'Yes: we have work rules and every worker receives written conditions',
      ],
      partly: [
        '一部の労働者にのみ書面で明示しています',
        'Only some workers receive written conditions',
      ],
    }),
    critical: true,
    level: 'mandatory',
    evidence: 'optional',
    reference: 'TMG 4.1',
    guidance: t(
      '労働基準法に沿って就業規則を作成し、常時10人以上の労働者がいる場合は労働基準監督署に届け出て、労働者に周知してください。採用時には、賃金、労働時間、契約期間、就業場所などの労働条件を書面（労働条件通知書）で明示し、外国人労働者には母語など本人が理解できる言語で交付してください。',
      'Draw up work rules in line with the Labour Standards Act, file them with the labour inspection office if you have ten or more regular workers, and make them known to workers. On hiring, give each worker written working conditions—wages, hours, contract term, place of work—and give foreign workers a version in a language they understand.',
    ),
  },
  {
    id: 'LAB-02',
    theme,
    type: 'single_choice',
    text: t(
      '労働者は、妨害、差別、報復、嫌がらせを受けることなく、労働組合の結成・加入や労働者代表の選出を自由に行うことができ、団体交渉の権利が保障されていますか。',
      'Can workers form or join a trade union and elect worker representatives freely—without obstruction, discrimination, retaliation or harassment—and is their right to bargain collectively respected?',
    ),
    help: t(
      '労働組合がない場合も、36協定の締結などの際に、労働者代表が民主的な方法で選ばれているかをご確認ください。',
      'If there is no union, check that worker representatives—for example those who sign the overtime (Article 36) agreement—are chosen democratically by the workers.',
    ),
    options: maturity({
      yes: [
        'はい（方針に明記し、実際に尊重しています）',
        'Yes, stated in our policy and respected in practice',
      ],
      partly: [
        '実際には尊重していますが、明文化していません',
        'Respected in practice, but not written down',
      ],
    }),
    critical: true,
    level: 'mandatory',
    reference: 'TMG 4.2',
    guidance: t(
      '結社の自由と団体交渉権の尊重を方針に明記し、組合活動を理由とする不利益な取扱いを禁止してください。労働組合がない場合は、労働者代表を投票などの民主的な方法で選び、会社が指名しないようにしてください。',
      'State respect for freedom of association and collective bargaining in your policy, and prohibit any detrimental treatment because of union activity. Where there is no union, have worker representatives elected democratically, e.g. by ballot, rather than appointed by the company.',
    ),
  },
  {
    id: 'LAB-03',
    theme,
    type: 'single_choice',
    text: t(
      'あらゆる形態の強制労働（債務労働、人身取引、身分証明書の取上げ、保証金の徴収、退職時の違約金、移動の制限など）を禁止し、労働者が適切な予告のもとで自由に退職できるようにしていますか。',
      'Do you prohibit all forms of forced labour—bonded labour, human trafficking, retention of identity documents, deposits, penalties for leaving, restrictions on movement—and can workers resign freely with reasonable notice?',
    ),
    options: maturity(),
    critical: true,
    level: 'mandatory',
    evidence: 'optional',
    reference: 'TMG 4.3, NESIC forced labour',
    guidance: t(
      '強制労働を禁止する方針を文書にして経営トップが署名し、すべての労働者に理解できる言語で周知してください。身分証明書の保管、保証金や違約金、退職の制限がないかを点検し、人材紹介会社や送出機関が労働者から手数料を徴収していないかを確認してください。',
      'Adopt a written policy banning forced labour, signed by top management, and communicate it to all workers in languages they understand. Check that you keep no identity documents and impose no deposits, penalties or restrictions on leaving, and check recruitment agencies and sending organisations for fee charging.',
    ),
  },
  {
    id: 'LAB-04',
    theme,
    type: 'single_choice',
    text: t(
      '採用時に公的書類で年齢を確認し、法定の最低就業年齢に満たない児童（日本では原則として、満15歳に達した日以後の最初の3月31日が終了するまでの者）を雇用していないことを確認していますか。',
      'Do you check every worker’s age with official documents at hiring, and make sure that no child below the legal minimum working age is employed (in Japan, in principle, no one until the 31 March after their 15th birthday)?',
    ),
    options: maturity({
      yes: [
        'はい（全員について公的書類で確認し、記録しています）',
        'Yes, for everyone, with official documents, and we keep records',
      ],
      partly: [
        '確認していますが、公的書類によらない場合があります',
        'We check, but not always with official documents',
      ],
    }),
    critical: true,
    level: 'mandatory',
    reference: 'TMG 4.4, NESIC child labour',
    guidance: t(
      '採用時に住民票記載事項証明書や在留カードなどの公的書類で年齢を確認し、写しまたは確認の記録を保管してください（18歳未満の方については、労働基準法により年齢証明書の備付けが必要です）。児童労働が判明した場合に、直ちに就労をやめさせ、子どもの就学と生活を支援する手順を定めてください。',
      'Check age at hiring with official documents (a certificate of residence record, a residence card …) and keep a copy or a record of the check; for workers under 18, the Labour Standards Act requires you to keep proof of age. Set a procedure for stopping any child labour found at once while supporting the child’s schooling and livelihood.',
    ),
  },
  {
    id: 'LAB-05',
    theme,
    type: 'single_choice',
    text: t(
      '18歳未満の労働者に、危険有害業務、時間外・休日労働、深夜業（午後10時〜午前5時）をさせていないことを確認していますか。',
      'Do you make sure that workers under 18 do no hazardous work, no overtime or holiday work and no night work (10 p.m. to 5 a.m.)?',
    ),
    options: maturity(
      {
        yes: ['はい（ルールを定めて管理しています）', 'Yes, with rules in place and monitored'],
        partly: [
          '実際には行っていませんが、ルールは定めていません',
          'Not done in practice, but there are no written rules',
        ],
      },
      notApplicable('18歳未満の労働者を雇用していません', 'we employ no one under 18'),
    ),
    critical: true,
    level: 'mandatory',
    reference: 'TMG 4.4, NESIC young workers',
    guidance: t(
      '18歳未満の労働者の名簿を作り、危険有害業務、時間外・休日労働、深夜業を禁止するルールを定めて、勤務シフトを作成する際に確認してください。',
      'Keep a list of workers under 18, adopt rules banning hazardous work, overtime, holiday work and night work for them, and check rosters against these rules.',
    ),
  },
  {
    id: 'LAB-06',
    theme,
    type: 'single_choice',
    text: t(
      '採用、昇進、賃金、労働時間その他の労働条件を、人種、国籍、性別、年齢、障害、雇用形態などによる不当な差別なく、客観的な基準で決めていますか（正社員と非正規社員の不合理な待遇差の解消を含みます）。',
      'Do you decide recruitment, promotion, pay, working hours and other conditions on objective criteria, without unjust discrimination by race, nationality, sex, age, disability, type of employment or similar—including removing unreasonable differences between regular and non-regular workers?',
    ),
    options: maturity(),
    critical: true,
    level: 'mandatory',
    reference: 'TMG 4.5',
    guidance: t(
      '採用、評価、昇進、賃金の基準を文書にし、応募書類や面接で業務に関係のない事項（本籍、家族の状況、宗教など）を尋ねないでください。正社員と非正規社員、日本人と外国人の間の待遇差を点検し、不合理な差があれば是正してください。',
      'Write down your criteria for recruitment, appraisal, promotion and pay, and do not ask about matters unrelated to the job (registered domicile, family circumstances, religion …) in applications or interviews. Review differences in treatment between regular and non-regular workers and between Japanese and foreign workers, and correct any that are unreasonable.',
    ),
  },
  {
    id: 'LAB-07',
    theme,
    type: 'single_choice',
    text: t(
      'すべての労働者に、最低賃金以上の賃金と法定の割増賃金（時間外・休日・深夜）や手当を、全額、期日どおりに支払い、賃金明細を交付していますか（法令で認められない控除を行っていないことを含みます）。',
      'Do you pay every worker at least the minimum wage, plus the statutory premiums (overtime, holiday and night work) and allowances, in full and on time, with an itemised pay slip and without deductions the law does not allow?',
    ),
    options: maturity({
      yes: [
        'はい（給与計算のルールを定め、定期的に確認しています）',
        'Yes, with documented payroll rules that we check regularly',
      ],
      partly: [
        '支払っていますが、定期的な確認はしていません',
        'Yes, but we do not check this regularly',
      ],
      no: [
        'いいえ（未払いや最低賃金を下回る支払いのおそれがあります）',
        'No (there may be unpaid wages or pay below the minimum wage)',
      ],
    }),
    critical: true,
    level: 'mandatory',
    reference: 'TMG 4.7, NESIC wages',
    guidance: t(
      '地域別・特定最低賃金の改定（例年10月ごろ）を確認し、時間給に換算して最低賃金を下回る労働者がいないか点検してください。労働時間を正確に把握して割増賃金を全額支払い、控除は法令または労使協定に基づくものに限ってください。未払いが判明した場合は、さかのぼって支払ってください。',
      'Track the annual revision of regional and industry minimum wages (usually in October) and check that no one’s hourly equivalent falls below them. Record working time accurately, pay all premiums in full, and deduct only what the law or a labour–management agreement allows. If you find unpaid wages, pay them retroactively.',
    ),
  },
  {
    id: 'LAB-08',
    theme,
    type: 'single_choice',
    text: t(
      '労働時間を客観的な方法（タイムカード、ICカード、パソコンの使用記録など）で把握し、時間外・休日労働を36協定の範囲内かつ法定の上限（原則として月45時間・年360時間）以内に管理していますか。',
      'Do you record working hours objectively (time cards, IC cards, computer logs …) and keep overtime and holiday work within your Article 36 agreement and the legal upper limits (in principle 45 hours a month and 360 hours a year)?',
    ),
    help: t(
      '管理監督者など労働時間規制の適用が除外される方についても、健康を損なう長時間労働がないよう労働時間を把握してください。',
      'Also track the hours of people exempt from working-time rules, such as managers, so that none of them works hours that damage their health.',
    ),
    options: maturity(),
    critical: true,
    level: 'mandatory',
    evidence: 'optional',
    reference: 'TMG 4.8, NESIC working hours',
    guidance: t(
      'タイムカードやパソコンの使用記録など客観的な記録で労働時間を把握し、36協定を締結して届け出てください。月45時間を超えそうな労働者を早めに把握し、業務の再配分や人員の補充を行ってください。管理監督者についても、健康確保のために労働時間を把握してください。',
      'Record hours objectively (time cards, computer logs …), and conclude and file an Article 36 agreement. Identify early anyone likely to exceed 45 hours of overtime a month, and redistribute work or add staff. Track managers’ hours too, to protect their health.',
    ),
  },
  {
    id: 'LAB-09',
    theme,
    type: 'single_choice',
    text: t(
      '職場における暴力やハラスメント（パワーハラスメント、セクシュアルハラスメント、妊娠・出産・育児休業などに関するハラスメント、顧客などからの著しい迷惑行為を含みます）を防止するため、方針の明確化、相談窓口、研修、事実確認と再発防止の手順を整えていますか。',
      'To prevent violence and harassment at work—power harassment, sexual harassment, harassment over pregnancy, childbirth or childcare leave, and abuse by customers—do you have a clear policy, a consultation desk, training, and procedures for establishing the facts and preventing recurrence?',
    ),
    options: maturity(),
    critical: true,
    level: 'mandatory',
    evidence: 'optional',
    reference: 'TMG 4.10, TMG 3.2',
    guidance: t(
      'ハラスメントを行ってはならないことと懲戒の規定を就業規則に定め、相談窓口を設けて全従業員に周知してください（労働施策総合推進法などにより事業主の義務です）。相談があれば速やかに事実を確認し、被害者への配慮、行為者への措置、再発防止策を講じ、関係者のプライバシーを守ってください。',
      'Put a ban on harassment and its disciplinary consequences in your work rules, and set up a consultation desk that every worker knows about—employers in Japan are legally required to do so (e.g. under the Act on Comprehensive Promotion of Labour Policies). When a case is reported, establish the facts promptly, support the person affected, act against the perpetrator, prevent a recurrence and protect the privacy of those involved.',
    ),
  },
  {
    id: 'LAB-10',
    theme,
    type: 'single_choice',
    text: t(
      '新入社員から管理職、非正規社員まで、キャリアの各段階で能力開発や研修の機会を提供していますか。',
      'Do you give workers opportunities for skills development and training at every stage of their careers, from new recruits to managers, including non-regular workers?',
    ),
    options: maturity({
      yes: ['はい（計画的に実施しています）', 'Yes, according to a plan'],
      partly: ['一部の職種・雇用形態に限られています', 'Only for some jobs or types of employment'],
    }),
    reference: 'TMG 4.11',
    guidance: t(
      '職種・階層ごとの教育計画を作り、非正規社員や外国人労働者も受講できるようにしてください。受講記録を残し、人材開発支援助成金などの公的支援の活用も検討してください。',
      'Draw up a training plan for each job and level, open it to non-regular and foreign workers, and keep attendance records. Consider public support such as Japan’s human resource development subsidy.',
    ),
  },
  {
    id: 'LAB-11',
    theme,
    type: 'yes_no',
    text: t(
      '障害のある人、長期失業者、高齢者、ひとり親、刑務所出所者など、就職に困難を抱える人の雇用や、そうした人を雇用する事業者からの調達に取り組んでいますか。',
      'Do you employ people who find it hard to get work—persons with disabilities, the long-term unemployed, older people, single parents, former prisoners and others—or buy from businesses that employ them?',
    ),
    options: yesNo(),
    reference: 'TMG 4.12',
    guidance: t(
      'ハローワークや地域の就労支援機関と連携し、就職に困難を抱える人の受入れ（トライアル雇用など）を検討してください。障害者就労施設や社会的企業からの調達も選択肢です。',
      'Work with Hello Work and local employment support organisations to take on people who struggle to find work (e.g. through trial employment), or buy from workplaces for persons with disabilities and social enterprises.',
    ),
  },

  // Foreign and immigrant workers, technical interns (TMG 4.9, NAP).
  {
    id: 'LAB-12',
    theme,
    type: 'single_choice',
    text: t(
      '貴社の事業所で、外国人労働者（技能実習生、特定技能外国人、留学生のアルバイトなどを含みます）が、直接雇用または派遣・請負を通じて働いていますか。',
      'Do foreign or immigrant workers—including technical interns, specified skilled workers and international students working part-time—work at your sites, whether employed directly or through agencies or contractors?',
    ),
    help: t(
      'この設問は採点の対象外です。回答に応じて、外国人労働者に関する設問が表示されます。技能実習制度は育成就労制度に移行する予定です。移行後は、育成就労の外国人の方も技能実習生に含めてお答えください。',
      'This question is not scored; depending on your answer, questions on foreign workers follow. The Technical Intern Training Program is due to be replaced by the Employment for Skill Development system; once it is, please count those workers as technical interns here.',
    ),
    options: [
      opt('interns', 'はい（技能実習生を含みます）', 'Yes, including technical interns', null),
      opt('other', 'はい（技能実習生はいません）', 'Yes, but no technical interns', null),
      opt('none', 'いいえ', 'No', null),
    ],
    weight: 0,
    level: 'mandatory',
    reference: 'TMG 4.9, NAP foreign workers',
  },
  {
    id: 'LAB-13',
    theme,
    type: 'number',
    text: t(
      '貴社の事業所で働く外国人労働者の人数（派遣・請負を含む概数）をご記入ください。',
      'How many foreign workers work at your sites (approximately, including agency and contractor workers)?',
    ),
    showIf: { questionId: 'LAB-12', in: EMPLOYS_FOREIGN_WORKERS },
    reference: 'TMG 4.9, NAP foreign workers',
  },
  {
    id: 'LAB-14',
    theme,
    type: 'single_choice',
    text: t(
      '外国人労働者のパスポートや在留カードを、貴社、監理団体、仲介者などが本人の意思に反して保管していないこと、また保証金の徴収や違約金の定めがないことを確認していますか。',
      'Have you made sure that no foreign worker’s passport or residence card is held against their will by you, a supervising organisation or an intermediary, and that no deposit or penalty for leaving is required of them?',
    ),
    options: maturity({
      yes: [
        'はい（禁止を明文化し、定期的に確認しています）',
        'Yes, it is prohibited in writing and checked regularly',
      ],
      partly: [
        '保管などはしていませんが、明文化や確認はしていません',
        'None are held, but there is no written rule or check',
      ],
      no: [
        'いいえ（会社や第三者が保管している場合があります）',
        'No (documents may be held by the company or others)',
      ],
    }),
    critical: true,
    level: 'mandatory',
    showIf: { questionId: 'LAB-12', in: EMPLOYS_FOREIGN_WORKERS },
    reference: 'TMG 4.9, TMG 4.3, NAP foreign workers',
    guidance: t(
      'パスポートと在留カードは本人が保管することとし、会社による保管を禁止するルールを定めてください（本人の希望で預かる場合も、いつでも返却してください）。保証金や違約金を定めた契約がないか、監理団体や送出機関との契約を含めて確認してください。',
      'Make it a rule that workers keep their own passports and residence cards and that the company does not hold them (if a worker asks you to keep one safe, return it whenever they ask). Check all contracts, including those with supervising and sending organisations, for deposits or penalties for leaving.',
    ),
  },
  {
    id: 'LAB-15',
    theme,
    type: 'single_choice',
    text: t(
      '外国人労働者に、雇用契約書や労働条件通知書を本人が理解できる言語で交付し、同じ仕事をする日本人労働者と同等以上の賃金・労働条件を適用していますか。',
      'Do you give foreign workers their employment contract and statement of working conditions in a language they understand, and pay and treat them at least as well as Japanese workers doing the same work?',
    ),
    options: maturity({
      yes: ['はい（すべての外国人労働者について実施しています）', 'Yes, for all foreign workers'],
      partly: ['一部の外国人労働者について実施しています', 'For some foreign workers only'],
    }),
    critical: true,
    level: 'mandatory',
    evidence: 'optional',
    showIf: { questionId: 'LAB-12', in: EMPLOYS_FOREIGN_WORKERS },
    reference: 'TMG 4.9, NAP foreign workers',
    guidance: t(
      '厚生労働省の外国人労働者向けモデル労働条件通知書（多言語版）などを使い、本人が理解できる言語で労働条件を書面で交付し、口頭でも説明してください。国籍を理由とする賃金や待遇の差がないか点検し、差があれば是正してください。',
      'Use tools such as the Ministry of Health, Labour and Welfare’s multilingual model statements of working conditions to give written conditions in a language the worker understands, and explain them orally too. Check for differences in pay or treatment based on nationality and correct any you find.',
    ),
  },
  {
    id: 'LAB-16',
    theme,
    type: 'single_choice',
    text: t(
      '仲介業者、送出機関、監理団体、人材派遣会社などを通じて外国人労働者を受け入れる場合、それらが法令に基づく許可を得ていること、労働者から手数料を徴収していないこと、労働者の権利を侵害していないことを確認していますか。',
      'Where you take on foreign workers through brokers, sending organisations, supervising organisations or staffing agencies, do you verify that these hold the required licences, charge workers no recruitment fees or commissions, and do not violate workers’ rights?',
    ),
    options: maturity(
      {
        yes: [
          'はい（契約で定め、書類と本人への聞き取りで確認しています）',
          'Yes: it is set out in contracts and checked through documents and worker interviews',
        ],
        partly: [
          '許可の有無は確認していますが、手数料の徴収までは確認していません',
          'We check their licences, but not whether they charge fees',
        ],
      },
      notApplicable(
        '仲介者を介さずに直接採用しています',
        'we recruit foreign workers directly, without intermediaries',
      ),
    ),
    critical: true,
    level: 'mandatory',
    showIf: { questionId: 'LAB-12', in: EMPLOYS_FOREIGN_WORKERS },
    reference: 'TMG 4.9, NAP foreign workers, NAP technical interns',
    guidance: t(
      '取引する仲介業者などの許可（有料職業紹介事業、労働者派遣事業、監理団体の許可など）を確認し、労働者からの手数料の徴収を契約で禁止してください。採用時には本人への聞き取りで、来日前に支払った手数料や借金がないかを確認し、不当な手数料が判明した場合は返金してください（雇用主負担の原則）。',
      'Check the licences of the intermediaries you use (fee-charging employment placement, worker dispatch, supervising organisation …) and prohibit charging fees to workers in your contracts. On hiring, ask workers whether they paid fees or took on debt before coming to Japan, and where improper fees were paid, repay them (the Employer Pays Principle).',
    ),
  },
  {
    id: 'LAB-17',
    theme,
    type: 'single_choice',
    text: t(
      '外国人労働者が母語などで相談や苦情の申立てができる体制、適切な住居、生活面の支援（行政の相談窓口の案内を含みます）を整えていますか。',
      'Can foreign workers seek advice and raise complaints in their own language, and do you provide adequate housing and support in daily life (including information on public advice services)?',
    ),
    options: maturity(),
    showIf: { questionId: 'LAB-12', in: EMPLOYS_FOREIGN_WORKERS },
    reference: 'TMG 4.9, NAP foreign workers, NAP access to remedy',
    guidance: t(
      '外国人労働者が母語で相談できる窓口（社内の通訳、外部の相談サービス、外国人在留支援センター（FRESC）などの行政窓口）を案内してください。社宅や寮を提供する場合は、1人当たりの広さ、プライバシー、衛生、家賃の妥当性を確認してください。',
      'Tell foreign workers where they can get advice in their own language (an in-house interpreter, an external helpline, public services such as the Foreign Residents Support Center, FRESC). If you provide housing, check the space per person, privacy, hygiene and that the rent is reasonable.',
    ),
  },
  {
    id: 'LAB-18',
    theme,
    type: 'single_choice',
    text: t(
      '技能実習生について、技能実習法に基づく認定計画どおりに実習を行い、外出、通信、私生活（携帯電話の所持、交際、妊娠など）を制限せず、監理団体や外国人技能実習機構（OTIT）の指導に対応していますか。',
      'For technical interns, do you carry out training according to the plan certified under the Technical Intern Training Act, place no restrictions on going out, communication or private life (mobile phones, relationships, pregnancy …), and act on the guidance of your supervising organisation and the Organization for Technical Intern Training (OTIT)?',
    ),
    options: maturity({
      yes: ['はい（すべて実施しています）', 'Yes, all of these'],
      partly: ['一部実施しています', 'Partly'],
    }),
    level: 'mandatory',
    showIf: { questionId: 'LAB-12', in: ['interns'] },
    reference: 'TMG 4.9, NAP technical interns',
    guidance: t(
      '認定された技能実習計画に沿って実習を行い、外出、携帯電話の所持、交際、妊娠などを理由とする制限や不利益な取扱いをしないでください。監理団体による監査や外国人技能実習機構の実地検査での指摘事項は、期限内に改善してください。',
      'Train interns according to the certified plan, and never restrict or penalise them for going out, having a mobile phone, relationships or pregnancy. Correct any findings from your supervising organisation’s audits or OTIT inspections by the deadline.',
    ),
  },
];
