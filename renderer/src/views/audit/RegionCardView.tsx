// A region's report card on one page: the summary tiles, key indicators with sparklines, what changed across
// years (silence, jumps) and each report's own audit, newest first.
import { useTranslation } from 'react-i18next';
import type { RegionCard } from '../../../../shared/api-parts/audit.ts';
import { ReportAuditCard, type ReportAuditCardProps } from './ReportAuditCard.tsx';
import { Sparkline } from './Sparkline.tsx';
import { percentText, valueText } from './format.ts';

export interface RegionCardViewProps extends Pick<ReportAuditCardProps, 'onOpen' | 'onCompare'> {
  card: RegionCard;
}

function Tile({ label, value, hint, tone }: { label: string; value: string; hint?: string; tone?: 'bad' | 'warn' | 'ok' }) {
  return (
    <div className={`tile${tone ? ` ${tone}` : ''}`} title={hint}>
      <div className="tile-value">{value}</div>
      <div className="tile-label">{label}</div>
    </div>
  );
}

export function RegionCardView({ card, onOpen, onCompare }: RegionCardViewProps) {
  const { t, i18n } = useTranslation();
  const r = card.region;
  const nameOf = (id: string) => (i18n.language === 'en' ? card.indicatorNames[id]?.nameEn ?? card.indicatorNames[id]?.name : card.indicatorNames[id]?.name) ?? id;
  const known = r.onTime + r.late;
  return (
    <div className="region-card" data-testid="region-card">
      <header className="region-head">
        <h2>{r.region}</h2>
        <span className="muted">{r.years.join(' · ')}</span>
      </header>
      <div className="tiles">
        <Tile label={t('audit.tiles.completeness')} value={percentText(r.completeness)} hint={t('audit.tileHints.completeness')} tone={r.completeness !== null && r.completeness < 1 ? 'warn' : undefined} />
        <Tile label={t('audit.tiles.timeliness')} value={known ? `${r.onTime}/${known}` : '—'} hint={t('audit.tileHints.timeliness')} tone={r.late ? 'bad' : undefined} />
        <Tile label={t('audit.tiles.checks')} value={String(r.inconsistent)} tone={r.inconsistent ? 'bad' : 'ok'} />
        <Tile label={t('audit.tiles.silence')} value={String(r.silence.length)} tone={r.silence.length ? 'warn' : undefined} />
        <Tile label={t('audit.tiles.jumps')} value={String(r.jumps.length)} tone={r.jumps.length ? 'warn' : undefined} />
        <Tile label={t('audit.tiles.reuse')} value={percentText(r.latestReuse)} hint={t('audit.tileHints.reuse')} />
      </div>

      {r.keyIndicators.length > 0 && (
        <section>
          <h3>{t('audit.keyIndicators')}</h3>
          <ul className="key-indicators">
            {r.keyIndicators.map((k) => {
              const last = k.points[k.points.length - 1]!;
              return (
                <li key={k.indicator}>
                  <span className="key-name">{nameOf(k.indicator)}</span>
                  <Sparkline series={k} years={r.years} label={t('audit.sparkline', { indicator: nameOf(k.indicator), first: k.points[0]!.year, last: last.year })} width={140} height={32} />
                  <button className="link" onClick={() => onOpen(last.reportId, last.start, last.end)}>{last.year}: {valueText(last.value, k.unit)}</button>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section>
        <h3>{t('audit.regionFindings')}</h3>
        {r.silence.length === 0 && r.jumps.length === 0 && <p className="muted small">{t('audit.noRegionFindings')}</p>}
        {r.silence.length > 0 && (
          <>
            <h4>{t('audit.silence')}</h4>
            <ul className="findings">
              {r.silence.map((s) => (
                <li key={`${s.indicator}-${s.year}`} data-testid="silence">
                  {t('audit.silenceLine', { indicator: nameOf(s.indicator), lastYear: s.lastYear, value: s.lastText, year: s.year })}{' '}
                  <button className="link small" onClick={() => onOpen(s.lastReportId, s.lastSpan.start, s.lastSpan.end)}>{t('audit.openAt')}</button>
                </li>
              ))}
            </ul>
          </>
        )}
        {r.jumps.length > 0 && (
          <>
            <h4>{t('audit.jumps')}</h4>
            <ul className="findings">
              {r.jumps.map((j) => (
                <li key={`${j.indicator}-${j.year}`} data-testid="jump">
                  {t('audit.jumpLine', { indicator: nameOf(j.indicator), fromYear: j.fromYear, from: j.from.text, year: j.year, to: j.to.text, factor: (j.factor >= 1 ? j.factor : 1 / j.factor).toFixed(1) })}{' '}
                  <button className="link small" onClick={() => onCompare(j.fromReportId, j.reportId, j.to.start, j.to.end)}>{t('audit.sideBySide')}</button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section>
        <h3>{t('audit.reports')}</h3>
        {[...card.reports].reverse().map((report) => <ReportAuditCard key={report.id} report={report} onOpen={onOpen} onCompare={onCompare} />)}
      </section>
    </div>
  );
}
