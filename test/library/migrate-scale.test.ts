// A library written before migrations 5–8 opens with its text and originals moved apart, originals that equal the
// text's UTF-8 dropped and the others compressed, one preferred copy per slot, and every report searchable.
import { afterEach, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrations } from '../../electron/library/migrations.ts';
import { openLibrary } from '../../electron/library/open.ts';
import { readOriginal } from '../../electron/library/reports.ts';
import { searchReports } from '../../electron/library/search.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('moves a version 4 library to narrow rows, derived preferred copies and a search index', () => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-migrate-'));
  const path = join(dir, 'library.sqlite');
  const old = new Database(path);
  for (const m of migrations.filter((m) => m.version <= 4)) old.exec(m.sql);
  old.pragma('user_version = 4');
  const insert = old.prepare(`INSERT INTO reports (file_name, format, original, byte_size, bytes_sha256, content_sha256, encoding, text, junk,
      detected, region, region_code, parents, year, doc_type, preferred, extractor_version, imported_at)
    VALUES (?, 'txt', ?, ?, ?, ?, ?, ?, '[]', '{}', '宁都县', '360730', '[]', 2023, '法治政府建设报告', ?, 'v', '2025-01-01')`);
  const plain = '宁都县全年收到行政復議申请52件。';
  const gbk = iconv.encode('宁都县全年办理行政应诉案件17件。'.repeat(20), 'gbk');
  insert.run('a.txt', Buffer.from(plain), 10, 'h1', 'c1', 'utf-8', plain, 1);
  // the old insert-time flag left both unpreferred after a correction: derivation repairs it
  insert.run('b.txt', gbk, gbk.length, 'h2', 'c2', 'gb18030', '宁都县全年办理行政应诉案件17件。'.repeat(20), 0);
  old.close();

  const db = openLibrary(path);
  try {
    const columns = (db.prepare('PRAGMA table_info(reports)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).not.toContain('text');
    expect(columns).not.toContain('original');
    expect(db.prepare('SELECT report_id, compression FROM report_originals').all()).toEqual([{ report_id: 2, compression: 'deflate' }]);
    expect(Buffer.compare(readOriginal(db, 1)!, Buffer.from(plain))).toBe(0);
    expect(Buffer.compare(readOriginal(db, 2)!, gbk)).toBe(0);
    // the user had preferred a.txt in a slot of two: the choice is kept
    expect(db.prepare('SELECT id, preferred FROM reports ORDER BY id').all()).toEqual([{ id: 1, preferred: 1 }, { id: 2, preferred: 0 }]);
    expect(searchReports(db, { query: '复议' }).rows.map((r) => r.id)).toEqual([1]);
    expect(searchReports(db, { query: '应诉' }).total).toBe(1);
  } finally {
    db.close();
  }
});
