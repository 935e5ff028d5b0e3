// The one API contract: method name -> request schema (zod) -> result type, plus push events.
// Electron's preload and main, the HTTP host and the renderer client are all typed from this file.
import { z } from 'zod';
import type { JunkRange } from './text/types.ts';
import { DOC_TYPES, type DocType, type RegionCandidate, type RegionLevel, type ReportMeta } from './meta/types.ts';
import type { Figure } from './figures/types.ts';
import { method } from './api-parts/method.ts';
import type { ProblemData } from './errors.ts';
import { readerMethods } from './api-parts/reader.ts';
import { trendMethods } from './api-parts/trends.ts';
import { auditMethods } from './api-parts/audit.ts';
import { libraryMethods } from './api-parts/library.ts';
import { libraryCareMethods } from './api-parts/library-care.ts';
import { readingMethods } from './api-parts/reading.ts';
import { jobEvents, jobMethods } from './api-parts/jobs.ts';


const id = z.number().int().positive();
const docType = z.enum(DOC_TYPES);

export interface LibraryInfo {
  path: string;
  reportCount: number;
  figureCount: number;
  schemaVersion: number;
  extractorVersion: string;
  /** Whether this side can open native file dialogs (Electron) or must use the browser's file input. */
  nativeDialogs: boolean;
}

export interface ReportSummary {
  id: number;
  fileName: string;
  title: string | null;
  region: string | null;
  regionCode: string | null;
  parents: string[];
  level: RegionLevel | null;
  year: number | null;
  published: string | null;
  issuer: string | null;
  docType: DocType;
  encoding: string;
  decodeWarning: string | null;
  figureCount: number;
  importedAt: string;
  /** Fields the user corrected; they win over detection. */
  corrected: Array<'region' | 'year' | 'docType'>;
  /** More than one region fits: the user should pick one of these. */
  regionCandidates: RegionCandidate[];
  /** Another report has the same region, year and type; only the preferred one counts in trends. */
  sameSlotCount: number;
  preferred: boolean;
}

export interface ReportDetail extends ReportSummary {
  text: string;
  junk: JunkRange[];
  headings: Array<{ start: number; end: number; level: 1 | 2 | 3; text: string }>;
  figures: StoredFigure[];
  detected: ReportMeta;
  byteSize: number;
  contentHash: string;
  extractorVersion: string;
}

export interface StoredFigure extends Figure {
  id: number;
}

export type ImportFailureReason =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'unsupported'
  | 'undecodable'
  | 'unreadable'
  | 'duplicate'
  | 'too-many-figures'
  | 'too-deep'
  | 'not-a-file'
  | 'disk-full'
  | 'not-imported'
  | 'library-busy'
  | 'library-damaged'
  | 'error';

export interface ImportFileResult {
  fileName: string;
  status: 'imported' | 'duplicate' | 'failed';
  reportId: number | null;
  /** For duplicates, the report already in the library. */
  existing: { id: number; title: string | null } | null;
  reason: ImportFailureReason | null;
  /** What went wrong or what to check, in Chinese (the CLI's words and the log's). */
  message: string | null;
  /** The data behind `reason` (sizes, limits, the path), for the renderer's words in the user's language. */
  detail?: ProblemData;
  summary: ReportSummary | null;
}

export interface ImportSummary {
  jobId: string;
  total: number;
  imported: number;
  duplicates: number;
  failed: number;
  cancelled: boolean;
  results: ImportFileResult[];
}

export interface ImportProgress {
  jobId: string;
  done: number;
  total: number;
  current: string | null;
  imported: number;
  failed: number;
}

