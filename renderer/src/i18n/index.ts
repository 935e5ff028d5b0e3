import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './zh-CN.ts';
import { en } from './en.ts';
import { readerEn, readerZh } from '../views/reader/strings.ts';
import { trendsEn, trendsZh } from '../views/trends/strings.ts';
import { shellEn, shellZh } from '../views/shell/strings.ts';

export type Language = 'zh-CN' | 'en';

const saved = localStorage.getItem('nianbao.language');
export const initialLanguage: Language = saved === 'en' ? 'en' : 'zh-CN';

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: { ...zhCN, reader: readerZh, trends: trendsZh, shell: shellZh } },
    en: { translation: { ...en, reader: readerEn, trends: trendsEn, shell: shellEn } },
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
