import { describe, expect, it, vi } from 'vitest';
import { menuCommands } from '../../../src/shared/contract';
import { registerCommandHandler, requestCommand } from '../../../src/renderer/app/commandRequests';
import { destinationOf } from '../../../src/renderer/app/useMenuCommands';

vi.mock('../../../src/renderer/platform/ashore', () => ({ ashore: {} }));

describe('menu command requests', () => {
  it('runs the command at once when its handler is mounted', () => {
    const run = vi.fn();
    const unregister = registerCommandHandler('exportBackup', run);
    requestCommand('exportBackup');
    expect(run).toHaveBeenCalledTimes(1);
    unregister();
  });

  it('keeps a command until its handler mounts (after the menu navigated there), once', () => {
    requestCommand('restoreBackup', 1_000);
    const run = vi.fn();
    const unregister = registerCommandHandler('restoreBackup', run, 1_500);
    expect(run).toHaveBeenCalledTimes(1);
    unregister();
    const again = vi.fn();
    registerCommandHandler('restoreBackup', again, 1_600)();
    expect(again).not.toHaveBeenCalled();
  });

  it('drops a command nobody took within ten seconds: no surprise export later', () => {
    requestCommand('exportPdf', 0);
    const run = vi.fn();
    registerCommandHandler('exportPdf', run, 10_001)();
    expect(run).not.toHaveBeenCalled();
  });

  it('gives a pending command only to its own handler', () => {
    requestCommand('importScenario', 0);
    const other = vi.fn();
    registerCommandHandler('exportBackup', other, 1)();
    expect(other).not.toHaveBeenCalled();
    const own = vi.fn();
    registerCommandHandler('importScenario', own, 2)();
    expect(own).toHaveBeenCalledTimes(1);
  });

  it('stops running a handler once it unmounts', () => {
    const run = vi.fn();
    registerCommandHandler('exportBackup', run)();
    requestCommand('exportBackup');
    expect(run).not.toHaveBeenCalled();
    registerCommandHandler('exportBackup', vi.fn(), Number.MAX_SAFE_INTEGER)();
  });
});

describe('where menu commands lead', () => {
  it.each([
    ['importScenario', 'data', true],
    ['exportBackup', 'data', true],
    ['restoreBackup', 'data', true],
    ['exportPdf', 'home', true],
    ['exportLenderPacket', 'negotiation', true],
    ['about', 'settings', false],
    ['methodology', 'methodology', false],
  ] as const)('%s → #/%s (acts: %s)', (command, route, acts) => {
    expect(destinationOf(command)).toEqual({ route, acts });
  });

  it('covers every command', () => {
    for (const command of menuCommands) expect(destinationOf(command)).toBeDefined();
  });
});
