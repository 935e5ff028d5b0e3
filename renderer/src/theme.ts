// Light or dark: the user's choice, or the system's (prefers-color-scheme) until they choose. The resolved theme
// is set on <html data-theme> at start, before the first paint, and follows the system while on 'system'.
import { useCallback, useEffect, useState } from 'react';
import './theme.css';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'nianbao.theme';
const dark = () => window.matchMedia?.('(prefers-color-scheme: dark)');

export function savedTheme(): ThemeChoice {
  const saved = localStorage.getItem(KEY);
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

export function applyTheme(choice: ThemeChoice): void {
  const resolved = choice === 'system' ? (dark()?.matches ? 'dark' : 'light') : choice;
  document.documentElement.dataset.theme = resolved;
}

applyTheme(savedTheme());

export function useTheme() {
  const [choice, setChoice] = useState<ThemeChoice>(savedTheme);
  useEffect(() => {
    applyTheme(choice);
    if (choice !== 'system') return;
    const query = dark();
    const follow = () => applyTheme('system');
    query?.addEventListener('change', follow);
    return () => query?.removeEventListener('change', follow);
  }, [choice]);
  const choose = useCallback((next: ThemeChoice) => {
    if (next === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, next);
    setChoice(next);
  }, []);
  /** system → the opposite of what is shown → the other → back to system */
  const cycle = useCallback(() => {
    const shown = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
    choose(choice === 'system' ? (shown === 'dark' ? 'light' : 'dark') : choice === 'light' ? 'dark' : 'system');
  }, [choice, choose]);
  return { choice, choose, cycle };
}
