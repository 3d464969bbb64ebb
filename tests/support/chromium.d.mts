export function chromiumPath(): string | undefined;
export const quietArgs: string[];
