package vn.dnnd.submission.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.indicator.ComputeResult;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.Answers;
import vn.dnnd.submission.SubmissionFiles;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.submission.upload.UploadRequest;
import vn.dnnd.submission.upload.UploadService;
import vn.dnnd.submission.upload.UploadStatus;
import vn.dnnd.submission.upload.UploadTarget;
import vn.dnnd.submission.upload.UploadVerdict;
import vn.dnnd.support.TestDatabase;
import vn.dnnd.system.DnndException;

/**
 * Review as shipped (dnnd.review.required on): which version counts through accept, return, resubmit and
 * reopen; two reviewers on one version; the period's lock and the administrator's exception; compute counting
 * only accepted versions and saying how many it left out.
 */
@SpringBootTest(properties = "dnnd.review.required=true")
class ReviewServiceTests {

    static final OffsetDateTime DECEMBER_10 = OffsetDateTime.parse("2025-12-10T09:00:00+07:00");
    static final OffsetDateTime DECEMBER_11 = OffsetDateTime.parse("2025-12-11T09:00:00+07:00");

    @Autowired
    UploadService uploads;
    @Autowired
    ReviewService review;
    @Autowired
    PeriodUnlocks unlocks;
    @Autowired
    ComputeService compute;
    @Autowired
    vn.dnnd.report.RenderService render;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    IntakeReferenceLoader referenceLoader;
    @Autowired
    JdbcTemplate jdbc;

    IntakeReference reference;

    @BeforeEach
    void cleanDatabase() {
        referenceData.load();
        TestDatabase.clearCollectedAndComputed(jdbc);
        reference = referenceLoader.load();
    }

    private long upload(String org, int seed) {
        return upload(org, seed, DECEMBER_10);
    }

    private long upload(String org, int seed, OffsetDateTime at) {
        UploadVerdict verdict = send(org, seed, at);
        assertThat(verdict.status()).as(verdict.issues().toString()).isEqualTo(UploadStatus.ACCEPTED);
        return jdbc.queryForObject("select submission_id from intake_file where file_id = ?", Long.class, verdict.fileId());
    }

    private UploadVerdict send(String org, int seed, OffsetDateTime at) {
        var answers = Answers.forIndicators(reference.entered("province", reference.period("2025").orElseThrow()), seed);
        UploadVerdict verdict = uploads.upload(new UploadRequest(new ByteArrayInputStream(
                SubmissionFiles.csv(org, "2025", answers, ',', null).getBytes(StandardCharsets.UTF_8)),
                org.toLowerCase() + "-" + seed + ".csv", "clerk." + org.toLowerCase(), o -> true,
                new UploadTarget(org, "2025"), at));
        return verdict;
    }

    private List<String> versions(String org) {
        return jdbc.queryForList("""
                select 'v' || s.version || ' ' || s.status from submission s join organisation o using (org_id)
                where o.code = ? and s.period_code = '2025' order by s.version""", String.class, org);
    }

