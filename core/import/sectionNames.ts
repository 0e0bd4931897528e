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
  'sammanfattande synpunkter', 'sammanfattande bedömning', 'sammanfattande kommentarer', 'sammanfattande ställningstagande',
  'sammanfattande ställningstaganden', 'övergripande bedömning', 'övergripande synpunkter', 'övergripande ställningstagande', 'förvaltningens synpunkter', 'konsekvenser för jämställdhet',
  'bifogade handlingar', 'sista svarsdag', 'motionens förslag', 'motionärens förslag', 'ekonomiska aspekter',
  // Labels of a motionssvar's distribution list (a list of receivers follows, often without a "Beslutet skickas till").
  'beslutet ska skickas till', 'beslut skickas till', 'beslutet expedieras till', 'expedieras till', 'expedieras', 'expediering', 'sändlista',
  'beslutet delges', 'delges', 'beslutsexpediering', 'skickas till', 'sänds till', 'protokollsutdrag till', 'protokollsutdrag skickas till', 'kopia till', 'för kännedom till', 'för kännedom',
  // Other names of a motionssvar's or remissvar's sections.
  'kort sammanfattning', 'motionens innehåll', 'motionens yrkanden', 'motionärens yrkande', 'motionärernas förslag', 'ekonomiska följder',
  'ekonomiska effekter', 'ekonomisk påverkan', 'kostnader', 'finansiering', 'ekonomi', 'kostnadsberäkning',
  'svarsdatum', 'remisstid', 'svarstid', 'svar senast',
];

const NAMES = new Set(SECTION_NAMES);

export function isSectionName(line: string): boolean {
  return NAMES.has(line.replace(/:$/, '').trim().toLowerCase());
}

/**
 * Sections that open with a longer wording ("Bakgrund till remissen", "Nämndens synpunkter")
 * and that no document title starts with (unlike "Förslag till …", "Ekonomiskt stöd till …").
 */
const LONG_FORM = new Set(['sammanfattning', 'bakgrund', 'synpunkter', 'bedömning', 'yttrande', 'ärendet', 'ärendebeskrivning',
  'beredning', 'konsekvenser', 'bilagor', 'bilaga', 'inledning', 'jämställdhetsanalys', 'motivering', 'ställningstagande']);

/** A summary named by how it is told: "Våra synpunkter i sammandrag", "Kommunens ställningstagande i korthet". */
const IN_SHORT = /^\p{L}+(?: \p{L}+){0,2} i (?:korthet|sammandrag)$/u;

/** A section name qualified by what it is about: "Bakgrund till remissen", "Sammanfattning av synpunkterna". */
const QUALIFIED = /^(\p{L}+(?: \p{L}+)?) (?:till|av|om|på|kring|från|över|för|med|och) /u;
/** A section name owned by the one who writes: "Nämndens synpunkter", "Förvaltningens samlade bedömning". */
const OWNED = /^\p{L}+s (?:\p{L}+ )?(\p{L}+(?: \p{L}+)?)$/u;

/**
 * Does a line name a section, also in a longer wording ("Bakgrund till remissen",
 * "Nämndens synpunkter")? Such a first line opens a section, so it is not the
 * document's title (taking it as the title would drop the section's heading).
 */
export function namesSection(line: string): boolean {
  if (isSectionName(line)) return true;
  const t = line.replace(/:$/, '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (IN_SHORT.test(t)) return true;
  const head = QUALIFIED.exec(t)?.[1];
  if (head && [head, head.split(' ')[0]!].some((h) => LONG_FORM.has(h))) return true;
  const tail = OWNED.exec(t)?.[1];
  return !!tail && [tail, tail.split(' ').pop()!].some((h) => LONG_FORM.has(h));
}

/** Actors a responsibility section is split by; a heading naming one under "Ansvar…" is a subsection. */
export const ACTOR_HEADING = /(nämnd|styrelse|fullmäktige|chef|samordnare|konsulent|förvaltning|personal|medarbetare|handläggare|ombud|enhet|region|kommun|vårdcentral|primärvård|utförare)/iu;
