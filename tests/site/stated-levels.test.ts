// Levels places say they already stand at, on the built comparison pages: beside
// the chart they bear on, saying they are not targets, and never a bar of it.
import { expect, test } from 'vitest';
import { pageText as text } from './dist.ts';

test('the 企业开办时间 chart names 0.5 working days stated as reached beside its most ambitious target of 1 (a site review, twice)', () => {
  const page = text('compare/starting-business');
  expect(page).toContain(
    '另有写明已达到的水平（现状，不是目标，不参与排序）：宁夏自治区级 0.5个工作日（“提升企业开办0.5个工作日办理质效”）；金昌市 ≤ 0.5个工作日',
  );
  expect(page).toContain('宁夏自治区级、金昌市写明的水平已优于所列目标中最积极的 1个工作日。');
  // A province's page holds its own places only; one target alone is no ranking.
  expect(text('compare/starting-business/gansu')).not.toContain('宁夏自治区级 0.5个工作日');
  expect(text('compare/starting-business/ningxia')).toContain('宁夏自治区级写明的水平已优于所列目标（1个工作日）。');
});

test('a measure’s page shows its stated level apart from its targets', () => {
  const page = text('documents/gansu-jinchang-2023-44f9fb');
  expect(page).toMatch(/现状企业开办时间 ?≤ 0\.5个工作日（写明已达到的水平，不是目标，不参与排序）/);
});

test('a passed-on practice’s numbers are that place’s, not the document’s targets (陕西 782号, 北京市’s 85%; a site review)', () => {
  const page = text('documents/shaanxi-2023-3aa8c0');
  expect(page).toMatch(/≥ 85% ?北京市做法中的数值，不是本文件的目标/);
  // A practice with none listed does not say 无量化目标 over its numbers (西安高新区's 2小时, 90%; a site review).
  expect(page).toMatch(/所述数值 ?不列出 ?（西安高新区做法中的数值，不是本文件的目标）/);
  expect(page).not.toMatch(/所述数值 ?无量化目标/);
});
