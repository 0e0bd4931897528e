import { contextBridge, ipcRenderer } from 'electron';
import { bridgeFor } from './bridge.js';

// The renderer gets exactly two functions; nothing from Node or Electron leaks through.
contextBridge.exposeInMainWorld('styrdok', bridgeFor(ipcRenderer));
