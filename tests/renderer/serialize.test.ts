import { describe, expect, it } from 'vitest';
import { schema } from '../../core/model/schema.js';
import { BodySerializer } from '../../renderer/src/editor/serialize.js';

const paragraphs = (n: number) => schema.node('doc', null, Array.from({ length: n }, (_, i) => schema.node('paragraph', null, [schema.text(`Stycke ${i}`)])));

describe('BodySerializer', () => {
  it('warms in slices and then hands every block over without serialising it again', () => {
    const doc = paragraphs(200);
    const prepared: unknown[] = [];
    const serializer = new BodySerializer((json) => prepared.push(json));
    let budget = 3;
    // A slice ends when time runs out (checked every 32 blocks): here after the third check.
    const next = serializer.warm(doc, 0, () => budget--);
    expect(next).toBe(96);
    expect(serializer.warm(doc, next!, () => 1)).toBeNull();
    expect(prepared).toHaveLength(200);
    const json = serializer.toJSON(doc);
    expect(prepared).toHaveLength(200);
    expect(json).toEqual(doc.toJSON());
    expect((json as { content: unknown[] }).content[5]).toBe(prepared[5]);
  });

  it('serialises only the block that changed after an edit', () => {
    const doc = paragraphs(50);
    const prepared: unknown[] = [];
    const serializer = new BodySerializer((json) => prepared.push(json));
    serializer.toJSON(doc);
    const edited = doc.replace(doc.child(0).nodeSize + 3, doc.child(0).nodeSize + 3, doc.slice(2, 4));
    const json = serializer.toJSON(edited);
    expect(prepared).toHaveLength(51);
    expect(json).toEqual(edited.toJSON());
  });
});
