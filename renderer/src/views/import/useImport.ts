// Runs an import from the browser's files (one call per file) or from native paths (Electron, with pushed progress).
import { useCallback, useRef, useState } from 'react';
import { pathForFile } from '../../api/client.ts';
import { useApi } from '../../api/context.tsx';
import type { ImportFileResult, ImportSummary } from '../../../../shared/api.ts';

export interface ImportState {
  running: boolean;
  done: number;
  total: number;
  current: string | null;
  results: ImportFileResult[];
  cancelled: boolean;
}

const MAX_BYTES = 20 * 1024 * 1024;
const idle: ImportState = { running: false, done: 0, total: 0, current: null, results: [], cancelled: false };

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

function failure(fileName: string, reason: ImportFileResult['reason'], message: string): ImportFileResult {
  return { fileName, status: 'failed', reportId: null, existing: null, reason, message, summary: null };
}

export function useImport(onImported: () => void) {
  const api = useApi();
  const [state, setState] = useState<ImportState>(idle);
  const [visible, setVisible] = useState(false);
  const cancelRef = useRef<() => void>(() => {});

  const importPaths = useCallback(
    async (paths: string[]) => {
      const jobId = crypto.randomUUID();
      setVisible(true);
      setState({ ...idle, running: true });
      cancelRef.current = () => void api['import.cancel']({ jobId });
      const off = api.on('import.progress', (p) => {
        if (p.jobId === jobId) setState((s) => ({ ...s, done: p.done, total: p.total, current: p.current }));
      });
      try {
        const summary: ImportSummary = await api['import.paths']({ paths, jobId });
        setState({ running: false, done: summary.results.length, total: summary.total, current: null, results: summary.results, cancelled: summary.cancelled });
      } catch (error) {
        setState((s) => ({ ...s, running: false, results: [...s.results, failure(paths.join(', '), 'error', (error as Error).message)] }));
      } finally {
        off();
        onImported();
      }
    },
    [api, onImported],
  );

  const importFiles = useCallback(
    async (files: File[]) => {
      const paths = files.map(pathForFile);
      if (files.length > 0 && paths.every((p): p is string => Boolean(p))) return importPaths(paths);
      let cancelled = false;
      cancelRef.current = () => (cancelled = true);
      setVisible(true);
      const results: ImportFileResult[] = [];
      setState({ ...idle, running: true, total: files.length });
      for (const [index, file] of files.entries()) {
        if (cancelled) break;
        const name = file.webkitRelativePath || file.name;
        setState((s) => ({ ...s, done: index, current: name }));
        let result: ImportFileResult;
        if (file.size > MAX_BYTES) {
          result = failure(name, 'too-large', `文件过大(${(file.size / 1048576).toFixed(1)} MB,上限 20 MB)`);
        } else {
          try {
            result = await api['import.file']({ name, data: await readAsBase64(file) });
          } catch (error) {
            result = failure(name, 'error', (error as Error).message);
          }
        }
        results.push(result);
        setState((s) => ({ ...s, results: [...results] }));
        if (result.status === 'imported') onImported();
      }
      setState((s) => ({ ...s, running: false, done: results.length, current: null, cancelled }));
      onImported();
    },
    [api, onImported, importPaths],
  );

  return {
    state,
    visible,
    show: () => setVisible(true),
    hide: () => setVisible(false),
    cancel: () => cancelRef.current(),
    importFiles,
    importPaths,
  };
}

export type ImportController = ReturnType<typeof useImport>;
