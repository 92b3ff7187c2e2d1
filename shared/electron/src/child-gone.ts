// A crashed GPU process is restarted by Chromium, but the page it drew may stay black or frozen (video,
// canvas): the shell then reloads its page as after a renderer crash. Other helpers (network, audio
// utilities) come back by themselves, and a clean exit is no crash.

export interface ChildGone {
  type: string;
  reason: string;
}

export function reloadsAfter(details: ChildGone): boolean {
  return details.type === 'GPU' && details.reason !== 'clean-exit';
}
