// The kvm48-server GraphQL schema (/work/shared/DESIGN.md section 7) on graphql-js:
// the same types, fields, arguments, perfVods rules, error messages and result bound.
import {
  GraphQLEnumType, GraphQLError, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType,
  GraphQLSchema, GraphQLString,
} from 'graphql';

const l4cExample = 'https://live.48.cn/Index/invedio/club/1/id/2772';

// Internal values are live.48.cn club ids, as stored in perfvod.group_id.
const Group = new GraphQLEnumType({
  name: 'Group',
  description: 'A group of the SNH48 family; the value is its live.48.cn club id.',
  values: {
    SNH48: { value: 1 }, BEJ48: { value: 2 }, GNZ48: { value: 3 },
    SHY48: { value: 4 }, CKG48: { value: 5 }, CGT48: { value: 6, description: 'Club 6, since 2023.' },
  },
});

const PerfVOD = new GraphQLObjectType({
  name: 'PerfVOD',
  description: 'A stage performance VOD, as listed on <https://live.48.cn> or in the Pocket48 app.',
  fields: {
    id: { type: new GraphQLNonNull(GraphQLString),
      description: 'Canonical VOD ID, e.g. `"324479006245982208"`.' },
    l4cClubId: { type: GraphQLInt,
      description: `Club ID on live.48.cn, e.g. \`1\` in <${l4cExample}>: 1 SNH48, 2 BEJ48, ` +
        '3 GNZ48, 4 SHY48, 5 CKG48, 6 CGT48. Null when only the app knows the VOD.' },
    l4cId: { type: GraphQLInt,
      description: `VOD index on live.48.cn, e.g. \`2772\` in <${l4cExample}>. ` +
        'Null when only the app knows the VOD.' },
    l4cUrl: { type: GraphQLString,
      description: `Page URL on live.48.cn, e.g. <${l4cExample}>. Null when only the app knows the VOD.`,
      resolve: (v) => (v.l4cId == null ? null
        : `https://live.48.cn/Index/invedio/club/${v.l4cClubId}/id/${v.l4cId}`) },
    group: { type: new GraphQLNonNull(Group), description: 'Group that gave the performance.' },
    title: { type: new GraphQLNonNull(GraphQLString) },
    subtitle: { type: GraphQLString },
    startTime: { type: new GraphQLNonNull(GraphQLInt),
      description: 'Start time of the performance, epoch seconds.' },
    sdStream: { type: GraphQLString, description: 'URL of the 普清 stream, usually 480p.' },
    hdStream: { type: GraphQLString, description: 'URL of the 高清 stream, usually 720p.' },
    fhdStream: { type: GraphQLString,
      description: 'URL of the 超清 stream, nominally 1080p; since November 2018 the same as `hdStream`.' },
    bestStream: { type: new GraphQLNonNull(GraphQLString),
      description: 'URL of the best stream there is: `fhdStream`, else `hdStream`, else `sdStream`.',
      resolve: (v) => v.fhdStream ?? v.hdStream ?? v.sdStream },
  },
});

const idArg = 'Canonical VOD ID, e.g. `"324479006245982208"`.';

export function buildSchema(store, { revision, maxResults }) {
  const perfVods = (_, { ids, from, to, group }) => {
    if (ids != null && (from != null || to != null || group != null)) {
      throw new GraphQLError("'from', 'to' and 'group' are not allowed when 'ids' is specified.");
    }
    if (ids == null && (from == null || to == null)) {
      throw new GraphQLError("Either 'ids', or 'from' and 'to' must be specified.");
    }
    if (ids != null) {
      if (ids.length > maxResults) {
        throw new GraphQLError(`perfVods: ${ids.length} ids asked, at most ${maxResults} allowed.`);
      }
      return store.byIds(ids);
    }
    const rows = store.inRange(from, to, group ?? null, maxResults + 1);
    if (rows.length > maxResults) {
      throw new GraphQLError(`perfVods: more than ${maxResults} VODs in this range; ask for a narrower one.`);
    }
    return rows;
  };

  const Query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      revision: { type: new GraphQLNonNull(GraphQLString), description: 'Revision of the schema.',
        resolve: () => revision },
      perfVod: { type: PerfVOD, description: 'One VOD by canonical ID; null if unknown.',
        args: { id: { type: new GraphQLNonNull(GraphQLString), description: idArg } },
        resolve: (_, { id }) => store.byId(id) },
      perfVods: {
        type: new GraphQLList(PerfVOD),
        description: 'VODs by IDs (in the order given, null for unknown IDs), or in a time range ' +
          '(ordered by start time), optionally of one group. Give either `ids`, or `from` and `to` ' +
          `(and optionally \`group\`), not both. At most ${maxResults} VODs per query.`,
        args: {
          ids: { type: new GraphQLList(GraphQLString), description: 'Canonical VOD IDs.' },
          from: { type: GraphQLInt, description: 'Start of the time range, epoch seconds (inclusive).' },
          to: { type: GraphQLInt, description: 'End of the time range, epoch seconds (exclusive).' },
          group: { type: Group, description: 'Only VODs of this group.' },
        },
        resolve: perfVods,
      },
    },
  });
  return new GraphQLSchema({ query: Query });
}
