// The reports to open beside one: same region a year before and after, other regions of the same year.
import { useEffect, useState } from 'react';
import type { RelatedReports } from '../../../../shared/api-parts/reader.ts';
import { useApi } from '../../api/context.tsx';

export function useRelated(id: number, reportKey: unknown): RelatedReports | null {
  const api = useApi();
  const [related, setRelated] = useState<{ key: unknown; id: number; value: RelatedReports } | null>(null);
  useEffect(() => {
    let live = true;
    api['reports.related']({ id }).then((value) => live && setRelated({ key: reportKey, id, value }), () => {});
    return () => {
      live = false;
    };
  }, [api, id, reportKey]);
  return related && related.id === id && related.key === reportKey ? related.value : null;
}
