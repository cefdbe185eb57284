import { expect, test } from '@playwright/test';
import { HomePage } from '../pages/home-page';

test('the footer switches the interface to French, and the choice survives a reload', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await expect(home.heading).toHaveText('How can we help?');

  await home.chrome.chooseLanguage('Français');
  await expect(home.heading).toHaveText('Comment pouvons-nous vous aider ?');
  await expect(home.chrome.header.getByRole('link', { name: 'Poser une question' })).toBeVisible();
  await expect(home.chrome.header.getByRole('link', { name: 'Se connecter' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await page.reload();
  await expect(home.heading).toHaveText('Comment pouvons-nous vous aider ?');
  await expect(home.chrome.languageSelect).toHaveValue('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await home.chrome.chooseLanguage('English');
  await expect(home.heading).toHaveText('How can we help?');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('with a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('the interface starts in French', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await expect(home.heading).toHaveText('Comment pouvons-nous vous aider ?');
    await expect(home.chrome.header.getByRole('link', { name: 'Poser une question' })).toBeVisible();
    await expect(home.chrome.languageSelect).toHaveValue('fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });
});
