import type { Located, Location } from '../position.js';
import type { SshdTarget } from './targets/types.js';
import type { SshdDiagnosticCode, SshdDirective } from './types.js';

/**
 * The option store sshd fills while reading a config (ServerOptions): scalar slots that remember the directive that
 * set them, lists, and ListenAddress entries queued until all Ports are known.
 */
export interface Scalar {
  readonly value: string;
  readonly src: SshdDirective;
}

export interface ListValue {
  readonly values: string[];
  readonly srcs: SshdDirective[];
}

export interface QueuedListen {
  readonly addr: string;
  readonly port: number;
  readonly rdomain: string | null;
  readonly src: SshdDirective;
}

export interface Options {
  readonly scalars: Map<string, Scalar>;
  readonly lists: Map<string, ListValue>;
  readonly listen: QueuedListen[];
  /** Directives processed while active, per canonical keyword (for `overridden`). */
  readonly applied: Map<string, SshdDirective[]>;
}

export function newOptions(): Options {
  return { scalars: new Map(), lists: new Map(), listen: [], applied: new Map() };
}

export interface OptionEnv {
  readonly target: SshdTarget;
  readonly services: ReadonlyMap<string, number>;
  /** Report a problem with this line; `fatal` stops sshd (we keep going to find more). */
  readonly report: (code: SshdDiagnosticCode, message: string, at: Location) => void;
}

export function setFirst(o: Options, slot: string, value: string, d: SshdDirective, active: boolean): void {
  if (active && !o.scalars.has(slot)) o.scalars.set(slot, { value, src: d });
}

export function setLast(o: Options, slot: string, value: string, d: SshdDirective, active: boolean): void {
  if (active) o.scalars.set(slot, { value, src: d });
}

export function list(o: Options, slot: string): ListValue {
  let l = o.lists.get(slot);
  if (!l) {
    l = { values: [], srcs: [] };
    o.lists.set(slot, l);
  }
  return l;
}

export function append(o: Options, slot: string, value: string, d: SshdDirective): void {
  const l = list(o, slot);
  l.values.push(value);
  if (l.srcs[l.srcs.length - 1] !== d) l.srcs.push(d);
}

export function listEmpty(o: Options, slot: string): boolean {
  return (o.lists.get(slot)?.values.length ?? 0) === 0;
}

/** A cursor over a directive's arguments, like sshd's argv_next(). */
export class Args {
  private i = 0;
  constructor(private readonly args: readonly Located<string>[]) {}
  next(): Located<string> | undefined {
    return this.args[this.i++];
  }
  peek(): Located<string> | undefined {
    return this.args[this.i];
  }
  get remaining(): number {
    return Math.max(0, this.args.length - this.i);
  }
  consumeAll(): void {
    this.i = this.args.length;
  }
}


export type Fail = (code: SshdDiagnosticCode, message: string, where?: Location) => false;

