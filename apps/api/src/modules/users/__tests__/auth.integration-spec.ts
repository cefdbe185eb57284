import { errorCode, TestApp } from '../../../testing/test-app';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id displayName role reputation level email } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token user { id displayName } } }`;
const ME = `{ me { id displayName email } }`;

describe('accounts', () => {
  let api: TestApp;
  beforeAll(async () => (api = await TestApp.start()));
  afterAll(() => api.close());

  it('signs up a member at level 1 with no points and a token that identifies them', async () => {
    const { signUp } = await api.ok(SIGN_UP, { input: { email: ' Ada@Example.com ', password: 'long enough', displayName: 'Ada' } });
    expect(signUp.user).toMatchObject({ displayName: 'Ada', role: 'MEMBER', reputation: 0, level: 1, email: 'ada@example.com' });
    const { me } = await api.ok(ME, {}, signUp.token);
    expect(me).toEqual({ id: signUp.user.id, displayName: 'Ada', email: 'ada@example.com' });
  });

  it('signs in with the email in any case and the right password', async () => {
    await api.ok(SIGN_UP, { input: { email: 'grace@example.com', password: 'hopper-1906', displayName: 'Grace' } });
    const { signIn } = await api.ok(SIGN_IN, { input: { email: 'GRACE@example.com', password: 'hopper-1906' } });
    expect(signIn.user.displayName).toBe('Grace');
    expect(signIn.token).toEqual(expect.any(String));
  });

  it('gives a wrong password and an unknown email the same error', async () => {
    await api.ok(SIGN_UP, { input: { email: 'linus@example.com', password: 'penguins!', displayName: 'Linus' } });
    const wrongPassword = await api.gql(SIGN_IN, { input: { email: 'linus@example.com', password: 'walruses!' } });
    const unknownEmail = await api.gql(SIGN_IN, { input: { email: 'nobody@example.com', password: 'walruses!' } });
    expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(unknownEmail.errors).toEqual(wrongPassword.errors);
  });

  it.each([
    ['a malformed email', { email: 'not-an-email', password: 'long enough', displayName: 'Bad' }, 'email'],
    ['a password under 8 characters', { email: 'short@example.com', password: 'short', displayName: 'Short' }, 'password'],
    ['an empty display name', { email: 'empty@example.com', password: 'long enough', displayName: '   ' }, 'displayName'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, input, field) => {
    const result = await api.gql(SIGN_UP, { input });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields).toHaveProperty(field);
  });

  it('refuses a second account with the same email, whatever its case, and keeps the first', async () => {
    await api.ok(SIGN_UP, { input: { email: 'dup@example.com', password: 'first one!', displayName: 'First' } });
    const second = await api.gql(SIGN_UP, { input: { email: 'DUP@example.com', password: 'second one', displayName: 'Second' } });
    expect(errorCode(second)).toBe('BAD_USER_INPUT');
    const { signIn } = await api.ok(SIGN_IN, { input: { email: 'dup@example.com', password: 'first one!' } });
    expect(signIn.user.displayName).toBe('First');
  });

  it('answers UNAUTHENTICATED with status 401 for a forged token', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not.a.jwt' },
      body: JSON.stringify({ query: ME }),
    });
    expect(response.status).toBe(401);
    expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('returns null for me when signed out', async () => {
    expect(await api.ok(ME)).toEqual({ me: null });
  });

  it('shows a member their own email but hides it from others', async () => {
    const alice = await api.signUp('Alice');
    const bob = await api.signUp('Bob');
    const asBob = await api.ok(`query($id: ID!) { user(id: $id) { displayName email } }`, { id: alice.id }, bob.token);
    expect(asBob.user).toEqual({ displayName: 'Alice', email: null });
  });
});
