package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dnnd.DnndApplication;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.Role;
import vn.dnnd.access.UserService;
import vn.dnnd.support.SchedulerTestBed;
import vn.dnnd.system.DatabaseServer;

/**
 * Two portal nodes on one database, as two {@code serve} behind a load balancer: the session a login makes on
 * one node is the session on the other, with its CSRF token, and a logout on either ends it on both; expired
 * sessions are deleted.
 */
@SpringBootTest
class PortalNodesTests {

    @Autowired
    DatabaseServer embedded;

    @Test
    void aLoginOnOneNodeHoldsOnTheOtherUntilALogoutOnEither(@TempDir Path temp) {
        try (SchedulerTestBed bed = new SchedulerTestBed(embedded, "nodes")) {
            ConfigurableApplicationContext first = node(bed, temp, "a");
            ConfigurableApplicationContext second = node(bed, temp, "b");
            try {
                String login = "nodes-" + Long.toString(System.nanoTime(), 36);
                UserService.Issued issued = first.getBean(UserService.class)
                        .add(login, Set.of(Role.ADMIN), List.of(), AuditLog.COMMAND_LINE);
                PortalClient onFirst = new PortalClient(PortalClient.baseOf(first));
                PortalClient.Response loggedIn = onFirst.login(issued.login(), issued.oneTimePassword())
                        .expectRedirect("/password");
                assertThat(loggedIn.header("Set-Cookie")).as("the session cookie, a new id after the login")
                        .contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
                onFirst.changePassword(issued.oneTimePassword(), PortalTestServer.CHOSEN_PASSWORD)
                        .expectRedirect("/?passwordChanged");

                assertThat(bed.count("select count(*) from spring_session where principal_name = ?", login))
                        .as("the session is indexed by the login (the column holds 100 characters)").isEqualTo(1);

                PortalClient onSecond = onFirst.at(PortalClient.baseOf(second));
                PortalClient.Response page = onSecond.get("/admin/users").expectStatus(200);
                assertThat(page.text()).as("the second node knows who is logged in").contains(login);

                // the token of the page read on the second node is good on the first: the logout there ends
                // the session on both
                onSecond.at(PortalClient.baseOf(first)).postForm("/logout", Map.of()).expectRedirect("/login?logout");
                onSecond.get("/admin/users").expectRedirect("/login");
                onFirst.get("/admin/users").expectRedirect("/login");

                // a session left to expire (closed browser) is deleted by the nodes' clean-up
                bed.jdbc().update("""
                        insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                                                    max_inactive_interval, expiry_time, principal_name)
                        values ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002',
                                0, 0, 1800, 1800000, ?)""", login);
                SchedulerTestBed.await("the expired session deleted", Duration.ofSeconds(30),
                        () -> bed.count("select count(*) from spring_session where principal_name = ?", login) == 0);
            } finally {
                first.close();
                second.close();
            }
        }
    }

    private static ConfigurableApplicationContext node(SchedulerTestBed bed, Path temp, String name) {
        Path home = bed.home(temp.resolve(name), "dnnd_nodes_" + name, "");
        return new SpringApplicationBuilder(DnndApplication.class).run("--dnnd.home=" + home.toAbsolutePath(),
                "--spring.main.web-application-type=servlet", "--server.port=0", "--server.address=127.0.0.1",
                "--dnnd.portal.session-cleanup-seconds=1");
    }
}
