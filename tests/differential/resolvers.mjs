// Resolvers of the differential test schema over the fixed data in data.json.
// tests/differential/cpp/test_schema.cpp implements the same behaviour through the
// C++ engine's API; any change here must be mirrored there.

const byId = (list) => new Map(list.map((x) => [x.id, x]));

function sortByStartTime(vods, order) {
  const sorted = [...vods].sort((a, b) => a.startTime - b.startTime);
  return order === 'DESC' ? sorted.reverse() : sorted;
}

function takeFirst(list, n, what) {
  if (n === null || n === undefined) return list;
  if (n < 0) throw new Error(`${what} must be non-negative.`);
  return list.slice(0, n);
}

function secretOf(member) {
  if (member.secret === null) throw new Error(`Member ${member.id} has no secret.`);
  return member.secret;
}

export function attachResolvers(schema, data) {
  data = {
    ...data,
    vods: data.vods.map((v) => ({ __typename: 'PerfVOD', ...v })),
    members: data.members.map((m) => ({ __typename: 'Member', ...m })),
    teams: data.teams.map((t) => ({ __typename: 'Team', ...t })),
  };
  const vods = byId(data.vods);
  const members = byId(data.members);
  const teams = byId(data.teams);
  const set = (typeName, fieldName, resolve) => {
    schema.getType(typeName).getFields()[fieldName].resolve = resolve;
  };
  const echo = (_src, args) => args.v;

  set('Query', 'revision', () => data.revision);
  set('Query', 'perfVod', (_s, { id }) => vods.get(id) ?? null);
  set('Query', 'perfVods', (_s, args) => {
    const given = (k) => args[k] !== undefined && args[k] !== null;
    if (given('ids')) {
      if (given('from') || given('to') || given('group')) {
        throw new Error("'from', 'to' and 'group' are not allowed when 'ids' is specified.");
      }
      return args.ids.map((id) => (id === null ? null : vods.get(id) ?? null));
    }
    if (!given('from') || !given('to')) {
      throw new Error("Either 'ids', or 'from' and 'to' must be specified.");
    }
    const hits = data.vods.filter(
      (v) => v.startTime >= args.from && v.startTime < args.to &&
        (!given('group') || v.group === args.group));
    return sortByStartTime(hits, 'ASC');
  });
  set('Query', 'member', (_s, { id }) => members.get(id) ?? null);
  set('Query', 'members', (_s, { group, order }) => {
    const hits = data.members.filter((m) => group === undefined || group === null || m.group === group);
    const sorted = [...hits].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return order === 'DESC' ? sorted.reverse() : sorted;
  });
  set('Query', 'team', (_s, { id }) => teams.get(id) ?? null);
  set('Query', 'searchVods', (_s, { filter, limit }) => {
    const hits = data.vods.filter((v) =>
      (filter.group == null || v.group === filter.group) &&
      (filter.from == null || v.startTime >= filter.from) &&
      v.startTime < filter.to &&
      (filter.titleContains == null || v.title.includes(filter.titleContains)) &&
      (filter.ids == null || filter.ids.includes(v.id)));
    return takeFirst(sortByStartTime(hits, filter.order), limit, 'limit');
  });
  for (const f of ['echoString', 'echoInt', 'echoFloat', 'echoBoolean', 'echoID', 'echoEnum',
    'echoList', 'echoNonNullList', 'echoNested', 'echoInput', 'echoDefault', 'echoRequired']) {
    set('Query', f, echo);
  }
  set('Query', 'legacy', (_s, args) => args.new ?? args.old ?? null);
  set('Query', 'entity', (_s, { id }) => members.get(id) ?? teams.get(id) ?? null);
  set('Query', 'search', (_s, { text }) => [
    ...data.vods.filter((v) => v.title.includes(text)),
    ...data.members.filter((m) => m.name.includes(text)),
    ...data.teams.filter((t) => t.name.includes(text)),
  ]);
  set('Query', 'fail', () => { throw new Error('fail resolver failed.'); });
  set('Query', 'failNonNull', () => { throw new Error('failNonNull resolver failed.'); });

  const byTypename = (value) => value.__typename;
  schema.getType('Entity').resolveType = byTypename;
  schema.getType('SearchResult').resolveType = byTypename;
  set('Mutation', 'echoMutation', echo);
  set('Subscription', 'vodAdded', () => data.vods[0]);
  set('Subscription', 'tick', () => 1);

  set('PerfVOD', 'l4cUrl', (v) => (v.l4cClubId === null || v.l4cId === null ? null
    : `https://live.48.cn/Index/invedio/club/${v.l4cClubId}/id/${v.l4cId}`));
  set('PerfVOD', 'bestStream', (v) => v.fhdStream ?? v.hdStream ?? v.sdStream);
  set('PerfVOD', 'members', (v) => v.memberIds.map((id) => members.get(id)));

  set('Member', 'team', (m) => (m.teamId === null ? null : teams.get(m.teamId) ?? null));
  set('Member', 'vods', (m, { first, order }) =>
    takeFirst(sortByStartTime(data.vods.filter((v) => v.memberIds.includes(m.id)), order),
      first, 'first'));
  set('Member', 'friends', (m) =>
    (m.friendIds === null ? null : m.friendIds.map((id) => members.get(id) ?? null)));
  set('Member', 'secret', secretOf);
  set('Member', 'maybeSecret', secretOf);

  set('Team', 'members', (t, { limit }) =>
    takeFirst(data.members.filter((m) => m.teamId === t.id), limit, 'limit'));
  set('Team', 'leader', (t) => (t.leaderId === null ? null : members.get(t.leaderId) ?? null));
}
