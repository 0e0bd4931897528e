import { isAllowedRequest, APP_ORIGIN } from './windowOptions.js';

/**
 * Session and web-contents hardening as plain functions over the small parts
 * of Electron's API they use, so the tests can drive them without Electron.
 */

/** Where Chromium would fetch spell-check dictionaries: our own protocol, which serves none. No network, ever. */
export const DICTIONARY_URL = `${APP_ORIGIN}/ordlistor/`;

interface PreventableEvent {
  preventDefault(): void;
}

export interface HardenableContents {
  on(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview' | 'will-frame-navigate', listener: (e: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Every web contents: no navigation away, no redirects, no webviews, no new windows. */
export function hardenWebContents(contents: HardenableContents): void {
  const refuse = (e: PreventableEvent) => e.preventDefault();
  contents.on('will-navigate', refuse);
  contents.on('will-frame-navigate', refuse);
  contents.on('will-redirect', refuse);
  contents.on('will-attach-webview', refuse);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export interface HardenableSession {
  setPermissionRequestHandler(handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void;
  setDevicePermissionHandler?(handler: (...args: unknown[]) => boolean): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
  setSpellCheckerLanguages?(languages: string[]): void;
  webRequest: { onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void };
}

/** Every permission refused, every request outside app:// cancelled, dictionaries never downloaded. */
export function hardenSession(ses: HardenableSession): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler?.(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  ses.setSpellCheckerDictionaryDownloadURL(DICTIONARY_URL);
}

/** Before the app is ready: every renderer sandboxed, whatever a window's options say. */
export function hardenApp(app: { enableSandbox(): void }): void {
  app.enableSandbox();
}

export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

/**
 * One Styrdok per user: two processes writing one database would fight over
 * it. A second start quits and the running one comes to the front. Returns
 * false in the process that must quit.
 */
export function claimSingleInstance(app: SingleInstanceApp, mainWindow: () => FocusableWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = mainWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  return true;
}
