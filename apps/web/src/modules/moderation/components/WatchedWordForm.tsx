import { MODERATION_LIMITS } from '@agora/shared';
import { Alert, Button, Field } from '@agora/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddWatchedWordInput, WatchedWordAction } from '../../../generated/graphql';
import { describeApiError } from '../../../lib/apiErrors';

const ACTIONS: readonly WatchedWordAction[] = ['BLOCK', 'REVIEW', 'REPLACE'];
const FIELDS = ['word', 'rule', 'replacement'] as const;
type WatchedWordField = (typeof FIELDS)[number];

/** Adds a word or phrase to watch, what to do with posts that use it, and the rule their authors are told. */
export function WatchedWordForm({ onAdd }: { onAdd: (input: AddWatchedWordInput) => Promise<void> }) {
  const { t } = useTranslation();
  const [word, setWord] = useState('');
  const [action, setAction] = useState<WatchedWordAction>('BLOCK');
  const [replacement, setReplacement] = useState('');
  const [rule, setRule] = useState('');
  const [errors, setErrors] = useState<Partial<Record<WatchedWordField, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<WatchedWordField, string>> = {
      word: word.trim().length < MODERATION_LIMITS.watchedWord.min ? t('moderation.words.errors.word', { min: MODERATION_LIMITS.watchedWord.min }) : undefined,
      rule: rule.trim().length < MODERATION_LIMITS.ruleName.min ? t('moderation.words.errors.rule', { min: MODERATION_LIMITS.ruleName.min }) : undefined,
      replacement: action === 'REPLACE' && !replacement.trim() ? t('moderation.words.errors.replacement') : undefined,
    };
    setErrors(found);
    setAlert(null);
    if (Object.values(found).some(Boolean)) return;
    setPending(true);
    try {
      await onAdd({ word: word.trim(), action, rule: rule.trim(), replacement: action === 'REPLACE' ? replacement.trim() : undefined });
      setWord('');
      setReplacement('');
      setRule('');
    } catch (failure) {
      const problem = describeApiError(failure, t, { fields: FIELDS });
      setErrors(problem.fieldErrors);
      setAlert(problem.message);
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="form watched-word-form" noValidate onSubmit={submit} aria-label={t('moderation.words.addTitle')}>
      {alert && <Alert>{alert}</Alert>}
      <Field id="word-word" label={t('moderation.words.word')} hint={t('moderation.words.wordHint')} error={errors.word}>
        {(control) => <input {...control} maxLength={MODERATION_LIMITS.watchedWord.max} value={word} onChange={(event) => setWord(event.target.value)} />}
      </Field>
      <Field id="word-action" label={t('moderation.words.action')}>
        {(control) => (
          <select {...control} value={action} onChange={(event) => setAction(event.target.value as WatchedWordAction)}>
            {ACTIONS.map((choice) => (
              <option key={choice} value={choice}>
                {t(`moderation.words.actions.${choice}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {action === 'REPLACE' && (
        <Field id="word-replacement" label={t('moderation.words.replacement')} error={errors.replacement}>
          {(control) => <input {...control} value={replacement} onChange={(event) => setReplacement(event.target.value)} />}
        </Field>
      )}
      <Field id="word-rule" label={t('moderation.words.rule')} hint={t('moderation.words.ruleHint')} error={errors.rule}>
        {(control) => <input {...control} maxLength={MODERATION_LIMITS.ruleName.max} value={rule} onChange={(event) => setRule(event.target.value)} />}
      </Field>
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={pending}>
          {t('moderation.words.add')}
        </Button>
      </div>
    </form>
  );
}
