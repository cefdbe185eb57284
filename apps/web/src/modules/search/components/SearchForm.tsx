import { Button } from '@agora/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface SearchFormProps {
  /** The query in force; the field starts from it (give the form `key={query}` to follow changes). */
  query: string;
  onSearch: (query: string) => void;
}

/** The search page's own field, with the whole query, operators included, as the person can edit it. */
export function SearchForm({ query, onSearch }: SearchFormProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(query);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(value.replace(/\s+/g, ' ').trim());
  };
  return (
    <form role="search" aria-label={t('search.pageSearch')} className="search-form" onSubmit={submit}>
      <label htmlFor="search-query" className="ui-visually-hidden">
        {t('search.queryLabel')}
      </label>
      <input
        id="search-query"
        type="search"
        name="q"
        value={value}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        enterKeyHint="search"
        onChange={(event) => setValue(event.target.value)}
      />
      <Button type="submit" variant="primary">
        {t('search.submit')}
      </Button>
    </form>
  );
}
