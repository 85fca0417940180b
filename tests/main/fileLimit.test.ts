import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAutoBackupHandlers } from '../../src/main/autoBackup';
import { createFileHandlers } from '../../src/main/fileHandlers';
import { fitsFileLimit, readTextFileWithin } from '../../src/main/fileLimit';
import { inputSchemas } from '../../src/main/ipcSchemas';
import { MAX_OPEN_FILE_BYTES } from '../../src/shared/contract';

vi.mock('electron', () => ({}));

const folder = () => mkdtempSync(join(tmpdir(), 'ashore-limit-'));
const linux = process.platform === 'linux';

function opening(path: string) {
  const dialog = {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: path })),
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [path] })),
  };
  return createFileHandlers(dialog, () => undefined);
}

describe('the file size limit counts UTF-8 bytes', () => {
  it('counts a Chinese character as three bytes', () => {
    expect(fitsFileLimit('债'.repeat(10), 30)).toBe(true);
    expect(fitsFileLimit('债'.repeat(10), 29)).toBe(false);
    expect(fitsFileLimit('a'.repeat(30), 30)).toBe(true);
  });

  it('refuses to save or auto-back-up a Chinese document the app could not read back', () => {
    // 7 million characters: under the limit counted in characters, 21 MB in UTF-8.
    const text = '债'.repeat(7_000_000);
    expect(text.length).toBeLessThan(MAX_OPEN_FILE_BYTES);
    const save = inputSchemas.saveFile.safeParse({
      kind: 'backup',
      suggestedName: 'b.json',
      content: text,
    });
    expect(save.success).toBe(false);
    const auto = inputSchemas.writeAutoBackup.safeParse({ content: text });
    expect(auto.success).toBe(false);
  });

  it('has the save handler refuse it too, before asking where to save', async () => {
    const dialog = {
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: join(folder(), 'b.json') })),
      showOpenDialog: vi.fn(),
    };
    const handlers = createFileHandlers(dialog, () => undefined);
    const text = '债'.repeat(Math.floor(MAX_OPEN_FILE_BYTES / 3) + 1);
    await expect(
      handlers.saveFile({ kind: 'backup', suggestedName: 'b.json', content: text }),
    ).rejects.toThrow(/larger than the app can read back/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('has the automatic backup refuse it too, writing nothing', async () => {
    const backups = join(folder(), 'backups');
    const content = JSON.stringify({
      format: 'ashore-backup',
      version: 1,
      createdAt: '2026-11-21T08:00:00.000Z',
      appVersion: '0.1.0',
      checksum: 'a'.repeat(64),
      tables: { notes: '债'.repeat(7_000_000) },
    });
    expect(await createAutoBackupHandlers(backups).writeAutoBackup({ content })).toEqual({
      written: false,
      reason: 'unwritable',
      detail: 'larger than the app can read back',
    });
    expect(existsSync(backups)).toBe(false);
  });

  it('reads back a file of exactly the limit in bytes that it wrote', async () => {
    const path = join(folder(), '备份.json');
    // 3-byte characters filling the limit to the last byte.
    const text =
      '债'.repeat(Math.floor(MAX_OPEN_FILE_BYTES / 3)) + 'x'.repeat(MAX_OPEN_FILE_BYTES % 3);
    expect(
      inputSchemas.saveFile.safeParse({ kind: 'backup', suggestedName: 'b', content: text })
        .success,
    ).toBe(true);
    const handlers = opening(path);
    await handlers.saveFile({ kind: 'backup', suggestedName: '备份.json', content: text });
    const read = await handlers.openFile({ kind: 'backup' });
    expect(read.opened && read.content === text).toBe(true);
  });
});

describe('readTextFileWithin', () => {
  it('reads up to the limit and refuses one byte more', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'ten'), '0123456789');
    expect(await readTextFileWithin(join(dir, 'ten'), 10)).toEqual({
      read: true,
      text: '0123456789',
    });
    expect(await readTextFileWithin(join(dir, 'ten'), 9)).toEqual({
      read: false,
      reason: 'tooLarge',
    });
  });

  it.skipIf(!linux)(
    'stops at limit + 1 bytes when the size on disk says nothing (/proc)',
    async () => {
      // /proc files report size 0 however much they hold: a check of the size alone reads it all.
      expect(await readTextFileWithin('/proc/self/maps', 16)).toEqual({
        read: false,
        reason: 'tooLarge',
      });
    },
  );

  it.skipIf(!existsSync('/dev/zero'))(
    'refuses /dev/zero instead of reading it forever',
    async () => {
      await expect(readTextFileWithin('/dev/zero')).rejects.toThrow(/not a regular file/);
      expect(await opening('/dev/zero').openFile({ kind: 'backup' })).toEqual({
        opened: false,
        reason: 'unreadable',
      });
    },
  );

  it.skipIf(process.platform === 'win32')(
    'refuses a FIFO without waiting for a writer',
    async () => {
      const fifo = join(folder(), 'pipe.json');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      expect(await opening(fifo).openFile({ kind: 'scenario' })).toEqual({
        opened: false,
        reason: 'unreadable',
      });
    },
    5_000,
  );

  it('refuses a folder', async () => {
    expect(await opening(folder()).openFile({ kind: 'scenario' })).toEqual({
      opened: false,
      reason: 'unreadable',
    });
  });
});
