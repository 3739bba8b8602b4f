import {
  definitionSchema,
  type QuestionnaireDefinition,
  type QuestionnaireDefinitionInput,
} from '../format.js';
import { environmentQuestions } from './environment.js';
import { fairTradeQuestions } from './fair-trade.js';
import { generalQuestions } from './general.js';
import { healthSafetyQuestions } from './health-safety.js';
import { t } from './helpers.js';
import { humanRightsQuestions } from './human-rights.js';
import { informationSecurityQuestions } from './information-security.js';
import { labourExtendedQuestions } from './labour-extended.js';
import { labourQuestions } from './labour.js';
import { qualityQuestions } from './quality.js';

/**
 * The built-in questionnaire "Socially Responsible Procurement SAQ" (DESIGN §3), written from
 * the seeds: the TMG Socially Responsible Procurement Guidelines (items 1.1–5.8, cited as
 * `TMG 4.3`), the Japan NAP stakeholder request (foreign workers, technical interns, due
 * diligence, access to remedy), NESIC's procurement policy (OH&S, information security,
 * product quality, CMRT). Critical questions are the TMG Mandatory items.
 */
export const BUILTIN_QUESTIONNAIRE_KEY = 'srp_saq';

export const builtinQuestionnaireInput: QuestionnaireDefinitionInput = {
  key: BUILTIN_QUESTIONNAIRE_KEY,
  title: t(
    '社会的責任調達 セルフアセスメント質問票（SAQ）',
    'Socially Responsible Procurement SAQ',
  ),
  description: t(
    'この質問票は、貴社の人権、労働、安全衛生、環境、公正取引、情報セキュリティ、品質に関する取組みの状況をお伺いするものです。東京都「社会的責任調達指針」、「ビジネスと人権」に関する行動計画（NAP）へのステークホルダーからの要望、NECグループ（NESIC）の調達方針などを基に作成しています。原則として貴社全体についてお答えください（当社に納入する事業部門に限って回答する場合は、コメント欄にその旨をご記入ください）。テーマごとにA〜Dで評価し、重要項目（必須事項）が未対応の場合はZとなります。結果はフィードバックシートでお知らせし、必要に応じて改善に向けたご支援を行います。',
    'This questionnaire asks about your company’s practices on human rights, labour, health and safety, the environment, fair trade, information security and quality. It is based on the Tokyo Metropolitan Government’s Socially Responsible Procurement Guidelines, the stakeholders’ common request for Japan’s National Action Plan on Business and Human Rights, and the NEC group (NESIC) procurement policy. Please answer for your company as a whole (if you answer only for the business unit that supplies us, say so in a comment). Each theme is graded A to D; a theme is graded Z when a critical (mandatory) point is not addressed. You will receive the results on a feedback sheet, and we will support you in making improvements where needed.',
  ),
  themes: [
    {
      key: 'general',
      title: t(
        '全般（法令遵守・方針・マネジメント体制）',
        'General: compliance, policies and management',
      ),
      description: t(
        '法令遵守、方針、人権デュー・ディリジェンス、苦情処理メカニズム、通報者の保護、マネジメント体制、サプライチェーンへの働きかけについてお伺いします。',
        'Compliance with laws, policies, human-rights due diligence, grievance mechanisms, whistleblower protection, management systems and engagement with your supply chain.',
      ),
      weight: 1,
    },
    {
      key: 'human_rights',
      title: t('人権', 'Human rights'),
      description: t(
        '国際人権基準の尊重、差別とハラスメントの禁止、先住民族・地域住民、女性、障害のある人、子ども、社会的少数者の権利についてお伺いします。',
        'Respect for international human-rights standards, non-discrimination and harassment, and the rights of indigenous peoples and local communities, women, persons with disabilities, children and minorities.',
      ),
      weight: 1,
    },
    {
      key: 'labour',
      title: t('労働', 'Labour'),
      description: t(
        '国際労働基準、結社の自由、強制労働・児童労働の禁止、雇用における差別の禁止、賃金、労働時間、ハラスメントの防止、外国人労働者・技能実習生、人材育成についてお伺いします。',
        'International labour standards, freedom of association, forced and child labour, non-discrimination in employment, wages, working hours, harassment, foreign workers and technical interns, and skills development.',
      ),
      weight: 1,
    },
    {
      key: 'health_safety',
      title: t('労働安全衛生', 'Occupational health and safety'),
      description: t(
        '安全衛生管理体制、リスクアセスメント、健康管理とメンタルヘルス、緊急時への備え、労働災害の管理、安全衛生教育についてお伺いします。',
        'Health and safety management, risk assessment, health checks and mental health, emergency preparedness, occupational injuries and safety training.',
      ),
      weight: 1,
    },
    {
      key: 'environment',
      title: t('環境', 'Environment'),
      description: t(
        '環境マネジメント、汚染の防止、化学物質と廃棄物の管理、気候変動、資源の循環、森林・海洋資源、生物多様性、水についてお伺いします。',
        'Environmental management, pollution prevention, chemicals and waste, climate change, resource use, forest and marine resources, biodiversity and water.',
      ),
      weight: 1,
    },
    {
      key: 'fair_trade',
      title: t('公正取引・倫理', 'Fair trade and ethics'),
      description: t(
        '腐敗の防止、公正な取引、紛争鉱物（3TG、CMRT）、知的財産、責任あるマーケティング、記録の管理、地域経済への貢献についてお伺いします。',
        'Anti-corruption, fair trade practices, conflict-free minerals (3TG, CMRT), intellectual property, responsible marketing, record keeping and the local economy.',
      ),
      weight: 1,
    },
    {
      key: 'information_security',
      title: t('情報セキュリティ', 'Information security'),
      description: t(
        '個人情報の保護、秘密情報の管理、サイバー攻撃への対策、事故発生時の対応についてお伺いします。',
        'Protection of personal data and confidential information, defence against cyber-attacks and incident response.',
      ),
      weight: 1,
    },
    {
      key: 'quality',
      title: t('製品・サービスの品質と安全', 'Product and service quality and safety'),
      description: t(
        '品質マネジメント、製品の安全、不具合への対応、検査データの信頼性、仕入先の品質管理についてお伺いします。',
        'Quality management, product safety, handling of defects, integrity of inspection data and supplier quality.',
      ),
      weight: 1,
    },
  ],
  questions: [
    ...generalQuestions,
    ...humanRightsQuestions,
    ...labourQuestions,
    ...labourExtendedQuestions,
    ...healthSafetyQuestions,
    ...environmentQuestions,
    ...fairTradeQuestions,
    ...informationSecurityQuestions,
    ...qualityQuestions,
  ],
};

/** The built-in questionnaire, parsed: every default filled in. */
export const builtinQuestionnaire: QuestionnaireDefinition =
  definitionSchema.parse(builtinQuestionnaireInput);
