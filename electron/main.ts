import { app, BrowserWindow, Menu, dialog, ipcMain, protocol, session } from 'electron';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startBackend, type Backend } from './backend.js';
import { appProtocolResponse } from './appProtocol.js';
import { claimSingleInstance, hardenApp, hardenSession, hardenWebContents } from './hardening.js';
import { exportFileName } from './fileNames.js';
import { createWindowOptions, APP_ORIGIN } from './windowOptions.js';
import { createFlushHandler, createIpcHandler, CALL_CHANNEL, FLUSH_CHANNEL } from './ipc.js';
import { buildMenuTemplate } from './menu.js';
import { ENGINE_V8_FLAGS } from '../core/rules/engineFlags.js';

// Bundled to dist/electron/main.cjs: the app root is two folders up.
const appRoot = resolve(__dirname, '..', '..');
const rendererDir = join(appRoot, 'dist', 'renderer');
/** better-sqlite3 built for Electron's ABI by scripts/electron-native.mjs (npm start runs it). */
const electronSqlite = join(appRoot, 'dist', 'native-electron', 'better_sqlite3.node');

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;

hardenApp(app);
// The review worker in the renderer runs the rule engine: the same V8 flags as the command line (before any window).
app.commandLine.appendSwitch('js-flags', ENGINE_V8_FLAGS.join(' '));
// A second start hands over to the running app, which comes to the front.
const isFirstInstance = claimSingleInstance(app, () => mainWindow);

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

function createWindow(): void {
  const win = new BrowserWindow(createWindowOptions(join(__dirname, 'preload.cjs')));
  mainWindow = win;
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

app.whenReady().then(() => {
  if (!isFirstInstance) return;
  const ses = session.defaultSession;
  hardenSession(ses);
  // Exports always go through the save dialog (which asks before replacing a file), under a safe name.
  ses.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({ title: 'Spara som', defaultPath: join(app.getPath('documents'), exportFileName(item.getFilename(), 'docx')) });
  });

  protocol.handle('app', (request) => appProtocolResponse(rendererDir, request.url));

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
