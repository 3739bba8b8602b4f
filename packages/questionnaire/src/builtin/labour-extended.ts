import type { QuestionInput } from '../format.js';
import { PRACTICE, maturity, noneOfThese, opt, t } from './helpers.js';

/** Labour, extended depth: detail for high-risk and priority suppliers. */
const theme = 'labour';
const depth = 'extended';

export const labourExtendedQuestions: QuestionInput[] = [
  {
    id: 'LAB-19',
    theme,
    depth,
    type: 'single_choice',
    text: t(
      '長時間労働による健康障害を防ぐため、長時間労働者への医師による面接指導、年5日以上の年次有給休暇の確実な取得、勤務間インターバルの確保などに取り組んでいますか。',
      'To prevent ill health from long hours, do you arrange interviews with a doctor for workers with very long hours, make sure everyone takes at least five days of annual paid leave, and ensure rest intervals between shifts?',
    ),
    options: maturity(PRACTICE),
    reference: 'TMG 4.8, TMG 4.6',
    guidance: t(
      '時間外・休日労働が月80時間を超えた労働者には医師による面接指導を案内し、年次有給休暇の取得状況を毎月確認してください。終業から次の始業まで11時間程度の休息を確保する勤務間インターバル制度の導入も検討してください。',
      'Offer a doctor’s interview to anyone whose overtime and holiday work exceeds 80 hours in a month, and check every month that annual leave is being taken. Consider a rest-interval system that guarantees around 11 hours between the end of one shift and the start of the next.',
    ),
  },
  {
    id: 'LAB-20',
    theme,
    depth,
    type: 'number',
    text: t(
      '過去12か月間で、最も長かった労働者の1か月の時間外・休日労働時間（時間）をご記入ください。',
      'In the past 12 months, what was the highest number of overtime and holiday hours worked by any one worker in a single month?',
    ),
    help: t('概数で構いません。', 'An approximate figure is fine.'),
    reference: 'TMG 4.8',
  },
  {
    id: 'LAB-21',
    theme,
    depth,
    type: 'single_choice',
    text: t(
      '賃金が労働の価値に見合い、生活に必要な費用を賄える水準（生活賃金）となるよう、賃金水準を定期的に見直していますか。',
      'Do you review pay regularly so that wages reflect the value of the work and cover workers’ basic living costs (a living wage)?',
    ),
    options: maturity(PRACTICE),
    reference: 'TMG 4.7',
    guidance: t(
      '地域の生計費や物価の動向を踏まえて賃金水準を年1回以上見直し、最低賃金に近い水準で働く労働者の賃金を優先して引き上げてください。',
      'Review pay at least once a year against local living costs and inflation, and give priority to raising the pay of workers close to the minimum wage.',
    ),
  },
  {
    id: 'LAB-22',
    theme,
    depth,
    type: 'single_choice',
    text: t(
      '労働組合や労働者代表の求めに応じて、交渉に必要な正確な情報（経営状況、賃金など）を提供し、定期的に労使協議を行っていますか。',
      'Do you give unions or worker representatives the accurate information they need for meaningful negotiation (business results, pay data …) when they ask, and hold regular labour–management consultations?',
    ),
    options: maturity(PRACTICE),
    reference: 'TMG 4.2',
    guidance: t(
      '労使協議の場を定期的に設け、賃金や労働条件の交渉に必要な経営情報を誠実に提供してください。協議の内容は記録し、労働者に共有してください。',
      'Hold labour–management consultations regularly and share, in good faith, the business information needed to negotiate pay and conditions. Keep minutes and share them with the workforce.',
    ),
  },
  {
    id: 'LAB-23',
    theme,
    depth,
    type: 'single_choice',
    text: t(
      '人材派遣会社、請負業者、取引先において、強制労働（手数料の徴収による債務労働など）がないことを確認していますか。',
      'Do you check that your staffing agencies, contractors and suppliers use no forced labour (e.g. debt bondage through recruitment fees)?',
    ),
    options: maturity(),
    reference: 'TMG 4.3, NESIC human trafficking',
    guidance: t(
      '人材派遣会社、請負業者、取引先との契約に強制労働の禁止を盛り込み、リスクの高い取引先には自己評価や訪問、労働者への聞き取りで確認してください。問題が見つかった場合は、労働者の救済を優先して是正を求めてください。',
      'Write a ban on forced labour into your contracts with staffing agencies, contractors and suppliers, and check higher-risk ones through self-assessments, visits and worker interviews. Where you find problems, require corrective action that puts remedy for the workers first.',
    ),
  },
  {
    id: 'LAB-24',
    theme,
    depth,
    type: 'single_choice',
    text: t(
      '自社または取引先で児童労働が判明した場合に、子どもの最善の利益を優先して直ちに就労をやめさせ、就学や家族の生計を支援する救済の手順を定めていますか。',
      'If child labour were found at your company or at a supplier, do you have a remediation procedure that puts the child’s best interests first—stopping the work at once and supporting schooling and the family’s income?',
    ),
    options: maturity(),
    reference: 'TMG 4.4',
    guidance: t(
      '児童労働が判明した場合の対応手順（直ちに就労をやめさせる、子どもの安全を確保する、就学を支援する、家族の収入を補う、成人の家族を雇用するなど）を定め、取引先にも同様の手順を求めてください。',
      'Set a procedure for what happens if child labour is found—stop the work at once, keep the child safe, support schooling, make up the family’s lost income, offer work to an adult family member—and ask your suppliers to have one too.',
    ),
  },
  {
    id: 'LAB-25',
    theme,
    depth,
    type: 'multi_choice',
    text: t(
      '仕事と生活の調和（ライフ・ワーク・バランス）のために導入している制度をすべて選んでください。',
      'Which of the following do you offer to support life–work balance? Select all that apply.',
    ),
    options: [
      opt('telework', '在宅勤務・テレワーク', 'Working from home (telework)', 0.25),
      opt('flextime', 'フレックスタイム制', 'Flextime', 0.25),
      opt(
        'childcare',
        '性別にかかわらない育児休業の取得促進（男性の取得実績があります）',
        'Encouraging childcare leave regardless of gender (men have actually taken it)',
        0.25,
      ),
      opt(
        'care',
        '介護休業、短時間勤務など、介護との両立の支援',
        'Support for caring for family members, such as care leave or shorter hours',
        0.25,
      ),
      noneOfThese('いずれも導入していません'),
    ],
    reference: 'TMG 4.6',
    guidance: t(
      '業務の内容に応じて、在宅勤務やフレックスタイム制など柔軟な働き方を導入してください。男性を含めた育児休業の取得を管理職が後押しし、介護との両立支援制度を従業員に周知してください。',
      'Introduce flexible working—working from home, flextime—where the work allows. Have managers actively encourage childcare leave, including for men, and make sure staff know about support for caring for family members.',
    ),
  },
  {
    id: 'LAB-26',
    theme,
    depth,
    type: 'single_choice',
    text: t(
      '外国人労働者が来日前に送出機関などへ支払った手数料や、そのための借金の有無を、本人への聞き取りなどで確認していますか。',
      'Have you checked—for example by interviewing workers—whether foreign workers paid fees to sending organisations or others before coming to Japan, or took on debt to do so?',
    ),
    options: [
      opt(
        'checked_none',
        '確認し、手数料や借金はありませんでした',
        'Checked: no fees or debts were found',
        1,
      ),
      opt(
        'checked_found',
        '確認し、手数料や借金が判明したため、返金などの是正に取り組んでいます',
        'Checked: fees or debts were found, and we are remedying them (e.g. by repayment)',
        0.75,
      ),
      opt('not_checked', '確認していません', 'Not checked', 0),
    ],
    showIf: { questionId: 'LAB-12', in: ['interns', 'other'] },
    reference: 'TMG 4.9, NAP technical interns, NAP foreign workers',
    guidance: t(
      '母語の通訳を介して、来日前に支払った手数料、借入れ、保証金の有無を本人から聞き取り、記録してください。不当な手数料や借金が判明した場合は、送出機関や監理団体と協議して返金し、手数料を徴収しない送出機関を選んでください。',
      'With an interpreter, ask each worker in their own language whether they paid fees, borrowed money or paid deposits before coming to Japan, and record the answers. Where improper fees or debts are found, work with the sending and supervising organisations to repay them, and choose sending organisations that charge workers nothing.',
    ),
  },
  {
    id: 'LAB-27',
    theme,
    depth,
    type: 'single_choice',
    text: t(
      '取引先（建設、清掃、食品加工、物流など、外国人労働者が多い業種を含みます）で働く外国人労働者についても、本ガイドラインの要求事項が守られているかを確認していますか。',
      'Do you check that the requirements of these guidelines are also met for foreign workers at your suppliers and subcontractors—especially in industries that rely on them, such as construction, cleaning, food processing and logistics?',
    ),
    options: maturity({
      yes: ['はい（調査や訪問で確認しています）', 'Yes, through surveys or visits'],
      partly: [
        '遵守を依頼していますが、確認はしていません',
        'We ask them to comply but do not check',
      ],
    }),
    reference: 'TMG 4.9, NAP foreign workers',
    guidance: t(
      '外国人労働者を多く受け入れている取引先を把握し、パスポートの保管、手数料の徴収、母語での労働条件の明示、相談窓口の有無を重点的に確認してください。問題があれば、取引を停止する前に改善を支援してください。',
      'Identify the suppliers that employ many foreign workers and check in particular passport retention, recruitment fees, written conditions in the workers’ own language and access to advice. Where there are problems, help the supplier improve before considering ending the relationship.',
    ),
  },
];