export const methods = {
  'library.info': method(z.object({})).returns<LibraryInfo>(),
  'reports.get': method(z.object({ id })).returns<ReportDetail>(),
  'reports.correct': method(
    z.object({
      id,
      region: z.object({ name: z.string().min(1).max(60), code: z.string().regex(/^\d{6}$/).nullable() }).optional(),
      year: z.number().int().min(1949).max(2100).nullable().optional(),
      docType: docType.optional(),
    }),
  ).returns<ReportSummary>(),
  'reports.setEncoding': method(z.object({ id, encoding: z.string().min(2).max(40) })).returns<ReportDetail>(),
  'reports.setPreferred': method(z.object({ id })).returns<ReportSummary>(),
  'reports.delete': method(z.object({ ids: z.array(id).min(1) })).returns<{ deleted: number }>(),
  /** Places of the gazetteer whose name holds the query: the region picker of a correction. */
  'regions.search': method(z.object({ query: z.string().max(40) })).returns<RegionCandidate[]>(),
  /** Import one file's bytes (the browser's file input and drag and drop); the caller drives progress. */
  'import.file': method(
    z.object({
      name: z.string().min(1).max(1024),
      /** base64 of the file's bytes: anything else is refused, never imported as garbage. */
      data: z.base64(),
    }),
  ).returns<ImportFileResult>(),
  /** Import files and folders (recursively) by path; progress arrives as 'import.progress' events. */
  'import.paths': method(z.object({ paths: z.array(z.string().min(1)).min(1), jobId: z.string().min(1).max(64) })).returns<ImportSummary>(),
  'import.cancel': method(z.object({ jobId: z.string() })).returns<{ cancelled: boolean }>(),
  /** Native "choose files or folder" dialog; only where LibraryInfo.nativeDialogs is true. */
  'dialog.pickImportPaths': method(z.object({ folders: z.boolean() })).returns<string[]>(),
  ...readerMethods,
  ...trendMethods,
  ...auditMethods,
  ...libraryMethods,
  ...libraryCareMethods,
  ...readingMethods,
  ...jobMethods,
} as const;

export const events = {
  'import.progress': null as unknown as ImportProgress,
  /** A menu item or global shortcut of the Electron shell. */
  'menu.command': null as unknown as MenuCommand,
  ...jobEvents,
} as const;

export type MenuCommand = 'import' | 'find';

export type MethodName = keyof typeof methods;
export type RequestOf<M extends MethodName> = z.input<(typeof methods)[M]['request']>;
export type ParsedRequestOf<M extends MethodName> = z.output<(typeof methods)[M]['request']>;
export type ResultOf<M extends MethodName> = (typeof methods)[M]['result'];
export type EventName = keyof typeof events;
export type EventOf<E extends EventName> = (typeof events)[E];

export const methodNames = Object.keys(methods) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];

/** What the renderer calls: one async function per method, and a subscription to push events. */
export type Api = { [M in MethodName]: (request: RequestOf<M>) => Promise<ResultOf<M>> } & {
  on<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void;
};

/** What a host implements: one handler per method, given an already validated request. */
export type Handlers = { [M in MethodName]: (request: ParsedRequestOf<M>) => ResultOf<M> | Promise<ResultOf<M>> };

/** An error meant for the user: a stable code and its data (words come from the renderer's i18n); `message` is for logs. */
export class ApiError extends Error {
  readonly code: string;
  readonly data: ProblemData;
  constructor(code: string, message: string, data: ProblemData = {}) {
    super(message);
    this.code = code;
    this.data = data;
    this.name = 'ApiError';
  }
}

/** What a failed call answers, over IPC and HTTP alike. */
export interface ErrorReply {
  code: string;
  data: ProblemData;
  message: string;
}

/** Validates a request against the contract; throws an ApiError naming the method and the field. */
export function parseRequest<M extends MethodName>(name: M, payload: unknown): ParsedRequestOf<M> {
  const schema = methods[name].request as unknown as z.ZodType<ParsedRequestOf<M>>;
  const parsed = schema.safeParse(payload ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const field = first?.path.join('.') || 'request';
    throw new ApiError('bad-request', `${name}: ${field} ${first?.message ?? 'is invalid'}`, { method: name, field });
  }
  return parsed.data;
}

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}
