// A file path shown whole, selectable, with a copy button: for a bug report or a file manager.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyablePath({ path, testId }: { path: string; testId?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(path).then(() => setCopied(true), () => setCopied(false));
  };
  return (
    <span className="copyable-path">
      <code data-testid={testId}>{path}</code>
      <button className="link" onClick={copy}>{copied ? t('about.copied') : t('about.copy')}</button>
    </span>
  );
}
