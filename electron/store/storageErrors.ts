import { CodedUserError, type ApiHandlers } from '../../core/api.js';

/**
 * SQLite's result codes for a disk or file that cannot take a write, and what
 * the user is told. A failed write is rolled back by SQLite, so what was stored
 * before stays as it was; the renderer keeps the text in memory and retries.
 */
const MESSAGES: [RegExp, string][] = [
  [/^SQLITE_FULL/, 'Disken är full, så ändringarna kunde inte sparas. Frigör utrymme; Styrdok försöker igen och behåller texten under tiden.'],
  [/^SQLITE_READONLY/, 'Databasfilen är skrivskyddad, så ändringarna kunde inte sparas. Styrdok försöker igen och behåller texten under tiden.'],
  [/^SQLITE_(IOERR|CANTOPEN)/, 'Databasfilen kunde inte skrivas (fel vid läsning eller skrivning på disken). Styrdok försöker igen och behåller texten under tiden.'],
  [/^SQLITE_(BUSY|LOCKED)/, 'Databasen är upptagen av ett annat program. Styrdok försöker igen och behåller texten under tiden.'],
  [/^SQLITE_CORRUPT|^SQLITE_NOTADB/, 'Databasfilen verkar skadad, så ändringarna kunde inte sparas. Texten finns kvar i fönstret; exportera den till Word för säkerhets skull.'],
];

/** The Swedish message for a storage failure, or null for any other error. */
export function storageProblem(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  return MESSAGES.find(([re]) => re.test(code))?.[1] ?? null;
}

/** Wraps every handler so that a storage failure reaches the user as a Swedish message with code 'storage'. */
export function withStorageErrors(handlers: ApiHandlers): ApiHandlers {
  const wrapped: Record<string, (input: unknown) => unknown> = {};
  for (const [method, handler] of Object.entries(handlers) as [string, (input: unknown) => unknown][]) {
    wrapped[method] = async (input) => {
      try {
        return await handler(input);
      } catch (e) {
        const message = storageProblem(e);
        if (message) throw new CodedUserError(message, 'storage');
        throw e;
      }
    };
  }
  return wrapped as unknown as ApiHandlers;
}
