// What a core may tell a person while it works, with no runner behind it: log lines, and long steps
// folded into a group. An entry passes its ActionIO, which has both.

export interface Progress {
  info(message: string): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}
