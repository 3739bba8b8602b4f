import { describeLocales } from './locale-checks';
import en from './en.json';
import ja from './ja.json';

describeLocales('console locales', { en, ja });
