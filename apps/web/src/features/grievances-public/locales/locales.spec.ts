import { describeLocales } from '@/locales/locale-checks';
import appEn from '@/locales/en.json';
import portalEn from '../../portal/locales/en.json';
import en from './en.json';
import ja from './ja.json';

// The page never loads the portal's or the console's messages.
describeLocales('grievance page locales', { en, ja, namespace: 'grievancePage', others: [portalEn, appEn] });
