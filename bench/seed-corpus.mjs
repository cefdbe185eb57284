// Seeds a realistic support corpus straight into PostgreSQL with set-based SQL: users, communities,
// questions and answers with English and some French text of support vocabulary, Zipf-like word
// popularity, 20% unanswered, a tail of long threads, half of the answered solved.
// The search triggers are paused during the load and every vector is built once at the end.

/** Each thread is about one topic; most of its words come from that topic, the rest are common words. */
const TOPICS = [
  'battery drains overnight charge percent health cycles replace lasts hours standby background apps saver calibrate swollen',
  'wifi disconnects drops signal router channel band 5ghz interference weak bars reconnect network password dhcp lease',
  'bluetooth headphones pair pairing earbuds disconnect audio lag codec forget device range microphone stutter volume issue',
  'screen flickers display brightness dead pixels touch unresponsive ghost touches burn cracked glass tint refresh rate',
  'firmware update failed install stuck progress bar version rollback download verify restart bricked recovery mode issue',
  'laptop fan loud overheats hot temperature throttling thermal paste vents dust cpu usage idle spinning noise',
  'keyboard sticky keys repeat backlight trackpad click gestures cursor jumps palm rejection typing missing letters issue',
  'printer offline queue jammed paper driver scan wireless ink cartridge alignment spooler prints blank pages issue',
  'password reset account locked login two factor code email verification recovery security question sign issue again',
  'backup restore cloud storage full photos sync lost files icloud drive space delete duplicates archive versions',
  'camera blurry focus photos video lens night mode stabilization shaky flash zoom selfie portrait exposure issue',
  'mesh extender coverage node satellite backhaul ethernet roaming dead zone setup app placement speed test upstairs',
];
const TOPIC_SIZE = 16;
const TOPIC_WORDS = TOPICS.flatMap((t) => {
  const words = t.split(' ');
  if (words.length !== TOPIC_SIZE) throw new Error(`Every topic needs ${TOPIC_SIZE} words: ${t}`);
  return words;
});
const COMMON = `after update since yesterday every time when trying tried already still problem issue help please thanks works
not working anymore suddenly randomly sometimes always new old settings app phone laptop tablet watch home office work
support store warranty repair replaced restart reset turned off on again model version latest week month`.split(/\s+/);
const FRENCH = `batterie décharge après mise jour écran scintille réinitialiser téléphone connexion routeur perd signal impossible
jumeler écouteurs clavier ordinateur portable chauffe redémarrer paramètres sauvegarde restaurer`.split(/\s+/);
const FILLER = 'the my it is not a to of on in and with when since after every but so i have this that'.split(' ');
const sqlArray = (words) => `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]`;

/** SQL for a run of random words about `topic` (an SQL expression from 0 to 11), Zipf-like within each list. */
function phrase(topic, minWords, maxWords, correlate, french = false) {
  const pick = (words, skew) => `(${sqlArray(words)})[1 + floor(power(random(), ${skew}) * ${words.length})::int]`;
  return `(SELECT string_agg(CASE
             WHEN r < 0.45 THEN (${sqlArray(TOPIC_WORDS)})[${topic} * ${TOPIC_SIZE} + 1 + floor(power(random(), 1.6) * ${TOPIC_SIZE})::int]
             WHEN r < 0.62 THEN ${pick(french ? FRENCH : COMMON, 2)}
             WHEN r < 0.66 THEN 'x' || floor(random() * 5000)::int
             ELSE ${pick(FILLER, 1.3)} END, ' ')
             FROM (SELECT random() AS r FROM generate_series(1, ${minWords} + floor(random() * ${maxWords - minWords + 1})::int + 0 * ${correlate})) w)`;
}

export async function seedCorpus(db, { questions, answers, users, communities = 5, log = console.log }) {
  const step = async (label, sql) => {
    const started = Date.now();
    await db.query(sql);
    log(`  ${label.padEnd(34)} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  await step('pause search triggers', `ALTER TABLE questions DISABLE TRIGGER questions_search_refresh; ALTER TABLE answers DISABLE TRIGGER answers_search_refresh; DROP INDEX IF EXISTS questions_search_idx`);
  await step(`${communities} communities`, `INSERT INTO communities (name, slug, description)
    SELECT initcap(s), s, 'Questions about ' || s FROM unnest(ARRAY['phones','laptops','home-wifi','smart-home','accessories']) s LIMIT ${communities}`);
  await step(`${users.toLocaleString()} users`, `INSERT INTO users (email, display_name, password_hash)
    SELECT 'member' || i || '@bench.local', 'Member ' || i, 'not-a-real-hash' FROM generate_series(1, ${users}) i`);
  await step(`${questions.toLocaleString()} questions`, `INSERT INTO questions (community_id, author_id, title, body, body_html, tags, created_at, last_activity_at)
    SELECT c.id, 1 + floor(${users} * power(random(), 2))::int,
           COALESCE(initcap(${phrase('(g.i % 12)', 4, 8, 'g.i', false)}) || CASE WHEN g.i % 10 = 0 THEN ' ' || ${phrase('(g.i % 12)', 2, 4, 'g.i', true)} ELSE '' END, 'Question ' || g.i),
           COALESCE(${phrase('(g.i % 12)', 60, 260, 'g.i')}, 'Body ' || g.i), '', ARRAY[split_part((${sqlArray(TOPICS)})[1 + g.i % 12], ' ', 1)],
           now() - (g.i::float / ${questions}) * interval '400 days', now()
      FROM generate_series(1, ${questions}) g(i) JOIN LATERAL (SELECT id FROM communities ORDER BY id OFFSET g.i % ${communities} LIMIT 1) c ON true`);
  // 20% unanswered; the rest share the answers with a long tail (a few threads with 50+).
  await step(`${answers.toLocaleString()} answers`, `INSERT INTO answers (question_id, author_id, body, body_html, helpful_count, created_at)
    SELECT q.id, 1 + floor(${users} * power(random(), 3))::int, COALESCE(${phrase('((q.id - 1) % 12)', 30, 230, 'g.i')}, 'Answer ' || g.i), '',
           floor(power(random(), 4) * 40)::int, now()
      FROM generate_series(1, ${answers}) g(i)
      JOIN LATERAL (SELECT (SELECT min(id) FROM questions) + floor(${questions} * 0.8 * power(random() + 0 * g.i, 1.6))::int AS id) q ON true`);
  await step('answer counts and solutions', `
    UPDATE questions q SET answer_count = a.n FROM (SELECT question_id, count(*)::int AS n FROM answers GROUP BY question_id) a WHERE a.question_id = q.id;
    UPDATE questions q SET solution_answer_id = a.first_id, solved_at = q.created_at + interval '1 day'
      FROM (SELECT question_id, min(id) AS first_id FROM answers GROUP BY question_id) a WHERE a.question_id = q.id AND q.id % 2 = 0`);
  // The questions' own trigger builds every vector it keeps (search and title), once per question.
  await step('search vectors', `ALTER TABLE questions ENABLE TRIGGER questions_search_refresh; UPDATE questions SET title = title`);
  await step('search index', `CREATE INDEX questions_search_idx ON questions USING GIN (search_vector)`);
  await step('resume search triggers', `ALTER TABLE answers ENABLE TRIGGER answers_search_refresh`);
  await step('analyze', 'VACUUM ANALYZE');
}
