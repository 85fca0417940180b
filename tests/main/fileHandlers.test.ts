import { chmodSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../src/main/atomicWrite';
import { createFileHandlers } from '../../src/main/fileHandlers';
import { MAX_OPEN_FILE_BYTES } from '../../src/shared/contract';

vi.mock('electron', () => ({}));

const folder = () => mkdtempSync(join(tmpdir(), 'ashore-files-'));

function handlersWith(choice: { save?: string; open?: string }) {
  const dialog = {
    showSaveDialog: vi.fn(async () =>
      choice.save ? { canceled: false, filePath: choice.save } : { canceled: true, filePath: '' },
    ),
    showOpenDialog: vi.fn(async () =>
      choice.open
        ? { canceled: false, filePaths: [choice.open] }
        : { canceled: true, filePaths: [] },
    ),
  };
  return { dialog, handlers: createFileHandlers(dialog, () => undefined) };
}

describe('saveFile', () => {
  it('writes the content where the user chose, replacing an older file whole', async () => {
    const dir = folder();
    const target = join(dir, '上岸备份.json');
    writeFileSync(target, 'old');
    const { handlers, dialog } = handlersWith({ save: target });
    const result = await handlers.saveFile({
      kind: 'backup',
      suggestedName: '上岸备份.json',
      content: '{"新":1}',
    });
    expect(result).toEqual({ saved: true, name: '上岸备份.json' });
    expect(readFileSync(target, 'utf8')).toBe('{"新":1}');
    expect(readdirSync(dir)).toEqual(['上岸备份.json']);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: '上岸备份.json' }),
    );
  });

  it('offers a calendar as an .ics file', async () => {
    const target = join(folder(), 'ashore-dues.ics');
    const { handlers, dialog } = handlersWith({ save: target });
    const content = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';
    await handlers.saveFile({ kind: 'calendar', suggestedName: 'ashore-dues.ics', content });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [{ name: '日历 iCalendar', extensions: ['ics'] }] }),
    );
    expect(readFileSync(target, 'utf8')).toBe(content);
  });

  it('writes nothing when the user cancels', async () => {
    const { handlers } = handlersWith({});
    expect(
      await handlers.saveFile({ kind: 'scenario', suggestedName: 'a.json', content: 'x' }),
    ).toEqual({
      saved: false,
    });
  });

  it('fails clearly on an unwritable folder and leaves no partial file', async () => {
    const dir = folder();
    chmodSync(dir, 0o500);
    const { handlers } = handlersWith({ save: join(dir, 'plan.json') });
    // Root ignores folder permissions; a missing folder fails for everyone.
    const missing = handlersWith({ save: join(dir, 'no-such-folder', 'plan.json') });
    await expect(
      missing.handlers.saveFile({ kind: 'scenario', suggestedName: 'plan.json', content: 'x' }),
    ).rejects.toThrow(/ENOENT/);
    if (process.getuid?.() !== 0) {
      await expect(
        handlers.saveFile({ kind: 'scenario', suggestedName: 'plan.json', content: 'x' }),
      ).rejects.toThrow();
    }
    chmodSync(dir, 0o700);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writeFileAtomic', () => {
  it('removes its temporary file when the rename fails', async () => {
    const dir = folder();
    // A directory at the target path makes rename fail after the temporary file is written.
    const target = join(dir, 'target');
    await import('node:fs/promises').then((fs) =>
      fs.mkdir(join(target, 'inside'), { recursive: true }),
    );
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['target']);
  });
});

describe('openFile', () => {
  it('reads the chosen file as text', async () => {
    const dir = folder();
    const path = join(dir, '情景.json');
    writeFileSync(path, '{"version":1}');
    const { handlers } = handlersWith({ open: path });
    expect(await handlers.openFile({ kind: 'scenario' })).toEqual({
      opened: true,
      name: '情景.json',
      content: '{"version":1}',
    });
  });

  it('reports cancel, unreadable and oversized files without throwing', async () => {
    expect(await handlersWith({}).handlers.openFile({ kind: 'backup' })).toEqual({
      opened: false,
      reason: 'canceled',
    });
    const dir = folder();
    expect(
      await handlersWith({ open: join(dir, 'gone.json') }).handlers.openFile({ kind: 'backup' }),
    ).toEqual({ opened: false, reason: 'unreadable' });
    const big = join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(MAX_OPEN_FILE_BYTES + 1, 32));
    expect(await handlersWith({ open: big }).handlers.openFile({ kind: 'backup' })).toEqual({
      opened: false,
      reason: 'tooLarge',
    });
  });
});
