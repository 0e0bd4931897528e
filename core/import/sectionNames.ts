/**
 * Section names that Swedish municipal documents of the four kinds use as
 * headings. A line that is exactly one of these (case and a trailing colon
 * aside) is a heading even where the text around it is badly wrapped. Data,
 * defined once; lower case.
 */
export const SECTION_NAMES: readonly string[] = [
  'inledning', 'bakgrund', 'syfte', 'mål', 'syfte och mål', 'mål och syfte', 'sammanfattning', 'förslag till beslut',
  'beslut', 'ärendet', 'ärendebeskrivning', 'beskrivning av ärendet', 'beredning', 'ärendets beredning',
  'bedömning', 'förvaltningens bedömning', 'förvaltningens yttrande', 'yttrande', 'ekonomisk bedömning',
  'ekonomiska konsekvenser', 'konsekvenser', 'barnrättsperspektiv', 'barnperspektiv', 'barnkonsekvensanalys',
  'jämställdhetsanalys', 'jämställdhetsperspektiv', 'bilagor', 'bilaga', 'beslutsunderlag', 'beslutet skickas till',
  'beslut sänds till', 'ansvar', 'ansvarsfördelning', 'roller och ansvar', 'målgrupp', 'målgrupper', 'definitioner',
  'begrepp', 'definitioner av begrepp', 'lagstöd', 'lagrum', 'uppföljning', 'uppföljning och utvärdering',
  'samverkan', 'handlingsplan', 'synpunkter', 'synpunkter och förslag', 'referenser', 'källor', 'ekonomiskt stöd',
  'former av stöd', 'stödformer', 'utgångspunkter', 'giltighet', 'motivering', 'förslag', 'remissvar', 'förord',
  'innehåll', 'innehållsförteckning',
  // Headings of remissvar and motionssvar (several words, so never mistaken for a word in running text).
  'sammanfattande synpunkter', 'sammanfattande bedömning', 'förvaltningens synpunkter', 'konsekvenser för jämställdhet',
  'bifogade handlingar', 'sista svarsdag', 'motionens förslag', 'motionärens förslag', 'ekonomiska aspekter',
];

const NAMES = new Set(SECTION_NAMES);

export function isSectionName(line: string): boolean {
  return NAMES.has(line.replace(/:$/, '').trim().toLowerCase());
}

/** Actors a responsibility section is split by; a heading naming one under "Ansvar…" is a subsection. */
export const ACTOR_HEADING = /(nämnd|styrelse|fullmäktige|chef|samordnare|konsulent|förvaltning|personal|medarbetare|handläggare|ombud|enhet|region|kommun|vårdcentral|primärvård|utförare)/iu;
