// Support-forum text from a seeded random generator: English, and some French, about twelve topics.

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function randomGenerator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  /** Zipf-like: index 0 most often. */
  next.skewed = (n, power = 2) => Math.floor(n * Math.pow(next(), power));
  next.pick = (list, power = 1) => list[Math.floor(list.length * Math.pow(next(), power))];
  return next;
}

export const TOPICS = [
  'battery drains overnight charge percent health cycles replace lasts hours standby background saver calibrate swollen',
  'wifi disconnects drops signal router channel band interference weak bars reconnect network password dhcp lease',
  'bluetooth headphones pair pairing earbuds disconnect audio lag codec forget device range microphone stutter volume',
  'screen flickers display brightness pixels touch unresponsive ghost touches burn cracked glass tint refresh rate',
  'firmware update failed install stuck progress version rollback download verify restart bricked recovery mode',
  'laptop fan loud overheats hot temperature throttling thermal paste vents dust cpu usage idle spinning noise',
  'keyboard sticky keys repeat backlight trackpad click gestures cursor jumps palm rejection typing missing letters',
  'printer offline queue jammed paper driver scan wireless ink cartridge alignment spooler prints blank pages',
  'password reset account locked login factor code email verification recovery security question sign',
  'backup restore cloud storage full photos sync lost files drive space delete duplicates archive versions',
  'camera blurry focus photos video lens night stabilization shaky flash zoom selfie portrait exposure',
  'mesh extender coverage node satellite backhaul ethernet roaming dead zone setup placement speed upstairs',
].map((topic) => topic.split(' '));

/** 80 tags: the first words of each topic, then more of them, until there are 80. */
export const TAGS = (() => {
  const tags = new Set();
  for (let depth = 0; tags.size < 80; depth++) for (const words of TOPICS) if (tags.size < 80) tags.add(words[depth]);
  return [...tags];
})();
export const tagsOfTopic = (topic) => TAGS.filter((tag) => TOPICS[topic].includes(tag));

const COMMON = `after the update since yesterday every time when trying I tried already still the problem keeps happening please help
thanks it works not working anymore suddenly randomly sometimes always with the new old settings app phone laptop tablet watch at home
office support store warranty repair replaced restart reset turned off on again model version latest week month`.split(/\s+/);
const FILLER = 'the my it is not a to of on in and with when since after every but so I have this that was'.split(' ');
const FRENCH = `la batterie se décharge après la mise à jour écran scintille réinitialiser le téléphone connexion routeur perd le signal
impossible de jumeler les écouteurs clavier ordinateur portable chauffe redémarrer paramètres sauvegarde restaurer depuis hier
toujours encore merci aide problème avec mon une un les des pour dans sur pas plus`.split(/\s+/);

function sentence(random, topic, french) {
  const words = [];
  const length = 8 + random.int(12);
  for (let i = 0; i < length; i++) {
    const r = random();
    if (r < 0.4) words.push(random.pick(TOPICS[topic], 1.6));
    else if (r < 0.62) words.push(random.pick(french ? FRENCH : COMMON, 1.5));
    else if (r < 0.64) words.push(`x${random.int(5000)}`);
    else words.push(random.pick(french ? FRENCH : FILLER, 1.3));
  }
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}${random() < 0.15 ? '?' : '.'}`;
}

/** Markdown paragraphs of 0.5 to 2 KB, most near 1 KB; and the HTML markdown-it gives for them. */
export function body(random, topic, french) {
  const target = 500 + Math.floor(1500 * Math.pow(random(), 1.8));
  const paragraphs = [];
  let size = 0;
  while (size < target) {
    const sentences = [];
    const count = 2 + random.int(4);
    for (let i = 0; i < count && size < target; i++) {
      const s = sentence(random, topic, french);
      sentences.push(s);
      size += s.length + 1;
    }
    paragraphs.push(sentences.join(' '));
  }
  return { markdown: paragraphs.join('\n\n'), html: `${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}\n` };
}

export function title(random, topic, french) {
  const s = sentence(random, topic, french).replace(/[.?]$/, '');
  return `${s.split(' ').slice(0, 5 + random.int(6)).join(' ')}${random() < 0.5 ? '?' : ''}`.slice(0, 200);
}
