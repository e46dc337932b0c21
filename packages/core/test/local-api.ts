/** A stand-in GitHub API on 127.0.0.1 for core's tests: each request recorded, each answer given by the test. */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface LocalApi {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

/** Starts the server; `answer` decides each response from the recorded request. */
export async function startLocalApi(answer: (request: Received) => Answer): Promise<LocalApi> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    void bodyOf(request).then((body) => {
      const got: Received = {
        method: request.method ?? 'GET',
        path: request.url ?? '/',
        authorization: request.headers.authorization,
        body,
      };
      received.push(got);
      const { status, body: out, headers } = answer(got);
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(out ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        // The client keeps connections alive; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
