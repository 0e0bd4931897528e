import type { MenuItemConstructorOptions } from 'electron';

/** The Swedish application menu; a plain function so it can be tested without Electron. */
export function buildMenuTemplate(actions: { showAbout: () => void; isMac: boolean }): MenuItemConstructorOptions[] {
  return [
    {
      label: 'Arkiv',
      submenu: [
        { role: 'close', label: 'Stäng fönstret' },
        { type: 'separator' },
        { role: 'quit', label: 'Avsluta Styrdok' },
      ],
    },
    {
      label: 'Redigera',
      submenu: [
        { role: 'undo', label: 'Ångra' },
        { role: 'redo', label: 'Gör om' },
        { type: 'separator' },
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopiera' },
        { role: 'paste', label: 'Klistra in' },
        { role: 'pasteAndMatchStyle', label: 'Klistra in som oformaterad text' },
        { role: 'selectAll', label: 'Markera allt' },
      ],
    },
    {
      label: 'Visa',
      submenu: [
        { role: 'reload', label: 'Läs in igen' },
        { type: 'separator' },
        { role: 'zoomIn', label: 'Zooma in' },
        { role: 'zoomOut', label: 'Zooma ut' },
        { role: 'resetZoom', label: 'Normal storlek' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Helskärm' },
      ],
    },
    {
      label: 'Hjälp',
      submenu: [{ label: 'Om Styrdok', click: actions.showAbout }],
    },
  ];
}
