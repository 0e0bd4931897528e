import { app, BrowserWindow, Menu, dialog, ipcMain, protocol, session } from 'electron';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startBackend, type Backend } from './backend.js';
import { SECURITY_HEADERS } from './csp.js';
import { readRendererFile } from './staticFiles.js';
import { createWindowOptions, isAllowedRequest, APP_ORIGIN } from './windowOptions.js';
import { createFlushHandler, createIpcHandler, CALL_CHANNEL, FLUSH_CHANNEL } from './ipc.js';
import { buildMenuTemplate } from './menu.js';

// Bundled to dist/electron/main.cjs: the app root is two folders up.
const appRoot = resolve(__dirname, '..', '..');
const rendererDir = join(appRoot, 'dist', 'renderer');
/** better-sqlite3 built for Electron's ABI by scripts/electron-native.mjs (npm start runs it). */
const electronSqlite = join(appRoot, 'dist', 'native-electron', 'better_sqlite3.node');

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

let backend: Backend | null = null;

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (e) => e.preventDefault());
  contents.on('will-redirect', (e) => e.preventDefault());
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

function createWindow(): void {
  const win = new BrowserWindow(createWindowOptions(join(__dirname, 'preload.cjs')));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

app.whenReady().then(() => {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));

  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'styrdok' ? await readRendererFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Finns inte', { status: 404, headers: SECURITY_HEADERS });
    return new Response(new Uint8Array(file.body), { headers: { ...SECURITY_HEADERS, 'Content-Type': file.type } });
  });

  const dataDir = process.env.STYRDOK_DATA_DIR ?? app.getPath('userData');
  try {
    backend = startBackend(appRoot, dataDir, { nativeBinding: existsSync(electronSqlite) ? electronSqlite : undefined });
  } catch (e) {
    dialog.showErrorBox('Styrdok kunde inte starta', `${(e as Error).message}\n\nKör "npm start" igen, så byggs databasmodulen för Electron.`);
    app.exit(1);
    return;
  }
  ipcMain.handle(CALL_CHANNEL, createIpcHandler(backend.services));
  ipcMain.on(FLUSH_CHANNEL, createFlushHandler(backend.services));

  const isMac = process.platform === 'darwin';
  const showAbout = () =>
    void dialog.showMessageBox({ type: 'info', title: 'Om Styrdok', message: 'Styrdok', detail: `Version ${app.getVersion()}. Allt sparas lokalt i ${dataDir}.` });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ showAbout, isMac })));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  backend?.close();
  backend = null;
  if (process.platform !== 'darwin') app.quit();
});
