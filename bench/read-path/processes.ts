/**
 * Process plumbing for bench/read-path.ts: the servers it measures run as children in their own process groups
 * (so a server's CPU time can be summed over its process tree and the whole group stopped), all stopped when the
 * benchmark exits, also on an error or Ctrl-C.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const children: ChildProcess[] = [];
let stopping = false;

/** Spawns a server in its own process group (stdout dropped, stderr shown); reports it if it dies before the end. */
export function start(label: string, command: string, argv: string[], cwd: string, env: Record<string, string>): ChildProcess {
  const child = spawn(command, argv, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`${label} exited early (code ${code}, signal ${signal})`);
  });
  children.push(child);
  return child;
}

function stopAll(): void {
  stopping = true;
  for (const child of children) {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) continue;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

/** CPU time (ms) of a process and all its descendants, from /proc (utime + stime, at 100 clock ticks a second). */
export function cpuMs(root: number): number {
  const procs: { pid: number; ppid: number; ms: number }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ');
      procs.push({ pid: Number(entry), ppid: Number(fields[1]), ms: (Number(fields[11]) + Number(fields[12])) * 10 });
    } catch {
      // exited while we read
    }
  }
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs)
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
  }
  return procs.filter((p) => tree.has(p.pid)).reduce((sum, p) => sum + p.ms, 0);
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Polls until `probe` answers true; fails when the child exits or after two minutes. */
export async function waitFor(label: string, child: ChildProcess, probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${label} exited before it was ready`);
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${label} did not become ready`);
}
