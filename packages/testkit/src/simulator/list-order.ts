/** The order GitHub lists issues and pull requests in: by a time or a comment count, ties by number. */

interface Ordered {
  number: number;
  created_at: string;
  updated_at: string;
  comments: readonly unknown[];
}

/** Sorts `list` in place ascending by `key` (ties by number), then reverses it when `descending`. */
export function orderList<T extends Ordered>(
  list: T[],
  key: 'created' | 'updated' | 'comments',
  descending: boolean,
): T[] {
  const value = (i: T): number =>
    key === 'updated'
      ? Date.parse(i.updated_at)
      : key === 'comments'
        ? i.comments.length
        : Date.parse(i.created_at);
  list.sort((a, b) => value(a) - value(b) || a.number - b.number);
  if (descending) list.reverse();
  return list;
}
