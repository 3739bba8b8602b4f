import { reactive } from 'vue';

export interface Notice {
  id: number;
  kind: 'success' | 'info' | 'danger';
  text: string;
}

let nextId = 1;

/** Short confirmations ("Supplier saved") shown in a live region, and gone after a while. */
export const notices = reactive<Notice[]>([]);

export function notify(text: string, kind: Notice['kind'] = 'success', ms = 6000): void {
  const id = nextId++;
  notices.push({ id, kind, text });
  if (notices.length > 3) notices.splice(0, notices.length - 3);
  setTimeout(() => dismissNotice(id), ms);
}

export function dismissNotice(id: number): void {
  const i = notices.findIndex((n) => n.id === id);
  if (i >= 0) notices.splice(i, 1);
}
