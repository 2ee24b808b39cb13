import { describe, expect, it } from 'vitest';
import { jsonForScript } from './jsonForScript.ts';

describe('jsonForScript', () => {
  it('cannot be closed by a record value, and parses back to the same value', () => {
    const value = { name: 'Rượu </script><script>alert(1)</script>' };
    const text = jsonForScript(value);
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual(value);
  });
});
