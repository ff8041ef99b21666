/** Linux process facts from /proc: a process's descendants and their memory. */
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which may itself hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[1]);
  } catch {
    return null;
  }
}

/** The process and every process below it. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

export interface Memory {
  pid: number;
  name: string;
  /** Resident set now, and its peak over the process's life (VmHWM), in bytes. */
  rss: number;
  peak: number;
}

export function memoryOf(pid: number): Memory | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) =>
      Number(status.match(new RegExp(`^${name}:\\s+(\\d+)`, "m"))?.[1] ?? 0);
    // The command line, as retitled by the process (next start calls itself next-server).
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
    const name = command.replace(/\/\S*\/(?=[\w.-]+)/g, "").slice(0, 60);
    return { pid, name, rss: field("VmRSS") * 1024, peak: field("VmHWM") * 1024 };
  } catch {
    return null;
  }
}

/** Waits (at most `minutes`) until the 1-minute load average is below `below`; returns it. */
export async function waitForQuiet(below: number, minutes: number): Promise<number> {
  const deadline = Date.now() + minutes * 60_000;
  let load = os.loadavg()[0]!;
  if (load >= below) console.log(`bench: load average ${load.toFixed(1)}: waiting for < ${below}`);
  while (load >= below && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    load = os.loadavg()[0]!;
  }
  if (load >= below)
    console.log(`bench: the machine is still busy (${load.toFixed(1)}): measuring`);
  return load;
}
