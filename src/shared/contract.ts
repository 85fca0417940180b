/**
 * The one contract between the renderer and the desktop: every method `window.ashore` offers,
 * with its argument and result types. Main (handlers), preload (bridge) and renderer (callers
 * and the browser-mode implementation) all import it, so a change here is a type error wherever
 * it is not honoured. Values crossing the bridge are plain JSON; money stays a decimal string.
 *
 * This file must not import anything with side effects: the sandboxed preload bundles it.
 */
import type { LenderPacketChoice } from './printRoute';

export interface AppInfo {
  name: string;
  version: string;
  /** 'desktop' in Electron, 'browser' in browser mode (development and end-to-end tests). */
  shell: 'desktop' | 'browser';
  platform: string;
}

/**
 * The kinds of file the app reads and writes: each has its own extension and dialog filter.
 * 'text' (a statement to paste into a lender's chat), 'csv' (a table for a spreadsheet) and
 * 'calendar' (the dues and follow-ups as an iCalendar .ics file) are only ever written.
 */
export const fileKinds = ['scenario', 'backup', 'text', 'csv', 'calendar'] as const;
export type FileKind = (typeof fileKinds)[number];

export interface SaveFileRequest {
  kind: FileKind;
  /** A file name without folder, e.g. "上岸备份-2026-11-21.json". */
  suggestedName: string;
  /** The whole file, UTF-8 text. */
  content: string;
}

export type SaveFileResult = { saved: true; name: string } | { saved: false };

export type OpenFileResult =
  | { opened: true; name: string; content: string }
  | { opened: false; reason: 'canceled' | 'tooLarge' | 'unreadable' };

export interface ExportPdfRequest {
  /** The file name to suggest, e.g. "上岸计划-2026-11-21.pdf". */
  suggestedName: string;
  language: UiLanguage;
  /** The day the plan is made, YYYY-MM-DD, printed in the footer. */
  madeOn: string;
  /** Absent: the whole plan. Present: only the packet for this one lender. */
  lender?: LenderPacketChoice;
  /** The whole plan with the 方案 comparison (issue 14), this 方案 (its id) first. */
  plansFirst?: string;
}

export type ExportPdfResult =
  | { saved: true; name: string }
  | { saved: false; reason: 'canceled' }
  | { saved: false; reason: 'printView' }
  | { saved: false; reason: 'unwritable'; detail: string }
  | { saved: false; reason: 'renderFailed'; detail: string };

/**
 * Files larger than this, in UTF-8 bytes, are neither written nor read: no household comes near
 * it. Bytes, not characters, on both sides, so whatever the app writes it can read back.
 */
export const MAX_OPEN_FILE_BYTES = 20 * 1024 * 1024;

/**
 * 'auto': written at start and after changes. 'safety': the data as it was right before a
 * restore or scenario import replaced it, kept 30 days whatever else is written.
 */
export type AutoBackupKind = 'auto' | 'safety';

/** One automatic backup kept by the desktop shell, newest first in a listing. */
export interface AutoBackupEntry {
  /** The file name, e.g. "ashore-backup-20261121-083000.json": the key to read it back. */
  name: string;
  /** When it was written, ISO 8601 (from the name, local time of the machine). */
  writtenAt: string;
  size: number;
  kind: AutoBackupKind;
}

export type WriteAutoBackupResult =
  | { written: true; name: string; pruned: number }
  | { written: false; reason: 'unsupported' }
  | { written: false; reason: 'unwritable'; detail: string };

/** The languages the UI speaks; the native menu follows the one the user chose. */
export const uiLanguages = ['zh-CN', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** What a native menu item asks the renderer to do. */
export const menuCommands = [
  'importScenario',
  'exportBackup',
  'restoreBackup',
  'exportPdf',
  'exportLenderPacket',
  'about',
  'methodology',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

/** The one channel main uses to send menu commands to the renderer. */
export const menuCommandChannel = 'ashore:menuCommand';
/** The one message the preload sends main unasked: this page now listens for menu commands. */
export const menuReadyChannel = 'ashore:menuReady';

export interface AshoreApi {
  /** Name, version and which shell is running the renderer. */
  getAppInfo(): Promise<AppInfo>;
  /** The operating system's preferred languages (BCP 47), most preferred first. */
  getPreferredLanguages(): Promise<string[]>;
  /** Asks where to save (native dialog / browser download) and writes the file atomically. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Asks for a file of this kind (native dialog / browser file picker) and reads it as text. */
  openFile(request: { kind: FileKind }): Promise<OpenFileResult>;
  /**
   * Prints the plan to a PDF: asks where to save, renders the print view in a hidden window and
   * writes the file atomically. In a browser it opens the print view for the browser's printing.
   */
  exportPdf(request: ExportPdfRequest): Promise<ExportPdfResult>;
  /** Rebuilds the native menu in the UI's language (the browser shell has no menu). */
  setMenuLanguage(language: UiLanguage): Promise<void>;
  /**
   * Calls the listener with each command chosen in the native menu; returns the unsubscribe.
   * Not an IPC call: the preload listens on menuCommandChannel and passes only the command.
   */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * A system notification (the desktop's own, not the web permission). The browser shell shows
   * none and answers false: a web page may not notify without asking, and Ashore never asks.
   */
  notify(request: { title: string; body: string }): Promise<boolean>;
  /**
   * Keeps a backup document (the same JSON as a manual backup) under the app's data folder,
   * written atomically, then prunes old ones (the last 10, plus one a day for 30 days; safety
   * backups for 30 days). The browser shell keeps only safety backups, in its own storage, and
   * answers 'unsupported' to the others.
   */
  writeAutoBackup(request: {
    content: string;
    kind?: AutoBackupKind;
  }): Promise<WriteAutoBackupResult>;
  /** The automatic backups kept, newest first; always empty in the browser shell. */
  listAutoBackups(): Promise<AutoBackupEntry[]>;
  /** Reads one automatic backup by the name listAutoBackups gave. */
  readAutoBackup(request: { name: string }): Promise<OpenFileResult>;
}

/** Members of the API that subscribe to main's messages rather than invoke a handler. */
export type ApiSubscription = 'onMenuCommand';
/** Members of the API that are one ipcRenderer.invoke each, with a handler in main. */
export type ApiMethod = Exclude<keyof AshoreApi, ApiSubscription>;
export type ApiInput<M extends ApiMethod> =
  Parameters<AshoreApi[M]> extends [infer A] ? A : undefined;
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<AshoreApi[M]>>;

/** Every method, listed once, so the preload can build the bridge without knowing the types. */
export const apiMethods = [
  'getAppInfo',
  'getPreferredLanguages',
  'saveFile',
  'openFile',
  'exportPdf',
  'setMenuLanguage',
  'notify',
  'writeAutoBackup',
  'listAutoBackups',
  'readAutoBackup',
] as const satisfies readonly ApiMethod[];

// A compile-time check that the list above names every method of the interface.
type Missing = Exclude<ApiMethod, (typeof apiMethods)[number]>;
const everyMethodListed: [Missing] extends [never] ? true : Missing = true;
void everyMethodListed;

/** The IPC channel that carries one method. */
export function channelOf(method: ApiMethod): string {
  return `ashore:${method}`;
}

/** The key under which the preload exposes the API on `window`. */
export const bridgeKey = 'ashore';
