import { type BrowserWindow, dialog } from 'electron';
import type { UiLanguage } from '../shared/contract';

const texts: Record<UiLanguage, Record<'leave' | 'stay' | 'message' | 'detail', string>> = {
  'zh-CN': {
    leave: '关闭',
    stay: '留下',
    message: '还有没保存的内容。',
    detail: '草稿已经留在这台电脑上，下次打开时还在；但它还没有保存进计划。仍要关闭吗？',
  },
  en: {
    leave: 'Close',
    stay: 'Stay',
    message: 'Something you typed is not saved yet.',
    detail:
      'The draft is kept on this computer and will be there next time, but it is not in your plan yet. Close anyway?',
  },
};

/**
 * With a form half-typed, the renderer's beforeunload asks to stay. A browser turns that into
 * its "Leave site?" question; Electron only refuses to close, which would leave the window
 * impossible to close. This asks natively instead, in the UI's language, and closes on "Close".
 */
export function askBeforeClosingWithUnsavedWork(
  window: BrowserWindow,
  language: () => UiLanguage,
): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const text = texts[language()];
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: [text.leave, text.stay],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
      message: text.message,
      detail: text.detail,
    });
    // Preventing will-prevent-unload's default ignores the renderer's beforeunload: it closes.
    if (choice === 0) event.preventDefault();
  });
}
