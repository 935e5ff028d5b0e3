// What went wrong with one path of an import job, as a per-file result: the job goes on without it.
import { basename } from 'node:path';
import type { ImportFileResult } from '../../shared/api.ts';
import { sqliteErrorCode } from '../../shared/errors.ts';

const pathWords: Record<string, string> = {
  ELOOP: '符号链接形成循环',
  EACCES: '无权读取',
  EPERM: '无权读取',
  ENOENT: '找不到该文件(或链接指向的文件不存在)',
  ENOTDIR: '路径中有一段不是文件夹',
  ENAMETOOLONG: '路径过长',
  EISDIR: '这是文件夹',
  'NOT-A-FILE': '不是普通文件(管道、设备或套接字)',
};

/** A path the walk or the read could not use. */
export function pathFailure(path: string, code: string): ImportFileResult {
  const notAFile = code === 'NOT-A-FILE' || code === 'EISDIR';
  return {
    fileName: basename(path),
    status: 'failed',
    reportId: null,
    existing: null,
    reason: notAFile ? 'not-a-file' : 'unreadable',
    message: `${path}: ${pathWords[code] ?? `无法读取(${code})`}`,
    detail: { path, code },
    summary: null,
  };
}

/** An error the library threw while storing one file; `stop` when no later file can get in either. */
export function storeFailure(path: string, error: unknown): { result: ImportFileResult; stop: boolean } {
  const code = sqliteErrorCode((error as { code?: string }).code);
  const reason = code === 'disk-full' ? 'disk-full' : code === 'library-busy' ? 'library-busy' : code === 'library-damaged' ? 'library-damaged' : 'error';
  const words: Record<string, string> = {
    'disk-full': '磁盘已满,本文件未导入',
    'library-busy': '资料库正被另一个程序长时间占用,本文件未导入',
    'library-damaged': '资料库已损坏,本文件未导入',
    error: `保存失败:${(error as Error).message}`,
  };
  return {
    result: {
      fileName: basename(path),
      status: 'failed',
      reportId: null,
      existing: null,
      reason,
      message: `${path}: ${words[reason]}`,
      detail: { path, message: (error as Error).message },
      summary: null,
    },
    stop: reason === 'disk-full' || reason === 'library-damaged',
  };
}

/** A file the job never reached because it stopped (disk full): listed, so the summary says what did not get in. */
export function notReached(path: string, because: ImportFileResult['reason']): ImportFileResult {
  return {
    fileName: basename(path),
    status: 'failed',
    reportId: null,
    existing: null,
    reason: 'not-imported',
    message: `${path}: 未导入(${because === 'disk-full' ? '磁盘已满' : '资料库已损坏'},导入已停止)`,
    detail: { path, because },
    summary: null,
  };
}
