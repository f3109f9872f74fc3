// One file read by its format's reader, in a process of its own (see extract.ts).
import { readFormat } from './read-format.ts';

process.once('message', async ({ format, file, bytes, options }) => {
  const result = await readFormat(format, file, bytes, options);
  process.send!(result, () => process.exit(0));
});
