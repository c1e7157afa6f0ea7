/** An argument as it is typed in a shell, for a command line shown to copy: quoted when it holds a space or a quote. */
export const shellWord = (arg: string): string => (/[\s"']/u.test(arg) ? `"${arg.replace(/(["\\$`])/gu, '\\$1')}"` : arg);
