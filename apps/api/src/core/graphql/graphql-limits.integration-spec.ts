import { TestApp } from '../../testing/test-app';

describe('query limits', () => {
  let api: TestApp;
  beforeAll(async () => (api = await TestApp.start()));
  afterAll(() => api.close());

  it('refuses a query nested deeper than 10 levels before running it', async () => {
    const nested = 'answers { question { '.repeat(6) + 'id' + ' } }'.repeat(6);
    const result = await api.gql(`{ question(id: "1") { ${nested} } }`);
    expect(result.errors?.[0].message).toMatch(/depth/i);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.data).toBeUndefined();
  });

  it('refuses a query with more than 30 aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `c${i}: communities { id }`).join(' ');
    const result = await api.gql(`{ ${aliases} }`);
    expect(result.errors?.[0].message).toMatch(/alias/i);
  });

  it('answers an ordinary question page query', async () => {
    const result = await api.gql(`{ question(id: "1") { id answers { id author { id displayName level } } } }`);
    expect(result.errors).toBeUndefined();
  });
});

describe('fragments', () => {
  let api: TestApp;
  beforeAll(async () => (api = await TestApp.start()));
  afterAll(() => api.close());

  it('count as the fields they hold, not as extra depth', async () => {
    // Nine levels of fields behind four fragment spreads.
    const query = `
      fragment A on User { id displayName }
      fragment B on Answer { author { ...A } }
      fragment C on Question { answers { ...B } }
      fragment D on Answer { question { ...C } }
      { question(id: "1") { answers { question { answers { question { answers { ...D } } } } } } }`;
    expect((await api.gql(query)).errors).toBeUndefined();
  });
});
