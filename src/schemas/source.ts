import { z } from 'zod';

/** Where a record was read from: a file of the repo's `sources/` folder. */
export const sourceFileSchema = z.string().describe('Path of the source file inside the repository, e.g. sources/002_041f23564040a89e.txt');

/** ISO calendar date, YYYY-MM-DD. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');
