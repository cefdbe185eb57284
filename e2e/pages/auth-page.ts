import { expect, Locator, Page } from '@playwright/test';
import { SiteChrome } from './site-chrome';

export interface Credentials {
  email: string;
  password: string;
}

export interface NewMember extends Credentials {
  displayName: string;
}

/** `/signin` and `/signup`. */
export class AuthPage {
  readonly chrome: SiteChrome;
  readonly displayName: Locator;
  readonly email: Locator;
  readonly password: Locator;

  constructor(readonly page: Page) {
    this.chrome = new SiteChrome(page);
    this.displayName = page.getByLabel('Display name', { exact: true });
    this.email = page.getByLabel('Email', { exact: true });
    this.password = page.getByLabel('Password', { exact: true });
  }

  async signUp(member: NewMember): Promise<void> {
    await this.page.goto('/signup');
    await this.fillSignUp(member);
    await this.page.getByRole('button', { name: 'Create account' }).click();
    await expect(this.chrome.accountLink(member.displayName)).toBeVisible();
  }

  async fillSignUp(member: NewMember): Promise<void> {
    await this.displayName.fill(member.displayName);
    await this.email.fill(member.email);
    await this.password.fill(member.password);
  }

  /** Signs in from wherever the page is (the sign-in form must be showing). */
  async signIn({ email, password }: Credentials): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await expect(this.chrome.signOutButton).toBeVisible();
  }
}
