// The kvm48-server GraphQL schema (/work/shared/DESIGN.md section 7) on graphql-js:
// the same types, fields, arguments, descriptions, perfVods rules, error messages
// and result bound as server/api, so both answer every request with the same JSON.
import {
  GraphQLEnumType, GraphQLError, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType,
  GraphQLSchema, GraphQLString,
} from 'graphql';

const nonNull = (type) => new GraphQLNonNull(type);
const l4cPage = 'https://live.48.cn/Index/invedio/club/1/id/2772';
const appOnly = 'Null when only the Koudai48 app API knows the VOD.';
const idExample = 'Canonical VOD ID, e.g., `"324479006245982208"`.';

// Internal values are live.48.cn club ids, as stored in perfvod.group_id.
const Group = new GraphQLEnumType({
  name: 'Group',
  values: {
    SNH48: { value: 1 },
    BEJ48: { value: 2 },
    GNZ48: { value: 3 },
    SHY48: { value: 4, description: 'Crawled only with --legacy.' },
    CKG48: { value: 5, description: 'Crawled only with --legacy.' },
    CGT48: { value: 6, description: 'live.48.cn club 6; added in revision 20261128.1.' },
  },
});

const PerfVOD = new GraphQLObjectType({
  name: 'PerfVOD',
  description: 'A VOD entry on <https://live.48.cn>.',
  fields: {
    id: { type: nonNull(GraphQLString), description: idExample },
    l4cClubId: {
      type: GraphQLInt,
      description: `Club ID used on live.48.cn, e.g., \`1\` in <${l4cPage}>. \`1\` for SNH48, ` +
        '`2` for BEJ48, `3` for GNZ48, `4` for SHY48, `5` for CKG48, `6` for CGT48. ' + appOnly,
    },
    l4cId: {
      type: GraphQLInt,
      description: `CMS-assigned VOD index used on live.48.cn, e.g., \`2772\` in <${l4cPage}>. ${appOnly}`,
    },
    l4cUrl: {
      type: GraphQLString,
      description: `live.48.cn page URL, e.g. <${l4cPage}>. ${appOnly}`,
      resolve: (v) => (v.l4cId == null ? null
        : `https://live.48.cn/Index/invedio/club/${v.l4cClubId}/id/${v.l4cId}`),
    },
    group: { type: nonNull(Group), description: 'Group corresponding to `club_id`.' },
    title: { type: nonNull(GraphQLString) },
    subtitle: { type: GraphQLString },
    startTime: {
      type: nonNull(GraphQLInt),
      description: "Epoch timestamp of the performance/event's starting time.",
    },
    sdStream: { type: GraphQLString, description: 'URL of 普清 stream, usually 480p.' },
    hdStream: { type: GraphQLString, description: 'URL of 高清 stream, usually 720p.' },
    fhdStream: {
      type: GraphQLString,
      description: 'URL of 超清 stream, supposedly 1080p. Obselete and basically an alias for ' +
        '`hd_stream` as of November, 2018.',
    },
    bestStream: {
      type: nonNull(GraphQLString),
      description: 'URL of the highest quality stream.',
      // `||`: an empty URL counts as absent, as in the original.
      resolve: (v) => v.fhdStream || v.hdStream || v.sdStream,
    },
  },
});

const tooMany = (bound, advice) =>
  new GraphQLError(`perfVods: the answer would hold more than ${bound} VODs (${advice}).`);

export function buildSchema(store, { revision, maxResults }) {
  const perfVods = (_, { ids, from, to, group }) => {
    if (ids != null && (from != null || to != null || group != null)) {
      throw new GraphQLError("'from', 'to' and 'group' are not allowed when 'ids' is specified.");
    }
    if (ids == null && (from == null || to == null)) {
      throw new GraphQLError("Either 'ids', or 'from' and 'to' must be specified.");
    }
    if (ids != null) {
      if (ids.length > maxResults) throw tooMany(maxResults, 'ask for fewer ids per query');
      return store.byIds(ids);
    }
    const rows = store.inRange(from, to, group ?? null, maxResults + 1);
    if (rows.length > maxResults) throw tooMany(maxResults, 'narrow the time range');
    return rows;
  };

  const Query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      revision: {
        type: nonNull(GraphQLString),
        description: 'Revision number of the schema.',
        resolve: () => revision,
      },
      perfVod: {
        type: PerfVOD,
        description: 'Look up one VOD by ID.',
        args: { id: { type: nonNull(GraphQLString), description: idExample } },
        resolve: (_, { id }) => store.byId(id),
      },
      perfVods: {
        type: new GraphQLList(PerfVOD),
        description: 'Look up a list of VODs by IDs or time range (optionally filtered by group\n' +
          'affiliation). Either specify `ids`, or `from` and `to` (`group` is optional), but not\n' +
          'both.',
        args: {
          ids: { type: new GraphQLList(GraphQLString), description: 'Canonical VOD IDs, e.g., `"324479006245982208"`.' },
          from: { type: GraphQLInt, description: 'Time range lower bound (inclusive).' },
          to: { type: GraphQLInt, description: 'Time range upper bound (exclusive).' },
          group: { type: Group, description: 'Optionally limit group affiliation.' },
        },
        resolve: perfVods,
      },
    },
  });
  return new GraphQLSchema({ query: Query });
}
