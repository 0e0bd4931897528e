// The help text lives apart so that `styrdok --help` answers without loading the engine.
export const HELP = `Användning: styrdok <kommando> [flaggor] FIL...

Kommandon:
  check FIL...     Kontrollerar att dokumenten innehåller det de ska (.docx, .txt, .md, .pdf)
  outline FIL...   Visar metadata, föreslagen dokumenttyp och rubriker (med --json som JSON)
  export FIL -o UT.docx            Exporterar ett dokument till Word
  compare GAMMAL NY [-o UT.docx]   Jämför två versioner; med -o som Word-fil med spårade ändringar

Flaggor för check:
  --kind TYP       riktlinje, program, motionssvar eller remissvar (annars upptäcks typen)
  --date ÅÅÅÅ-MM-DD  Dokumentets datum (annars från dokumentet, annars dagens datum)
  --pack MAPP      En egen mapp med regelpaket (kan anges flera gånger)
  --json           Skriv resultatet som JSON

Flaggor för export och compare:
  -o FIL           Word-filen som skrivs (en befintlig fil skrivs inte över utan --force)
  --force          Skriv över FIL om den redan finns
  --author NAMN    Namnet på ändringarna i Word (annars "Styrdok")

Slutkod: 0 allt finns, 1 något krav med allvarlighet fel saknas, 2 någon fil kunde inte läsas.
`;

export const VERSION = 'styrdok 0.1.0\n';
