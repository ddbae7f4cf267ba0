import { docketEntrySource } from './docket-entries.ts';
import { documentSource } from './documents.ts';
import { matterSource } from './matters.ts';
import { noteSource } from './notes.ts';
import type { SearchSource } from './source.ts';

/** Everything `search` looks through; a new kind of record is one file here and one line in this list. */
export const SEARCH_SOURCES: readonly SearchSource[] = [matterSource, documentSource, noteSource, docketEntrySource];
