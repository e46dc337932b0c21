import type { ChildProcess } from 'node:child_process';

export interface ChildOutput {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * What a child process wrote and the code it ended with, once its streams have closed: how tests
 * meet a CLI as a user does. Decoded as UTF-8 across chunk boundaries; `onStdout` sees the text so
 * far after each chunk (to act on a prompt, say).
 */
export function childOutput(child: ChildProcess, onStdout?: (soFar: string) => void): Promise<ChildOutput> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
      onStdout?.(stdout);
    });
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
