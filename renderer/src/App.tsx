// One window: library on the left, reader panes in the centre, the import sheet over everything while it runs.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from './api/context.tsx';
import type { LibraryInfo, ReportSummary } from '../../shared/api.ts';
import { setLanguage } from './i18n/index.ts';
import { LibraryView } from './views/library/LibraryView.tsx';
import { ReaderWorkspace } from './views/reader/ReaderWorkspace.tsx';
import { TrendsView } from './views/trends/TrendsView.tsx';
import { AuditView } from './views/audit/AuditView.tsx';
import type { ReaderFocus, TrendRequest } from './navigation.ts';
import { ImportSheet } from './views/import/ImportSheet.tsx';
import { useImport } from './views/import/useImport.ts';
import { useDropImport } from './views/import/useDropImport.ts';
import { ReportInfoDialog } from './views/library/ReportInfoDialog.tsx';
import { AboutDialog } from './views/about/AboutDialog.tsx';
import { HomeView } from './views/shell/HomeView.tsx';
import { CommandPalette, type PaletteAction } from './views/shell/CommandPalette.tsx';
import { KeysDialog } from './views/shell/KeysDialog.tsx';
import { Splitter } from './components/Splitter.tsx';
import { useTheme } from './theme.ts';
import { useJobController } from './views/shell/useJob.ts';
import { JobsProvider } from './views/shell/jobs-context.tsx';
import { JobSheet } from './views/shell/JobSheet.tsx';
import { isEditable } from './views/reader/useReaderKeys.ts';

const MAX_PANES = 4;
/** The palette offers the newest reports before anything is typed; its search, the library list and home reach
 *  all of them. */
const RECENT_REPORTS = 500;

