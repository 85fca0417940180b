import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import type * as Fs from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from '../../src/main/atomicWrite';
import { createAutoBackupHandlers } from '../../src/main/autoBackup';
import { autoBackupName } from '../../src/main/backupRetention';

vi.mock('electron', () => ({}));

/** The file system calls that make a write durable, in the order they happened. */
const calls: string[] = [];

// The real file system, with the calls that matter recorded on the way through.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  return {
    ...fs,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        calls.push(`sync ${String(args[0])}`);
        return sync();
      };
      return handle;
    },
    rename: async (from: string, to: string) => {
      calls.push(`rename ${to}`);
      return fs.rename(from, to);
    },
    unlink: async (path: string) => {
      calls.push(`unlink ${path}`);
      return fs.unlink(path);
    },
  };
});
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  return {
    ...fs,
    fsyncSync: (fd: number) => {
      calls.push('fsync');
      fs.fsyncSync(fd);
    },
    renameSync: (from: string, to: string) => {
      calls.push(`rename ${to}`);
      fs.renameSync(from, to);
    },
  };
});

const folder = () => mkdtempSync(join(tmpdir(), 'ashore-atomic-'));
const posix = process.platform !== 'win32';
const modeOf = (path: string) => statSync(path).mode & 0o777;

beforeEach(() => {
  calls.length = 0;
});

describe.each([
  ['writeFileAtomic', writeFileAtomic],
  [
    'writeFileAtomicSync',
    async (path: string, content: string) => writeFileAtomicSync(path, content),
  ],
] as const)('%s', (_name, write) => {
  it('flushes the new file to the disk before renaming it over the old one', async () => {
    const target = join(folder(), 'plan.json');
    await write(target, '{}');
    const rename = calls.indexOf(`rename ${target}`);
    expect(rename).toBeGreaterThan(0);
    expect(calls.slice(0, rename).some((call) => call.startsWith('sync') || call === 'fsync')).toBe(
      true,
    );
  });

  it.skipIf(!posix)('creates a new file readable by its owner only', async () => {
    const target = join(folder(), 'new.json');
    await write(target, '{}');
    expect(modeOf(target)).toBe(0o600);
  });

  it.skipIf(!posix)('keeps the mode an existing file had', async () => {
    const target = join(folder(), 'shared.json');
    writeFileSync(target, 'old');
    chmodSync(target, 0o664);
    await write(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(modeOf(target)).toBe(0o664);
  });

  it.skipIf(!posix)(
    'refuses to replace a symbolic link, and leaves link and target alone',
    async () => {
      const dir = folder();
      const real = join(dir, 'real.json');
      const link = join(dir, 'link.json');
      writeFileSync(real, 'kept');
      symlinkSync(real, link);
      await expect(write(link, 'new')).rejects.toThrow(/symbolic link/);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readlinkSync(link)).toBe(real);
      expect(readFileSync(real, 'utf8')).toBe('kept');
      expect(readdirSync(dir).sort()).toEqual(['link.json', 'real.json']);
    },
  );
});

describe('automatic backups', () => {
  it.skipIf(!posix)('flush the folder after writing and before pruning an old backup', async () => {
    const parent = folder();
    const backups = join(parent, 'backups');
    const handlers = createAutoBackupHandlers(backups, () => new Date(2026, 10, 21, 9, 0, 0));
    // Eleven backups of today: writing one more prunes the oldest.
    const envelope = JSON.stringify({
      format: 'ashore-backup',
      version: 1,
      createdAt: '2026-11-21T08:00:00.000Z',
      appVersion: '0.1.0',
      checksum: 'a'.repeat(64),
      tables: {},
    });
    await import('node:fs/promises').then((fs) => fs.mkdir(backups));
    for (let minute = 0; minute < 11; minute += 1) {
      writeFileSync(join(backups, autoBackupName(new Date(2026, 10, 21, 8, minute, 0))), envelope);
    }
    calls.length = 0;
    expect(await handlers.writeAutoBackup({ content: envelope })).toMatchObject({ pruned: 2 });
    const folderSync = calls.indexOf(`sync ${backups}`);
    const firstUnlink = calls.findIndex((call) => call.startsWith('unlink'));
    expect(folderSync).toBeGreaterThan(
      calls.indexOf(`rename ${join(backups, autoBackupName(new Date(2026, 10, 21, 9, 0, 0)))}`),
    );
    expect(firstUnlink).toBeGreaterThan(folderSync);
  });
});
