import type { BrowserWindowConstructorOptions } from 'electron';

/** The one place window options are made, so every window gets the hardened settings (tested). */
export function createWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 920,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Styrdok',
    backgroundColor: '#f3f5f7',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

export const APP_ORIGIN = 'app://styrdok';

/** Only pages served by our own protocol may call the back end. */
export function isTrustedUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'app:' && parsed.host === 'styrdok';
  } catch {
    return false;
  }
}

/** Requests the app may make: its own protocol, and DevTools when opened by hand. */
export function isAllowedRequest(url: string): boolean {
  return isTrustedUrl(url) || url.startsWith('devtools://');
}