export function App() {
  const api = useApi();
  const { t, i18n } = useTranslation();
  /** The newest reports (for the palette), how many the library holds, and a counter the list and home refetch on. */
  const [reports, setReports] = useState<ReportSummary[] | null>(null);
  const [reportCount, setReportCount] = useState<number | null>(null);
  const [generation, setGeneration] = useState(0);
  const [info, setInfo] = useState<LibraryInfo | null>(null);
  const [panes, setPanes] = useState<number[]>([]);
  const [editing, setEditing] = useState<number | null>(null);
  const [tab, setTab] = useState<'reader' | 'trends' | 'audit'>('reader');
  // the trends and audit views load their data once first shown, not behind the reader at start
  const [trendsShown, setTrendsShown] = useState(false);
  if (tab === 'trends' && !trendsShown) setTrendsShown(true);
  const [auditShown, setAuditShown] = useState(false);
  if (tab === 'audit' && !auditShown) setAuditShown(true);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [focus, setFocus] = useState<ReaderFocus | null>(null);
  const [trendRequest, setTrendRequest] = useState<TrendRequest | null>(null);
  const [libraryOpen, setLibraryOpen] = useState(true);
  const [libraryWidth, setLibraryWidth] = useState(300);
  const dragFrom = useRef(300);
  const [palette, setPalette] = useState(false);
  const [librarySearch, setLibrarySearch] = useState<{ text: string; nonce: number } | null>(null);
  const [keysShown, setKeysShown] = useState(false);
  const theme = useTheme();
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(() => {
    setGeneration((g) => g + 1);
    api['library.info']({}).then((i) => {
      setInfo(i);
      setReportCount(i.reportCount);
    }, (e: Error) => setError(e.message));
    api['reports.list']({ offset: 0, limit: RECENT_REPORTS, sort: { by: 'imported', direction: 'desc' }, filters: {} })
      .then((page) => setReports(page.rows), () => setReports([]));
  }, [api]);
  useEffect(refresh, [refresh]);

  const importer = useImport(refresh);
  const jobs = useJobController();
  const dragging = useDropImport(importer.importFiles);

  const chooseFiles = useCallback(async () => {
    if (info?.nativeDialogs) {
      const paths = await api['dialog.pickImportPaths']({ folders: false });
      if (paths.length) await importer.importPaths(paths);
    } else fileInput.current?.click();
  }, [api, info, importer]);
  const chooseFolder = useCallback(async () => {
    if (info?.nativeDialogs) {
      const paths = await api['dialog.pickImportPaths']({ folders: true });
      if (paths.length) await importer.importPaths(paths);
    } else folderInput.current?.click();
  }, [api, info, importer]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'o') {
        e.preventDefault();
        void chooseFiles();
      } else if (mod && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setPalette((open) => !open);
      } else if (e.key === '?' && !mod && !isEditable(e.target)) {
        e.preventDefault();
        setKeysShown((shown) => !shown);
      } else if (e.key === 'Escape') setKeysShown(false);
    };
    window.addEventListener('keydown', onKey);
    const off = api.on('menu.command', (command) => command === 'import' && void chooseFiles());
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [api, chooseFiles]);

  const open = useCallback((id: number, beside: boolean) => {
    setPanes((current) => {
      if (current.includes(id)) return current;
      if (!beside || current.length === 0) return current.length > 1 ? [...current.slice(0, -1), id] : [id];
      return [...current, id].slice(-MAX_PANES);
    });
  }, []);

  const showTrend = useCallback((indicator: string, region: string) => {
    setTrendRequest({ indicator, regions: [region] });
    setTab('trends');
  }, []);
  const openFigure = useCallback((reportId: number, start: number, end: number) => {
    setPanes((current) => (current.includes(reportId) ? current : current.length > 1 ? [...current.slice(0, -1), reportId] : [reportId]));
    setFocus({ reportId, start, end, nonce: Date.now() });
    setTab('reader');
  }, []);
  const compareReports = useCallback((previousId: number, currentId: number, start: number, end: number) => {
    setPanes([previousId, currentId]);
    setFocus({ reportId: currentId, start, end, nonce: Date.now() });
    setTab('reader');
  }, []);

  const showIndicator = useCallback(
    (indicator: string) => {
      api['trends.regions']({ indicator }).then(
        (regions) => {
          setTrendRequest({ indicator, regions: regions.slice(0, 3).map((r) => r.key) });
          setTab('trends');
        },
        (e: Error) => setError(e.message),
      );
    },
    [api],
  );
  // the reader's props stay the same while only the tab changes: switching back does not render a large report again
  const showKeys = useCallback(() => setKeysShown(true), []);
  const home = useMemo(
    () => <HomeView generation={generation} onOpen={open} onEdit={setEditing} onIndicator={showIndicator} />,
    [generation, open, showIndicator],
  );

  const actions: PaletteAction[] = [
    { id: 'import', label: t('shell.actions.import'), keys: 'Ctrl/⌘ O', run: () => void chooseFiles() },
    { id: 'import-folder', label: t('shell.actions.importFolder'), run: () => void chooseFolder() },
    { id: 'home', label: t('shell.actions.home'), run: () => { setPanes([]); setTab('reader'); } },
    { id: 'reader', label: t('shell.actions.reader'), run: () => setTab('reader') },
    { id: 'trends', label: t('shell.actions.trends'), run: () => setTab('trends') },
    { id: 'audit', label: t('audit.tab'), run: () => setTab('audit') },
    { id: 'about', label: t('about.action'), run: () => setAboutOpen(true) },
    { id: 'library', label: t('shell.actions.toggleLibrary'), run: () => setLibraryOpen((o) => !o) },
    { id: 'theme', label: t('shell.actions.theme'), run: theme.cycle },
    { id: 'language', label: t('shell.actions.language'), run: () => setLanguage(i18n.language === 'en' ? 'zh-CN' : 'en') },
    { id: 'keys', label: t('shell.actions.keys'), keys: '?', run: () => setKeysShown(true) },
    { id: 'reextract', label: t('shell.actions.reextract'), run: () => void jobs.start(t('shell.jobs.reextract'), (jobId) => api['library.reextract']({ jobId })).then(refresh) },
  ];

  const hasReports = reportCount !== null && reportCount > 0;
  const onPicked = (files: FileList | null) => {
    if (files?.length) void importer.importFiles([...files]);
  };

  return (
    <JobsProvider controller={jobs}>
    <div className={`app${dragging ? ' dragging' : ''}`}>
      <header className="topbar">
        <button className="icon-button" onClick={() => setLibraryOpen(!libraryOpen)} title={libraryOpen ? t('nav.collapse') : t('nav.expand')} aria-label={libraryOpen ? t('nav.collapse') : t('nav.expand')}>☰</button>
        <div className="brand">{t('app.name')}</div>
        {hasReports && (
          <div className="tabs" role="tablist">
            <button role="tab" aria-selected={tab === 'reader'} className={tab === 'reader' ? 'tab active' : 'tab'} onClick={() => setTab('reader')}>{t('nav.reader')}</button>
            <button role="tab" aria-selected={tab === 'trends'} className={tab === 'trends' ? 'tab active' : 'tab'} onClick={() => setTab('trends')}>{t('nav.trends')}</button>
            <button role="tab" aria-selected={tab === 'audit'} className={tab === 'audit' ? 'tab active' : 'tab'} onClick={() => setTab('audit')}>{t('audit.tab')}</button>
          </div>
        )}
        <div className="topbar-spacer" />
        {importer.state.results.length > 0 && !importer.visible && (
          <button className="button subtle" onClick={importer.show}>{t('import.showSummary')}</button>
        )}
        <button className="button primary" onClick={() => void chooseFiles()} data-testid="import-button">{t('import.action')}</button>
        <button className="button subtle" onClick={() => void chooseFolder()}>{t('import.chooseFolder')}</button>
        <button className="button subtle" onClick={() => setPalette(true)} title={`${t('shell.palette.placeholder')} (Ctrl/⌘ K)`} aria-label={t('shell.palette.placeholder')} data-testid="palette-open">⌕ <kbd className="wide-only">Ctrl K</kbd></button>
        <button className="button subtle theme-switch" onClick={theme.cycle} title={`${t('shell.theme.label')}: ${t(`shell.theme.${theme.choice}`)}`} data-testid="theme-switch">
          {theme.choice === 'system' ? '◐' : theme.choice === 'dark' ? '☾' : '☀'} <span className="wide-only">{t(`shell.theme.${theme.choice}`)}</span>
        </button>
        <button className="button subtle" onClick={() => setLanguage(i18n.language === 'en' ? 'zh-CN' : 'en')}>{t('nav.language')}</button>
        <button className="button subtle" onClick={() => setAboutOpen(true)} data-testid="about-button">{t('about.action')}</button>
      </header>
      <input ref={fileInput} type="file" multiple hidden accept=".txt,.text,.html,.htm,.docx,.pdf" data-testid="file-input" onChange={(e) => { onPicked(e.target.files); e.target.value = ''; }} />
      <input ref={folderInput} type="file" multiple hidden {...{ webkitdirectory: '' }} onChange={(e) => { onPicked(e.target.files); e.target.value = ''; }} />
      <main className="workspace">
        {libraryOpen && hasReports && (
          <>
            <div className="library-frame" style={{ width: libraryWidth }}>
              <LibraryView generation={generation} selected={panes} onOpen={open} onEdit={setEditing} searchRequest={librarySearch} />
            </div>
            <Splitter
              label={t('shell.resizeLibrary')}
              onDragStart={() => { dragFrom.current = libraryWidth; }}
              onDrag={(dx) => setLibraryWidth(Math.max(220, Math.min(560, dragFrom.current + dx)))}
              onReset={() => setLibraryWidth(300)}
              testId="library-splitter"
            />
          </>
        )}
        <div className="reader">
          {error && <p className="error pad">{t('errors.generic', { message: error })}</p>}
          {reportCount === null && !error && <div className="skeleton-lines pad">{Array.from({ length: 6 }, (_, i) => <div key={i} className="skeleton-line" />)}</div>}
          {reportCount === 0 && (
            <div className="empty-state">
              <h1>{t('app.name')}</h1>
              <p>{t('app.tagline')}</p>
              <button className="button primary large" onClick={() => void chooseFiles()}>{t('import.action')}</button>
              <p className="muted">{t('import.dropHint')}</p>
            </div>
          )}
          {hasReports && (
            <>
              <div className="tab-panel" hidden={tab !== 'reader'}>
                <ReaderWorkspace panes={panes} onPanesChange={setPanes} focus={focus} onShowTrend={showTrend} onShowKeys={showKeys} empty={home} />
              </div>
              <div className="tab-panel" hidden={tab !== 'trends'}>
                {trendsShown && <TrendsView request={trendRequest} onOpenFigure={openFigure} />}
              </div>
              <div className="tab-panel" hidden={tab !== 'audit'}>
                {auditShown && <AuditView onOpenFigure={openFigure} onCompare={compareReports} />}
              </div>
            </>
          )}
        </div>
      </main>
      {dragging && <div className="drop-overlay">{t('import.dropHere')}</div>}
      <ImportSheet controller={importer} onOpen={(id) => open(id, false)} onEdit={setEditing} />
      {palette && reports && (
        <CommandPalette
          reports={reports}
          actions={actions}
          onOpen={(id, beside) => { open(id, beside); setTab('reader'); }}
          onIndicator={showIndicator}
          onSearchLibrary={(text) => { setLibrarySearch({ text, nonce: Date.now() }); setLibraryOpen(true); }}
          onClose={() => setPalette(false)}
        />
      )}
      {keysShown && <KeysDialog onClose={() => setKeysShown(false)} />}
      {jobs.job?.shown && <JobSheet job={jobs.job} onCancel={jobs.cancel} onClose={jobs.close} />}
      {editing !== null && <ReportInfoDialog id={editing} onClose={() => setEditing(null)} onSaved={refresh} />}
      {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} onRestored={refresh} />}
    </div>
    </JobsProvider>
  );
}
