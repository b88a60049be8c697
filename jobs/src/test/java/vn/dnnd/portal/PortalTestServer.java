package vn.dnnd.portal;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.Role;
import vn.dnnd.access.UserService;
import vn.dnnd.referencedata.ReferenceDataService;

/**
 * The portal as `serve` runs it: a real Tomcat on a random port over the shared embedded test database.
 * Every portal test class extends this, so they share one application context. Users are created through
 * the same service as `users add`, and given their own password at once unless a test wants the first login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.web-application-type=servlet", "server.address=127.0.0.1",
                // chunkedJob for the job monitor's tests (JobMonitorPortalTests): a run that is slow or fails on demand;
                // cheap schedules for the schedules pages' "run now" (test jobs: vn.dnnd.schedule.TestJobsConfiguration);
                // Quartz is never given their triggers here, so they fire only when a test runs them now.
                "dnnd.test-jobs=true",
                "dnnd.schedule.schedules.portal-probe.description=Lịch thử của trang quản trị (admin pages' probe)",
                "dnnd.schedule.schedules.portal-probe.job=probeJob",
                "dnnd.schedule.schedules.portal-probe.cron=0 0 3 * * ?",
                "dnnd.schedule.schedules.portal-probe.parameters.fire={fireTime}",
                "dnnd.schedule.schedules.portal-slow.description=Lịch thử chạy chậm (a slow probe, to collide with)",
                "dnnd.schedule.schedules.portal-slow.job=chunkedJob",
                "dnnd.schedule.schedules.portal-slow.cron=0 0 4 * * ?",
                "dnnd.schedule.schedules.portal-slow.parameters.target=portal-slow-{fireTime}",
                "dnnd.schedule.schedules.portal-slow.parameters.rows=20,java.lang.Long",
                "dnnd.schedule.schedules.portal-slow.parameters.pause=3000,java.lang.Long,false",
                "dnnd.schedule.schedules.portal-failing.job=failingJob",
                "dnnd.schedule.schedules.portal-failing.cron=0 0 5 * * ?",
                "dnnd.schedule.schedules.portal-failing.max-attempts=1",
                "dnnd.schedule.schedules.portal-failing.parameters.fire={fireTime}"})
public abstract class PortalTestServer {

    /** What every test user chooses at its first login. */
    public static final String CHOSEN_PASSWORD = "Mật-khẩu-đủ-dài-2026";

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected UserService users;

    @Autowired
    protected ReferenceDataService reference;

    /** Reference data is shared by all test classes; loaded here when an earlier class has not. */
    @BeforeEach
    void referenceData() {
        if (jdbc.queryForObject("select count(*) from organisation where code = 'HN'", Integer.class) == 0) {
            reference.load();
        }
    }

    /** A client not logged in. */
    protected PortalClient anonymous() {
        return new PortalClient("http://127.0.0.1:" + port);
    }

    /**
     * A user with these roles (and organisations, for a submitter), created anew under a unique login, logged
     * in with its own password already chosen. The login starts with {@code prefix}.
     */
    protected PortalClient loggedIn(String prefix, Set<Role> roles, String... organisations) {
        Account account = account(prefix, roles, organisations);
        PortalClient client = anonymous();
        client.login(account.login(), account.oneTimePassword()).expectRedirect("/password");
        client.changePassword(account.oneTimePassword(), CHOSEN_PASSWORD).expectRedirect("/?passwordChanged");
        return client;
    }

    /** A user as `users add` leaves it: a one-time password, to be changed at the first login. */
    protected Account account(String prefix, Set<Role> roles, String... organisations) {
        String login = (prefix + "-" + Long.toString(System.nanoTime(), 36)).toLowerCase();
        UserService.Issued issued = users.add(login, roles, List.of(organisations), AuditLog.COMMAND_LINE);
        return new Account(issued.login(), issued.oneTimePassword());
    }

    public record Account(String login, String oneTimePassword) {
    }
}
