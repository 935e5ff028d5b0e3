// Corrects what detection found: region (one click on a candidate, or search), year, type, encoding, which copy counts.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context.tsx';
import { inUserLanguage } from '../../i18n/describe.ts';
import type { ReportDetail } from '../../../../shared/api.ts';
import { DOC_TYPES as docTypes, type DocType, type RegionCandidate } from '../../../../shared/meta/types.ts';
import { DetectedFlags, YearReason } from './DetectedNotes.tsx';
const encodings = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be', 'big5'];

export function ReportInfoDialog({ id, onClose, onSaved }: { id: number; onClose: () => void; onSaved: () => void }) {
  const api = useApi();
  const { t } = useTranslation();
  const [report, setReport] = useState<ReportDetail | null>(null);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<RegionCandidate[]>([]);
  const [region, setRegion] = useState<RegionCandidate | null>(null);
  const [year, setYear] = useState('');
  const [docType, setDocType] = useState<DocType>('other');
  const [encoding, setEncoding] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api['reports.get']({ id }).then((r) => {
      setReport(r);
      setYear(r.year ? String(r.year) : '');
      setDocType(r.docType);
      setEncoding(r.encoding);
    }, (e: Error) => setError(e.message));
  }, [api, id]);

  useEffect(() => {
    if (!query.trim()) return setFound([]);
    const timer = setTimeout(() => api['regions.search']({ query }).then(setFound, () => setFound([])), 150);
    return () => clearTimeout(timer);
  }, [api, query]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const save = async () => {
    if (!report) return;
    setSaving(true);
    setError(null);
    try {
      if (encoding !== report.encoding && report.encoding !== 'docx') await api['reports.setEncoding']({ id, encoding });
      const yearValue = year.trim() === '' ? null : Number(year);
      const correction: Parameters<(typeof api)['reports.correct']>[0] = { id };
      if (region) correction.region = { name: region.name, code: region.code };
      if (yearValue !== report.year) correction.year = yearValue;
      if (docType !== report.docType) correction.docType = docType;
      if (Object.keys(correction).length > 1) await api['reports.correct'](correction);
      onSaved();
      onClose();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  const candidates = region ? [] : [...(report?.regionCandidates ?? []), ...found];
  return (
    <div className="sheet-backdrop" role="dialog" aria-modal="true" aria-label={t('info.title')}>
      <div className="sheet info-sheet">
        <header className="sheet-header">
          <h2>{t('info.title')}</h2>
          <button className="icon-button" onClick={onClose} aria-label={t('import.close')}>×</button>
        </header>
        {!report && !error && <div className="skeleton-lines">{[0, 1, 2].map((i) => <div key={i} className="skeleton-line" />)}</div>}
        {report && (
          <form className="info-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
            <p className="muted info-file">{report.title ?? report.fileName}</p>
            <DetectedFlags report={report} />
            <label>{t('info.region')}</label>
            <div>
              <div className="info-current">
                {region ? `${region.name}(${region.parents.join(' › ') || t(`level.${region.level}`)})` : report.region ? `${report.region}(${report.parents.join(' › ')})` : t('library.unknownRegion')}
                {report.regionCandidates.length > 0 && !region && <span className="flag">{t('library.ambiguous')}</span>}
              </div>
              {!report.region && !region && <p className="muted info-note">{t('meta.regionUnknown')}</p>}
              <input className="search" placeholder={t('info.searchRegion')} value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t('info.searchRegion')} />
              {candidates.length > 0 && (
                <div className="candidates" data-testid="region-candidates">
                  {candidates.slice(0, 12).map((c) => (
                    <button type="button" key={c.code} className="chip" onClick={() => setRegion(c)}>
                      {c.name}<span className="muted">{c.parents.join(' › ')}</span>
                    </button>
                  ))}
                </div>
              )}
            </div>
            <label htmlFor="info-year">{t('info.year')}</label>
            <div>
              <input id="info-year" type="number" min={1949} max={2100} value={year} onChange={(e) => setYear(e.target.value)} placeholder={t('library.unknownYear')} />
              <YearReason report={report} />
            </div>
            <label htmlFor="info-type">{t('info.docType')}</label>
            <select id="info-type" value={docType} onChange={(e) => setDocType(e.target.value as DocType)}>
              {docTypes.map((d) => <option key={d} value={d}>{t(`docType.${d}`)}</option>)}
            </select>
            <label htmlFor="info-encoding">{t('info.encoding')}</label>
            <select id="info-encoding" value={encoding} onChange={(e) => setEncoding(e.target.value)} disabled={report.encoding === 'docx'}>
              {[...new Set([report.encoding, ...encodings])].map((e) => <option key={e} value={e}>{e}</option>)}
            </select>
            {report.sameSlotCount > 1 && (
              <>
                <label>{t('info.counts')}</label>
                <div>
                  {report.preferred ? <span className="muted">{t('info.isPreferred')}</span> : (
                    <button type="button" className="button" onClick={() => api['reports.setPreferred']({ id }).then(() => { onSaved(); setReport({ ...report, preferred: true }); })}>{t('info.makePreferred')}</button>
                  )}
                </div>
              </>
            )}
            {report.decodeWarning && <p className="warn info-wide">{inUserLanguage(report.decodeWarning)}</p>}
            {error && <p className="error info-wide">{error}</p>}
            <div className="info-actions info-wide">
              <button type="button" className="button" onClick={onClose}>{t('info.cancel')}</button>
              <button type="submit" className="button primary" disabled={saving}>{t('info.save')}</button>
            </div>
          </form>
        )}
        {error && !report && <p className="error pad">{error}</p>}
      </div>
    </div>
  );
}
