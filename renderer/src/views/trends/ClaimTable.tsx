// The 同比 claim check: what each report says changed, against what last year's figure in the library gives.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ClaimBasis, ClaimCheck, ClaimVerdict } from '../../../../shared/trends/types.ts';
import { formatSignedFixed } from '../../../../shared/trends/format.ts';
import { writtenNumber } from '../../../../shared/trends/claims.ts';
import { SentenceQuote } from './SentenceQuote.tsx';
import { regionName } from './labels.ts';

export function VerdictBadge({ verdict, basis }: { verdict: ClaimVerdict; basis?: ClaimBasis | null }) {
  const { t } = useTranslation();
  const help = t(`trends.verdictHelp.${verdict}`) + (basis ? `: ${t(`trends.basis.${basis}`)}` : '');
  return (
    <span className={`verdict verdict-${verdict}`} title={help} data-testid="verdict" data-verdict={verdict} data-basis={basis ?? undefined}>
      {t(`trends.verdict.${verdict}`)}
    </span>
  );
}

function measureUnit(claim: ClaimCheck, t: TFunction): string {
  if (claim.measure === 'points') return t('trends.points');
  if (claim.measure === 'absolute') return claim.claim.unit;
  return '%';
}

export function ClaimTable({ claims, onOpenFigure }: { claims: ClaimCheck[]; onOpenFigure: (reportId: number, start: number, end: number) => void }) {
  const { t } = useTranslation();
  if (claims.length === 0) return <p className="muted">{t('trends.noClaims')}</p>;
  return (
    <table className="claims-table" data-testid="claims-table">
      <thead>
        <tr>
          {(['region', 'year', 'sentence', 'claimed', 'computed', 'verdict'] as const).map((h) => <th key={h} scope="col">{t(`trends.claimHeaders.${h}`)}</th>)}
        </tr>
      </thead>
      <tbody>
        {claims.map((c) => {
          const unit = measureUnit(c, t);
          // The computed change one decimal finer than the claim, so a rounding verdict can be seen.
          const digits = Math.min(2, (writtenNumber(c.claim.source.text)?.decimals ?? 0) + 1);
          const claimed = c.measure === 'multiple' ? c.claim.source.text : `${c.claimed < 0 ? '−' : '+'}${c.claim.source.text}`;
          return (
            <tr key={c.claim.source.figureId} data-testid="claim-row" data-region={c.region.key} data-year={c.year} data-verdict={c.verdict}>
              <td>{regionName(c.region)}</td>
              <td className="num">{c.year}</td>
              <td className="source-cell">
                <button className="link" onClick={() => onOpenFigure(c.claim.source.reportId, c.claim.source.start, c.claim.source.end)}>
                  <SentenceQuote source={c.claim.source} className="sentence-quote inline" />
                </button>
              </td>
              <td className="num">{claimed}</td>
              <td className="num">
                {c.computed === null ? '—' : formatSignedFixed(c.computed, unit, digits)}
                {c.previous && (
                  <div className="note">
                    {t('trends.computedFrom', { previous: `${c.previous.year}: ${c.previous.source.text}`, current: `${c.year}: ${c.current.source.text}` })}
                  </div>
                )}
              </td>
              <td>
                <VerdictBadge verdict={c.verdict} basis={c.basis} />
                {c.basis && <div className="note">{t(`trends.basis.${c.basis}`)}</div>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
