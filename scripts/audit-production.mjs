// `npm audit --omit=dev` for CI: fails on high or critical advisories in the
// production dependencies. Where the registry does not answer audit requests
// (a mirror that refuses the bulk advisory endpoint, no network), it says so
// and succeeds: the check is then not possible, not failed.
import { spawnSync } from 'node:child_process';

const FAIL_ON = ['high', 'critical'];

export function judgeAudit(stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { verdict: 'unavailable', reason: 'npm audit gav inget läsbart svar' };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const reason = report?.message ?? report?.error?.summary ?? 'registret svarade inte på granskningsanropet';
    return { verdict: 'unavailable', reason: String(reason) };
  }
  const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => FAIL_ON.includes(v.severity));
  if (serious.length > 0) {
    return { verdict: 'fail', reason: serious.map((v) => `${v.name} (${v.severity}${v.fixAvailable ? ', åtgärd finns' : ''})`).join(', ') };
  }
  return { verdict: 'ok', reason: `${counts.total ?? 0} kända sårbarheter, ingen hög eller kritisk` };
}

function main() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
  const { verdict, reason } = judgeAudit(run.stdout ?? '');
  if (verdict === 'fail') {
    console.error(`npm audit: höga eller kritiska sårbarheter i produktionsberoenden: ${reason}`);
    process.exit(1);
  }
  if (verdict === 'unavailable') {
    console.error(`npm audit: kunde inte granska beroendena här (${reason}); kontrollen hoppas över.`);
    return;
  }
  console.error(`npm audit: ${reason}.`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
