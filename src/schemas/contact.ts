import { z } from 'zod';
import { Text, WebUrl } from './common.ts';

/** How to reach a producer or an outlet. Every field is optional; publish only what the owner agreed to publish. */
export const ContactSchema = z.strictObject({
  /** Name of the person to ask for. */
  person: Text.optional(),
  /** Telephone in international or national form, e.g. "+84 234 3820 000" or "0234 3820 000". */
  phone: z
    .string()
    .regex(/^\+?[0-9 .()-]{8,20}$/, { error: 'must be a telephone number such as "+84 234 382 0000"' })
    .optional(),
  /** E-mail address. */
  email: z.email({ error: 'must be an e-mail address' }).optional(),
  /** Website. */
  website: WebUrl.optional(),
  /** Zalo phone number or id, the messaging app most Vietnamese businesses answer on. */
  zalo: z
    .string()
    .regex(/^[0-9A-Za-z._-]{4,40}$/, {
      error: 'must be a Zalo number or id, written in quotes so a leading 0 is kept (e.g. "0901234567")',
    })
    .optional(),
});

export type ContactInput = z.input<typeof ContactSchema>;
export type Contact = z.output<typeof ContactSchema>;
