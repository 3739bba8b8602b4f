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

