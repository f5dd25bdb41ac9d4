export function serveStatic(options: {
  root: string;
  base?: string;
  port?: number;
  headers?: Record<string, string>;
}): Promise<{ url: string; close: () => Promise<void> }>;
