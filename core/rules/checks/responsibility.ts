import { z } from 'zod';
import { evidenceKind } from './kind.js';
import { terms } from './params.js';
import { compileTerms } from '../terms.js';
import { checkKey, sentenceEvidence, matchIn } from './sentenceEvidence.js';
import { termHint } from './hints.js';
import { compileConcept } from '../../text/concepts.js';

/**
 * `responsibility:` evidence — a role with an assigned task ("Utredaren bedömer
 * behovet", "Socialchefen ansvarar för rutinerna", "Nämnd: beslutar om
 * programmet"), or a header line naming who is responsible ("För uppföljning av
 * dokumentet ansvarar: Central förvaltning", "Dokumentansvarig: …").
 * "Alla har ett ansvar" names no role and does not count; nor does a negated task.
 */
export const responsibilitySchema = z
  .object({
    roles: terms,
    tasks: terms,
    /** Words that make a sentence a shared, unassigned responsibility ("alla", "samtliga", "gemensamt"). */
    collective: terms.optional(),
    /** Words that make the subject everyone only when they come before the task ("Alla ansvarar …"), not in its object ("… ser till att alla får …"). */
    collectiveSubject: terms.optional(),
    unless: terms.optional(),
  })
  .strict();

/** "X ansvarar:", "Ansvarig för uppföljning:", "Dokumentansvarig:", "Dokumentägare:" at the start of a line, followed by who. */
const HEADER_LINE = /^\s*(?:[\p{L}\p{N} ,-]{0,70}?\s)?(\p{L}*ansvar(?:ar|ig|iga)?|\p{L}*ansvarig|\p{L}+ägare)(?:\s+f(?:o|ö)r\s+[^:]{1,60})?\s*:\s*(\S.*)$/iu;

export const responsibilityKind = evidenceKind({
  name: 'responsibility',
  schema: responsibilitySchema,
  compile(params) {
    // Roles and tasks are matched on the sentence's words (stems, compound heads), not by one huge regex:
    // linear in the words, whatever the length of the lists.
    const roles = compileConcept(params.roles);
    // Word entries are matched as a concept; "re:" entries (a passive with its agent, "äger" but not "äger rum") on the folded sentence.
    const tasks = compileConcept(params.tasks.filter((t) => !t.startsWith('re:')));
    const taskPatterns = params.tasks.filter((t) => t.startsWith('re:'));
    const taskRe = taskPatterns.length ? compileTerms(taskPatterns) : null;
    const collective = params.collective ? compileTerms(params.collective) : null;
    const collectiveSubject = params.collectiveSubject ? compileTerms(params.collectiveSubject) : null;
    const unless = params.unless ? compileTerms(params.unless) : null;
    const key = checkKey('resp');
    const roleHint = termHint(params.roles);
    return sentenceEvidence(
      key,
      (s, block) => {
        if (unless && matchIn(unless, block, s)) return null;
        const header = HEADER_LINE.exec(s.text);
        if (header) {
          const whoAt = s.start + s.text.length - header[2]!.length;
          if (roles.match(s.tokens.filter((t) => t.start >= whoAt))) return { start: s.start, end: s.end, reason: 'rad som anger vem som ansvarar' };
        }
        if (collective && matchIn(collective, block, s)) return null;
        const role = roles.match(s.tokens);
        if (!role) return null;
        // With the verb first ("Därför beslutar enhetschefen om …", "I år ser nämnden till att …") the role
        // stands inside the task's words: the task is also looked for with the role taken out.
        const task = tasks.match(s.tokens) ?? tasks.match(s.tokens.filter((t) => !roles.match([t]))) ?? (taskRe && matchIn(taskRe, block, s));
        if (!task) return null;
        if (collectiveSubject) {
          const everyone = matchIn(collectiveSubject, block, s);
          if (everyone && everyone.start < task.start) return null;
        }
        const clause = s.clauses.find((c) => task.start >= c.start && task.start < c.end);
        if (clause?.negation) return null;
        return { start: Math.min(role.start, task.start), end: Math.max(role.end, task.end), reason: 'en roll med en tilldelad uppgift' };
      },
      { headings: true, prefilter: roleHint },
    );
  },
});
