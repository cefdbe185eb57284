import { ACCEPT, askQuestion, postAnswer } from '../../../testing/fixtures';
import { errorCode, TestApp, TestUser } from '../../../testing/test-app';

const SEARCH = `query($query: String!, $sort: SearchSort, $first: Int, $after: String) {
  search(query: $query, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { titleHighlight excerpt question { id title } } }
  }
}`;
const SIMILAR = `query($title: String!, $communityId: ID) { similarQuestions(title: $title, communityId: $communityId) { id isSolved } }`;

describe('search', () => {
  let api: TestApp;
  let sam: TestUser;
  let lea: TestUser;
  let helper: TestUser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await TestApp.start();
    const wifi = await api.createCommunity('home-wifi', 'Home Wi-Fi');
    const phones = await api.createCommunity('phones', 'Phones');
    [sam, lea, helper] = [await api.signUp('Sam Rivera'), await api.signUp('Léa Martin'), await api.signUp('Helper')];

    ids.wifi = await askQuestion(api, sam, wifi, { title: 'Wi-Fi drops every ten minutes', body: 'The connection goes away and comes back.', tags: ['wi-fi', 'router'] });
    await api.ok(ACCEPT, { id: await postAnswer(api, helper, ids.wifi, 'Update the router firmware to 2.4.') }, sam.token);
    ids.firmware = await askQuestion(api, lea, wifi, { title: 'Router firmware update failed halfway', body: 'The lights blink orange.', tags: ['router'] });
    await postAnswer(api, helper, ids.firmware, 'Hold reset for 30 seconds, then retry.');
    ids.battery = await askQuestion(api, sam, phones, { title: 'Battery drains overnight after the update', body: 'From 100% to 40% while asleep.', tags: ['battery'] });
    await api.ok(ACCEPT, { id: await postAnswer(api, helper, ids.battery, 'Turn off background refresh.') }, sam.token);
    ids.french = await askQuestion(api, lea, phones, { title: 'Comment réinitialiser mon téléphone ?', body: 'Je veux réinitialiser sans perdre mes photos.' });
    ids.headphones = await askQuestion(api, lea, phones, { title: 'Bluetooth headphones disconnect randomly', body: 'They pair, then drop after a minute.' });
    ids.hostile = await askQuestion(api, sam, phones, { title: 'Why does <script> show in my screen?', body: 'A <b>bold</b> screen question.' });
    ids.removed = await askQuestion(api, sam, phones, { title: 'Screen flickers when charging', body: 'Flickering screen while charging.' });
    const moderator = await api.signUp('Moderator');
    await api.setRole(moderator.id, 'MODERATOR');
    await api.ok(`mutation($id: ID) { removePost(input: { questionId: $id, reason: SPAM }) { __typename } }`, { id: ids.removed }, moderator.token);
    await api.dataSource.query(`UPDATE questions SET created_at = '2025-06-01' WHERE id = $1`, [ids.battery]);
  });
  afterAll(() => api.close());

  const found = async (query: string, sort?: string) =>
    (await api.ok(SEARCH, { query, sort })).search.edges.map((e: { node: { question: { id: string } } }) => e.node.question.id);

  it('finds words in titles, bodies, tags and answers, and ranks a title match above an answer match', async () => {
    expect(await found('firmware')).toEqual([ids.firmware, ids.wifi]);
    expect(await found('orange')).toEqual([ids.firmware]);
    expect(await found('background refresh')).toEqual([ids.battery]);
  });

  it('gives each hit the question as the question query does', async () => {
    const FIELDS = 'id kind title body bodyHtml tags answerCount isSolved solvedAt createdAt editedAt lastActivityAt meTooCount author { displayName } community { slug }';
    const hits = (await api.ok(`query($query: String!) { search(query: $query) { edges { node { question { ${FIELDS} } } } } }`, { query: 'battery' })).search.edges;
    const { question } = await api.ok(`query($id: ID!) { question(id: $id) { ${FIELDS} } }`, { id: ids.battery });
    expect(hits.map((e: { node: { question: unknown } }) => e.node.question)).toEqual([question]);
  });

  it('treats Wi-Fi, wi-fi and wifi as one word', async () => {
    for (const spelling of ['wifi', 'Wi-Fi', 'WIFI']) expect(await found(spelling)).toContain(ids.wifi);
  });

  it('ignores accents both ways', async () => {
    expect(await found('reinitialiser')).toEqual([ids.french]);
    expect(await found('réinitialiser')).toEqual([ids.french]);
  });

  it('understands quotes, OR and exclusion as typed', async () => {
    expect(await found('"ten minutes"')).toEqual([ids.wifi]);
    expect(await found('"wi-fi drops"')).toEqual([ids.wifi]);
    expect(await found('firmware -reset')).toEqual([ids.wifi]);
    expect((await found('bluetooth OR battery')).sort()).toEqual([ids.battery, ids.headphones].sort());
  });

  it.each([
    ['is:solved', () => [ids.battery, ids.wifi]],
    ['is:unsolved router', () => [ids.firmware]],
    ['tag:router', () => [ids.firmware, ids.wifi]],
    ['tag:wifi', () => [ids.wifi]],
    ['community:phones battery', () => [ids.battery]],
    ['user:"Léa Martin" bluetooth', () => [ids.headphones]],
    ['update before:2026-01-01', () => [ids.battery]],
    ['update after:2026-01-01', () => [ids.firmware, ids.wifi]],
  ])('applies %s', async (query, expected) => {
    expect((await found(query)).sort()).toEqual(expected().sort());
  });

  it('searches an unknown operator as text instead of failing', async () => {
    const result = await api.gql(SEARCH, { query: 'colour:red' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.search.totalCount).toBe(0);
  });

  it('never shows removed content', async () => {
    expect(await found('flickers')).toEqual([]);
    expect(await found('screen')).toEqual([ids.hostile]);
  });

  it('marks matches in escaped text', async () => {
    const { search } = await api.ok(SEARCH, { query: 'drops' });
    expect(search.edges[0].node.titleHighlight).toBe('Wi-Fi <mark>drops</mark> every ten minutes');
    const hostile = (await api.ok(SEARCH, { query: 'screen' })).search.edges[0].node;
    expect(hostile.titleHighlight).toBe('Why does &lt;script&gt; show in my <mark>screen</mark>?');
    expect(hostile.excerpt).not.toContain('<b>');
  });

  it('sorts by date on request and pages with a cursor and a total', async () => {
    expect(await found('update', 'NEWEST')).toEqual([ids.firmware, ids.wifi, ids.battery]);
    const first = (await api.ok(SEARCH, { query: 'update', sort: 'NEWEST', first: 2 })).search;
    expect(first.totalCount).toBe(3);
    const second = (await api.ok(SEARCH, { query: 'update', sort: 'NEWEST', first: 2, after: first.pageInfo.endCursor })).search;
    expect(second.edges.map((e: { node: { question: { id: string } } }) => e.node.question.id)).toEqual([ids.battery]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const past = (await api.ok(SEARCH, { query: 'update', first: 3, after: first.pageInfo.endCursor })).search;
    expect([past.edges.length, past.totalCount, past.pageInfo.hasNextPage]).toEqual([1, 3, false]);
    const beyond = (await api.ok(SEARCH, { query: 'firmware', first: 2, after: first.pageInfo.endCursor })).search;
    expect([beyond.edges, beyond.totalCount, beyond.pageInfo.hasNextPage]).toEqual([[], 2, false]);
    expect(await found('firmware -reset', 'NEWEST')).toEqual([ids.wifi]);
  });

  it('refuses an overlong search and a forged cursor with BAD_USER_INPUT', async () => {
    expect(errorCode(await api.gql(SEARCH, { query: 'x'.repeat(501) }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(SEARCH, { query: 'update', after: 'Zm9yZ2Vk' }))).toBe('BAD_USER_INPUT');
  });

  it('suggests likely duplicates while asking, solved first', async () => {
    const similar = (await api.ok(SIMILAR, { title: 'wifi keeps disconnecting' })).similarQuestions;
    expect(similar[0]).toEqual({ id: ids.wifi, isSolved: true });
    const headphones = (await api.ok(SIMILAR, { title: 'Bluetooth headphone disconnects' })).similarQuestions;
    expect(headphones.map((q: { id: string }) => q.id)).toContain(ids.headphones);
    const typo = (await api.ok(SIMILAR, { title: 'Baterry drains overnite' })).similarQuestions;
    expect(typo.map((q: { id: string }) => q.id)).toContain(ids.battery);
    expect((await api.ok(SIMILAR, { title: 'screen flickers charging' })).similarQuestions.map((q: { id: string }) => q.id)).not.toContain(ids.removed);
  });

  it('keeps the index current as answers arrive and change', async () => {
    const answerId = await postAnswer(api, helper, ids.headphones, 'Forget the device and pair again with the zebra trick.');
    expect(await found('zebra')).toEqual([ids.headphones]);
    await api.ok(`mutation($id: ID!) { editAnswer(input: { answerId: $id, body: "Forget the device and pair again." }) { id } }`, { id: answerId }, helper.token);
    expect(await found('zebra')).toEqual([]);
  });

  it('indexes a long thread by its solution and first 25 answers, and leaves its document alone after them', async () => {
    const thread = await askQuestion(api, sam, await api.createCommunity(), { title: 'A thread everyone answers', body: 'Long one.' });
    const replies = [];
    for (let i = 1; i <= 27; i++) replies.push(await postAnswer(api, helper, thread, `Reply ${i} mentions ${i === 1 ? 'quokka' : i === 25 ? 'narwhal' : i === 27 ? 'axolotl' : 'nothing'}.`));
    const vector = async () => (await api.dataSource.query('SELECT search_vector::text AS v FROM questions WHERE id = $1', [thread]))[0].v;
    expect([await found('quokka'), await found('narwhal'), await found('axolotl')]).toEqual([[thread], [thread], []]);
    const before = await vector();
    await postAnswer(api, helper, thread, 'Reply 28 mentions wombat.');
    expect(await vector()).toBe(before);
    await api.ok(ACCEPT, { id: replies[26] }, sam.token); // the solution is always in it
    expect(await found('axolotl')).toEqual([thread]);
  });

  it('reads the GIN index on a table big enough for the planner to prefer it', async () => {
    await api.dataSource.query(`
      INSERT INTO questions (community_id, author_id, title, body, body_html)
      SELECT (SELECT min(id) FROM communities), ${sam.id}, 'Generated question number ' || i, repeat('Filler text ' || md5(i::text) || ' ', 6), ''
        FROM generate_series(1, 30000) i`);
    await api.dataSource.query('ANALYZE questions');
    const plan = await api.dataSource.query(
      `EXPLAIN SELECT id FROM questions q WHERE q.removed_at IS NULL AND q.search_vector @@ websearch_to_tsquery('agora_search', 'firmware')`,
    );
    expect(plan.map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN']).join('\n')).toContain('questions_search_idx');
  });

  it('counts matches up to 1,000 and says when there are more', async () => {
    const COUNT = `query($query: String!) { search(query: $query, first: 5) { totalCount totalCountIsLowerBound edges { node { titleHighlight } } } }`;
    const common = (await api.ok(COUNT, { query: 'generated question' })).search; // the 30,000 rows above
    expect([common.totalCount, common.totalCountIsLowerBound, common.edges.length]).toEqual([1000, true, 5]);
    expect(common.edges[0].node.titleHighlight).toContain('<mark>Generated</mark> <mark>question</mark>');
    const few = (await api.ok(COUNT, { query: 'firmware' })).search;
    expect([few.totalCount, few.totalCountIsLowerBound]).toEqual([2, false]);
  });

  describe('among the 30,000 generated questions', () => {
    const COUNT = `query($query: String!, $sort: SearchSort) {
      search(query: $query, sort: $sort, first: 5) { totalCount totalCountIsLowerBound edges { node { titleHighlight excerpt question { title } } } }
    }`;
    const search = async (query: string, sort?: string) => (await api.ok(COUNT, { query, sort })).search;
    const titles = (result: { edges: { node: { question: { title: string } } }[] }) => result.edges.map((e) => e.node.question.title);

    beforeAll(async () => {
      // Three in ten solved (by an answer of their own, whose word no other test searches for), half of
      // them moved to the phones community, one in twenty (solved, in phones) about printers, and one made
      // the newest of all.
      const generated = `title LIKE 'Generated question%'`;
      const [first] = await api.dataSource.query(`SELECT min(id) AS id FROM questions WHERE ${generated}`);
      const answerId = await postAnswer(api, helper, first.id, 'Xylophone.');
      await api.dataSource.query(`UPDATE questions SET solution_answer_id = $1 WHERE ${generated} AND id % 10 < 3`, [answerId]);
      await api.dataSource.query(`UPDATE questions SET community_id = (SELECT id FROM communities WHERE slug = 'phones') WHERE ${generated} AND id % 2 = 1`);
      await api.dataSource.query(`UPDATE questions SET title = title || ' printer' WHERE ${generated} AND id % 20 = 1`);
      await api.dataSource.query(`UPDATE questions SET created_at = now() + interval '1 hour' WHERE title = 'Generated question number 777'`);
      // As autovacuum would: GIN indexes take new rows into a pending list that the planner rightly counts as costly.
      await api.dataSource.query('VACUUM ANALYZE questions');
    });

    it('pages through the ranked matches', async () => {
      const PAGE = `query($after: String) { search(query: "generated", first: 5, after: $after) { pageInfo { hasNextPage endCursor } edges { node { question { id } } } } }`;
      const first = (await api.ok(PAGE)).search;
      const second = (await api.ok(PAGE, { after: first.pageInfo.endCursor })).search;
      const idsOf = (page: { edges: { node: { question: { id: string } } }[] }) => page.edges.map((e) => e.node.question.id);
      expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage, second.edges.length]).toEqual([true, true, 5]);
      expect(idsOf(second).filter((id) => idsOf(first).includes(id))).toEqual([]);
    });

    it('counts past 1,000 from the title matches alone, newest first too', async () => {
      expect(await search('generated')).toMatchObject({ totalCount: 1000, totalCountIsLowerBound: true });
      const newest = await search('generated', 'NEWEST');
      expect([newest.totalCount, newest.totalCountIsLowerBound, titles(newest)[0]]).toEqual([1000, true, 'Generated question number 777']);
    });

    it('counts past 1,000 a word found in bodies only, and marks it in the excerpt', async () => {
      const filler = await search('filler');
      expect([filler.totalCount, filler.totalCountIsLowerBound, filler.edges.length]).toEqual([1000, true, 5]);
      expect(filler.edges[0].node.excerpt).toContain('<mark>Filler</mark>');
      expect(titles(await search('filler', 'NEWEST'))[0]).toBe('Generated question number 777');
    });

    it('checks excluded words against the whole text when many titles match', async () => {
      const result = await search('generated -xylophone');
      expect([result.totalCount, result.totalCountIsLowerBound]).toEqual([1000, true]);
      const solved: { title: string }[] = await api.dataSource.query(`SELECT title FROM questions WHERE solution_answer_id IS NOT NULL AND title LIKE 'Generated%'`);
      const solvedTitles = new Set(solved.map((r) => r.title));
      expect(titles(result).filter((t) => solvedTitles.has(t))).toEqual([]);
    });

    it.each([
      ['community:phones generated', 1000, true],
      ['community:phones is:solved generated', 1000, true],
      ['community:nowhere generated', 0, false],
      ['user:"Nobody Here" generated', 0, false],
      ['is:solved generated before:2000-01-01', 0, false],
    ])('applies %s to the title matches', async (query, totalCount, totalCountIsLowerBound) => {
      expect(await search(query)).toMatchObject({ totalCount, totalCountIsLowerBound });
    });

    it('finds nothing, without failing, when every word is a stop word', async () => {
      expect(await search('the of and')).toMatchObject({ totalCount: 0, totalCountIsLowerBound: false, edges: [] });
    });

    it('answers community: and is:solved inside the title indexes', async () => {
      const plans: Record<string, string> = {};
      for (const query of ['community:phones printer', 'is:solved printer']) {
        const log = jest.spyOn(api.queries, 'logQuery');
        await api.ok(COUNT, { query });
        const logged = log.mock.calls.map((call) => call as unknown as [string, unknown[]]).find(([text]) => text.includes('q.title_vector @@'));
        log.mockRestore();
        if (!logged) throw new Error(`no title-index statement was run for ${query}`);
        const [sql, params] = logged;
        plans[query] = await api.dataSource.transaction(async (manager) => {
          await manager.query('SET LOCAL enable_seqscan = off');
          const rows: { 'QUERY PLAN': string }[] = await manager.query(`EXPLAIN ${sql}`, params);
          return rows.map((row) => row['QUERY PLAN']).join('\n');
        });
      }
      expect(plans['community:phones printer']).toMatch(/Bitmap Index Scan on questions_title_search_idx .*\n\s+Index Cond: \(\(title_vector @@ .*community_id = ANY/);
      expect(plans['is:solved printer']).toContain('Bitmap Index Scan on questions_solved_title_search_idx');
    });
  });
});

describe('search in French', () => {
  let api: TestApp;
  beforeAll(async () => (api = await TestApp.start({ config: { searchLanguage: 'french' } })));
  afterAll(() => api.close());

  it('stems French words and ignores accents', async () => {
    const community = await api.createCommunity();
    const asker = await api.signUp('Camille');
    const id = await askQuestion(api, asker, community, { title: 'Réinitialiser les téléphones sans perdre les photos', body: 'Comment faire ?' });
    for (const query of ['reinitialiser', 'réinitialisation', 'telephone', 'photo']) {
      const { search } = await api.ok(SEARCH, { query });
      expect([query, search.edges.map((e: { node: { question: { id: string } } }) => e.node.question.id)]).toEqual([query, [id]]);
    }
  });
});
