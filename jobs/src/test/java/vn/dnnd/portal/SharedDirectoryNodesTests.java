package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dnnd.DnndApplication;
import vn.dnnd.access.ApiTokens;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.Role;
import vn.dnnd.access.UserService;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.indicator.MergerFixture;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.report.Edition;
import vn.dnnd.report.RenderService;
import vn.dnnd.submission.Answers;
import vn.dnnd.submission.SubmissionFiles;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.support.SchedulerTestBed;
import vn.dnnd.system.DatabaseServer;
import vn.dnnd.system.HomeDirectory;

/**
 * Portal nodes with homes of their own on one database (a schema of the test's own), the second with
 * {@code dnnd.shared-directory} set to the first node's files: a report rendered by the first downloads from the
 * second, a submission uploaded to the second is archived where the first keeps its archive, and a node that
 * does not share the directory refuses the report file as unavailable instead of serving something else.
 */
@SpringBootTest
class SharedDirectoryNodesTests {

    @Autowired
    DatabaseServer embedded;

    @Test
    void filesWrittenByOneNodeAreReadByAnotherThatSharesTheDirectory(@TempDir Path temp) throws IOException {
        try (SchedulerTestBed bed = new SchedulerTestBed(embedded, "shared");
             ConfigurableApplicationContext first = node(bed, temp, "first", null)) {
            MergerFixture.computed(bed.jdbc(), first.getBean(ReferenceDataService.class), first.getBean(ComputeService.class));
            Edition edition = first.getBean(RenderService.class).render("2025", "briefing", null);
            Edition.Artifact briefing = edition.files().stream()
                    .filter(f -> f.kind().equals("briefing") && f.language().equals("vi")).findFirst().orElseThrow();
            HomeDirectory firstHome = first.getBean(HomeDirectory.class);
            PortalClient leader = loggedIn(first, "shared-leader", Role.LEADER);

            try (ConfigurableApplicationContext second = node(bed, temp, "second", firstHome.root())) {
                PortalClient.Response pdf = leader.at(PortalClient.baseOf(second))
                        .get("/reports/artifacts/" + briefing.id() + "?download=true").expectStatus(200);
                assertThat(pdf.body()).isEqualTo(Files.readAllBytes(briefing.path()));

                String period = openAnnualPeriod(bed);
                IntakeReference intake = first.getBean(IntakeReferenceLoader.class).load();
                ApiTokens.Issued token = first.getBean(ApiTokens.class).create("HN", "phần mềm tỉnh", "test-admin");
                new PortalClient(PortalClient.baseOf(second)).withToken(token.secret()).upload("/api/v1/submissions",
                        "file", "hn-second-node.csv", SubmissionFiles.csv("HN", period, Answers.forIndicators(
                                intake.entered("province", intake.period(period).orElseThrow()), 3), ';', null)
                                .getBytes(StandardCharsets.UTF_8)).expectStatus(201);
                String archived = bed.jdbc().queryForObject("select archived_path from intake_file where file_name = "
                        + "'hn-second-node.csv' order by file_id desc limit 1", String.class);
                assertThat(Path.of(archived)).startsWith(firstHome.archive()).exists();
            }

            try (ConfigurableApplicationContext alone = node(bed, temp, "alone", null)) {
                leader.at(PortalClient.baseOf(alone)).get("/reports/artifacts/" + briefing.id() + "?download=true")
                        .expectStatus(404);
            }
        }
    }

    private static PortalClient loggedIn(ConfigurableApplicationContext node, String prefix, Role role) {
        UserService.Issued issued = node.getBean(UserService.class)
                .add(prefix + "-" + Long.toString(System.nanoTime(), 36), Set.of(role), List.of(), AuditLog.COMMAND_LINE);
        PortalClient client = new PortalClient(PortalClient.baseOf(node));
        client.login(issued.login(), issued.oneTimePassword()).expectRedirect("/password");
        client.changePassword(issued.oneTimePassword(), PortalTestServer.CHOSEN_PASSWORD).expectRedirect("/?passwordChanged");
        return client;
    }

    private static String openAnnualPeriod(SchedulerTestBed bed) {
        return bed.jdbc().query("""
                select code from reporting_period where kind = 'annual'
                and (now() at time zone 'Asia/Ho_Chi_Minh')::date between starts_on and locks_on
                order by code desc limit 1""", rs -> rs.next() ? rs.getString(1) : null);
    }

    /** A portal node on the bed's schema with a home of its own, sharing {@code shared} when it is not null. */
    private static ConfigurableApplicationContext node(SchedulerTestBed bed, Path temp, String name, Path shared) {
        Path home = bed.home(temp.resolve(name), "dnnd_shared_" + name, "");
        return new SpringApplicationBuilder(DnndApplication.class).run("--dnnd.home=" + home.toAbsolutePath(),
                "--dnnd.shared-directory=" + (shared == null ? "" : shared.toString()),
                "--spring.main.web-application-type=servlet", "--server.port=0", "--server.address=127.0.0.1");
    }
}
