import { useTranslation } from 'react-i18next';
import type { PostKind } from '../../../generated/graphql';

const KINDS: readonly PostKind[] = ['QUESTION', 'USER_TIP'];

/** Question or User Tip: two radio buttons, each with a line on what it is for. */
export function PostKindChoice({ value, onChange }: { value: PostKind; onChange: (kind: PostKind) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="kind-choice">
      <legend className="kind-choice__legend">{t('ask.kind.legend')}</legend>
      <div className="kind-choice__options">
        {KINDS.map((kind) => (
          <label key={kind} className="kind-choice__option">
            <input
              type="radio"
              name="kind"
              value={kind}
              checked={value === kind}
              onChange={() => onChange(kind)}
              aria-describedby={`kind-${kind}-hint`}
            />
            <span className="kind-choice__text">
              <span className="kind-choice__title">{t(`ask.kind.${kind}.title`)}</span>
              <span id={`kind-${kind}-hint`} className="kind-choice__hint">
                {t(`ask.kind.${kind}.hint`)}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
