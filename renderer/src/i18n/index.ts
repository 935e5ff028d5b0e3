import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './zh-CN.ts';
import { en } from './en.ts';
import { readerEn, readerZh } from '../views/reader/strings.ts';
import { trendsEn, trendsZh } from '../views/trends/strings.ts';
import { metaEn, metaZh } from '../views/library/meta-strings.ts';
import { libraryListEn, libraryListZh } from '../views/library/strings.ts';
import { problemsEn, problemsZh } from './problems.ts';
import { aboutEn, aboutZh } from '../views/about/strings.ts';
import { enSingulars, mergeStrings } from './plurals-en.ts';
import { shellEn, shellZh } from '../views/shell/strings.ts';

export type Language = 'zh-CN' | 'en';

const saved = localStorage.getItem('nianbao.language');
export const initialLanguage: Language = saved === 'en' ? 'en' : 'zh-CN';

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: { ...zhCN, reader: readerZh, trends: trendsZh, meta: metaZh, libraryList: libraryListZh, problems: problemsZh, about: aboutZh, shell: shellZh } },
    en: { translation: mergeStrings({ ...en, reader: readerEn, trends: trendsEn, meta: metaEn, libraryList: libraryListEn, problems: problemsEn, about: aboutEn, shell: shellEn }, enSingulars) },
  },
  lng: initialLanguage,
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLanguage(language: Language): void {
  localStorage.setItem('nianbao.language', language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export default i18n;
