export interface SelectOption<T extends string | number = string> {
  value: T;
  label: string;
}

export interface TableColumn<K extends string = string> {
  key: K;
  label: string;
  /** The API sort key when the column can be sorted. */
  sortKey?: string;
  align?: 'start' | 'end' | 'center';
  /** e.g. '12rem' */
  width?: string;
}

export type SortOrder = 'asc' | 'desc';


/** One entry of a `UiThread`: a message or an event. */
export interface ThreadEntry {
  id: string | number;
  /** The left border: who speaks (primary: the organisation, warning: the other side). */
  tone: 'primary' | 'warning' | 'neutral';
  title: string;
  byline?: string;
  /** ISO date and time. */
  at: string;
  detail?: string | null;
  text?: string | null;
}
