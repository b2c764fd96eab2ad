// A moment as the user's locale writes it, e.g. "3 Dec 2026, 13:40" (the library list, Compare's versions).
export const formatTime = (time: number) =>
  new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** To the second, e.g. "3 Dec 2026, 13:40:12": revisions saved a minute apart still read differently. */
export const formatTimeToSecond = (time: number) =>
  new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
