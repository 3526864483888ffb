package io.shuzhi.ballot;

import io.shuzhi.evaluation.Grade;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class BallotRepository {

    private static final String COLUMNS = "s.id, s.campaign_id, s.mode, s.status, s.fingerprint, s.screen_key, s.seats";
    private static final RowMapper<BallotSession> SESSION = (rs, n) -> new BallotSession(rs.getLong("id"), rs.getLong("campaign_id"),
            BallotMode.valueOf(rs.getString("mode")), BallotSessionStatus.valueOf(rs.getString("status")),
            rs.getString("fingerprint"), rs.getString("screen_key"), rs.getInt("seats"));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    BallotRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    long insertSession(long campaignId, BallotMode mode, String fingerprint, String screenKey, int seats, Instant now) {
        return jdbc.sql("""
                        INSERT INTO ballot_session (campaign_id, mode, status, fingerprint, screen_key, seats, opened_at)
                        VALUES (:c, :m, 'OPEN', :f, :k, :seats, :now) RETURNING id""")
                .param("c", campaignId).param("m", mode.name()).param("f", fingerprint).param("k", screenKey)
                .param("seats", seats).param("now", Timestamp.from(now)).query(Long.class).single();
    }

    void insertGroups(long sessionId, List<SeatGroup> groups) {
        for (int i = 0; i < groups.size(); i++) {
            SeatGroup g = groups.get(i);
            jdbc.sql("INSERT INTO ballot_group (session_id, name, weight, seats, position) VALUES (:s, :n, :w, :seats, :p)")
                    .param("s", sessionId).param("n", g.name()).param("w", g.weight()).param("seats", g.seats()).param("p", i).update();
        }
    }

    void insertTokens(long sessionId, List<IssuedToken> tokens) {
        template.batchUpdate("INSERT INTO ballot_token (session_id, group_name, token) VALUES (?, ?, ?)", tokens, 500,
                (ps, t) -> {
                    ps.setLong(1, sessionId);
                    ps.setString(2, t.group());
                    ps.setString(3, t.token());
                });
    }

    Optional<BallotSession> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ballot_session s WHERE s.id = :id").param("id", id).query(SESSION).optional();
    }

    Optional<BallotSession> lockSession(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ballot_session s WHERE s.id = :id FOR UPDATE").param("id", id).query(SESSION).optional();
    }

    List<BallotSession> ofCampaign(long campaignId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ballot_session s WHERE s.campaign_id = :c ORDER BY s.id DESC")
                .param("c", campaignId).query(SESSION).list();
    }

    /**
     * The token row locked FOR UPDATE (two ballots of one token serialise) and its session row FOR SHARE (closing
     * the session waits for ballots in flight, and no ballot is counted after the close commits).
     */
    Optional<Locked> lockToken(String token) {
        return jdbc.sql("SELECT t.id AS token_id, t.group_name, " + COLUMNS + " FROM ballot_token t JOIN ballot_session s ON s.id = t.session_id"
                        + " WHERE t.token = :token FOR UPDATE OF t FOR SHARE OF s")
                .param("token", token)
                .query((rs, n) -> new Locked(new SeatToken(rs.getLong("token_id"), rs.getString("group_name"), rs.getLong("id")),
                        SESSION.mapRow(rs, n)))
                .optional();
    }

    Optional<BallotSession> sessionOfToken(String token) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ballot_token t JOIN ballot_session s ON s.id = t.session_id WHERE t.token = :token")
                .param("token", token).query(SESSION).optional();
    }

    /** The last ballot of a token replaces the earlier one: one row per token, ever. */
    void saveBallot(Ballot b) {
        jdbc.sql("""
                        INSERT INTO ballot (token_id, session_id, group_name, ratings, comment) VALUES (:t, :s, :g, CAST(:r AS jsonb), :c)
                        ON CONFLICT (token_id) DO UPDATE SET ratings = excluded.ratings, comment = excluded.comment""")
                .param("t", b.tokenId()).param("s", b.sessionId()).param("g", b.group())
                .param("r", json.writeValueAsString(b.grades())).param("c", b.comment()).update();
        jdbc.sql("UPDATE ballot_token SET used = TRUE WHERE id = :id AND NOT used").param("id", b.tokenId()).update();
    }

    void updateStatus(BallotSession s, Instant now) {
        String column = s.status() == BallotSessionStatus.CLOSED ? "closed_at" : "released_at";
        jdbc.sql("UPDATE ballot_session SET status = :st, " + column + " = :now WHERE id = :id")
                .param("st", s.status().name()).param("now", Timestamp.from(now)).param("id", s.id()).update();
    }

    void delete(long sessionId) {
        jdbc.sql("DELETE FROM ballot_session WHERE id = :id").param("id", sessionId).update();
    }

    List<SeatGroup> groups(long sessionId) {
        return jdbc.sql("SELECT name, weight, seats FROM ballot_group WHERE session_id = :s ORDER BY position")
                .param("s", sessionId).query((rs, n) -> new SeatGroup(rs.getString(1), rs.getBigDecimal(2), rs.getInt(3))).list();
    }

    List<IssuedToken> tokens(long sessionId) {
        return jdbc.sql("SELECT group_name, token FROM ballot_token WHERE session_id = :s ORDER BY id")
                .param("s", sessionId).query((rs, n) -> new IssuedToken(rs.getString(1), rs.getString(2))).list();
    }

    /** Counted ballots per group. */
    Map<String, Integer> turnout(long sessionId) {
        return jdbc.sql("SELECT group_name, count(*) FROM ballot WHERE session_id = :s GROUP BY group_name")
                .param("s", sessionId).query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<GradeCount> gradeCounts(long sessionId) {
        return jdbc.sql("""
                        SELECT b.group_name, CAST(r.key AS bigint) AS report_id, r.value AS grade, count(*) AS n
                        FROM ballot b CROSS JOIN LATERAL jsonb_each_text(b.ratings) r
                        WHERE b.session_id = :s GROUP BY 1, 2, 3""")
                .param("s", sessionId)
                .query((rs, n) -> new GradeCount(rs.getString(1), rs.getLong(2), Grade.valueOf(rs.getString(3)), rs.getInt(4))).list();
    }

    /** Ballots that rated every reporter 好, per group: a sign of persuaded or careless voting. */
    Map<String, Integer> allGoodBallots(long sessionId) {
        return jdbc.sql("""
                        SELECT b.group_name, count(*) FROM ballot b WHERE b.session_id = :s
                        AND NOT EXISTS (SELECT 1 FROM jsonb_each_text(b.ratings) r WHERE r.value <> 'GOOD') GROUP BY 1""")
                .param("s", sessionId).query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<String> comments(long sessionId) {
        return jdbc.sql("SELECT comment FROM ballot WHERE session_id = :s AND comment IS NOT NULL ORDER BY md5(comment)")
                .param("s", sessionId).query(String.class).list();
    }

    record Locked(SeatToken token, BallotSession session) {
    }
}
