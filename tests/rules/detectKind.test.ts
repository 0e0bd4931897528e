import { describe, expect, it } from 'vitest';
import { detectKind } from '../../core/model/detectKind.js';

describe('kind detection', () => {
  it.each([
    ['Socialnämnden föreslås besluta att avge yttrande till Inspektionen för vård och omsorg enligt förslaget.', 'remissvar'],
    ['Förvaltningens yttrande över förslaget till ny handlingsplan. Förvaltningen tillstyrker förslaget.', 'remissvar'],
    ['Anhörigstöd\nStöd till dig som anhörig\nDu som vårdar en närstående kan få avlösning och samtal.', 'program'],
    ['Svar på motion om anhörigbidrag. Motionären föreslår att …', 'motionssvar'],
    ['Riktlinje för handläggning av stöd till anhöriga', 'riktlinje'],
  ])('%s → %s', (text, kind) => {
    expect(detectKind(text)?.kind).toBe(kind);
  });

  it('says nothing when nothing fits', () => {
    expect(detectKind('Protokoll från styrelsemöte i bostadsrättsföreningen.')).toBeNull();
  });
});
