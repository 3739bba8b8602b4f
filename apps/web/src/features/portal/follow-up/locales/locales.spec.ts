import { describeLocales } from '@/locales/locale-checks';
import appEn from '@/locales/en.json';
import portalEn from '../../locales/en.json';
import en from './en.json';
import ja from './ja.json';

describeLocales('portal follow-up locales (feedback, corrective actions)', {
  en,
  ja,
  namespace: 'portalFollowUp',
  others: [portalEn, appEn],
});
