// The figure panel of a pane: every figure of the report in a table, where the user confirms, corrects
// (value, unit, indicator), rejects or restores each one, and adds a figure from selected text.
import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { FigureReviewStatus, ReviewedFigure } from '../../../../shared/api-parts/reader.ts';
import { formatNumber, guessFigure, inWanYi } from './figure-format.ts';
import type { Span } from './segments.ts';

export type ReviewRequest =
  | { action: 'confirm' | 'reject' | 'clear'; start: number; end: number }
  | { action: 'correct' | 'add'; start: number; end: number; value: number; unit: string; indicator: string };

export type PanelEditing = { kind: 'edit'; figureId: number } | { kind: 'add'; span: Span } | null;

interface Props {
  text: string;
  figures: readonly ReviewedFigure[];
  editing: PanelEditing;
  activeFigureId: number | null;
  onEditingChange: (editing: PanelEditing) => void;
  onReview: (request: ReviewRequest) => Promise<void>;
  onJump: (figure: ReviewedFigure) => void;
  onClose: () => void;
}

type Filter = 'all' | 'open' | 'reviewed';

const WHOLE_LIST_LIMIT = 400;

const SENTENCE_BEFORE = 20;
const SENTENCE_AFTER = 14;

export function FigurePanel({ text, figures, editing, activeFigureId, onEditingChange, onReview, onJump, onClose }: Props) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const body = useRef<HTMLDivElement>(null);

  const shown = useMemo(() => figures.filter((f) => filter === 'all' || (filter === 'open' ? f.review === null : f.review !== null)), [figures, filter]);
  const reviewed = useMemo(() => figures.filter((f) => f.review !== null).length, [figures]);
  // rows by window: a report may hold 100,000 figures (an ordinary one is listed whole)
  const rows = useVirtualizer({
    count: shown.length,
    getScrollElement: () => body.current,
    estimateSize: () => 34,
    getItemKey: (i) => shown[i]?.id ?? i,
    overscan: 10,
  });

  // keep the row being edited or stepped to in view
  const focusId = editing?.kind === 'edit' ? editing.figureId : activeFigureId;
  useEffect(() => {
    if (focusId === null) return;
    const index = shown.findIndex((f) => f.id === focusId);
    if (index >= 0) rows.scrollToIndex(index, { align: 'auto' });
  }, [focusId, shown, rows]);
  const windowed = rows.getVirtualItems();
  const items = shown.length <= WHOLE_LIST_LIMIT ? rows.measurementsCache : windowed;
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length ? rows.getTotalSize() - items[items.length - 1]!.end : 0;

  const run = async (key: string, request: ReviewRequest) => {
    setBusy(key);
    setError(null);
    try {
      await onReview(request);
      onEditingChange(null);
    } catch (e) {
      setError(t('reader.panel.saveFailed', { message: (e as Error).message }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="figure-panel" data-testid="figure-panel" aria-label={t('reader.panel.title')}>
      <header className="panel-header">
        <strong>{t('reader.panel.title')}</strong>
        <span className="muted">{t('reader.panel.count', { count: figures.length })} · {t('reader.review.confirmed')}/{t('reader.review.corrected')} {reviewed}</span>
        <div className="segmented" role="radiogroup">
          {(['all', 'open', 'reviewed'] as const).map((f) => (
            <button key={f} role="radio" aria-checked={filter === f} className={filter === f ? 'on' : ''} onClick={() => setFilter(f)}>
              {t(`reader.panel.filter${f === 'all' ? 'All' : f === 'open' ? 'Open' : 'Reviewed'}`)}
            </button>
          ))}
        </div>
        <span className="topbar-spacer" />
        <button className="icon-button small" onClick={onClose} aria-label={t('reader.panel.close')} title={t('reader.panel.close')}>×</button>
      </header>
      {error && <p className="panel-error" role="alert">{error}</p>}
      {editing?.kind === 'add' && (
        <AddForm
          text={text}
          span={editing.span}
          busy={busy === 'add'}
          onCancel={() => onEditingChange(null)}
          onSave={(values) => void run('add', { action: 'add', ...editing.span, ...values })}
        />
      )}
      <div className="panel-body" ref={body}>
        {figures.length === 0 ? (
          <p className="panel-empty muted">{t('reader.panel.empty')}</p>
        ) : shown.length === 0 ? (
          <p className="panel-empty muted">{t('reader.panel.noneMatch')}</p>
        ) : (
          <table className="figure-table">
            <thead>
              <tr>
                <th className="c-indicator">{t('reader.panel.indicator')}</th>
                <th className="c-value num">{t('reader.panel.value')}</th>
                <th className="c-unit">{t('reader.panel.unit')}</th>
                <th className="c-qualifier">{t('reader.panel.qualifier')}</th>
                <th className="c-sentence">{t('reader.panel.sentence')}</th>
                <th className="c-actions">{t('reader.panel.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {padTop > 0 && <tr className="spacer" style={{ height: padTop }} aria-hidden />}
              {items.map(({ index }) => shown[index]!).map((f, i) =>
                editing?.kind === 'edit' && editing.figureId === f.id ? (
                  <EditRow
                    key={f.id}
                    index={items[i]!.index}
                    measure={rows.measureElement}
                    figure={f}
                    busy={busy === `edit-${f.id}`}
                    onCancel={() => onEditingChange(null)}
                    onSave={(values) => void run(`edit-${f.id}`, { action: 'correct', start: f.start, end: f.end, ...values })}
                  />
                ) : (
                  <FigureRow
                    key={f.id}
                    index={items[i]!.index}
                    measure={rows.measureElement}
                    text={text}
                    figure={f}
                    active={f.id === activeFigureId}
                    busy={busy?.endsWith(`-${f.id}`) ?? false}
                    onJump={() => onJump(f)}
                    onEdit={() => onEditingChange({ kind: 'edit', figureId: f.id })}
                    onAction={(action) => void run(`${action}-${f.id}`, { action, start: f.start, end: f.end })}
                  />
                ),
              )}
              {padBottom > 0 && <tr className="spacer" style={{ height: padBottom }} aria-hidden />}
            </tbody>
          </table>
        )}
        <p className="panel-hint muted">{t('reader.panel.addHint')}</p>
      </div>
    </section>
  );
}

function statusLabel(review: FigureReviewStatus | null, t: (key: string) => string): string {
  return review ? t(`reader.review.${review}`) : t('reader.review.unreviewed');
}

type Measure = (node: Element | null) => void;

function FigureRow({ index, measure, text, figure: f, active, busy, onJump, onEdit, onAction }: {
  index: number;
  measure: Measure;
  text: string;
  figure: ReviewedFigure;
  active: boolean;
  busy: boolean;
  onJump: () => void;
  onEdit: () => void;
  onAction: (action: 'confirm' | 'reject' | 'clear') => void;
}) {
  const { t } = useTranslation();
  const fullBefore = text.slice(f.sentenceStart, f.start).trimStart();
  const fullAfter = text.slice(f.end, f.sentenceEnd).trimEnd();
  // a window around the figure, so the figure itself is always in sight
  const before = fullBefore.length > SENTENCE_BEFORE ? `…${fullBefore.slice(-SENTENCE_BEFORE)}` : fullBefore;
  const after = fullAfter.length > SENTENCE_AFTER ? `${fullAfter.slice(0, SENTENCE_AFTER)}…` : fullAfter;
  const short = Math.abs(f.value) >= 1e5 ? inWanYi(f.value) : null;
  const action = (name: 'confirm' | 'reject' | 'clear' | 'edit', icon: string, label: string, tone = '') => (
    <button
      className={`button small${tone ? ` ${tone}` : ''}`}
      disabled={busy}
      onClick={() => (name === 'edit' ? onEdit() : onAction(name))}
      title={label}
      aria-label={label}
    >
      {icon}<span className="action-label"> {label}</span>
    </button>
  );
  return (
    <tr
      ref={measure}
      data-index={index}
      className={`figure-row${f.review ? ` review-${f.review}` : ''}${active ? ' active' : ''}`}
      data-testid="figure-row"
      data-figure-row={f.id}
      data-start={f.start}
      aria-busy={busy}
    >
      <td className="c-indicator">
        <button className="link" onClick={onJump} title={f.indicatorId ?? f.indicator}>
          <span className={`kind-dot kind-${f.kind}`} aria-hidden />
          {f.indicator}
        </button>
        {f.review && <span className={`status-chip review-${f.review}`}>{statusLabel(f.review, t)}</span>}
      </td>
      <td className="c-value num" title={`${formatNumber(f.value)} ${f.unit}`}>
        <span className={short ? 'num-full' : undefined}>{formatNumber(f.value)}</span>
        {short && <span className="num-short">{short}</span>}
        <span className="inline-unit"> {f.unit}{f.qualifier ? ` · ${f.qualifier}` : ''}</span>
      </td>
      <td className="c-unit">{f.unit}</td>
      <td className="c-qualifier">{f.qualifier ?? ''}</td>
      <td className="c-sentence" title={text.slice(f.sentenceStart, f.sentenceEnd)}>
        {before}
        <b>{text.slice(f.start, f.end)}</b>
        {after}
      </td>
      <td className="c-actions">
        <span className="row-actions">
          {f.review === 'rejected' ? (
            action('clear', '↺', t('reader.panel.restore'))
          ) : (
            <>
              {f.review === null && action('confirm', '✓', t('reader.panel.confirm'), 'ok')}
              {action('edit', '✎', t('reader.panel.correct'))}
              {action('reject', '✕', t('reader.panel.reject'), 'bad')}
              {(f.review === 'confirmed' || f.review === 'corrected') && action('clear', '↺', t('reader.panel.undo'), 'subtle')}
            </>
          )}
        </span>
      </td>
    </tr>
  );
}

function escapeTo(e: KeyboardEvent<HTMLElement>, cancel: () => void): void {
  if (e.key !== 'Escape') return;
  e.stopPropagation();
  cancel();
}

interface Values {
  value: number;
  unit: string;
  indicator: string;
}

/** Reads the three inputs; null (with a message shown) when one is missing or not a number. */
function useValueForm(initial: { value: string; unit: string; indicator: string }) {
  const [value, setValue] = useState(initial.value);
  const [unit, setUnit] = useState(initial.unit);
  const [indicator, setIndicator] = useState(initial.indicator);
  const [problem, setProblem] = useState<string | null>(null);
  const read = (t: (key: string) => string): Values | null => {
    const number = Number(value.replace(/[,，\s]/g, ''));
    if (value.trim() === '' || !Number.isFinite(number)) {
      setProblem(t('reader.panel.valueInvalid'));
      return null;
    }
    if (!unit.trim() || !indicator.trim()) {
      setProblem(t('reader.panel.required'));
      return null;
    }
    setProblem(null);
    return { value: number, unit: unit.trim(), indicator: indicator.trim() };
  };
  return { value, setValue, unit, setUnit, indicator, setIndicator, problem, read };
}

const UNIT_SUGGESTIONS = ['件', '个', '项', '人', '人次', '名', '次', '场', '场次', '家', '条', '份', '户', '元', '%', '个百分点', '天', '小时'];

function Inputs({ form, focus }: { form: ReturnType<typeof useValueForm>; focus: 'value' | 'indicator' }) {
  const { t } = useTranslation();
  return (
    <>
      <label className="field">
        <span>{t('reader.panel.value')}</span>
        <input name="value" inputMode="decimal" value={form.value} autoFocus={focus === 'value'} onChange={(e) => form.setValue(e.target.value)} />
      </label>
      <label className="field narrow">
        <span>{t('reader.panel.unit')}</span>
        <input name="unit" list="reader-units" value={form.unit} onChange={(e) => form.setUnit(e.target.value)} />
        <datalist id="reader-units">{UNIT_SUGGESTIONS.map((u) => <option key={u} value={u} />)}</datalist>
      </label>
      <label className="field wide">
        <span>{t('reader.panel.indicator')}</span>
        <input name="indicator" value={form.indicator} autoFocus={focus === 'indicator'} onChange={(e) => form.setIndicator(e.target.value)} />
      </label>
    </>
  );
}

function EditRow({ index, measure, figure, busy, onSave, onCancel }: { index: number; measure: Measure; figure: ReviewedFigure; busy: boolean; onSave: (v: Values) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useValueForm({ value: String(figure.value), unit: figure.unit, indicator: figure.indicator });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const values = form.read(t);
    if (values) onSave(values);
  };
  return (
    <tr ref={measure} data-index={index} className="figure-row editing" data-testid="figure-edit-row" data-figure-row={figure.id}>
      <td colSpan={6}>
        <form className="edit-form" onSubmit={submit} onKeyDown={(e) => escapeTo(e, onCancel)}>
          <span className="edit-source"><b>{figure.text}</b></span>
          <Inputs form={form} focus="value" />
          <button className="button primary small" type="submit" disabled={busy}>{busy ? t('reader.panel.saving') : t('reader.panel.save')}</button>
          <button className="button subtle small" type="button" onClick={onCancel}>{t('reader.panel.cancel')}</button>
          {form.problem && <span className="field-problem" role="alert">{form.problem}</span>}
        </form>
      </td>
    </tr>
  );
}

function AddForm({ text, span, busy, onSave, onCancel }: { text: string; span: Span; busy: boolean; onSave: (v: Values) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const selected = text.slice(span.start, span.end);
  const guess = guessFigure(selected);
  const form = useValueForm({ value: guess.value === null ? '' : String(guess.value), unit: guess.unit, indicator: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const values = form.read(t);
    if (values) onSave(values);
  };
  return (
    <form className="edit-form add-form" data-testid="figure-add-form" onSubmit={submit} onKeyDown={(e) => escapeTo(e, onCancel)}>
      <strong>{t('reader.panel.addTitle')}</strong>
      <span className="edit-source">{t('reader.panel.selected')}:<b>{selected}</b></span>
      <Inputs form={form} focus={guess.value === null ? 'value' : 'indicator'} />
      <button className="button primary small" type="submit" disabled={busy}>{busy ? t('reader.panel.saving') : t('reader.panel.save')}</button>
      <button className="button subtle small" type="button" onClick={onCancel}>{t('reader.panel.cancel')}</button>
      {form.problem && <span className="field-problem" role="alert">{form.problem}</span>}
    </form>
  );
}
