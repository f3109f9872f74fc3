// Each source layout, on fixtures cut from the real sources (see tests/fixtures/README.md).
import { describe } from 'vitest';
import { convertFixture, summarize } from '../helpers/convert-fixture.ts';
import { runFixtures } from '../helpers/fixtures.ts';

for (const layout of ['compilation', 'task-table', 'web-notice', 'ledger', 'web-plan']) {
  describe(layout, () => runFixtures(layout, (dir) => summarize(convertFixture(dir, layout))));
}
