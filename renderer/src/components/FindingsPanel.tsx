import { useState } from 'react';
import type { CheckResult, Finding, RequirementResult } from '../../../core/rules/engine.js';

const SEVERITY: Record<string, string> = { fel: 'Fel', varning: 'Varning', info: 'Info' };

/**
 * The review: the checklist of required content (missing first, each with its
 * reason, source and a fix where the template has the section), then the other
 * findings. Everything is a button that takes the writer to the place.
 */
export function FindingsPanel(props: {
  result: CheckResult | null;
  canInsert: (req: RequirementResult) => boolean;
  /** Where the template's (still empty) section for a requirement already is, if it is there. */
  sectionPosFor: (req: RequirementResult) => number | null;
  onInsert: (req: RequirementResult) => void;
  onJump: (pos: number) => void;
  /** Applies a finding's replacement (the one-click fix). */
  onReplace: (finding: Finding) => void;
  /** Set when the review runs only when asked (a very big document): starts a check. */
  onDemand?: () => void;
}) {
  const { result } = props;
  const [shown, setShown] = useState(FINDINGS_PAGE);
  const onDemand = props.onDemand && <OnDemandReview result={result} onCheck={props.onDemand} />;
  if (!result) {
    return (
      <section className="findings" aria-labelledby="findings-title">
        <h2 id="findings-title">Granskning</h2>
        {onDemand ?? <p className="empty" role="status">Granskar…</p>}
      </section>
    );
  }
  const missing = result.requirements.filter((r) => r.status === 'missing');
  const present = result.requirements.filter((r) => r.status === 'present');
  return (
    <section className="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">Granskning</h2>
      {onDemand}
      <p className="findings-summary" role="status" aria-live="polite">
        {present.length} av {result.requirements.length} krav uppfyllda{result.findings.length ? `, ${otherFindings(result.findings.length)}` : ''}
      </p>
      <ul className="checklist">
        {missing.map((r) => (
          <li key={r.id} className={`missing severity-${r.severity}`} data-requirement={r.id}>
            <span className="mark" aria-hidden="true" />
            <div>
              <p className="req-title">
                {r.title} <span className={`badge badge-${r.severity}`}>{SEVERITY[r.severity]}</span>
                <span className="visually-hidden"> saknas</span>
              </p>
              <p className="req-message">{r.message}</p>
              <details>
                <summary>Varför?</summary>
                <p>{r.explanation}</p>
                <p className="source">Källa: {r.source}</p>
              </details>
              {r.insertAfter && <p className="where">Hör hemma efter ”{r.insertAfter}”.</p>}
              {props.sectionPosFor(r) !== null ? (
                <button type="button" onClick={() => props.onJump(props.sectionPosFor(r)! + 1)}>
                  Gå till avsnittet
                </button>
              ) : (
                props.canInsert(r) && (
                  <button type="button" onClick={() => props.onInsert(r)}>
                    Infoga avsnitt
                  </button>
                )
              )}
            </div>
          </li>
        ))}
        {present.map((r) => (
          <li key={r.id} className="present" data-requirement={r.id}>
            <span className="mark" aria-hidden="true" />
            <div>
              {r.evidence && 'from' in r.evidence ? (
                <button type="button" className="link" onClick={() => props.onJump((r.evidence as { from: number }).from)}>
                  {r.title}
                </button>
              ) : (
                <span>{r.title} (i uppgifterna om dokumentet)</span>
              )}
              <span className="visually-hidden"> finns</span>
              {r.evidence && (
                <p className="evidence">
                  <q>{r.evidence.text}</q>
                  {r.evidence.reason && <span className="evidence-reason"> – {r.evidence.reason}</span>}
                </p>
              )}
            </div>
          </li>
        ))}
      </ul>
      {result.findings.length > 0 && (
        <>
          <h3>Övriga fynd</h3>
          <ul className="other-findings">
            {result.findings.slice(0, shown).map((f, i) => (
              <FindingItem key={`${f.rule}-${i}`} finding={f} onJump={props.onJump} onReplace={props.onReplace} />
            ))}
          </ul>
          {result.findings.length > shown && (
            <button type="button" onClick={() => setShown((n) => n + FINDINGS_PAGE)}>
              Visa fler fynd ({result.findings.length - shown} till)
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** A long list is shown a page at a time: a big document's review should not cost a render of thousands of items. */
const FINDINGS_PAGE = 100;

/** "1 övrigt fynd", "2 övriga fynd". */
export function otherFindings(n: number): string {
  return `${n} ${n === 1 ? 'övrigt' : 'övriga'} fynd`;
}

function FindingItem({ finding, onJump, onReplace }: { finding: Finding; onJump: (pos: number) => void; onReplace: (finding: Finding) => void }) {
  return (
    <li className={`severity-${finding.severity}`}>
      <span className={`badge badge-${finding.severity}`}>{SEVERITY[finding.severity]}</span>{' '}
      {finding.location ? (
        <button type="button" className="link" onClick={() => onJump(finding.location!.from)}>
          {finding.message}
        </button>
      ) : (
        <span>{finding.message}</span>
      )}
      {finding.replacement !== undefined && finding.location && (
        <p className="fix">
          <button type="button" onClick={() => onReplace(finding)} aria-label={`Ersätt ”${finding.found ?? ''}” med ”${finding.replacement}”`}>
            Ersätt med ”{finding.replacement}”
          </button>
        </p>
      )}
      <details>
        <summary>Varför?</summary>
        <p>{finding.explanation}</p>
        <p className="source">Källa: {finding.source}</p>
      </details>
    </li>
  );
}

/** A very big document is checked when the writer asks; says so, with the button that does it. */
function OnDemandReview(props: { result: CheckResult | null; onCheck: () => void }) {
  // The result shown when the writer asked: checking lasts until a new one arrives.
  const [askedAt, setAskedAt] = useState<{ result: CheckResult | null } | null>(null);
  const checking = askedAt !== null && askedAt.result === props.result;
  return (
    <div className="review-on-demand">
      <p>Dokumentet är stort (över 10 MB text), så Styrdok granskar det när du ber om det i stället för medan du skriver.</p>
      <button
        type="button"
        onClick={() => {
          setAskedAt({ result: props.result });
          props.onCheck();
        }}
      >
        Granska nu
      </button>
      <p className="review-on-demand-status" role="status" aria-live="polite">
        {checking ? 'Granskar…' : props.result ? 'Resultatet nedan gäller texten som den var vid den senaste granskningen.' : 'Inte granskat ännu.'}
      </p>
    </div>
  );
}
