/**
 * Child process for the crash test: the real store, writing without pause.
 * Prints one line per completed write, after the call returned:
 *   autosave <counter>            the working copy now holds <counter>
 *   version <id> <counter>        a version of the working copy at <counter>
 * The parent kills this process with SIGKILL at a random moment.
 */
import { openDatabase } from '../../electron/store/openDatabase.js';
import { DocumentStore } from '../../electron/store/documentStore.js';

const dataDir = process.argv[2]!;
const { db } = openDatabase(dataDir);
const store = new DocumentStore(db);

const bodyAt = (counter: number) => ({
  type: 'doc',
  content: Array.from({ length: 1 + (counter % 150) }, (_, i) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: `Stycke ${i} i utkast ${counter}: nämnden erbjuder stöd till den som vårdar en närstående.` }],
  })),
});

let id = store.getSetting('crash.documentId');
if (!id || !store.getDocument(id)) {
  id = store.createDocument({ kind: 'riktlinje', title: 'Krocktest', metadata: { title: 'Krocktest', counter: '0' }, body: bodyAt(0) }).id;
  store.setSetting('crash.documentId', id);
}
let counter = Number(store.getDocument(id)!.metadata.counter ?? 0);
process.stdout.write(`ready ${counter}\n`);

for (;;) {
  counter++;
  store.saveDocument(id, 'Krocktest', { title: 'Krocktest', counter: String(counter) }, bodyAt(counter));
  process.stdout.write(`autosave ${counter}\n`);
  if (counter % 8 === 0) {
    const version = store.saveVersion(id, `Version ${counter}`)!;
    process.stdout.write(`version ${version.id} ${counter}\n`);
  }
}
