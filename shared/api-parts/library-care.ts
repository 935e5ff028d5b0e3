// API methods for the library's care (issue 10): about (paths, versions, backups), backup, check, restore.
import { z } from 'zod';
import { method } from './method.ts';

export interface BackupInfo {
  name: string;
  /** ISO time it was taken. */
  createdAt: string;
  bytes: number;
}

export interface AboutInfo {
  appVersion: string | null;
  libraryPath: string;
  /** The main-process log (rotated), for a bug report; null where nothing is logged. */
  logPath: string | null;
  schemaVersion: number;
  extractorVersion: string;
  /** Newest first; each was checked when it was taken. */
  backups: BackupInfo[];
}

export interface LibraryCheck {
  ok: boolean;
  /** SQLite's own words when not ok (a copyable detail). */
  detail: string;
  full: boolean;
}

export const libraryCareMethods = {
  'library.about': method(z.object({})).returns<AboutInfo>(),
  /** A consistent copy of the library (SQLite online backup), checked before it counts. */
  'library.backup': method(z.object({})).returns<BackupInfo>(),
  /** quick_check, or the full integrity_check on demand. */
  'library.check': method(z.object({ full: z.boolean().optional() })).returns<LibraryCheck>(),
  /** Replaces the library's content with a backup; what is replaced is backed up first. */
  'library.restore': method(z.object({ name: z.string().min(1).max(200) })).returns<{ restored: string }>(),
} as const;
