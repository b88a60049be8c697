package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dnnd.DnndApplication;
import vn.dnnd.access.ApiTokens;
import vn.dnnd.access.Role;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.indicator.MergerFixture;
import vn.dnnd.report.Edition;
import vn.dnnd.report.RenderService;
import vn.dnnd.submission.Answers;
import vn.dnnd.submission.SubmissionFiles;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.system.DatabaseServer;
import vn.dnnd.system.HomeDirectory;

/**
 * A second portal node with a home of its own, on the same database and with {@code dnnd.shared-directory} set
 * to the first node's files: a report rendered by the first downloads from the second, a submission uploaded to
 * the second is archived where the first keeps its archive, and a node that does not share the directory
 * refuses the report file as unavailable instead of serving something else.
 */
class SharedDirectoryNodesTests extends PortalTestServer {

    @Autowired
    ComputeService compute;
    @Autowired
    RenderService render;
    @Autowired
    DatabaseServer embedded;
    @Autowired
    HomeDirectory home;
    @Autowired
    ApiTokens tokens;
    @Autowired
    IntakeReferenceLoader referenceLoader;

    @Test
    void filesWrittenByOneNodeAreReadByAnotherThatSharesTheDirectory() throws IOException {
        MergerFixture.computed(jdbc, reference, compute);
        Edition edition = render.render("2025", "briefing", null);
        Edition.Artifact briefing = edition.files().stream()
                .filter(f -> f.kind().equals("briefing") && f.language().equals("vi")).findFirst().orElseThrow();
        PortalClient leader = loggedIn("shared-leader", Set.of(Role.LEADER));
        Path temp = Files.createTempDirectory("dnnd-nodes");

        try (ConfigurableApplicationContext second = node(temp.resolve("second"), home.root())) {
            PortalClient.Response pdf = leader.at(PortalClient.baseOf(second))
                    .get("/reports/artifacts/" + briefing.id() + "?download=true").expectStatus(200);
            assertThat(pdf.body()).isEqualTo(Files.readAllBytes(briefing.path()));

            String period = openAnnualPeriod();
            IntakeReference intake = referenceLoader.load();
            ApiTokens.Issued token = tokens.create("HN", "phần mềm tỉnh", "test-admin");
            new PortalClient(PortalClient.baseOf(second)).withToken(token.secret()).upload("/api/v1/submissions", "file",
                    "hn-second-node.csv", SubmissionFiles.csv("HN", period, Answers.forIndicators(
                            intake.entered("province", intake.period(period).orElseThrow()), 3), ';', null)
                            .getBytes(StandardCharsets.UTF_8)).expectStatus(201);
            String archived = jdbc.queryForObject("select archived_path from intake_file where file_name = "
                    + "'hn-second-node.csv' order by file_id desc limit 1", String.class);
            assertThat(Path.of(archived)).startsWith(home.archive()).exists();
        }

        try (ConfigurableApplicationContext alone = node(temp.resolve("alone"), null)) {
            leader.at(PortalClient.baseOf(alone)).get("/reports/artifacts/" + briefing.id() + "?download=true").expectStatus(404);
        }
    }

    private String openAnnualPeriod() {
        return jdbc.query("""
                select code from reporting_period where kind = 'annual'
                and (now() at time zone 'Asia/Ho_Chi_Minh')::date between starts_on and locks_on
                order by code desc limit 1""", rs -> rs.next() ? rs.getString(1) : null);
    }

    /** A portal node on the test database with a home of its own, sharing {@code shared} when it is not null. */
    private ConfigurableApplicationContext node(Path nodeHome, Path shared) {
        return new SpringApplicationBuilder(DnndApplication.class).run("--dnnd.home=" + nodeHome.toAbsolutePath(),
                "--dnnd.shared-directory=" + (shared == null ? "" : shared.toString()),
                "--dnnd.db.url=" + embedded.jdbcUrl(), "--dnnd.db.user=" + embedded.user(),
                "--dnnd.db.password=" + embedded.password(),
                "--spring.main.web-application-type=servlet", "--server.port=0", "--server.address=127.0.0.1");
    }
}
