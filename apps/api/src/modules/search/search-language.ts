import { Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';

const logger = new Logger('Search');

/**
 * Points the `agora_search` configuration at SEARCH_LANGUAGE's stemmer (accents still ignored), and
 * rebuilds every question's search vector when the language changed since the last start.
 */
export async function applySearchLanguage(manager: EntityManager, language: string): Promise<void> {
  const [current] = await manager.query(`SELECT value FROM app_settings WHERE key = 'search_language'`);
  if (current?.value === language) return;
  const [stemmer] = await manager.query(`SELECT dictname FROM pg_ts_dict WHERE dictname = $1`, [`${language}_stem`]);
  if (!stemmer) throw new Error(`SEARCH_LANGUAGE "${language}" has no stemmer in this PostgreSQL (try english, french, german, spanish...)`);
  const started = Date.now();
  await manager.query(`ALTER TEXT SEARCH CONFIGURATION agora_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${stemmer.dictname}`);
  await manager.query(`UPDATE questions SET title = title`); // the trigger rebuilds both vectors
  await manager.query(`UPDATE app_settings SET value = $1 WHERE key = 'search_language'`, [language]);
  logger.log(`Search language set to ${language}; search index rebuilt in ${Date.now() - started} ms`);
}
