/** The host's user and group databases (/etc/passwd, /etc/group), as far as `Match Group` needs them. */
export interface GroupDb {
  /** user name → primary gid */
  readonly users: ReadonlyMap<string, number>;
  /** groups in file order */
  readonly groups: readonly { readonly name: string; readonly gid: number; readonly members: readonly string[] }[];
}

export const EMPTY_GROUP_DB: GroupDb = { users: new Map(), groups: [] };

export function parseGroupDb(passwd: string | undefined, group: string | undefined): GroupDb {
  const users = new Map<string, number>();
  for (const line of (passwd ?? '').split('\n')) {
    const f = line.split(':');
    const gid = Number(f[3]);
    if (f.length >= 4 && f[0] && Number.isInteger(gid) && !users.has(f[0])) users.set(f[0], gid);
  }
  const groups: { name: string; gid: number; members: string[] }[] = [];
  for (const line of (group ?? '').split('\n')) {
    const f = line.split(':');
    const gid = Number(f[2]);
    if (f.length >= 3 && f[0] && Number.isInteger(gid)) {
      groups.push({ name: f[0], gid, members: (f[3] ?? '').split(',').map((m) => m.trim()).filter(Boolean) });
    }
  }
  return { users, groups };
}

/**
 * The names of a user's groups as getgrouplist() + getgrgid() give them: the primary group first, then every group
 * listing the user as a member; gids without a group entry are skipped. null when the user does not exist.
 */
export function userGroups(db: GroupDb, user: string): string[] | null {
  const primary = db.users.get(user);
  if (primary === undefined) return null;
  const gids: number[] = [primary];
  for (const g of db.groups) if (g.members.includes(user) && !gids.includes(g.gid)) gids.push(g.gid);
  const names: string[] = [];
  for (const gid of gids) {
    const g = db.groups.find((x) => x.gid === gid);
    if (g) names.push(g.name);
  }
  return names;
}
