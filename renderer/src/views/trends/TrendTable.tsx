// The chart's data as a table: every region and year (missing years said as such), value, range, the computed
// change, what the report itself claimed, and the source sentence, one click from the reader.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimCheck, TrendResult } from '../../../../shared/trends/types.ts';
import type { DisplayScale } from '../../../../shared/trends/format.ts';
import { changeText, pointInterval, pointValue, regionName } from './labels.ts';
import { colorOf } from './palette.ts';
import { SentenceQuote } from './SentenceQuote.tsx';
import { VerdictBadge } from './ClaimTable.tsx';

interface Props {
  result: TrendResult;
  scale: DisplayScale;
  onOpenFigure: (reportId: number, start: number, end: number) => void;
}

export function TrendTable({ result, scale, onOpenFigure }: Props) {
  const { t } = useTranslation();
  const claimsAt = (regionKey: string, year: number): ClaimCheck[] =>
    result.claims.filter((c) => c.region.key === regionKey && c.year === year);
  return (
    <table className="trend-table" data-testid="trend-table">
      <thead>
        <tr>
          {(['region', 'year', 'value', 'interval', 'change', 'claim', 'source'] as const).map((h) => <th key={h} scope="col">{t(`trends.tableHeaders.${h}`)}</th>)}
        </tr>
      </thead>
      <tbody>
        {result.series.map((s, i) => (
          <Fragment key={s.region.key}>
            {result.years.map((year, row) => {
              const point = s.points.find((p) => p.year === year);
              const regionCell = row === 0 ? (
                <th scope="rowgroup" rowSpan={result.years.length} className="region-cell">
                  <span className="swatch" style={{ background: colorOf(i) }} />
                  {regionName(s.region)}
                </th>
              ) : null;
              if (!point) {
                return (
                  <tr key={year} className="missing" data-testid="trend-row" data-region={s.region.key} data-year={year}>
                    {regionCell}
                    <td className="num">{year}</td>
                    <td colSpan={5} className="muted">{t('trends.noPoint')}</td>
                  </tr>
                );
              }
              const claims = claimsAt(s.region.key, year);
              const otherUnit = point.unit !== result.unit;
              return (
                <tr key={year} data-testid="trend-row" data-region={s.region.key} data-year={year} data-value={point.value}>
                  {regionCell}
                  <td className="num">{year}</td>
                  <td className="num value">
                    {otherUnit ? `${point.value}${point.unit}` : pointValue(point, scale)}
                    {otherUnit && <div className="note warn">{t('trends.otherUnit', { unit: point.unit })}</div>}
                  </td>
                  <td className="num muted">{otherUnit ? '' : (pointInterval(point, scale) ?? '')}</td>
                  <td className="num">{point.change ? changeText(point.change, point.unit, scale, t) : ''}</td>
                  <td>
                    {claims.map((c) => (
                      <div key={c.claim.source.figureId} className="claim-inline">
                        {c.measure === 'multiple' ? c.claim.source.text : `${c.claimed < 0 ? '−' : '+'}${c.claim.source.text}`} <VerdictBadge verdict={c.verdict} basis={c.basis} />
                      </div>
                    ))}
                  </td>
                  <td className="source-cell">
                    <button className="link" onClick={() => onOpenFigure(point.source.reportId, point.source.start, point.source.end)} data-testid="open-source">
                      {point.source.reportTitle ?? point.source.fileName}
                    </button>
                    <SentenceQuote source={point.source} />
                    {point.candidates > 1 && <div className="note">{t('trends.candidates', { count: point.candidates })}</div>}
                  </td>
                </tr>
              );
            })}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
