const time = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit' });
const dateTime = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

export const formatTime = (iso: string) => time.format(new Date(iso));
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));

/** Swedish collation: å, ä, ö after z. */
export const swedishCollator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });
