import { Role } from '@agora/shared';

/**
 * Demo content seeded on the first start of an empty database: a fictional consumer electronics
 * maker, "Lumen", with four communities, a handful of members and about forty support threads.
 * Everything is fictional. The seeder posts it through the regular services, so the rules checked
 * there (no self-answers, no self-votes, etc.) must hold here too.
 */

export interface DemoCommunity {
  slug: string;
  name: string;
  description: string;
}

export interface DemoUser {
  key: string;
  displayName: string;
  email: string;
  role: Role;
  importedReputation: number;
}

export interface DemoAnswer {
  /** A DemoUser key. */
  author: string;
  /** Markdown. */
  body: string;
  /** DemoUser keys. */
  helpfulBy: string[];
}

export interface DemoQuestion {
  /** A DemoCommunity slug. */
  community: string;
  /** A DemoUser key. */
  author: string;
  /** 10 to 200 characters. */
  title: string;
  /** Markdown, one to a few paragraphs. */
  body: string;
  /** 0-5 tags matching TAG_PATTERN, at most 30 characters each. */
  tags: string[];
  /** When it was asked, 0-90 days ago. */
  daysAgo: number;
  /** DemoUser keys who "have this question too". */
  meToo: string[];
  answers: DemoAnswer[];
  /** Index into answers of the accepted solution, when solved. */
  solution?: number;
}

/** Joins Markdown blocks with blank lines. */
function md(...blocks: string[]): string {
  return blocks.join('\n\n');
}

export const DEMO_PASSWORD = 'agora-demo-2026';

export const DEMO_COMMUNITIES: DemoCommunity[] = [
  {
    slug: 'phones',
    name: 'Phones',
    description: 'Get help with your Lumen Phone: battery, calls, eSIM, camera, Bluetooth and LumenOS updates.',
  },
  {
    slug: 'laptops',
    name: 'Laptops',
    description: 'Questions about Lumen Book laptops, from setup and performance to displays, docks and repairs.',
  },
  {
    slug: 'home-wifi',
    name: 'Home Wi-Fi',
    description: 'Set up and troubleshoot Lumen routers and Mesh systems for fast, reliable Wi-Fi at home.',
  },
  {
    slug: 'smart-home',
    name: 'Smart Home',
    description: 'Connect and automate Lumen plugs, bulbs, cameras, thermostats and locks with the Lumen Home app.',
  },
];

export const DEMO_USERS: DemoUser[] = [
  { key: 'admin', displayName: 'Lumen Admin', email: 'admin@agora.local', role: Role.ADMIN, importedReputation: 0 },
  {
    key: 'moderator',
    displayName: 'Camille (Lumen)',
    email: 'moderator@agora.local',
    role: Role.MODERATOR,
    importedReputation: 0,
  },
  { key: 'member', displayName: 'Sam Rivera', email: 'member@agora.local', role: Role.MEMBER, importedReputation: 40 },
  { key: 'priya', displayName: 'Priya Nair', email: 'priya@agora.local', role: Role.MEMBER, importedReputation: 0 },
  { key: 'olivia', displayName: 'Olivia Grant', email: 'olivia@agora.local', role: Role.MEMBER, importedReputation: 95 },
  { key: 'lea', displayName: 'Léa Martin', email: 'lea@agora.local', role: Role.MEMBER, importedReputation: 180 },
  { key: 'kenji', displayName: 'Kenji Watanabe', email: 'kenji@agora.local', role: Role.MEMBER, importedReputation: 320 },
  { key: 'thomas', displayName: 'Thomas Dubois', email: 'thomas@agora.local', role: Role.MEMBER, importedReputation: 620 },
  { key: 'marcus', displayName: 'Marcus Chen', email: 'marcus@agora.local', role: Role.MEMBER, importedReputation: 1500 },
  { key: 'sofia', displayName: 'Sofia Rossi', email: 'sofia@agora.local', role: Role.MEMBER, importedReputation: 4200 },
  { key: 'julien', displayName: 'Julien Moreau', email: 'julien@agora.local', role: Role.MEMBER, importedReputation: 9000 },
  { key: 'hannah', displayName: 'Hannah Becker', email: 'hannah@agora.local', role: Role.MEMBER, importedReputation: 21000 },
  { key: 'david', displayName: 'David Okafor', email: 'david@agora.local', role: Role.MEMBER, importedReputation: 36000 },
  { key: 'amelie', displayName: 'Amélie Laurent', email: 'amelie@agora.local', role: Role.MEMBER, importedReputation: 52000 },
];

export const DEMO_QUESTIONS: DemoQuestion[] = [
  // ───────────────────────────────── Phones ─────────────────────────────────
  {
    community: 'phones',
    author: 'member',
    title: 'Battery drains twice as fast since the LumenOS 6.2 update',
    body: md(
      "Since I updated my **Lumen Phone 14** to LumenOS 6.2 last week, the battery goes from 100% to about 30% by lunchtime. Before the update it easily lasted a full day and a half.",
      "Things I already tried:",
      "- Restarted the phone (twice)\n- Turned off *Always-on display*\n- Lowered the screen brightness",
      "Settings › Battery shows **System services** at 38%, which seems like a lot. Is anyone else seeing this?",
    ),
    tags: ['battery', 'lumenos-6.2', 'lumen-phone-14'],
    daysAgo: 3,
    meToo: ['priya', 'olivia', 'kenji', 'marcus', 'lea', 'thomas', 'sofia'],
    answers: [
      {
        author: 'david',
        body: md(
          "After a major update the phone re-indexes photos, messages and search in the background, which shows up as **System services**. It normally settles after 48-72 hours *on the charger overnight*.",
          "If it is still bad after three nights:",
          "1. Go to **Settings › Battery › Battery usage by app** and switch to *Last 10 days*.\n2. Look for apps with a lot of *Background activity*.\n3. Open **Settings › Developer › Running services** and check for `media_scanner` stuck at high CPU.",
          "If `media_scanner` is the culprit, clearing the cache of the **Gallery** app (not its data!) fixes it for most people.",
        ),
        helpfulBy: ['member', 'priya', 'olivia', 'kenji', 'marcus', 'lea', 'sofia', 'hannah', 'thomas', 'julien'],
      },
      {
        author: 'olivia',
        body: "Same here on a Lumen Phone 13. Mine dropped 20% overnight with the screen off. Following this thread.",
        helpfulBy: [],
      },
      {
        author: 'hannah',
        body: md(
          "Adding to David's answer: 6.2 also turned **Adaptive refresh rate** back on for some users, even if you had it set to 60 Hz before.",
          "Check **Settings › Display › Motion smoothness**. Setting it back to *Standard* gave me about an hour more screen-on time.",
        ),
        helpfulBy: ['member', 'kenji', 'marcus', 'david'],
      },
      {
        author: 'kenji',
        body: "Leaving it on the charger overnight two nights in a row worked for me. Battery is back to normal now, **System services** is down to 9%.",
        helpfulBy: ['member', 'priya'],
      },
      {
        author: 'marcus',
        body: md(
          "For me it was the new *Nearby share* feature that keeps scanning. Turning it off in **Settings › Connected devices › Nearby** made a clear difference.",
          "Not sure it's the same for everyone, but worth a try.",
        ),
        helpfulBy: ['olivia', 'lea'],
      },
      {
        author: 'sofia',
        body: "If none of this helps, check **Settings › Battery › Battery health**. An update can also recalibrate the gauge and reveal that a battery at 78% health is simply worn out.",
        helpfulBy: ['david'],
      },
      {
        author: 'moderator',
        body: md(
          "Thanks everyone for the reports. Our team is aware of higher battery use on some Lumen Phone 13 and 14 devices after **LumenOS 6.2**, mainly caused by the gallery re-indexing.",
          "A fix is planned for **6.2.1**. In the meantime, David's steps are the recommended workaround.",
        ),
        helpfulBy: ['member', 'olivia', 'kenji', 'priya', 'thomas'],
      },
      {
        author: 'amelie',
        body: "One more tip: if you restored from a backup, let the photo library finish syncing with Lumen Cloud on Wi-Fi first. The progress is under **Settings › Lumen Cloud › Photos**.",
        helpfulBy: ['lea', 'member'],
      },
    ],
    solution: 0,
  },
  {
    community: 'phones',
    author: 'olivia',
    title: 'eSIM transfer to my new phone fails with "Transfer could not be completed"',
    body: md(
      "I'm moving from a Lumen Phone 12 to a Lumen Phone 14. Everything transferred except the eSIM: at the end of the setup it says **Transfer could not be completed. Contact your carrier.**",
      "Both phones are on the latest LumenOS and next to each other. My carrier says the eSIM is still active on the old phone. What am I missing?",
    ),
    tags: ['esim', 'transfer', 'setup'],
    daysAgo: 12,
    meToo: ['kenji'],
    answers: [
      {
        author: 'hannah',
        body: md(
          "The quick transfer only works if your carrier supports it, and a few of them require it to be started **from the old phone**:",
          "1. On the old phone, go to **Settings › Mobile network › eSIM › Transfer to another phone**.\n2. Keep both phones unlocked and Bluetooth on.\n3. Confirm the code shown on the new phone.",
          "If that option is greyed out, ask the carrier for a **new eSIM QR code** and scan it on the new phone. The old eSIM is deactivated automatically.",
        ),
        helpfulBy: ['olivia', 'kenji', 'member'],
      },
      {
        author: 'member',
        body: "I had the same error, the QR code route worked. My carrier sent it by email within ten minutes.",
        helpfulBy: ['olivia'],
      },
    ],
    solution: 0,
  },
  {
    community: 'phones',
    author: 'lea',
    title: 'Le Bluetooth se déconnecte de ma voiture toutes les cinq minutes',
    body: md(
      "Bonjour à tous,",
      "Depuis quelques jours, mon Lumen Phone 13 se **déconnecte du Bluetooth de ma voiture** (une Peugeot 208 de 2021) environ toutes les cinq minutes. La musique se coupe, puis ça se reconnecte tout seul.",
      "Avec le téléphone de mon copain, aucun problème. J'ai déjà supprimé l'appairage et recommencé. Une idée ?",
    ),
    tags: ['bluetooth', 'voiture', 'lumen-phone-13'],
    daysAgo: 20,
    meToo: ['thomas'],
    answers: [
      {
        author: 'julien',
        body: md(
          "Bonjour Léa,",
          "C'est souvent l'**optimisation de la batterie** qui coupe le service Bluetooth en arrière-plan. Essayez ceci :",
          "- **Réglages › Batterie › Optimisation** : choisissez *Non optimisé* pour l'application `Bluetooth` et pour votre appli de musique.\n- **Réglages › Appareils connectés** : dans les options de la voiture, désactivez *Accès aux contacts*, puis réactivez-le une fois la connexion stable.",
          "Sur les 208, la synchronisation du répertoire fait parfois planter l'autoradio. Tenez-nous au courant !",
        ),
        helpfulBy: ['lea', 'thomas', 'amelie'],
      },
      {
        author: 'amelie',
        body: "Je confirme pour la synchro des contacts : même souci avec ma Clio, réglé en désactivant l'accès aux contacts. Pensez aussi à mettre à jour l'autoradio chez le concessionnaire si possible.",
        helpfulBy: ['lea'],
      },
    ],
    solution: 0,
  },
  {
    community: 'phones',
    author: 'priya',
    title: 'Camera app shows a black screen after I dropped my phone',
    body: md(
      "I dropped my Lumen Phone 14 from about a metre onto tiles. No visible cracks, but now the **Camera** app opens to a black screen. The front camera works, the back one doesn't.",
      "Switching to 0.5x or 3x doesn't help either. Is this a software glitch or do I need a repair?",
    ),
    tags: ['camera', 'hardware'],
    daysAgo: 1,
    meToo: [],
    answers: [],
  },
  {
    community: 'phones',
    author: 'kenji',
    title: 'Phone gets very hot when charging with the 45W charger',
    body: md(
      "When I charge my Lumen Phone 14 with the official **45W Lumen charger**, the back gets really hot, hot enough to be uncomfortable to hold. With my old 20W charger it stays warm at most.",
      "Is this normal for fast charging, or should I be worried?",
    ),
    tags: ['charging', 'overheating'],
    daysAgo: 30,
    meToo: ['marcus'],
    answers: [
      {
        author: 'david',
        body: "Some warmth is normal at 45W, especially between 10% and 50%. It should not be *uncomfortable* though. Are you using a case? Thick cases trap a lot of heat.",
        helpfulBy: ['kenji'],
      },
      {
        author: 'sofia',
        body: md(
          "Check that **Adaptive charging** is on (**Settings › Battery › Charging**). With it on, the phone limits the power when it is warm or when you charge overnight.",
          "Also avoid charging while gaming or navigating: the phone then heats from both the SoC and the charging circuit. If it still gets hot on a table, without a case, ask for a check at a Lumen service centre.",
        ),
        helpfulBy: ['kenji', 'marcus', 'david'],
      },
    ],
  },
  {
    community: 'phones',
    author: 'marcus',
    title: 'Notifications only arrive when I unlock my phone',
    body: md(
      "Messages from chat apps, email and even my bank arrive all at once as soon as I unlock the phone. While it sits on the desk I get nothing.",
      "Do Not Disturb is off. Lumen Phone 13, LumenOS 6.1.",
    ),
    tags: ['notifications', 'battery-saver'],
    daysAgo: 45,
    meToo: ['priya', 'member'],
    answers: [
      {
        author: 'amelie',
        body: md(
          "That's typically **Deep sleep** putting apps to sleep. Go to **Settings › Battery › Background limits** and look at the *Deep sleeping apps* list. Remove your chat and mail apps from it.",
          "Also check that **Battery saver** isn't set to turn on automatically at a high percentage.",
        ),
        helpfulBy: ['marcus', 'priya', 'member', 'julien'],
      },
      {
        author: 'julien',
        body: "And for apps you never want delayed, add them to **Never sleeping apps** in the same screen.",
        helpfulBy: ['marcus'],
      },
    ],
  },
  {
    community: 'phones',
    author: 'thomas',
    title: "I can't receive text messages from short codes (bank verification codes)",
    body: md(
      "Normal SMS work fine, but I never receive the **verification codes** my bank and some websites send from 5-digit short numbers. This makes logging into my bank impossible.",
      "I tried with the SIM in another phone and the codes arrive there. So it seems to be my Lumen Phone.",
    ),
    tags: ['sms', '2fa'],
    daysAgo: 8,
    meToo: ['sofia'],
    answers: [
      {
        author: 'hannah',
        body: md(
          "Check whether short codes got blocked by the spam filter: **Messages › ⋮ › Spam & blocked**. Some updates flag them as *likely spam*.",
          "Also look under **Settings › Apps › Special access › Premium SMS** and set your Messages app to *Ask*.",
        ),
        helpfulBy: ['sofia'],
      },
    ],
  },
  {
    community: 'phones',
    author: 'sofia',
    title: 'Screen flickers at low brightness in dark rooms',
    body: md(
      "When I lower the brightness below about 20%, the screen of my Lumen Phone 14 Pro visibly **flickers**, especially on grey backgrounds. It's worse in dark mode.",
      "Is this the known PWM issue, and is there a setting for it?",
    ),
    tags: ['display', 'flicker', 'lumen-phone-14-pro'],
    daysAgo: 60,
    meToo: ['olivia', 'kenji', 'hannah'],
    answers: [
      {
        author: 'david',
        body: "OLED panels dim by switching the pixels on and off (PWM). At low brightness the frequency is lower, and some people notice it. Try **Extra dim** instead of lowering the slider.",
        helpfulBy: ['sofia', 'olivia'],
      },
      {
        author: 'moderator',
        body: md(
          "Hi Sofia, thanks for the report. **LumenOS 6.1.3** added an option for this: **Settings › Display › Advanced › Eye comfort › High-frequency dimming**.",
          "Turn it on and the panel uses high-frequency dimming below 30% brightness. Please let us know if you still see flicker afterwards.",
        ),
        helpfulBy: ['sofia', 'olivia', 'kenji', 'hannah', 'david', 'member', 'marcus', 'priya'],
      },
    ],
    solution: 1,
  },
  {
    community: 'phones',
    author: 'olivia',
    title: 'Face unlock stopped working after I put on a screen protector',
    body: md(
      "I put a tempered-glass screen protector on my Lumen Phone 13 and face unlock now fails 9 times out of 10. I re-registered my face, no change.",
      "The protector has a cutout for the front camera, but not for the small sensor next to it. Could that be it?",
    ),
    tags: ['face-unlock', 'accessories'],
    daysAgo: 6,
    meToo: [],
    answers: [],
  },
  {
    community: 'phones',
    author: 'marcus',
    title: 'Lumen Cloud backup stuck on "Preparing…" for two days',
    body: md(
      "My nightly backup has shown **Preparing…** for two days. The phone is on Wi-Fi and charging overnight, and I have 80 GB free in Lumen Cloud.",
      "Tapping **Back up now** does nothing visible. Any way to see what's going on?",
    ),
    tags: ['lumen-cloud', 'backup'],
    daysAgo: 0,
    meToo: ['member'],
    answers: [],
  },

  // ──────────────────────────────── Laptops ─────────────────────────────────
  {
    community: 'laptops',
    author: 'thomas',
    title: 'Fan is constantly loud even when the laptop is idle',
    body: md(
      "My **Lumen Book Pro 14** (2024, 32 GB) has its fan running at full speed even with only the browser open. It's quite loud in a quiet office.",
      "The bottom of the laptop isn't particularly hot. Task manager shows CPU at ~5%. What could keep the fan spinning?",
    ),
    tags: ['fan', 'noise', 'lumen-book-pro'],
    daysAgo: 5,
    meToo: ['priya', 'marcus'],
    answers: [
      {
        author: 'david',
        body: md(
          "First check what the firmware thinks the temperatures are. In a terminal:",
          "`lumenctl thermal status`",
          "If one sensor (often `ssd0` or `vrm`) reports something absurd like 95 °C while the case is cool, it's a sensor/firmware issue, not real heat. The fix is:",
          "1. Update the firmware with **Lumen Update** (version `1.14` or later).\n2. Reset the thermal controller: shut down, then hold **Power + Fn + F** for 10 seconds.\n3. Switch **Performance mode** to *Balanced* in Lumen Control Center.",
        ),
        helpfulBy: ['thomas', 'priya', 'marcus', 'hannah', 'sofia'],
      },
      {
        author: 'marcus',
        body: "Same model here. `ssd0` was stuck at 91 °C, the firmware update and reset fixed it. Quiet as a mouse now.",
        helpfulBy: ['thomas', 'david'],
      },
      {
        author: 'hannah',
        body: "If the sensors look fine, check for a background process that spikes briefly: the indexer and some antivirus tools wake the CPU every few seconds, which is enough to keep the fan curve up.",
        helpfulBy: ['priya'],
      },
    ],
    solution: 0,
  },
  {
    community: 'laptops',
    author: 'thomas',
    title: 'Mon Lumen Book Air ne sort plus de veille quand je rouvre l’écran',
    body: md(
      "Bonjour,",
      "Depuis la dernière mise à jour, quand je referme l'écran de mon **Lumen Book Air 13** puis que je le rouvre, l'écran reste noir. Le clavier est rétroéclairé, mais rien ne s'affiche. Je dois forcer l'arrêt en maintenant le bouton d'alimentation.",
      "Ça arrive surtout après une nuit en veille. Quelqu'un a une solution ?",
    ),
    tags: ['veille', 'lumen-book-air'],
    daysAgo: 16,
    meToo: ['lea'],
    answers: [
      {
        author: 'amelie',
        body: md(
          "Bonjour Thomas,",
          "C'est un problème connu avec la **veille prolongée** activée par la mise à jour. Essayez de la désactiver :",
          "- Ouvrez **Lumen Control Center › Alimentation**\n- Décochez *Passer en veille prolongée après 3 heures*",
          "Si l'écran reste noir, appuyez sur `Fn + F7` : il arrive que la sortie vidéo bascule sur un écran externe fantôme.",
        ),
        helpfulBy: ['thomas', 'lea', 'julien'],
      },
      {
        author: 'julien',
        body: "J'ajoute : mettez aussi à jour le pilote graphique via **Lumen Update**, la version `31.0.4` corrige justement un bug de réveil sur les Air 13.",
        helpfulBy: ['thomas', 'amelie'],
      },
    ],
  },
  {
    community: 'laptops',
    author: 'marcus',
    title: 'External monitor not detected through my USB-C hub',
    body: md(
      "I have a 27\" 4K monitor connected through a USB-C hub (HDMI out). On my work laptop it works fine, but my **Lumen Book Pro 16** doesn't detect it at all. The hub's USB ports and Ethernet do work.",
      "I tried both USB-C ports and two HDMI cables.",
    ),
    tags: ['usb-c', 'external-display', 'lumen-book-pro'],
    daysAgo: 15,
    meToo: ['kenji'],
    answers: [
      {
        author: 'sofia',
        body: md(
          "Many cheap hubs use **DisplayPort Alt Mode** with a converter chip that only supports 4K at 30 Hz, and some don't negotiate at all with 4K monitors set to 60 Hz.",
          "Try setting the monitor's HDMI input to *HDMI 1.4* / *Compatibility mode* in its own menu. If it then shows up, the hub is the limit. A hub with a **DP 1.4 / HDMI 2.0** chip will fix it for good.",
        ),
        helpfulBy: ['marcus', 'kenji', 'david'],
      },
      {
        author: 'olivia',
        body: "Also make sure you use the ports marked with the little display icon: on the Pro 16, only the two left ports carry video.",
        helpfulBy: ['marcus'],
      },
    ],
  },
  {
    community: 'laptops',
    author: 'priya',
    title: 'Keyboard backlight no longer turns on after the BIOS update',
    body: md(
      "After installing BIOS `2.08` on my Lumen Book 15, the keyboard backlight stays off. `Fn + Space` shows the on-screen indicator cycling through the levels, but the keys stay dark.",
      "Any way to roll back, or is it a hardware coincidence?",
    ),
    tags: ['keyboard', 'bios'],
    daysAgo: 25,
    meToo: [],
    answers: [
      {
        author: 'hannah',
        body: md(
          "Before rolling back, try a **full power reset**: unplug the charger, hold the power button for 30 seconds, then plug it back in and start.",
          "BIOS `2.08` also added an *auto-off when idle* option. Check **BIOS › Advanced › Keyboard backlight timeout** and make sure it's not set to `0 s`.",
        ),
        helpfulBy: ['priya'],
      },
    ],
  },
  {
    community: 'laptops',
    author: 'olivia',
    title: 'Battery never charges past 80% on my new Lumen Book',
    body: md(
      "My brand-new Lumen Book Air 15 stops charging at **80%** every time. The charger is the original one and the icon says *Plugged in, not charging*.",
      "Is the battery faulty already?",
    ),
    tags: ['battery', 'charging', 'lumen-book-air'],
    daysAgo: 40,
    meToo: ['member', 'kenji'],
    answers: [
      {
        author: 'amelie',
        body: md(
          "Good news: that's a feature! **Battery care** limits charging to 80% to make the battery last longer, and it's on by default on new models.",
          "You can change it in **Lumen Control Center › Battery › Charging limit**. Choose *100%* before a trip, and go back to 80% when you mostly work plugged in.",
        ),
        helpfulBy: ['olivia', 'member', 'kenji', 'priya', 'lea', 'marcus', 'thomas', 'sofia', 'julien'],
      },
      {
        author: 'kenji',
        body: "Thanks, I had the same question. Did not know about that setting.",
        helpfulBy: [],
      },
    ],
    solution: 0,
  },
  {
    community: 'laptops',
    author: 'kenji',
    title: 'Trackpad registers random clicks while I type',
    body: md(
      "On my Lumen Book 14, the cursor sometimes jumps and **clicks on its own** while I'm typing, so I end up typing in the wrong window.",
      "Palm rejection is enabled. It started about a week ago.",
    ),
    tags: ['trackpad', 'input'],
    daysAgo: 2,
    meToo: ['thomas'],
    answers: [],
  },
  {
    community: 'laptops',
    author: 'member',
    title: 'Wi-Fi on my laptop is much slower than on my phone',
    body: md(
      "Sitting in the same spot, my phone gets **420 Mbps** on a speed test while my Lumen Book 15 gets barely **60 Mbps**. Both are connected to the same network.",
      "Router is a Lumen Mesh Pro. Any idea where to start?",
    ),
    tags: ['wi-fi', 'performance'],
    daysAgo: 50,
    meToo: [],
    answers: [
      {
        author: 'julien',
        body: "Check which band the laptop is on: hold **Alt** and click the Wi-Fi icon. If it says *2.4 GHz*, that's your answer. Mesh systems sometimes keep laptops on 2.4 GHz when they first connect far from the router.",
        helpfulBy: ['member'],
      },
      {
        author: 'david',
        body: md(
          "Also check the adapter's power settings. In **Device Manager › Network adapters › Lumen Wireless AX › Advanced**:",
          "- *MIMO power save mode*: **No SMPS**\n- *Roaming aggressiveness*: **Medium**\n- *Preferred band*: **Prefer 5 GHz**",
          "Finally, disable *Power saving* for Wi-Fi in **Lumen Control Center › Battery** when plugged in.",
        ),
        helpfulBy: ['member', 'julien', 'marcus'],
      },
    ],
    solution: 1,
  },
  {
    community: 'laptops',
    author: 'sofia',
    title: 'Laptop stuck on the Lumen logo after an interrupted update',
    body: md(
      "My battery died during a system update. Now my Lumen Book Pro 14 shows the **Lumen logo** and the spinning dots forever. I waited more than an hour.",
      "I have important files on it that aren't backed up. Please help!",
    ),
    tags: ['boot', 'recovery', 'update'],
    daysAgo: 70,
    meToo: [],
    answers: [
      {
        author: 'moderator',
        body: md(
          "Hi Sofia, don't worry, an interrupted update almost never touches your files. Please try the **Lumen Recovery** environment:",
          "1. Plug in the charger.\n2. Hold the power button for 10 seconds to turn the laptop off.\n3. Press power, then immediately hold **`Fn + R`** until you see *Lumen Recovery*.\n4. Choose **Repair system update**. This reinstalls the system files only and keeps your documents.",
          "If Recovery doesn't appear, reply here and we'll arrange a service appointment, where data is preserved too.",
        ),
        helpfulBy: ['sofia', 'david', 'hannah', 'marcus'],
      },
      {
        author: 'david',
        body: "Good advice from Camille. Once you're back in, turn on **Lumen Cloud Backup** or plug in an external drive for File History. Good time to start!",
        helpfulBy: ['sofia'],
      },
    ],
    solution: 0,
  },
  {
    community: 'laptops',
    author: 'lea',
    title: 'Lumen Book Air ou Pro pour du montage vidéo 4K ?',
    body: md(
      "Bonjour,",
      "Je fais du montage vidéo amateur (vidéos de voyage en 4K, DaVinci Resolve) et j'hésite entre le **Lumen Book Air 15** et le **Lumen Book Pro 14**. L'écart de prix est important.",
      "Est-ce que l'Air suffit, ou est-ce qu'il va chauffer et ralentir sur des exports longs ?",
    ),
    tags: ['achat', 'video', 'lumen-book-pro'],
    daysAgo: 33,
    meToo: [],
    answers: [
      {
        author: 'amelie',
        body: md(
          "Bonjour Léa,",
          "L'Air n'a **pas de ventilateur** : il est parfait pour des montages courts, mais sur un export de 20 minutes en 4K il va réduire sa fréquence pour rester au frais. Le Pro garde ses performances tout du long.",
          "Si le montage est un loisir occasionnel, l'Air 15 avec **24 Go** de mémoire est un bon compromis. Si vous exportez souvent, prenez le Pro.",
        ),
        helpfulBy: ['lea', 'thomas', 'julien'],
      },
      {
        author: 'thomas',
        body: "J'ai l'Air 15 et je monte mes vidéos de vélo en 4K : ça passe bien, l'export est juste un peu plus long. Par contre prenez au moins 1 To de stockage, les rushes prennent vite de la place.",
        helpfulBy: ['lea'],
      },
    ],
  },
  {
    community: 'laptops',
    author: 'priya',
    title: 'Webcam says "in use by another application" but nothing else is open',
    body: md(
      "Every video call app says the camera is **in use by another application**, even right after a restart. The camera privacy switch on the side is set to *on*.",
      "Lumen Book 14, fully updated.",
    ),
    tags: ['webcam', 'privacy'],
    daysAgo: 0,
    meToo: [],
    answers: [],
  },

  // ─────────────────────────────── Home Wi-Fi ───────────────────────────────
  {
    community: 'home-wifi',
    author: 'marcus',
    title: 'Wi-Fi drops every ten minutes on my Lumen Mesh system',
    body: md(
      "Every ten minutes or so, all devices in the house lose Wi-Fi for 20-30 seconds, then reconnect. Wired devices on the main router are fine.",
      "Setup: **Lumen Mesh Pro**, one router and two satellites, firmware `4.2.1`. About 25 devices. It started after we moved the router to the living room.",
    ),
    tags: ['wi-fi', 'mesh', 'disconnects'],
    daysAgo: 7,
    meToo: ['member', 'kenji', 'priya', 'olivia'],
    answers: [
      {
        author: 'hannah',
        body: md(
          "A drop of 20-30 seconds at regular intervals is the classic symptom of **DFS channels**: when the router detects a radar signal (weather radar, airports), it must leave the channel and wait before using a new one.",
          "In the Lumen Wi-Fi app:",
          "1. **Settings › Wi-Fi › Advanced › 5 GHz channel**\n2. Change from *Auto* to a non-DFS channel: **36, 40, 44 or 48**\n3. Restart the mesh from the app.",
          "Moving the router may simply have put it closer to a window facing the radar source.",
        ),
        helpfulBy: ['marcus', 'member', 'kenji', 'priya', 'olivia', 'julien', 'david', 'sofia', 'thomas'],
      },
      {
        author: 'julien',
        body: "You can confirm it in the router log (**Settings › System › Logs**): look for lines like `radar detected, switching channel`.",
        helpfulBy: ['marcus', 'hannah'],
      },
      {
        author: 'member',
        body: "Had the exact same thing, channel 44 fixed it for me. Thanks Hannah!",
        helpfulBy: ['hannah'],
      },
    ],
    solution: 0,
  },
  {
    community: 'home-wifi',
    author: 'kenji',
    title: 'Router firmware update failed and the light keeps blinking orange',
    body: md(
      "The app offered a firmware update for my **Lumen Router AX3000**. It got to 60%, then the app lost the connection. Now the light on the router blinks **orange** and there's no Wi-Fi at all.",
      "I've unplugged it a few times. Is it bricked?",
    ),
    tags: ['firmware', 'router', 'recovery'],
    daysAgo: 18,
    meToo: [],
    answers: [
      {
        author: 'moderator',
        body: md(
          "Hi Kenji, it's very unlikely to be bricked: the router keeps a backup firmware for exactly this case. A blinking orange light means it's waiting in **recovery mode**.",
          "1. Connect a computer with an Ethernet cable to LAN port 1.\n2. Give the computer the fixed address `192.168.1.10` (mask `255.255.255.0`).\n3. Open `http://192.168.1.1` in a browser: you get the recovery page.\n4. Upload the firmware file for the AX3000 from the Lumen support site and wait about 5 minutes.",
          "Don't unplug the router while the light is blinking fast.",
        ),
        helpfulBy: ['kenji', 'david', 'marcus', 'sofia'],
      },
      {
        author: 'david',
        body: "Adding: on Mac you set the fixed address in **System Settings › Network › Ethernet › Details › TCP/IP**, set *Configure IPv4* to *Manually*.",
        helpfulBy: ['kenji'],
      },
    ],
    solution: 0,
  },
  {
    community: 'home-wifi',
    author: 'thomas',
    title: 'Ma box Lumen perd la connexion Internet chaque nuit vers 3 h',
    body: md(
      "Bonsoir,",
      "Tous les matins, le journal de ma box montre une **coupure Internet entre 3 h 00 et 3 h 10**. Ce n'est pas grave en soi, mais mes caméras perdent leurs enregistrements pendant ce temps.",
      "Mon opérateur dit que la ligne est stable. Est-ce que la box fait quelque chose à cette heure-là ?",
    ),
    tags: ['routeur', 'coupure'],
    daysAgo: 22,
    meToo: ['lea'],
    answers: [
      {
        author: 'julien',
        body: md(
          "Bonsoir Thomas,",
          "Oui : par défaut, la box vérifie et installe les **mises à jour automatiques** à 3 h, puis redémarre si besoin. Elle fait aussi un *redémarrage de maintenance* hebdomadaire.",
          "Vous pouvez changer le créneau dans l'appli **Lumen Wi-Fi › Réglages › Système › Mises à jour automatiques**. Je vous conseille de laisser les mises à jour activées, mais de choisir une heure où vos caméras comptent moins.",
        ),
        helpfulBy: ['thomas', 'lea', 'amelie', 'moderator'],
      },
      {
        author: 'amelie',
        body: "Et pour les caméras, activez l'**enregistrement sur carte microSD** en secours : elles continuent d'enregistrer localement pendant les coupures.",
        helpfulBy: ['thomas'],
      },
    ],
    solution: 0,
  },
  {
    community: 'home-wifi',
    author: 'sofia',
    title: 'Mesh satellite shows "Weak backhaul" even in the next room',
    body: md(
      "One of my two Lumen Mesh satellites always shows **Weak backhaul** in the app, though it's only one wall away from the router (about 7 m).",
      "The other satellite, further away, is fine. I tried swapping them and the problem stays with the *location*, not the device.",
    ),
    tags: ['mesh', 'backhaul'],
    daysAgo: 35,
    meToo: [],
    answers: [
      {
        author: 'david',
        body: "If it follows the location, look at what's in that wall: concrete with rebar, a bathroom with tiles, a mirror, or a fridge on the other side all kill 5 GHz. Try moving the satellite even one metre sideways.",
        helpfulBy: ['sofia', 'hannah'],
      },
      {
        author: 'hannah',
        body: md(
          "If you have Ethernet in both rooms, use a **wired backhaul**: plug the satellite's WAN port into the network and the app switches automatically (it shows *Wired* under the satellite).",
          "Powerline adapters also work if there's no Ethernet.",
        ),
        helpfulBy: ['sofia'],
      },
    ],
  },
  {
    community: 'home-wifi',
    author: 'olivia',
    title: 'Port forwarding for my game server does not work',
    body: md(
      "I'm trying to host a Minecraft server for friends. I added a port forwarding rule for TCP `25565` to my PC (`192.168.1.42`) on the Lumen Router, but friends can't connect and online port checkers say the port is closed.",
      "Windows firewall allows Java. What am I missing?",
    ),
    tags: ['port-forwarding', 'gaming', 'nat'],
    daysAgo: 55,
    meToo: ['kenji'],
    answers: [
      {
        author: 'marcus',
        body: "Check that your PC still has `192.168.1.42`: if it got a new address from DHCP, the rule points at nothing. Create a **DHCP reservation** for it.",
        helpfulBy: ['olivia'],
      },
      {
        author: 'julien',
        body: md(
          "Also look at the router's **WAN IP** in **Settings › Internet**. If it starts with `100.64.` to `100.127.`, or is a private address like `10.x`, your ISP uses **CGNAT** and no port forwarding will ever work from your side.",
          "In that case ask your ISP for a public IPv4 address (often free on request), or use a tunnel service.",
        ),
        helpfulBy: ['olivia', 'kenji', 'marcus', 'david'],
      },
    ],
  },
  {
    community: 'home-wifi',
    author: 'priya',
    title: 'My wireless printer disappears from the network every few days',
    body: md(
      "Our HP printer works for a few days after I reconnect it, then computers say it's **offline**. Turning the printer off and on fixes it until next time.",
      "It's connected to the Lumen Router by Wi-Fi.",
    ),
    tags: ['printer', 'wi-fi'],
    daysAgo: 65,
    meToo: ['member'],
    answers: [
      {
        author: 'amelie',
        body: md(
          "Printers often handle **band steering** and modern Wi-Fi features badly. Two things usually fix it:",
          "- Give the printer a **fixed address** (DHCP reservation) in **Settings › Network › Devices**.\n- Create a separate **2.4 GHz IoT network** (Settings › Wi-Fi › IoT network) and connect the printer to it.",
          "Also turn off the printer's own *Wi-Fi sleep* mode if it has one.",
        ),
        helpfulBy: ['priya', 'member', 'sofia'],
      },
    ],
    solution: 0,
  },
  {
    community: 'home-wifi',
    author: 'member',
    title: 'Devices on the guest network have no internet access',
    body: md(
      "I enabled the **Guest network** on my Lumen Router so visitors don't get my main password. Phones connect to it fine, but then show *Connected, no internet*.",
      "The main network works. Did I miss a setting?",
    ),
    tags: ['guest-network', 'router'],
    daysAgo: 4,
    meToo: ['lea'],
    answers: [],
  },
  {
    community: 'home-wifi',
    author: 'lea',
    title: 'How do I enable WPA3 without breaking my older devices?',
    body: md(
      "I'd like to switch my Lumen Router to **WPA3** for better security, but I have an old tablet and a smart TV from 2016 that probably only support WPA2.",
      "Is there a way to have both?",
    ),
    tags: ['security', 'wpa3'],
    daysAgo: 80,
    meToo: [],
    answers: [
      {
        author: 'david',
        body: "Use **WPA2/WPA3 mixed (transition) mode** in **Settings › Wi-Fi › Security**. New devices use WPA3, old ones fall back to WPA2 on the same network name.",
        helpfulBy: ['lea', 'kenji'],
      },
      {
        author: 'kenji',
        body: "Careful, my 2015 TV refused to connect in mixed mode (it saw the network but failed). I ended up putting it on the guest network in WPA2 only.",
        helpfulBy: ['lea'],
      },
    ],
  },
  {
    community: 'home-wifi',
    author: 'hannah',
    title: 'Parental control schedule is ignored on weekends',
    body: md(
      "I set a schedule in the Lumen Wi-Fi app to pause internet on my kids' devices from **21:00 to 07:00**. On weekdays it works, but on Saturday and Sunday the devices stay online all night.",
      "The schedule is set to *Every day*.",
    ),
    tags: ['parental-controls', 'schedule'],
    daysAgo: 11,
    meToo: ['sofia'],
    answers: [
      {
        author: 'moderator',
        body: md(
          "Thanks Hannah, we could reproduce this: schedules that cross midnight are not applied when the next day is a **weekend day** in firmware `4.2.1`.",
          "Until the fix ships, the workaround is to create **two rules**: `21:00-23:59` and `00:00-07:00`, both set to *Every day*.",
        ),
        helpfulBy: ['hannah', 'sofia', 'david'],
      },
    ],
  },
  {
    community: 'home-wifi',
    author: 'julien',
    title: 'Wired speed capped at 100 Mbps on one Ethernet port',
    body: md(
      "My gigabit fibre works at full speed on LAN ports 1 and 2, but my desktop on **port 3** never gets more than **94 Mbps**. The router's status page says `100M full duplex` for that port.",
      "Cable is a Cat 6 that came with the router.",
    ),
    tags: ['ethernet', 'speed'],
    daysAgo: 1,
    meToo: [],
    answers: [],
  },

  // ─────────────────────────────── Smart Home ───────────────────────────────
  {
    community: 'smart-home',
    author: 'member',
    title: "Lumen Smart Plug won't pair with the Lumen Home app",
    body: md(
      "I bought two **Lumen Smart Plug Mini**. The first paired fine, the second one blinks blue but the app says *Device not found* after scanning for a minute.",
      "I reset it by holding the button for 5 seconds (light turns red, then blinks blue). Phone is on my home Wi-Fi.",
    ),
    tags: ['smart-plug', 'pairing'],
    daysAgo: 9,
    meToo: ['olivia', 'priya'],
    answers: [
      {
        author: 'julien',
        body: md(
          "Smart plugs only work on **2.4 GHz**. If your router uses the same name for 2.4 and 5 GHz, the phone may be on 5 GHz and the plug can't find it.",
          "Try this:",
          "1. In your router, temporarily enable a separate **2.4 GHz-only** network (or use the IoT network on Lumen routers).\n2. Connect your phone to it.\n3. Reset the plug and pair it again, staying within 3 m.",
          "Once paired, you can switch your phone back.",
        ),
        helpfulBy: ['member', 'olivia', 'priya', 'hannah', 'kenji'],
      },
      {
        author: 'olivia',
        body: "Also make sure Bluetooth is on: the app uses Bluetooth to find new plugs, and Wi-Fi only afterwards.",
        helpfulBy: ['member'],
      },
    ],
    solution: 0,
  },
  {
    community: 'smart-home',
    author: 'lea',
    title: 'Ma caméra Lumen Cam ne détecte plus les mouvements la nuit',
    body: md(
      "Bonjour,",
      "Ma **Lumen Cam Outdoor** détecte bien les mouvements le jour, mais depuis une semaine je n'ai **plus aucune alerte la nuit**, alors que des chats passent forcément dans le jardin.",
      "La vision nocturne fonctionne quand je regarde en direct. La sensibilité est réglée sur *Élevée*.",
    ),
    tags: ['camera', 'detection'],
    daysAgo: 14,
    meToo: [],
    answers: [
      {
        author: 'thomas',
        body: "Vous avez peut-être un planning d'alertes activé ? Chez moi il avait été créé par défaut avec le mode *Absent*.",
        helpfulBy: ['lea'],
      },
      {
        author: 'amelie',
        body: md(
          "Bonjour Léa,",
          "La nuit, la caméra utilise son **capteur infrarouge passif (PIR)** plutôt que l'image. Deux causes fréquentes :",
          "- Une **toile d'araignée** ou de la buée devant le capteur (la petite fenêtre ronde sous l'objectif) : nettoyez-la.\n- Les **zones d'activité** : depuis la version `3.8` de l'appli, elles s'appliquent aussi la nuit. Vérifiez dans **Réglages de la caméra › Détection › Zones** que le jardin est bien inclus.",
        ),
        helpfulBy: ['lea', 'thomas', 'julien', 'moderator'],
      },
    ],
    solution: 1,
  },
  {
    community: 'smart-home',
    author: 'kenji',
    title: 'Thermostat shows 2 °C more than the actual room temperature',
    body: md(
      "My **Lumen Thermostat** shows 22 °C while two separate thermometers in the same room say 20 °C. So the heating stops too early and the room stays cold.",
      "It's mounted on an inside wall, at about 1.5 m.",
    ),
    tags: ['thermostat', 'heating'],
    daysAgo: 28,
    meToo: ['marcus'],
    answers: [
      {
        author: 'hannah',
        body: "Is there anything warm behind the wall, like a boiler, a hot water pipe or an oven? Even a warm wall can add 1-2 °C.",
        helpfulBy: ['kenji'],
      },
      {
        author: 'david',
        body: md(
          "You can correct it in the app: **Thermostat › Settings › Temperature offset** and set it to `-2.0 °C`.",
          "Also check the backplate wiring: if the thermostat is powered by the `C` wire from an old transformer, it can warm itself up.",
        ),
        helpfulBy: ['kenji', 'marcus', 'hannah'],
      },
    ],
  },
  {
    community: 'smart-home',
    author: 'marcus',
    title: 'My automations run twice every time',
    body: md(
      "I have an automation: *When the front door opens after sunset, turn on the hallway lights*. It works, but I get **two notifications** and the activity log shows it ran twice within a second.",
      "Same for my *Good morning* scene.",
    ),
    tags: ['automations', 'lumen-home'],
    daysAgo: 38,
    meToo: ['olivia'],
    answers: [
      {
        author: 'amelie',
        body: md(
          "This usually happens when you have **two hubs** (for example an old Lumen Hub and the new Hub 2), and both run the automation.",
          "Open **Lumen Home › Settings › Hubs** and choose one as *Primary for automations*. Then open each automation and check that **Run on** shows only that hub.",
        ),
        helpfulBy: ['marcus', 'olivia', 'sofia'],
      },
      {
        author: 'sofia',
        body: "It happened to me after sharing my home with my partner: the automation was duplicated in her account. Check under **Automations › Created by**.",
        helpfulBy: ['marcus'],
      },
    ],
  },
  {
    community: 'smart-home',
    author: 'olivia',
    title: 'Smart bulbs unresponsive after a power outage',
    body: md(
      "We had a short power cut yesterday. Since then, 4 of my 9 **Lumen Color bulbs** show *No response* in the app. They turn on with the wall switch but can't be controlled.",
      "The other 5 came back on their own.",
    ),
    tags: ['bulbs', 'power-outage'],
    daysAgo: 44,
    meToo: ['member'],
    answers: [
      {
        author: 'david',
        body: md(
          "The bulbs probably came back before the router had finished starting, gave up, and are waiting. Flick the wall switch **off for 10 seconds, then on** for those 4 bulbs, one room at a time.",
          "To avoid it next time, enable **Settings › Devices › Power-on behaviour › Reconnect automatically** (added in bulb firmware `2.3`).",
        ),
        helpfulBy: ['olivia', 'member'],
      },
    ],
  },
  {
    community: 'smart-home',
    author: 'priya',
    title: 'Lumen Doorbell battery only lasts about a week',
    body: md(
      "The box says the **Lumen Doorbell** battery lasts *up to 6 months*. Mine needs charging every **7 to 8 days**. We live on a fairly busy street.",
      "Is that normal or is my battery defective?",
    ),
    tags: ['doorbell', 'battery'],
    daysAgo: 58,
    meToo: ['kenji', 'lea'],
    answers: [
      {
        author: 'julien',
        body: "The 6 months assume about 5 events a day. On a busy street you may have 100+. Check the event count in **Doorbell › Activity**.",
        helpfulBy: ['priya'],
      },
      {
        author: 'hannah',
        body: md(
          "A few settings make a huge difference:",
          "- **Motion zones**: exclude the pavement and the street.\n- **Motion sensitivity**: *Medium* instead of *High*.\n- **Video length**: *15 s* instead of *Best effort*.\n- **Wi-Fi signal**: a weak signal (`RSSI` below -70) drains the battery fast, consider a Mesh satellite near the door.",
          "With these, mine went from 10 days to about 3 months.",
        ),
        helpfulBy: ['priya', 'kenji', 'lea', 'julien', 'member'],
      },
      {
        author: 'marcus',
        body: "If you have doorbell wires, you can also connect them: the doorbell then trickle-charges and you never have to take it off.",
        helpfulBy: ['priya'],
      },
    ],
    solution: 1,
  },
  {
    community: 'smart-home',
    author: 'thomas',
    title: "Voice assistant says it can't find any of my Lumen devices",
    body: md(
      "I linked Lumen Home to my voice assistant and it discovered 12 devices. Since this week, every command gets *I can't find a device called “living room lamp”*.",
      "The devices still work in the Lumen Home app.",
    ),
    tags: ['voice-assistant', 'integration'],
    daysAgo: 72,
    meToo: ['sofia'],
    answers: [
      {
        author: 'moderator',
        body: md(
          "Hi Thomas, after a password change or a long inactivity the link between both services can expire. Please **unlink and relink** the Lumen Home skill in the voice assistant app, then ask it to *discover devices*.",
          "Your device names and rooms are kept.",
        ),
        helpfulBy: ['sofia'],
      },
    ],
  },
  {
    community: 'smart-home',
    author: 'julien',
    title: "Comment partager l'accès à ma maison connectée avec ma famille ?",
    body: md(
      "Bonjour,",
      "Je voudrais que ma femme et mes deux ados puissent contrôler les lumières et le thermostat depuis leur téléphone, mais **sans** qu'ils puissent modifier les automatisations ni voir les caméras.",
      "Est-ce possible avec l'appli Lumen Home ?",
    ),
    tags: ['partage', 'lumen-home'],
    daysAgo: 47,
    meToo: ['lea'],
    answers: [
      {
        author: 'moderator',
        body: md(
          "Bonjour Julien,",
          "Oui, c'est prévu pour ça. Dans **Lumen Home › Maison › Membres › Inviter**, vous pouvez choisir un rôle pour chaque personne :",
          "- **Administrateur** : accès complet.\n- **Membre** : contrôle des appareils, sans modifier les automatisations.\n- **Invité** : uniquement les pièces que vous choisissez.",
          "Pour les caméras, décochez-les dans **Accès aux appareils** lors de l'invitation. Les ados n'auront même pas l'icône.",
        ),
        helpfulBy: ['julien', 'lea', 'amelie', 'thomas'],
      },
      {
        author: 'amelie',
        body: "Petit conseil : mettez les ados en **Invité** avec seulement leur chambre et le salon, vous éviterez les surprises sur le thermostat 😉",
        helpfulBy: ['julien', 'lea'],
      },
    ],
    solution: 0,
  },
  {
    community: 'smart-home',
    author: 'sofia',
    title: 'Lumen Hub offline after I replaced my router',
    body: md(
      "I replaced my ISP router with a new one, using a **different Wi-Fi name and password**. All my Wi-Fi devices were easy to move, but the **Lumen Hub** (Zigbee) now shows *Offline* and I can't find a way to give it the new network.",
      "I don't want to re-pair the 30 sensors connected to it.",
    ),
    tags: ['hub', 'zigbee', 'router'],
    daysAgo: 86,
    meToo: ['kenji'],
    answers: [
      {
        author: 'david',
        body: md(
          "Good news: changing the hub's Wi-Fi **does not** remove its Zigbee devices. Those are stored on the hub itself.",
          "1. In **Lumen Home › Hub › Settings**, tap **Change Wi-Fi network** (the option appears when the hub is offline).\n2. Hold the hub's button for **2 seconds** (not 10, that's a reset!) until the light blinks white.\n3. Follow the steps to give it the new network.",
          "Even simpler: connect the hub with an Ethernet cable and it'll come back online on its own.",
        ),
        helpfulBy: ['sofia', 'kenji', 'hannah', 'member', 'marcus', 'olivia', 'julien', 'priya'],
      },
      {
        author: 'member',
        body: "Can confirm the 2-second trick, did the same last month. All sensors were still there.",
        helpfulBy: ['sofia'],
      },
    ],
    solution: 0,
  },
  {
    community: 'smart-home',
    author: 'hannah',
    title: 'Smart lock auto-lock does not trigger when the door is closed',
    body: md(
      "My **Lumen Lock** is set to auto-lock 30 seconds after the door closes, but it only locks about half the time. The door sensor shows *Closed* correctly in the app.",
      "Batteries are at 85%. Anything else I should check?",
    ),
    tags: ['smart-lock', 'auto-lock'],
    daysAgo: 0,
    meToo: [],
    answers: [],
  },
  {
    community: 'smart-home',
    author: 'priya',
    title: 'Can I use Lumen motion sensors without the cloud?',
    body: md(
      "For privacy reasons I'd prefer my home automation to work **locally**, even if the internet is down. Do the Lumen motion sensors and hub support local control, or does everything go through Lumen Cloud?",
    ),
    tags: ['privacy', 'local-control', 'hub'],
    daysAgo: 90,
    meToo: [],
    answers: [
      {
        author: 'hannah',
        body: md(
          "Since Hub firmware `5.0`, automations that only use devices on the same hub run **locally**. You can see it in the automation details: it shows a small *Local* badge.",
          "Notifications to your phone and remote access still need the internet, of course.",
        ),
        helpfulBy: ['priya', 'david'],
      },
    ],
  },
];
