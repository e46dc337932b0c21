import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseWebhook, type FetchLike, notificationText, sendNotification } from '../src/notify.js';
import { memoryLogger, runInfo } from './issues-fixture.js';

interface Received {
  method: string;
  path: string;
  contentType: string;
  body: unknown;
}

/** A Slack-compatible receiver on 127.0.0.1 that answers `status` and remembers what it got. */
async function receiver(status = 200): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        path: req.url ?? '',
        contentType: String(req.headers['content-type']),
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
      });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'invalid_payload');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/services/T000/B000/secretpart`, received, server };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers.length = 0;
});

const s = createSanitizer();
const issue = {
  number: 12,
  url: 'https://github.com/octo-org/widgets/issues/12',
  title: '[autoheal] CI · test: Test failure: <b>boom</b> & @here',
};

describe('notificationText', () => {
  it('links the issue in Slack syntax and escapes &, < and > in everything else', () => {
    const text = notificationText(
      s,
      'created',
      issue,
      runInfo({ workflowName: 'CI <!channel>', headBranch: 'main' }),
    );
    expect(text).toBe(
      'New CI failure in CI &lt;​!channel&gt; on main: <https://github.com/octo-org/widgets/issues/12|#12> [autoheal] CI · test: Test failure: &lt;b&gt;boom&lt;/b&gt; &amp; @​here',
    );
    expect(notificationText(s, 'reopened', issue, runInfo())).toMatch(/^CI failure is back in CI on main: </);
  });
});

describe('sendNotification', () => {
  it('posts {"text": …} as JSON to a local receiver', async () => {
    const hook = await receiver();
    const log = memoryLogger();
    const ok = await sendNotification(hook.url, 'hello', { fetch: globalThis.fetch as FetchLike, log });
    expect(ok).toBe(true);
    expect(hook.received).toEqual([
      {
        method: 'POST',
        path: '/services/T000/B000/secretpart',
        contentType: 'application/json',
        body: { text: 'hello' },
      },
    ]);
    expect(log.lines).toEqual([]);
  });

  it('turns a refusal into a warning that never names the URL', async () => {
    const hook = await receiver(400);
    const log = memoryLogger();
    expect(await sendNotification(hook.url, 'hello', { fetch: globalThis.fetch as FetchLike, log })).toBe(
      false,
    );
    expect(log.text('warning')).toContain('answered HTTP 400');
    expect(JSON.stringify(log.lines)).not.toContain('secretpart');
  });

  it('turns an unreachable webhook into a warning that never names the URL', async () => {
    const hook = await receiver();
    const url = hook.url;
    await new Promise((resolve) => hook.server.close(resolve));
    servers.length = 0;
    const log = memoryLogger();
    expect(await sendNotification(url, 'hello', { fetch: globalThis.fetch as FetchLike, log })).toBe(false);
    expect(log.text('warning')).toMatch(/Could not reach the notification webhook \(ECONNREFUSED\)/);
    expect(JSON.stringify(log.lines)).not.toContain('secretpart');
    expect(JSON.stringify(log.lines)).not.toContain(url);
  });

  it('gives up after its timeout', async () => {
    const log = memoryLogger();
    const hang: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    expect(
      await sendNotification('https://hooks.example.com/x', 'hello', { fetch: hang, log, timeoutMs: 20 }),
    ).toBe(false);
    expect(log.text('warning')).toContain('(TimeoutError)');
  });
});

describe('chooseWebhook', () => {
  it('prefers the input, then the environment variable the config names', () => {
    const env = { SLACK_URL: 'https://hooks.slack.com/services/T/B/env' };
    expect(chooseWebhook('https://hooks.slack.com/services/T/B/input', 'SLACK_URL', env)).toEqual({
      url: 'https://hooks.slack.com/services/T/B/input',
      source: 'the slack-webhook-url input',
    });
    expect(chooseWebhook(undefined, 'SLACK_URL', env)).toEqual({
      url: 'https://hooks.slack.com/services/T/B/env',
      source: 'the SLACK_URL environment variable',
    });
    expect(chooseWebhook(undefined, undefined, env)).toEqual({});
  });

  it('explains a missing or unsafe environment value without echoing it', () => {
    expect(chooseWebhook(undefined, 'SLACK_URL', {}).problem).toContain(
      'this step has no such environment variable',
    );
    const insecure = chooseWebhook(undefined, 'SLACK_URL', {
      SLACK_URL: 'http://hooks.slack.com/services/T/B/leaky',
    });
    expect(insecure.url).toBeUndefined();
    expect(insecure.problem).toContain('must be an https:// URL');
    expect(insecure.problem).not.toContain('leaky');
  });
});
