import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module script without types
import { judgeAudit } from '../../scripts/audit-production.mjs';

describe('audit of production dependencies (.ci/run)', () => {
  it('fails on high or critical advisories, passes on lower ones, and skips when the registry refuses', () => {
    const report = (vulns: Record<string, { name: string; severity: string }>) =>
      JSON.stringify({ vulnerabilities: vulns, metadata: { vulnerabilities: { total: Object.keys(vulns).length } } });
    expect(judgeAudit(report({ a: { name: 'a', severity: 'critical' } })).verdict).toBe('fail');
    expect(judgeAudit(report({ b: { name: 'b', severity: 'high' }, c: { name: 'c', severity: 'low' } })).reason).toMatch(/^b \(high/);
    expect(judgeAudit(report({ c: { name: 'c', severity: 'moderate' } })).verdict).toBe('ok');
    expect(judgeAudit(report({})).verdict).toBe('ok');
    const refused = judgeAudit(JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 }));
    expect(refused).toEqual({ verdict: 'unavailable', reason: expect.stringContaining('405') });
    expect(judgeAudit('').verdict).toBe('unavailable');
  });
});
