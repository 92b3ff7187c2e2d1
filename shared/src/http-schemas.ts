// Query-string pieces the HTTP routes share with the apps that build their addresses (the head's reports
// today, the region hub's next). A date is a real calendar day, not just four-two-two digits.
import { z } from 'zod';

/** YYYY-MM-DD naming a day that exists: 2024-02-29 is one, 2024-02-30 and 2023-02-29 are not. */
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => {
    const at = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === day;
  }, 'not a calendar day');

/** "HH:MM" as minutes after midnight, 00:00 to 24:00. */
export const clockTimeSchema = z
  .string()
  .regex(/^([01]?\d|2[0-4]):[0-5]\d$/)
  .transform((v) => {
    const [h, m] = v.split(':').map(Number) as [number, number];
    return h * 60 + m;
  })
  .refine((minutes) => minutes <= 24 * 60, 'past midnight');
