package vn.dnnd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.cli.CliTests.dnnd;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** `users` as an administrator uses it on the server: no default password, every change audited. */
@SpringBootTest
class UsersCliTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @BeforeAll
    static void referenceData() {
        CliTests.loadReferenceData();
    }

    @Test
    void addPrintsAOneTimePasswordThatIsStoredOnlyAsABcryptHash() {
        CliTests.Run run = dnnd("users", "add", "--login", "HN.Clerk", "--role", "submitter", "--org", "hn", "CAMAU");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher password = Pattern.compile("one-time password\\): (\\S{16})").matcher(run.out());
        assertThat(password.find()).as(run.out()).isTrue();
        String hash = jdbc.queryForObject("select password_hash from app_user where login = 'hn.clerk'", String.class);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(password.group(1));
        assertThat(encoder.matches(password.group(1), hash)).isTrue();
        assertThat(jdbc.queryForList("""
                select org_code from app_user_organisation join app_user using (user_id) where login = 'hn.clerk'
                order by 1""", String.class)).containsExactly("CAMAU", "HN");

        CliTests.Run list = dnnd("users", "list");
        assertThat(list.out()).containsPattern("hn.clerk\\s+SUBMITTER\\s+CAMAU,HN\\s+chờ đổi mật khẩu");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'user_create' and target = 'hn.clerk'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void badRequestsAreRefusedWithTheReasonAndCreateNothing() {
        assertThat(dnnd("users", "add", "--login", "x1.clerk", "--role", "submitter").err())
                .contains("at least one organisation");
        assertThat(dnnd("users", "add", "--login", "x2.clerk", "--role", "submitter", "--org", "ATLANTIS").err())
                .contains("no organisation with code ATLANTIS");
        assertThat(dnnd("users", "add", "--login", "x3.boss", "--role", "emperor").err()).contains("unknown role emperor");
        assertThat(dnnd("users", "add", "--login", "x 4", "--role", "leader").err()).contains("a login is 2-64 letters");
        assertThat(jdbc.queryForObject("select count(*) from app_user where login like 'x%'", Integer.class)).isZero();
    }

    @Test
    void disableResetAndTokensChangeTheAccountAsTheyPrint() {
        dnnd("users", "add", "--login", "leader.one", "--name", "Nguyễn Văn Một", "--role", "leader", "analyst");
        assertThat(jdbc.queryForObject("select full_name from app_user where login = 'leader.one'", String.class))
                .isEqualTo("Nguyễn Văn Một");
        assertThat(dnnd("users", "disable", "leader.one").exitCode()).isZero();
        assertThat(dnnd("users", "list").out()).containsPattern("leader.one\\s+ANALYST,LEADER\\s+—\\s+vô hiệu");

        CliTests.Run reset = dnnd("users", "reset", "leader.one");
        assertThat(reset.out()).containsPattern("one-time password\\): \\S{16}");
        assertThat(jdbc.queryForObject("select enabled and must_change_password from app_user where login = 'leader.one'",
                Boolean.class)).isTrue();

        CliTests.Run token = dnnd("users", "token", "--org", "HN", "--label", "phần mềm tỉnh");
        Matcher secret = Pattern.compile("(dnnd_\\S{43})").matcher(token.out());
        assertThat(secret.find()).as(token.out()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_sha256 like '%' || ?", Integer.class,
                secret.group(1))).isZero();
        String id = jdbc.queryForObject("select max(token_id)::text from api_token", String.class);
        assertThat(dnnd("users", "tokens").out()).containsPattern(id + "\\s+HN\\s+.*phần mềm tỉnh");
        assertThat(dnnd("users", "revoke", id).exitCode()).isZero();
        assertThat(dnnd("users", "revoke", id).err()).contains("no active token " + id);
        assertThat(jdbc.queryForList("select action from audit_event where target in ('leader.one', 'token:' || ?) order by event_id",
                String.class, id)).containsSubsequence("user_create", "user_disable", "user_reset", "token_create", "token_revoke");
    }
}
