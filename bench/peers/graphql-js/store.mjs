// Read-only access to a kvm48-server SQLite database (backends/sqlite/schema.cpp,
// migrations 3 and 5) with better-sqlite3: the same queries and the same order as the
// sqlite backend (backends/sqlite/queries.cpp). Synchronous, one connection:
// node serves one request at a time on its event loop.
import Database from 'better-sqlite3';

// Columns aliased to the GraphQL field names, so graphql-js's default resolver
// reads them directly. `group` holds the club id (the Group enum's internal value).
const COLUMNS = `canon_id AS id, group_id AS "group", l4c_club_id AS l4cClubId,
  l4c_id AS l4cId, title, subtitle, start_time AS startTime, sd_stream AS sdStream,
  hd_stream AS hdStream, fhd_stream AS fhdStream`;

const ORDER =
  'ORDER BY start_time, l4c_club_id IS NULL, l4c_club_id, l4c_id IS NULL, l4c_id, canon_id';

export function openStore(path) {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('cache_size = -8192'); // the page cache of ours' read connections (read_cache_mb: 8)
  const byId = db.prepare(`SELECT ${COLUMNS} FROM perfvod WHERE canon_id = ?`);
  const inRange = db.prepare(
    `SELECT ${COLUMNS} FROM perfvod WHERE start_time >= ? AND start_time < ? ${ORDER} LIMIT ?`);
  const inRangeOfGroup = db.prepare(
    `SELECT ${COLUMNS} FROM perfvod WHERE start_time >= ? AND start_time < ? AND group_id = ?
     ${ORDER} LIMIT ?`);
  // One read transaction per request, so a multi-row answer is one snapshot.
  const snapshot = (fn) => db.transaction(fn).deferred;

  return {
    // Rows in the order of `ids`; null for unknown (or null) ids.
    byIds: snapshot((ids) => ids.map((id) => (id == null ? null : byId.get(id) ?? null))),
    byId: (id) => byId.get(id) ?? null,
    // At most `limit` rows of [from, to), optionally of one club.
    inRange: snapshot((from, to, club, limit) =>
      club == null ? inRange.all(from, to, limit) : inRangeOfGroup.all(from, to, club, limit)),
    close: () => db.close(),
  };
}
