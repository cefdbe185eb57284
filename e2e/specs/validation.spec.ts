import { expect, test } from '@playwright/test';
import { AskPage } from '../pages/ask-page';
import { AuthPage } from '../pages/auth-page';

const DEMO_MEMBER = { email: 'member@agora.local', password: 'agora-demo-2026' };

test('the ask form refuses a title that is too short and stays on the page', async ({ page }) => {
  const ask = new AskPage(page);
  await ask.goto('phones');
  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
  await new AuthPage(page).signIn(DEMO_MEMBER);
  await expect(page).toHaveURL('/ask?community=phones');
  await expect(ask.community).toHaveValue('phones');

  await ask.title.fill('Too short');
  await ask.body.fill('The details are fine; the title is not.');
  await ask.submit.click();

  await expect(ask.title).toHaveAttribute('aria-invalid', 'true');
  await expect(ask.title).toHaveAccessibleDescription(/The title must be 10 to 200 characters long\./);
  await expect(ask.title).toBeFocused();
  await expect(page).toHaveURL('/ask?community=phones');
});

test('the sign-up form shows the server’s answer next to the field it concerns', async ({ page }) => {
  const auth = new AuthPage(page);
  await page.goto('/signup');
  await auth.fillSignUp({ displayName: 'Someone New', email: DEMO_MEMBER.email, password: 'long-enough-password' });
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(auth.email).toHaveAttribute('aria-invalid', 'true');
  await expect(auth.email).toHaveAccessibleDescription('Is already registered');
  await expect(page).toHaveURL('/signup');
});
