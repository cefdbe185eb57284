import { SearchIcon } from '@agora/ui';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { searchPath } from '../searchQuery';

/**
 * The search box in the header of every page. On small screens it folds into an icon button that
 * reveals the field; from there Escape folds it again. Submitting opens `/search?q=…`, which shows the
 * query in its own field, so this one empties.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  // Focus follows the field when the button reveals it (not on the first render).
  useEffect(() => {
    if (open) input.current?.focus();
    else if (opened.current) toggle.current?.focus();
    opened.current = open;
  }, [open]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = value.trim();
    if (!query) {
      input.current?.focus();
      return;
    }
    navigate(searchPath({ q: query, sort: 'RELEVANCE' }));
    setValue('');
    input.current?.blur();
    opened.current = false;
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className={open ? 'header-search header-search--open' : 'header-search'}>
      <button
        ref={toggle}
        type="button"
        className="header-search__toggle"
        aria-expanded={open}
        aria-controls="header-search-form"
        onClick={() => setOpen((current) => !current)}
      >
        <SearchIcon />
        <span className="ui-visually-hidden">{t('search.showField')}</span>
      </button>
      <form id="header-search-form" role="search" aria-label={t('search.siteSearch')} className="header-search__form" onSubmit={submit}>
        <label htmlFor="header-search-input" className="ui-visually-hidden">
          {t('search.label')}
        </label>
        <input
          ref={input}
          id="header-search-input"
          type="search"
          name="q"
          value={value}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          enterKeyHint="search"
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="header-search__submit">
          <SearchIcon />
          <span className="ui-visually-hidden">{t('search.submit')}</span>
        </button>
      </form>
    </div>
  );
}
