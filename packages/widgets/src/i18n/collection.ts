/**
 * The words each element that lists a collection (the agenda's workshops, the library's
 * practices, the directory's members) has for loading it, searching it and showing it: the same
 * set of states and controls, each in the element's own words.
 */
export interface CollectionMessages<ErrorKind extends string> {
  loading: string;
  errorTitle: string;
  /** Why the collection could not be shown, one message a kind of error. */
  errors: Record<ErrorKind, string>;
  retry: string;
  empty: string;
  noMatch: string;
  clearFilters: string;
  /** The polite live region: how many are shown, of how many. */
  resultCount: (shown: number, total: number) => string;
  /** The button under a long list that shows its next part; `remaining` are not shown yet. */
  showMore: (remaining: number) => string;
  filtersLabel: string;
  /**
   * The button behind which a narrow element keeps its filters (the search box stays out), with
   * how many filters are set.
   */
  showFilters: (set: number) => string;
  search: string;
}
