import { createRoot } from 'react-dom/client';
import 'prosemirror-view/style/prosemirror.css';
import 'prosemirror-tables/style/tables.css';
import 'prosemirror-gapcursor/style/gapcursor.css';
import './styles.css';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(<App />);
