// Seeds the workload corpus from a fixed random seed: users, communities, questions, answers, their
// first revisions, helpful marks, me-toos, solutions, and the points ledger those events earn, with
// every amount computed by the product's rules (limits per post, daily cap), so that the reputation
// verifier agrees with the data. Rows go in with explicit ids in multi-row INSERTs (unnest of arrays);
// secondary indexes, foreign keys and the search triggers are set aside during the load and restored
// from their own definitions afterwards.
import pg from 'pg';
import { body, randomGenerator, tagsOfTopic, title, TOPICS } from './text.mjs';

const DAY = 86_400_000;
const SPAN_DAYS = 400;
/** DEFAULT_POINTS_RULES in libs/shared/src/lib/points.ts (the API runs with them: POINTS_RULES unset). */
const RULES = {
  firstQuestion: 4, firstAnswerToOthers: 8, meTooReceived: 1, maxRewardedMeToosPerQuestion: 15, answerMarkedHelpful: 6,
  maxRewardedHelpfulMarksPerAnswer: 30, answerAccepted: 15, acceptedSomeoneElsesAnswer: 2, dailyCapFromVotes: 200,
};
const COMMUNITIES = [
  ['Phones', 'phones', 0.34], ['Laptops', 'laptops', 0.26], ['Home Wi-Fi', 'home-wifi', 0.2], ['Smart Home', 'smart-home', 0.12], ['Accessories', 'accessories', 0.08],
];
const TABLES = ['users', 'communities', 'questions', 'answers', 'question_revisions', 'answer_revisions', 'helpful_votes', 'question_me_toos', 'reputation_events', 'user_community_points', 'user_badges'];

export function corpusSize(scale) {
  const n = (x) => Math.max(1, Math.round(x * scale));
  return { users: Math.max(n(20_000), 1_000), questions: n(100_000), answers: n(500_000), helpful: n(2_000_000), meToos: n(1_000_000) };
}

/** Column buffers flushed as one INSERT ... SELECT FROM unnest($1::type[], ...) per batch. */
class Loader {
  constructor(pool, table, columns, { explicitIds = false, batch = 4000 } = {}) {
    Object.assign(this, { pool, table, batch, explicitIds, columns: Object.entries(columns), rows: 0 });
    this.buffers = this.columns.map(() => []);
  }
  add(...values) {
    values.forEach((v, i) => this.buffers[i].push(v));
    if (this.buffers[0].length >= this.batch) return this.flush();
  }
  flush() {
    if (this.buffers[0].length === 0) return;
    const names = this.columns.map(([name]) => name);
    const params = this.buffers;
    this.rows += params[0].length;
    this.buffers = this.columns.map(() => []);
    // Arrays of arrays do not unnest row-wise, so array columns travel as literals and are cast after.
    const select = this.columns.map(([name, type]) => (type === 'text[]' ? `u.${name}::text[]` : `u.${name}`)).join(', ');
    const unnest = this.columns.map(([, type], i) => `$${i + 1}::${type === 'text[]' ? 'text' : type}[]`).join(', ');
    const sql = `INSERT INTO ${this.table} (${names.join(', ')}) ${this.explicitIds ? 'OVERRIDING SYSTEM VALUE' : ''}
                 SELECT ${select} FROM unnest(${unnest}) AS u(${names.join(', ')})`;
    return this.pool.enqueue(sql, params);
  }
}

/** At most `max` INSERTs in flight, so generating the next batch overlaps writing the last one. */
function writer(pool, max = 3) {
  const inFlight = new Set();
  return {
    async enqueue(sql, params) {
      while (inFlight.size >= max) await Promise.race(inFlight);
      const p = pool.query(sql, params).finally(() => inFlight.delete(p));
      inFlight.add(p);
    },
    drain: () => Promise.all(inFlight),
  };
}

function progress(label, total) {
  const started = Date.now();
  let shown = -1;
  return (done) => {
    const percent = Math.floor((100 * done) / total);
    if (percent === shown) return;
    shown = percent;
    const bar = '#'.repeat(Math.floor(percent / 2.5)).padEnd(40, '.');
    const line = `  ${label} [${bar}] ${percent}% ${((Date.now() - started) / 1000).toFixed(0)} s`;
    if (process.stdout.isTTY) process.stdout.write(`\r${line}${percent === 100 ? '\n' : ''}`);
    else if (percent % 10 === 0) console.log(line);
  };
}

