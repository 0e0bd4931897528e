import { UserError } from '../core/errors.js';

/** One Swedish reason for a failed read or write, never a stack trace. */
export function errorReason(e: unknown): string {
  if (e instanceof UserError) return e.message;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'filen eller mappen finns inte';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'får inte läsas eller skrivas (behörighet saknas)';
  if (code === 'EISDIR') return 'är en mapp, inte en fil';
  return 'filen kunde inte läsas eller skrivas';
}
