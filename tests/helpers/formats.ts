// The manifest a user would write for the format fixtures (tests/fixtures/formats).
/** What a user's manifest says of the fixtures: the web page is a notice whose extraction lost characters, as its source is. */
export function formatsManifest(): { compilation: string; files: Record<string, unknown>[] } {
  const entry = (file: string, layout: string, extra = {}) => ({ file, originalName: file, layout, description: 'format fixture', ...extra });
  return {
    compilation: 'fixtures',
    files: [
      entry('plan.pdf', 'web-plan', { province: '宁夏', city: '中卫市' }),
      entry('plan.docx', 'web-plan', { province: '宁夏', city: '中卫市' }),
      entry('task-table.xlsx', 'task-table', { province: '宁夏', city: '银川市' }),
      entry('notice.html', 'web-notice', { province: '宁夏', city: '石嘴山市', lostCharacters: true }),
      entry('yinchuan.txt', 'task-table', { province: '宁夏', city: '银川市' }),
    ],
  };
}