/** Per-thread answer counts: Pareto-like (a tail of 50+), 20% of questions unanswered, summing to `total`. */
function answerCounts(random, questions, total) {
  const counts = new Int32Array(questions);
  const answered = [];
  for (let q = 0; q < questions; q++) if (random() >= 0.2) answered.push(q);
  let sum = 0;
  for (const q of answered) {
    counts[q] = Math.min(600, Math.ceil(1.4 / Math.pow(1 - random(), 1 / 1.3)));
    sum += counts[q];
  }
  while (sum !== total && answered.length) {
    const q = answered[random.int(answered.length)];
    if (sum < total) {
      counts[q]++;
      sum++;
    } else if (counts[q] > 1) {
      counts[q]--;
      sum--;
    }
  }
  return counts;
}

/** Spreads `total` votes over `items` with a Zipf-like skew, each capped at `cap`. */
function voteCounts(random, items, total, cap) {
  const counts = new Int32Array(items);
  for (let placed = 0, tries = 0; placed < total && tries < total * 4; tries++) {
    const i = random.skewed(items, 1.8);
    if (counts[i] < cap) {
      counts[i]++;
      placed++;
    }
  }
  return counts;
}

export async function seedWorkload(databaseUrl, scale, { seed = 20260, log = console.log } = {}) {
  const size = corpusSize(scale);
  const random = randomGenerator(seed);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  const sql = (text, params) => pool.query(text, params);
  const step = async (label, fn) => {
    const started = Date.now();
    await fn();
    log(`  ${label.padEnd(44)} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  log(`Seeding ${Object.entries(size).map(([k, v]) => `${v.toLocaleString()} ${k}`).join(', ')} (seed ${seed}):`);

  // Set aside what slows a bulk load; each is put back from its own saved definition.
  const { rows: indexes } = await sql(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($1)
      AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u'))`, [TABLES]);
  const { rows: foreignKeys } = await sql(`SELECT conrelid::regclass AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE contype = 'f' AND conrelid::regclass::text = ANY($1)`, [TABLES]);
  await step('set aside indexes, foreign keys, search triggers', async () => {
    // CASCADE reaches the (empty) moderation log, whose append-only trigger refuses any TRUNCATE.
    await sql(`ALTER TABLE moderation_log DISABLE TRIGGER moderation_log_no_truncate;
               TRUNCATE ${TABLES.join(', ')} RESTART IDENTITY CASCADE;
               ALTER TABLE moderation_log ENABLE TRIGGER moderation_log_no_truncate`);
    for (const fk of foreignKeys) await sql(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${fk.conname}`);
    for (const index of indexes) await sql(`DROP INDEX ${index.indexname}`);
    await sql('ALTER TABLE questions DISABLE TRIGGER questions_search_refresh; ALTER TABLE answers DISABLE TRIGGER answers_search_refresh');
  });

  const w = writer(pool);
  const users = new Loader(w, 'users', { id: 'bigint', email: 'text', display_name: 'text', password_hash: 'text', reputation: 'int', created_at: 'timestamptz' }, { explicitIds: true });
  const communities = new Loader(w, 'communities', { id: 'bigint', name: 'text', slug: 'text', description: 'text', position: 'int' }, { explicitIds: true });
  const questions = new Loader(w, 'questions', {
    id: 'bigint', community_id: 'bigint', author_id: 'bigint', title: 'text', body: 'text', body_html: 'text', tags: 'text[]', solution_answer_id: 'bigint',
    solved_at: 'timestamptz', me_too_count: 'int', view_count: 'int', answer_count: 'int', last_activity_at: 'timestamptz', created_at: 'timestamptz', updated_at: 'timestamptz',
  }, { explicitIds: true, batch: 1000 });
  const questionRevisions = new Loader(w, 'question_revisions', { question_id: 'bigint', editor_id: 'bigint', title: 'text', body: 'text', tags: 'text[]', created_at: 'timestamptz' }, { batch: 1000 });
  const answers = new Loader(w, 'answers', { id: 'bigint', question_id: 'bigint', author_id: 'bigint', body: 'text', body_html: 'text', helpful_count: 'int', created_at: 'timestamptz', updated_at: 'timestamptz' }, { explicitIds: true, batch: 1000 });
  const answerRevisions = new Loader(w, 'answer_revisions', { answer_id: 'bigint', editor_id: 'bigint', body: 'text', created_at: 'timestamptz' }, { batch: 1000 });
  const votes = new Loader(w, 'helpful_votes', { answer_id: 'bigint', user_id: 'bigint', created_at: 'timestamptz' }, { batch: 10_000 });
  const meToos = new Loader(w, 'question_me_toos', { question_id: 'bigint', user_id: 'bigint', created_at: 'timestamptz' }, { batch: 10_000 });
  const ledger = new Loader(w, 'reputation_events', {
    id: 'bigint', user_id: 'bigint', amount: 'int', reason: 'text', key: 'text', cap_group: 'text', daily_capped: 'boolean', actor_id: 'bigint',
    question_id: 'bigint', answer_id: 'bigint', community_id: 'bigint', created_at: 'timestamptz',
  }, { explicitIds: true, batch: 10_000 });

  // The ledger, replayed as the service would have written it, event by event in time order.
  const reputation = new Float64Array(size.users + 1);
  const communityPoints = new Map();
  const onceKeys = new Set();
  let earnedToday = new Map();
  let currentDay = -1;
  let ledgerId = 0;
  const grant = async ({ userId, key, reason, amount, groupHeld, at, questionId, answerId = null, communityId, actorId = null }) => {
    const day = Math.floor(at / DAY);
    if (day !== currentDay) {
      currentDay = day;
      earnedToday = new Map();
    }
    const family = key.split(':')[0];
    const isVote = family === 'helpful' || family === 'me-too';
    if (groupHeld) amount = Math.min(amount, Math.max(0, groupHeld.limit - groupHeld.held));
    if (isVote && amount > 0) {
      amount = Math.min(amount, Math.max(0, RULES.dailyCapFromVotes - (earnedToday.get(userId) ?? 0)));
      if (amount > 0) earnedToday.set(userId, (earnedToday.get(userId) ?? 0) + amount);
    }
    if (groupHeld) groupHeld.held += amount;
    reputation[userId] += amount;
    const pointsKey = `${userId}|${communityId}`;
    communityPoints.set(pointsKey, (communityPoints.get(pointsKey) ?? 0) + amount);
    const capGroup = isVote ? key.split(':').slice(0, 2).join(':') : null;
    return ledger.add(++ledgerId, userId, amount, reason, key, capGroup, isVote, actorId, questionId, answerId, communityId, new Date(at));
  };
  const grantOnce = (event) => {
    if (onceKeys.has(event.key)) return;
    onceKeys.add(event.key);
    return grant(event);
  };

  const started = Date.now() - SPAN_DAYS * DAY;
  const userCount = size.users;
  for (let i = 1; i <= userCount; i++) {
    await users.add(i, `member${i}@bench.local`, `Member ${i}`, 'bench: no password, tokens are minted', 0, new Date(started - DAY));
  }
  await users.flush();
  for (const [i, [name, slug]] of COMMUNITIES.entries()) await communities.add(i + 1, name, slug, `Questions and answers about ${name.toLowerCase()}.`, i);
  await communities.flush();
  await w.drain();

  const perQuestion = answerCounts(random, size.questions, size.answers);
  const perAnswer = voteCounts(random, size.answers, size.helpful, Math.min(3000, Math.floor(userCount / 4)));
  const perQuestionMeToo = voteCounts(random, size.questions, size.meToos, Math.min(3000, Math.floor(userCount / 4)));
  const gap = (SPAN_DAYS * DAY) / size.questions;
  const communityOf = () => {
    let r = random();
    for (const [i, [, , share]] of COMMUNITIES.entries()) if ((r -= share) < 0) return i + 1;
    return COMMUNITIES.length;
  };
  const distinctUsers = (count, except) => {
    const chosen = new Set();
    while (chosen.size < count) {
      const user = 1 + random.skewed(userCount, 1.4);
      if (user !== except) chosen.add(user);
    }
    return [...chosen];
  };

  const show = progress('questions', size.questions);
  let answerId = 0;
  for (let q = 0; q < size.questions; q++) {
    const questionId = q + 1;
    const at = started + q * gap;
    const topic = random.int(TOPICS.length);
    const french = random() < 0.1;
    const communityId = communityOf();
    const asker = 1 + random.skewed(userCount, 2);
    const text = body(random, topic, french);
    const topicTags = tagsOfTopic(topic);
    const tags = [...new Set([random.pick(topicTags, 1.5), ...(random() < 0.4 ? [random.pick(topicTags)] : [])])];
    // Every event of this thread happens within its slot, so the whole history is in time order.
    const count = perQuestion[q];
    const threadAnswers = [];
    for (let a = 0; a < count; a++) threadAnswers.push({ id: ++answerId, author: 1 + random.skewed(userCount, 3), helpful: perAnswer[answerId - 1] });
    const meTooVoters = distinctUsers(perQuestionMeToo[q], asker);
    const events = 2 + count * 2 + meTooVoters.length + threadAnswers.reduce((n, a) => n + a.helpful, 0);
    const tick = gap / events;
    let clock = at;
    const next = () => (clock += tick);

    await grantOnce({ userId: asker, key: `first-question:${asker}`, reason: 'FIRST_QUESTION', amount: RULES.firstQuestion, at, questionId, communityId });
    for (const answer of threadAnswers) {
      answer.at = next();
      const answerText = body(random, topic, french);
      answer.voters = distinctUsers(answer.helpful, answer.author);
      await answers.add(answer.id, questionId, answer.author, answerText.markdown, answerText.html, answer.voters.length, new Date(answer.at), new Date(answer.at));
      await answerRevisions.add(answer.id, answer.author, answerText.markdown, new Date(answer.at));
      if (answer.author !== asker) {
        await grantOnce({ userId: answer.author, key: `first-answer:${answer.author}`, reason: 'FIRST_ANSWER', amount: RULES.firstAnswerToOthers, at: answer.at, questionId, answerId: answer.id, communityId });
      }
    }
    for (const answer of threadAnswers) {
      const group = { limit: RULES.maxRewardedHelpfulMarksPerAnswer * RULES.answerMarkedHelpful, held: 0 };
      for (const voter of answer.voters) {
        const when = next();
        await votes.add(answer.id, voter, new Date(when));
        await grant({ userId: answer.author, key: `helpful:${answer.id}:${voter}`, reason: 'ANSWER_MARKED_HELPFUL', amount: RULES.answerMarkedHelpful, groupHeld: group, at: when, questionId, answerId: answer.id, communityId, actorId: voter });
      }
    }
    const meTooGroup = { limit: RULES.maxRewardedMeToosPerQuestion * RULES.meTooReceived, held: 0 };
    for (const voter of meTooVoters) {
      const when = next();
      await meToos.add(questionId, voter, new Date(when));
      await grant({ userId: asker, key: `me-too:${questionId}:${voter}`, reason: 'ME_TOO_RECEIVED', amount: RULES.meTooReceived, groupHeld: meTooGroup, at: when, questionId, communityId, actorId: voter });
    }
    // Half of the answered threads are solved by the asker, with someone else's answer when there is one.
    let solution = null;
    let solvedAt = null;
    if (count > 0 && random() < 0.5) {
      const byOthers = threadAnswers.filter((a) => a.author !== asker);
      solution = byOthers.length ? byOthers[random.skewed(byOthers.length, 2)] : null;
      if (solution) {
        solvedAt = next();
        await grant({ userId: solution.author, key: `accepted:${solution.id}`, reason: 'ANSWER_ACCEPTED', amount: RULES.answerAccepted, at: solvedAt, questionId, answerId: solution.id, communityId, actorId: asker });
        await grant({ userId: asker, key: `accepter:${questionId}`, reason: 'ACCEPTED_AN_ANSWER', amount: RULES.acceptedSomeoneElsesAnswer, at: solvedAt, questionId, communityId, actorId: asker });
      }
    }
    const lastActivity = count ? threadAnswers[count - 1].at : at;
    const questionTitle = title(random, topic, french);
    await questions.add(questionId, communityId, asker, questionTitle, text.markdown, text.html, `{${tags.join(',')}}`, solution?.id ?? null,
      solvedAt ? new Date(solvedAt) : null, meTooVoters.length, Math.floor(20 + 3000 * Math.pow(random(), 3)), count, new Date(lastActivity), new Date(at), new Date(at));
    await questionRevisions.add(questionId, asker, questionTitle, text.markdown, `{${tags.join(',')}}`, new Date(at));
    show(q + 1);
  }
  for (const loader of [questions, questionRevisions, answers, answerRevisions, votes, meToos, ledger]) await loader.flush();
  await w.drain();

  await step('reputation and community points', async () => {
    const ids = [];
    const amounts = [];
    for (let u = 1; u <= userCount; u++) {
      if (reputation[u] === 0) continue;
      ids.push(u);
      amounts.push(reputation[u]);
    }
    await sql('UPDATE users u SET reputation = r.amount FROM unnest($1::bigint[], $2::int[]) AS r(id, amount) WHERE u.id = r.id', [ids, amounts]);
    const points = new Loader(w, 'user_community_points', { user_id: 'bigint', community_id: 'bigint', points: 'int' }, { batch: 20_000 });
    for (const [key, total] of communityPoints) {
      const [user, community] = key.split('|');
      await points.add(user, community, total);
    }
    await points.flush();
    await w.drain();
  });
  await step('restore indexes', async () => {
    for (const index of indexes) await sql(index.indexdef);
  });
  await step('analyze', () => sql('ANALYZE'));
  await step('badges', () => awardBadges(sql));
  await step('restore foreign keys', async () => {
    for (const fk of foreignKeys) await sql(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${fk.conname} ${fk.def}`);
  });
  await step('identity sequences', async () => {
    for (const table of ['users', 'communities', 'questions', 'answers', 'reputation_events']) {
      await sql(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT COALESCE(max(id), 0) + 1 FROM ${table}), false)`);
    }
  });
  await step('search vectors', () => sql(`UPDATE questions q SET search_vector = question_search_vector(q),
      title_vector = setweight(to_tsvector('agora_search', agora_search_text(q.title)), 'A') || setweight(to_tsvector('agora_search', agora_search_text(array_to_string(q.tags, ' '))), 'B')`));
  await step('resume search triggers', () => sql('ALTER TABLE questions ENABLE TRIGGER questions_search_refresh; ALTER TABLE answers ENABLE TRIGGER answers_search_refresh'));
  await step('vacuum analyze', () => sql('VACUUM ANALYZE'));
  await pool.end();
  return { ...size, ledgerRows: ledgerId, helpful: votes.rows, meToos: meToos.rows };
}

/**
 * The badges BadgesService.evaluate would have given by now (libs/shared/src/lib/badges.ts), set-based.
 * Badges are kept once earned, and every counter here only grew, so the final counters decide.
 */
function awardBadges(sql) {
  return sql(`
    WITH asked AS (SELECT author_id AS id, count(*) AS questions FROM questions GROUP BY author_id),
         posted AS (SELECT author_id AS id, count(*) AS answers, sum(helpful_count) AS helpful, max(helpful_count) AS best_answer FROM answers GROUP BY author_id),
         solved AS (SELECT a.author_id AS id, count(*) AS solutions FROM answers a JOIN questions q ON q.solution_answer_id = a.id GROUP BY a.author_id),
         c AS (SELECT u.id, u.reputation, COALESCE(asked.questions, 0) AS questions, COALESCE(posted.answers, 0) AS answers,
                      COALESCE(solved.solutions, 0) AS solutions, COALESCE(posted.helpful, 0) AS helpful, COALESCE(posted.best_answer, 0) AS best_answer
                 FROM users u LEFT JOIN asked USING (id) LEFT JOIN posted USING (id) LEFT JOIN solved USING (id))
    INSERT INTO user_badges (user_id, badge_id, community_id, awarded_at)
    SELECT id, badge, NULL, now() - interval '1 day' FROM c CROSS JOIN LATERAL (VALUES
      ('FIRST_QUESTION', questions >= 1), ('FIRST_ANSWER', answers >= 1), ('FIRST_SOLUTION', solutions >= 1),
      ('SOLUTIONS_10', solutions >= 10), ('SOLUTIONS_100', solutions >= 100), ('SOLUTIONS_500', solutions >= 500),
      ('HELPFUL_10', helpful >= 10), ('HELPFUL_100', helpful >= 100), ('HELPFUL_1000', helpful >= 1000), ('GREAT_ANSWER', best_answer >= 25),
      ('LEVEL_2', reputation >= 150), ('LEVEL_5', reputation >= 4000), ('LEVEL_8', reputation >= 35000), ('LEVEL_10', reputation >= 80000)
    ) AS b(badge, earned) WHERE earned
    UNION ALL
    SELECT a.author_id, 'COMMUNITY_EXPERT', q.community_id, now() - interval '1 day'
      FROM answers a JOIN questions q ON q.solution_answer_id = a.id GROUP BY a.author_id, q.community_id HAVING count(*) >= 25`);
}
