package vn.dnnd.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.postgresql.util.PGInterval;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.system.NamedQueries;

/** The SQL of users, their roles and organisations. */
@Repository
class UserAccounts {

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;

    UserAccounts(NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    Optional<UserAccount> find(String login) {
        return jdbc.query(queries.get("access", "find-users"), new MapSqlParameterSource("login", login), UserAccounts::account)
                .stream().findFirst();
    }

    List<UserAccount> all() {
        return jdbc.query(queries.get("access", "find-users"), new MapSqlParameterSource("login", null), UserAccounts::account);
    }

    long insert(String login, String fullName, String passwordHash, Collection<Role> roles,
                Collection<String> organisations, OffsetDateTime now) {
        Long id = jdbc.queryForObject("""
                insert into app_user (login, full_name, password_hash, must_change_password, created_at,
                                      password_changed_at)
                values (:login, :name, :hash, true, :now, :now) returning user_id""",
                new MapSqlParameterSource("login", login).addValue("name", fullName).addValue("hash", passwordHash)
                        .addValue("now", now), Long.class);
        insertRolesAndOrganisations(id, roles, organisations);
        return id;
    }

    /** The name, roles and organisations replaced by these. */
    void update(long userId, String fullName, Collection<Role> roles, Collection<String> organisations) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", userId);
        jdbc.update("update app_user set full_name = :name where user_id = :id", id.addValue("name", fullName));
        jdbc.update("delete from app_user_role where user_id = :id", id);
        jdbc.update("delete from app_user_organisation where user_id = :id", id);
        insertRolesAndOrganisations(userId, roles, organisations);
    }

    private void insertRolesAndOrganisations(long id, Collection<Role> roles, Collection<String> organisations) {
        jdbc.update("insert into app_user_role (user_id, role) select :id, unnest(:roles)",
                new MapSqlParameterSource("id", id).addValue("roles", roles.stream().map(Enum::name).toArray(String[]::new)));
        jdbc.update("insert into app_user_organisation (user_id, org_code) select :id, unnest(:orgs)",
                new MapSqlParameterSource("id", id).addValue("orgs", organisations.toArray(String[]::new)));
    }

    boolean setEnabled(String login, boolean enabled) {
        return jdbc.update("update app_user set enabled = :enabled where login = :login",
                new MapSqlParameterSource("login", login).addValue("enabled", enabled)) == 1;
    }

    /** A new password set by someone else: to be changed at the next login; the lock is lifted with it. */
    boolean resetPassword(String login, String passwordHash, OffsetDateTime now) {
        return jdbc.update("""
                update app_user set password_hash = :hash, must_change_password = true, failed_logins = 0,
                    locked_until = null, password_changed_at = :now where login = :login""",
                new MapSqlParameterSource("login", login).addValue("hash", passwordHash).addValue("now", now)) == 1;
    }

    boolean unlock(String login) {
        return jdbc.update("update app_user set failed_logins = 0, locked_until = null where login = :login",
                new MapSqlParameterSource("login", login)) == 1;
    }

    /** The user's own choice of password. */
    void changePassword(long userId, String passwordHash, OffsetDateTime now) {
        jdbc.update("""
                update app_user set password_hash = :hash, must_change_password = false, password_changed_at = :now
                where user_id = :id""",
                new MapSqlParameterSource("id", userId).addValue("hash", passwordHash).addValue("now", now));
    }

    /** The failures in a row after this one, and the lock they set if any. */
    record Failure(int failures, OffsetDateTime lockedUntil) {
    }

    /** Counts one failed login; empty for an unknown login. */
    Optional<Failure> recordFailure(String login, int maxFailures, Duration lockFor, OffsetDateTime now) {
        return jdbc.query(queries.get("access", "record-login-failure"), new MapSqlParameterSource("login", login)
                        .addValue("maxFailures", maxFailures).addValue("now", now)
                        .addValue("lockFor", new PGInterval(0, 0, 0, 0, 0, lockFor.toSeconds())),
                (rs, n) -> new Failure(rs.getInt(1), rs.getObject(2, OffsetDateTime.class))).stream().findFirst();
    }

    void recordSuccess(long userId, OffsetDateTime now) {
        jdbc.update("update app_user set failed_logins = 0, locked_until = null, last_login_at = :now where user_id = :id",
                new MapSqlParameterSource("id", userId).addValue("now", now));
    }

    boolean organisationExists(String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from organisation where code = :code)",
                new MapSqlParameterSource("code", code), Boolean.class));
    }

    List<OrganisationChoice> organisations() {
        return jdbc.query(queries.get("access", "list-organisations"), (rs, n) -> new OrganisationChoice(
                rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"), rs.getBoolean("current")));
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : strings(rs.getArray("roles"))) {
            roles.add(Role.valueOf(role));
        }
        return new UserAccount(rs.getLong("user_id"), rs.getString("login"), rs.getString("full_name"),
                rs.getString("password_hash"), rs.getBoolean("must_change_password"), rs.getBoolean("enabled"),
                rs.getInt("failed_logins"), rs.getObject("locked_until", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("last_login_at", OffsetDateTime.class),
                roles, new TreeSet<>(Arrays.asList(strings(rs.getArray("organisations")))));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
