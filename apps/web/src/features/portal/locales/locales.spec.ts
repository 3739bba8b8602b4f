import { describeLocales } from '@/locales/locale-checks';
import appEn from '@/locales/en.json';
import en from './en.json';
import ja from './ja.json';

describeLocales('portal locales', { en, ja, namespace: 'supplierPortal', others: [appEn] });
