import { afterAll, beforeAll, expect, test } from 'vitest';
import { startSite, visit, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

test('pressing / focuses the search box', async () => {
  const { page, errors } = await visit(site, '/provinces/ningxia/');
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
  // The “/” itself is not typed into the box; typed afterwards, it is text.
  expect(await page.inputValue('#site-search')).toBe('');
  await page.keyboard.type('a/b');
  expect(await page.inputValue('#site-search')).toBe('a/b');
  expect(errors).toEqual([]);
});

test('Tab reaches the skip link first, and it shows on screen', async () => {
  const { page, errors } = await visit(site, '/');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.getBoundingClientRect();
    return { className: el.className, href: el.getAttribute('href'), top: box.top, bottom: box.bottom, outline: getComputedStyle(el).outlineStyle };
  });
  expect(focused).toMatchObject({ className: 'skip-link', href: '#main' });
  expect(focused.top).toBeGreaterThanOrEqual(0);
  expect(focused.bottom).toBeGreaterThan(0);
  expect(focused.outline).not.toBe('none');
  expect(errors).toEqual([]);
});

test('following the skip link moves the next Tab into the main content', async () => {
  const { page, errors } = await visit(site, '/provinces/ningxia/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  expect(errors).toEqual([]);
});
