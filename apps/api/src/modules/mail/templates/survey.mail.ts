import type { Language } from '@ses/questionnaire';
import { type Block, type MailContent, formatDate, render } from './render';

/** What every campaign e-mail to a supplier contact needs. */
export interface SurveyMailParams {
  lang: Language;
  organizationName: string;
  campaignName: string;
  supplierName: string;
  contactName: string;
  /** The campaign's due date, ISO (`2026-12-31`). */
  dueDate: string;
  /** The contact's personal link, `PUBLIC_URL/s/<token>`. */
  link: string;
}

export interface InvitationParams extends SurveyMailParams {
  /** The supplier is asked the extended questions too. */
  extended: boolean;
}

export interface ReminderParams extends SurveyMailParams {
  /** Days until the due date (0 on the day, negative once past). */
  daysLeft: number;
  overdue: boolean;
}

/** The first message of a campaign: what is asked, by when, and the personal link. */
export function invitationMail(p: InvitationParams): MailContent {
  const date = formatDate(p.lang, p.dueDate);
  if (p.lang === 'ja') {
    return render(
      'ja',
      `【${p.organizationName}】「${p.campaignName}」ご回答のお願い（回答期限: ${date}）`,
      [
        salutation(p),
        {
          p: [
            `平素より格別のお引き立てを賜り、厚く御礼申し上げます。${p.organizationName}でございます。`,
          ],
        },
        {
          p: [
            `当社では、お取引先の皆様とともに、人権・労働・安全衛生・環境などに配慮した責任あるサプライチェーンを築くため、「${p.campaignName}」を実施しております。`,
            `お忙しいところ誠に恐れ入りますが、${date}までに、下記のリンクからご回答くださいますようお願い申し上げます。`,
          ],
        },
        ...(p.extended
          ? [
              {
                p: ['なお、貴社には通常の設問に加えて、詳細な設問へのご回答もお願いしております。'],
              },
            ]
          : []),
        ...linkBlocks(p),
        closing(p),
      ],
    );
  }
  return render('en', `[${p.organizationName}] Please complete "${p.campaignName}" by ${date}`, [
    salutation(p),
    {
      p: [
        `${p.organizationName} is asking its suppliers to take part in "${p.campaignName}", a survey of responsible business practices such as human rights, labour, health and safety, and the environment.`,
        `We would be grateful if ${p.supplierName} could respond by ${date}, using the link below.`,
      ],
    },
    ...(p.extended
      ? [{ p: ['Your company has also been asked to answer the extended questions.'] }]
      : []),
    ...linkBlocks(p),
    closing(p),
  ]);
}

/** Before the due date, or once it has passed (`overdue`), to contacts who have not submitted. */
export function reminderMail(p: ReminderParams): MailContent {
  const date = formatDate(p.lang, p.dueDate);
  const days = Math.max(0, p.daysLeft);
  if (p.lang === 'ja') {
    const subject = p.overdue
      ? `【${p.organizationName}】「${p.campaignName}」回答期限を過ぎております（ご回答のお願い）`
      : days === 0
        ? `【${p.organizationName}】「${p.campaignName}」本日が回答期限です`
        : `【${p.organizationName}】「${p.campaignName}」回答期限まであと${days}日です`;
    const lead = p.overdue
      ? [
          `先日ご案内いたしました「${p.campaignName}」につきまして、回答期限（${date}）を過ぎましたが、まだご回答の提出を確認できておりません。`,
          'お忙しいところ誠に恐れ入りますが、できるだけ早くご回答くださいますようお願い申し上げます。',
        ]
      : [
          days === 0
            ? `先日ご案内いたしました「${p.campaignName}」につきまして、本日（${date}）が回答期限となっております。`
            : `先日ご案内いたしました「${p.campaignName}」につきまして、回答期限（${date}）まであと${days}日となりました。`,
          'まだご回答がお済みでない場合は、下記のリンクからご回答くださいますようお願いいたします。',
        ];
    return render('ja', subject, [
      salutation(p),
      { p: [`いつも大変お世話になっております。${p.organizationName}でございます。`] },
      { p: lead },
      ...linkBlocks(p),
      {
        p: [
          'なお、すでにご提出いただいている場合は、本メールと行き違いになりましたことをご容赦ください。',
        ],
      },
      closing(p),
    ]);
  }
  const subject = p.overdue
    ? `[${p.organizationName}] Overdue: "${p.campaignName}" was due on ${date}`
    : days === 0
      ? `[${p.organizationName}] Reminder: "${p.campaignName}" is due today`
      : `[${p.organizationName}] Reminder: "${p.campaignName}" is due in ${days} ${days === 1 ? 'day' : 'days'}`;
  const lead = p.overdue
    ? [
        `"${p.campaignName}" was due on ${date}, and we have not yet received the response from ${p.supplierName}.`,
        'We would be grateful if you could complete it as soon as possible.',
      ]
    : [
        days === 0
          ? `This is a reminder that "${p.campaignName}" is due today, ${date}.`
          : `This is a reminder that "${p.campaignName}" is due on ${date}, in ${days} ${days === 1 ? 'day' : 'days'}.`,
        'If you have not submitted your response yet, please complete it using the link below.',
      ];
  return render('en', subject, [
    salutation(p),
    { p: lead },
    ...linkBlocks(p),
    { p: ['If you have already submitted your response, please disregard this message.'] },
    closing(p),
  ]);
}

function salutation(p: SurveyMailParams): Block {
  return p.lang === 'ja'
    ? { p: [p.supplierName, `${p.contactName} 様`] }
    : { p: [`Dear ${p.contactName},`] };
}

function linkBlocks(p: SurveyMailParams): Block[] {
  if (p.lang === 'ja') {
    return [
      { button: '回答ページを開く', href: p.link },
      { link: 'ボタンが開けない場合は、次の URL をブラウザに貼り付けてください。', href: p.link },
      {
        note: [
          'このリンクは貴社専用です。ログインは不要ですので、社外の方への転送はお控えください。',
          '回答は入力の途中で保存されます。中断しても、同じリンクからいつでも続きを再開できます。',
        ],
      },
    ];
  }
  return [
    { button: 'Open the questionnaire', href: p.link },
    { link: 'If the button does not work, copy this address into your browser:', href: p.link },
    {
      note: [
        `This link is personal to ${p.supplierName}: no login is needed, so please do not forward it outside your company.`,
        'Your answers are saved as you go; you can stop at any time and resume later from the same link.',
      ],
    },
  ];
}

function closing(p: SurveyMailParams): Block {
  return p.lang === 'ja'
    ? {
        p: [
          `ご不明な点がございましたら、${p.organizationName}のご担当者までお問い合わせください。`,
          '何卒よろしくお願い申し上げます。',
          '',
          p.organizationName,
        ],
      }
    : {
        p: [
          `If you have any questions, please contact your ${p.organizationName} representative.`,
          'Thank you for your cooperation.',
          '',
          'Kind regards,',
          p.organizationName,
        ],
      };
}
