import type { QuestionInput } from '../format.js';
import { maturity, noneOfThese, notApplicable, opt, t } from './helpers.js';

/** Information security and personal data (TMG 5.6, NESIC's information security). */
const theme = 'information_security';

export const informationSecurityQuestions: QuestionInput[] = [
  // ── core ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'SEC-01',
    theme,
    type: 'single_choice',
    text: t(
      '個人情報保護法に従って個人情報を取り扱っていますか（利用目的の特定と通知、安全管理措置、委託先の監督、漏えいなどが発生した場合の個人情報保護委員会への報告と本人への通知など）。',
      'Do you handle personal information in line with the Act on the Protection of Personal Information—specifying and notifying the purpose of use, taking security measures, supervising contractors, and reporting breaches to the Personal Information Protection Commission and notifying the people affected?',
    ),
    options: maturity(),
    critical: true,
    level: 'mandatory',
    evidence: 'optional',
    reference: 'TMG 5.6, NESIC personal information',
    guidance: t(
      '個人情報の取扱規程を定め、保有する個人情報の種類、保管場所、アクセスできる人を一覧にしてください。委託先とは安全管理に関する契約を結んで監督し、漏えいなどが発生した場合の報告・通知の手順を決めておいてください。',
      'Adopt rules for handling personal information and keep an inventory of the personal data you hold, where it is stored and who can access it. Sign data-protection agreements with contractors and supervise them, and set a procedure for reporting and notifying breaches.',
    ),
  },
  {
    id: 'SEC-02',
    theme,
    type: 'single_choice',
    text: t(
      '顧客（当社を含みます）から受領した秘密情報を、必要な人だけがアクセスできるように管理し、目的外に使用せず、契約終了時に返却または廃棄していますか。',
      'Do you protect confidential information received from customers, including us—restricting access to those who need it, using it only for the agreed purpose, and returning or destroying it when the contract ends?',
    ),
    options: maturity(),
    critical: true,
    level: 'mandatory',
    reference: 'TMG 5.6, NESIC confidential information',
    guidance: t(
      '受領した秘密情報を台帳で管理し、アクセス権を業務上必要な人に限ってください。私物の端末や個人のクラウドへの保存を禁止し、契約終了時には返却または廃棄して記録を残してください。再委託先に秘密情報を渡す場合は、事前に顧客の承認を得てください。',
      'Keep a register of the confidential information you receive and limit access to those who need it for their work. Prohibit storing it on personal devices or personal cloud accounts, and return or destroy it when the contract ends, keeping a record. Obtain the customer’s approval before passing confidential information to a subcontractor.',
    ),
  },
  {
    id: 'SEC-03',
    theme,
    type: 'single_choice',
    text: t(
      '情報セキュリティ方針と責任者を定め、全従業員に年1回以上、標的型メール（フィッシング）への対応を含む情報セキュリティ教育を行っていますか。',
      'Do you have an information security policy and a person responsible for it, and do you train all employees at least once a year, including on phishing e-mails?',
    ),
    options: maturity(),
    reference: 'TMG 5.6, NESIC information security',
    guidance: t(
      '情報セキュリティ方針と責任者を定め、IPAの「中小企業の情報セキュリティ対策ガイドライン」などを参考に対策を進めてください。全従業員に年1回以上の教育を行い、標的型メールの訓練も実施してください。',
      'Adopt an information security policy, name a person responsible, and use resources such as IPA’s Information Security Guidelines for SMEs to plan your measures. Train every employee at least once a year, including phishing drills.',
    ),
  },
  {
    id: 'SEC-04',
    theme,
    type: 'multi_choice',
    text: t(
      'サイバー攻撃への対策として実施しているものをすべて選んでください。',
      'Which of the following protections against cyber-attacks do you have in place? Select all that apply.',
    ),
    options: [
      opt(
        'updates',
        'OSやソフトウェアの更新プログラムを速やかに適用している',
        'Operating-system and software updates are installed promptly',
        0.2,
      ),
      opt(
        'anti_malware',
        'すべての端末にウイルス対策ソフトまたはEDRを導入している',
        'Anti-malware or EDR on all devices',
        0.2,
      ),
      opt(
        'mfa',
        'リモートアクセスやクラウドサービスに多要素認証を導入している',
        'Multi-factor authentication for remote access and cloud services',
        0.2,
      ),
      opt(
        'backups',
        'バックアップをネットワークから切り離して保管し、復元できることを確認している',
        'Backups kept offline (or immutable) and tested for restore',
        0.2,
      ),
      opt(
        'access_rights',
        'アクセス権を定期的に見直し、退職者のアカウントを速やかに削除している',
        'Access rights reviewed regularly, and leavers’ accounts removed promptly',
        0.2,
      ),
      noneOfThese(),
    ],
    reference: 'TMG 5.6, NESIC cyber-attacks',
    guidance: t(
      'ランサムウェアなどの被害を防ぐため、更新プログラムの適用、ウイルス対策、多要素認証、ネットワークから切り離したバックアップ、アクセス権の管理の5つを優先して実施してください。',
      'To protect against ransomware and other attacks, give priority to these five: prompt updates, anti-malware, multi-factor authentication, offline backups and access-rights management.',
    ),
  },
  {
    id: 'SEC-05',
    theme,
    type: 'single_choice',
    text: t(
      '情報漏えいやサイバー攻撃などのセキュリティ事故が発生した場合の対応手順（検知、被害の拡大防止、原因の調査、顧客と関係機関への速やかな報告）を定めていますか。',
      'Do you have a procedure for security incidents such as data leaks or cyber-attacks—detection, containment, investigation of the cause, and prompt reporting to customers and the authorities?',
    ),
    options: maturity(),
    reference: 'TMG 5.6',
    guidance: t(
      '事故が発生した場合の連絡体制（社内の責任者、顧客、警察、個人情報保護委員会、IPAなど）と初動対応の手順を定め、年1回は訓練か見直しを行ってください。顧客の情報が関わる場合は、速やかに顧客に報告してください。',
      'Set up an incident contact list (internal lead, customers, police, the Personal Information Protection Commission, IPA …) and first-response steps, and rehearse or review them once a year. If customer information is involved, tell the customer without delay.',
    ),
  },
  {
    id: 'SEC-06',
    theme,
    type: 'single_choice',
    text: t(
      '情報セキュリティに関する第三者認証の取得や、自己宣言を行っていますか。',
      'Do you hold third-party certification for information security, or have you made a self-declaration?',
    ),
    options: [
      opt(
        'certified',
        'ISO/IEC 27001（ISMS）認証またはプライバシーマークを取得しています',
        'ISO/IEC 27001 (ISMS) certification or the PrivacyMark',
        1,
      ),
      opt(
        'self_declared',
        'IPAのSECURITY ACTIONの自己宣言など、自己評価に基づく取組みを行っています',
        'A self-assessment-based commitment, such as IPA’s SECURITY ACTION self-declaration',
        0.5,
      ),
      opt('no', 'いずれもありません', 'Neither', 0),
    ],
    evidence: 'optional',
    reference: 'TMG 5.6, NESIC information security',
    guidance: t(
      'まずIPAのSECURITY ACTIONで自社の状況を自己診断し、宣言してください。顧客の重要な情報を取り扱う場合は、ISO/IEC 27001認証やプライバシーマークの取得を検討してください。',
      'Start by self-assessing with IPA’s SECURITY ACTION and making the declaration. If you handle important customer information, consider ISO/IEC 27001 certification or the PrivacyMark.',
    ),
  },

  // ── extended ──────────────────────────────────────────────────────────────────────────
  {
    id: 'SEC-07',
    theme,
    type: 'single_choice',
    text: t(
      '過去3年間に、顧客の情報に関わる情報セキュリティ事故（漏えい、ランサムウェアの被害、端末の紛失など）がありましたか。',
      'In the past three years, have you had any security incident involving customer information (a data leak, ransomware, a lost device …)?',
    ),
    options: [
      opt('none', 'ありません', 'No', 1),
      opt(
        'resolved',
        'あり、顧客に報告して再発防止策を講じました',
        'Yes; we reported it to the customers concerned and took measures against recurrence',
        0.5,
      ),
      opt('open', 'あり、対応は完了していません', 'Yes, and our response is not yet complete', 0),
    ],
    depth: 'extended',
    reference: 'TMG 5.6',
    guidance: t(
      '事故の原因を調査し、技術面と運用面の再発防止策を期限を定めて実施してください。影響を受けた顧客には、対応の経過と結果を報告してください。',
      'Investigate the cause of the incident and carry out technical and organisational measures against recurrence by set deadlines. Keep the customers affected informed of your progress and the outcome.',
    ),
  },
  {
    id: 'SEC-08',
    theme,
    type: 'single_choice',
    text: t(
      '当社の情報を取り扱う再委託先に対して、貴社と同等のセキュリティ対策を求め、その実施状況を確認していますか。',
      'Do you require subcontractors that handle our information to apply security measures equivalent to yours, and check that they do?',
    ),
    options: maturity(
      {},
      notApplicable(
        '当社の情報を再委託先に提供していません',
        'we pass none of our information to subcontractors',
      ),
    ),
    depth: 'extended',
    reference: 'TMG 5.6, NESIC information security',
    guidance: t(
      '再委託先との契約に、秘密保持、セキュリティ対策、事故時の報告、監査への協力を定めてください。当社の情報を扱う再委託先は事前に当社の承認を得たうえで、年1回以上チェックシートなどで実施状況を確認してください。',
      'Write confidentiality, security measures, incident reporting and audit cooperation into your subcontracts. Obtain our approval before any subcontractor handles our information, and check their measures at least once a year, e.g. with a checklist.',
    ),
  },
  {
    id: 'SEC-09',
    theme,
    type: 'single_choice',
    text: t(
      'テレワーク、私物端末、USBメモリなどの外部記録媒体、クラウドストレージの利用についてルールを定め、技術的にも制御していますか。',
      'Do you have rules—and technical controls—for remote work, personal devices, USB drives and other removable media, and cloud storage?',
    ),
    options: maturity(),
    depth: 'extended',
    reference: 'TMG 5.6',
    guidance: t(
      'テレワークでの情報の持出しと私物端末の利用の可否を定め、外部記録媒体やクラウドストレージの利用は許可制にしてください。端末管理ツールなどで、ルールを技術的にも徹底してください。',
      'Decide whether information may leave the office and personal devices may be used for remote work, and allow removable media and cloud storage only with approval. Enforce the rules technically too, e.g. with device management tools.',
    ),
  },
  {
    id: 'SEC-10',
    theme,
    type: 'single_choice',
    text: t(
      '過去12か月以内に、インターネットに公開しているシステムの脆弱性診断を実施しましたか。',
      'In the past 12 months, have you had the systems you expose to the internet tested for vulnerabilities?',
    ),
    options: [
      opt('yes', 'はい', 'Yes', 1),
      opt('no', 'いいえ', 'No', 0),
      notApplicable(
        'インターネットに公開しているシステムはありません',
        'we expose no systems to the internet',
      ),
    ],
    depth: 'extended',
    reference: 'TMG 5.6, NESIC cyber-attacks',
    guidance: t(
      'ウェブサイト、VPN機器、メールサーバーなどインターネットに公開しているシステムを一覧にし、年1回以上と大きな変更の際に脆弱性診断を行って、見つかった脆弱性を速やかに修正してください。',
      'List the systems you expose to the internet (website, VPN appliances, mail servers …), have them tested for vulnerabilities at least once a year and after major changes, and fix what is found promptly.',
    ),
  },
  {
    id: 'SEC-11',
    theme,
    type: 'date',
    text: t(
      'ISO/IEC 27001認証またはプライバシーマークの有効期限をご記入ください（認証書の写しを添付してください）。',
      'When does your ISO/IEC 27001 certificate or PrivacyMark expire? (Please attach a copy of the certificate.)',
    ),
    depth: 'extended',
    evidence: 'required',
    showIf: { questionId: 'SEC-06', in: ['certified'] },
    reference: 'NESIC information security',
  },
];
