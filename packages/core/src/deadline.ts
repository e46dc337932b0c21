/** A bound on waiting, in a module of its own so callers can load it without what they wait for. */

/** Settles with `promise`'s value, or as timed out once `ms` have passed: the caller waits no longer. */
export async function withDeadline<T>(
  promise: Promise<T>,
  ms: number,
): Promise<{ value?: T; timedOut: boolean }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ timedOut: true }>((resolve) => {
    timer = setTimeout(() => resolve({ timedOut: true }), ms);
  });
  try {
    return await Promise.race([promise.then((value) => ({ value, timedOut: false })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