    @Test
    void onlyTheLatestAcceptedVersionCountsThroughReturnResubmitAcceptAndReopen() {
        long first = upload("HN", 1);
        assertThat(versions("HN")).containsExactly("v1 awaiting");

        review.decide(first, ReviewDecision.ACCEPT, null, "reviewer.a", DECEMBER_11);
        long second = upload("HN", 2);
        assertThat(versions("HN")).as("an awaiting version does not replace the accepted one")
                .containsExactly("v1 accepted", "v2 awaiting");

        review.decide(second, ReviewDecision.RETURN, "Số đoàn ra không khớp với thuyết minh", "reviewer.a", DECEMBER_11);
        long third = upload("HN", 3);
        assertThat(versions("HN")).containsExactly("v1 accepted", "v2 returned", "v3 awaiting");

        review.decide(third, ReviewDecision.ACCEPT, null, "reviewer.b", DECEMBER_11);
        assertThat(versions("HN")).containsExactly("v1 superseded", "v2 returned", "v3 accepted");

        review.decide(third, ReviewDecision.REOPEN, "Cần xem lại số liệu nhiệm vụ 3", "reviewer.b", DECEMBER_11);
        assertThat(versions("HN")).as("the version it replaced counts again")
                .containsExactly("v1 accepted", "v2 returned", "v3 awaiting");

        assertThat(jdbc.queryForList("""
                select d.decision || ' ' || d.from_status || '->' || d.to_status || ' ' || d.decided_by || ' '
                    || coalesce(d.reason, '-') from review_decision d order by d.decision_id""", String.class))
                .containsExactly("accept awaiting->accepted reviewer.a -",
                        "return awaiting->returned reviewer.a Số đoàn ra không khớp với thuyết minh",
                        "accept awaiting->accepted reviewer.b -",
                        "reopen accepted->awaiting reviewer.b Cần xem lại số liệu nhiệm vụ 3");
        assertThat(review.versions("2025", ReviewState.RETURNED, List.of("HN"))).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo(2);
            assertThat(v.lastReason()).isEqualTo("Số đoàn ra không khớp với thuyết minh");
            assertThat(v.decidedBy()).isEqualTo("reviewer.a");
        });
    }

    @Test
    void twoReviewersDecidingTheSameVersionAtOnceOneWinsAndTheOtherIsToldWhoDecided() throws Exception {
        long version = upload("HN", 1);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<List<ReviewService.Outcome>> accept = CompletableFuture.supplyAsync(() -> {
                await(start);
                return review.decideAll(List.of(version), ReviewDecision.ACCEPT, null, "reviewer.a", DECEMBER_11);
            }, pool);
            CompletableFuture<List<ReviewService.Outcome>> giveBack = CompletableFuture.supplyAsync(() -> {
                await(start);
                return review.decideAll(List.of(version), ReviewDecision.RETURN, "Thiếu thuyết minh", "reviewer.b",
                        DECEMBER_11);
            }, pool);
            start.countDown();
            ReviewService.Outcome a = accept.get().get(0);
            ReviewService.Outcome b = giveBack.get().get(0);

            assertThat(a.taken() ^ b.taken()).as("exactly one decision is taken").isTrue();
            ReviewService.Outcome loser = a.taken() ? b : a;
            String winner = a.taken() ? "reviewer.a" : "reviewer.b";
            assertThat(loser.refusedVi()).contains("HN 2025 v1", "không còn chờ duyệt", winner);
            assertThat(loser.refusedEn()).contains("no longer awaits review", winner);
            assertThat(jdbc.queryForObject("select count(*) from review_decision", Integer.class)).isEqualTo(1);
            assertThat(versions("HN")).containsExactly(a.taken() ? "v1 accepted" : "v1 returned");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void returningOrReopeningWithoutAReasonIsRefusedAndChangesNothing() {
        long version = upload("HN", 1);

        assertThatThrownBy(() -> review.decide(version, ReviewDecision.RETURN, "  ", "reviewer.a", DECEMBER_11))
                .isInstanceOf(DnndException.class).hasMessageContaining("Cần ghi lý do").hasMessageContaining("reason");
        assertThatThrownBy(() -> review.decide(version, ReviewDecision.REOPEN, "xem lại", "reviewer.a", DECEMBER_11))
                .hasMessageContaining("only an accepted or returned version can be reopened");
        assertThat(versions("HN")).containsExactly("v1 awaiting");
        assertThat(jdbc.queryForObject("select count(*) from review_decision", Integer.class)).isZero();
    }

    @Test
    void afterTheLockDateNothingIsDecidedUntilAnAdministratorOpensThePeriodForTheOrganisation() {
        long version = upload("HN", 1);
        OffsetDateTime february5 = OffsetDateTime.parse("2026-02-05T10:00:00+07:00");

        assertThatThrownBy(() -> review.decide(version, ReviewDecision.ACCEPT, null, "reviewer.a", february5))
                .hasMessageContaining("đã khóa sổ ngày 31/01/2026").hasMessageContaining("an administrator must open it");

        unlocks.unlock("HN", "2025", LocalDate.parse("2026-02-06"), "Bổ sung số liệu theo yêu cầu của Ban",
                "admin.x", OffsetDateTime.parse("2026-02-04T08:00:00+07:00"));
        review.decide(version, ReviewDecision.ACCEPT, null, "reviewer.a", february5);

        assertThat(versions("HN")).containsExactly("v1 accepted");
        assertThat(unlocks.list("2025")).singleElement().satisfies(u -> {
            assertThat(u.orgCode()).isEqualTo("HN");
            assertThat(u.unlockedBy()).isEqualTo("admin.x");
            assertThat(u.reason()).isEqualTo("Bổ sung số liệu theo yêu cầu của Ban");
        });
        assertThatThrownBy(() -> review.decide(version, ReviewDecision.REOPEN, "xem lại", "reviewer.a",
                OffsetDateTime.parse("2026-02-07T10:00:00+07:00"))).hasMessageContaining("đã khóa sổ");
    }

    @Test
    void anOrganisationWhosePeriodAnAdministratorOpenedAgainMaySendUntilThatDayAndNoOtherMay() {
        OffsetDateTime february5 = OffsetDateTime.parse("2026-02-05T10:00:00+07:00");
        assertThat(send("HN", 1, february5).issues()).anySatisfy(i -> assertThat(i.rule()).isEqualTo("period_locked"));

        unlocks.unlock("HN", "2025", LocalDate.parse("2026-02-06"), "Bổ sung số liệu", "admin.x",
                OffsetDateTime.parse("2026-02-04T08:00:00+07:00"));

        UploadVerdict opened = send("HN", 3, february5);
        assertThat(opened.status()).as(opened.issues().toString()).isEqualTo(UploadStatus.ACCEPTED);
        assertThat(opened.issues()).anySatisfy(i -> assertThat(i.messageVi())
                .contains("quản trị viên đã mở lại kỳ cho đơn vị đến hết ngày 06/02/2026"));
        assertThat(send("CAOBANG", 1, february5).status()).as("another organisation").isEqualTo(UploadStatus.REJECTED);
        assertThat(send("HN", 2, OffsetDateTime.parse("2026-02-07T10:00:00+07:00")).status()).as("after the day")
                .isEqualTo(UploadStatus.REJECTED);
    }

    @Test
    void computeReadsOnlyAcceptedVersionsAndSaysHowManyAwaitedReview() throws Exception {
        long hanoi = upload("HN", 1);
        upload("CAOBANG", 1);
        review.decide(hanoi, ReviewDecision.ACCEPT, null, "reviewer.a", DECEMBER_11);
        upload("HN", 2);

        ComputeResult result = compute.compute("2025");

        assertThat(result.submissions()).as("HN v1 only").isEqualTo(1);
        assertThat(result.awaitingReview()).as("HN v2 and CAOBANG v1").isEqualTo(2);
        assertThat(jdbc.queryForList("""
                select o.code || ' v' || s.version from compute_run_submission r join submission s using (submission_id)
                join organisation o on o.org_id = s.org_id where r.run_id = ?""", String.class, result.runId()))
                .containsExactly("HN v1");

        vn.dnnd.report.Edition edition = render.render("2025", "briefing", "vi");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                java.nio.file.Files.readAllBytes(edition.files().get(0).path()))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).as("the briefing tells its reader what it left out").contains("2 bản chờ duyệt, chưa tính");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
