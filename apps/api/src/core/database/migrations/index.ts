import { InitialSchema1795000000000 } from './1795000000000-initial-schema';
import { Reputation1795100000000 } from './1795100000000-reputation';
import { Search1795200000000 } from './1795200000000-search';
import { Moderation1795300000000 } from './1795300000000-moderation';
import { Notifications1795400000000 } from './1795400000000-notifications';
import { SearchSpeed1795500000000 } from './1795500000000-search-speed';
import { EditedAt1795600000000 } from './1795600000000-edited-at';
import { SearchFilters1795800000000 } from './1795800000000-search-filters';
import { BoundedSearchDocument1795900000000 } from './1795900000000-bounded-search-document';

/** In the order they run. Listed as classes so the bundled API finds them. */
export const MIGRATIONS = [
  InitialSchema1795000000000,
  Reputation1795100000000,
  Search1795200000000,
  Moderation1795300000000,
  Notifications1795400000000,
  SearchSpeed1795500000000,
  EditedAt1795600000000,
  SearchFilters1795800000000,
  BoundedSearchDocument1795900000000,
];
