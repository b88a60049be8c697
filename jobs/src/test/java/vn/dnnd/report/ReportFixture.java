package vn.dnnd.report;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.indicator.MergerFixture;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.support.TestDatabase;

/**
 * The report tests' data: the {@link MergerFixture} computed for 2024 and 2025, plus narratives of four
 * organisations and one rejected file with a validation issue. Figures worked out by hand:
 * T3.DELEGATIONS_OUT nationally 2025 = 12 (Tây Ninh) + 30 (TP. Hồ Chí Minh) + 25 (Hà Nội) + 40 (LHHN) = 107;
 * 2024 = 5 + 9 + 20 + 4 + 18 + 35 + 10 = 101; change +6. Đông Nam Bộ 2025 = 12 + 30 = 42.
 */
final class ReportFixture {

    static final String HCM_ACHIEVEMENT = "Thành phố đón 45 đoàn khách quốc tế và ký kết ba thỏa thuận hợp tác hữu nghị "
            + "với các địa phương của Lào, Campuchia và Nhật Bản.";
    static final String LHHN_LIMITATION = "Nguồn lực cho hoạt động vận động viện trợ phi chính phủ nước ngoài còn hạn hẹp.";
    static final String LHHN_CAUSE = "Cơ chế phối hợp giữa các cơ quan liên quan chưa chặt chẽ.";
    static final String HCM_OBJECTIVE_CAUSE = "Tình hình thế giới, khu vực diễn biến phức tạp; nguồn viện trợ quốc tế giảm.";
    static final String TAYNINH_SUBJECTIVE_CAUSE = "Một số đơn vị chưa chủ động xây dựng kế hoạch vận động viện trợ.";
    static final String LHHN_LESSON = "Vận động viện trợ phải đi đôi với quản lý chặt chẽ, minh bạch thì mới giữ được uy tín.";
    static final String TAYNINH_PROPOSAL = "Đề nghị Trung ương bố trí kinh phí đào tạo cán bộ làm đối ngoại nhân dân cấp tỉnh.";
    static final String FORMULA_LIKE = "=SUM(A1:A9) hội nghị quán triệt; +84 lượt người tham dự";
    static final String ISSUE_MESSAGE = "Số đơn vị đã quán triệt (210) lớn hơn tổng số đơn vị (180)";

    private ReportFixture() {
    }

    /** The renderer of report kind {@code kind} among the application's renderers. */
    static ReportKindRenderer renderer(List<ReportKindRenderer> renderers, String kind) {
        return renderers.stream().filter(renderer -> renderer.kind().equals(kind)).findFirst().orElseThrow();
    }

    static void build(JdbcTemplate jdbc, ReferenceDataService reference, ComputeService compute) {
        TestDatabase.clearCollectedAndComputed(jdbc);
        reference.load();
        MergerFixture.build(jdbc);
        narrative(jdbc, "HCM", 3, "achievements", HCM_ACHIEVEMENT);
        narrative(jdbc, "LHHN", 4, "limitations", LHHN_LIMITATION);
        narrative(jdbc, "LHHN", 4, "causes", LHHN_CAUSE);
        narrative(jdbc, "HCM", 4, "causes_objective", HCM_OBJECTIVE_CAUSE);
        narrative(jdbc, "TAYNINH", 4, "causes_subjective", TAYNINH_SUBJECTIVE_CAUSE);
        narrative(jdbc, "LHHN", 2, "lessons", LHHN_LESSON);
        narrative(jdbc, "TAYNINH", 8, "proposals", TAYNINH_PROPOSAL);
        narrative(jdbc, "TLDLD", 1, "achievements", FORMULA_LIKE);
        rejectedFile(jdbc);
        compute.compute("2024");
        compute.compute("2025");
    }

    static ReportRequest request(ReportLanguage language) {
        return new ReportRequest("2025", language, 1, OffsetDateTime.of(2026, 1, 20, 3, 30, 0, 0, ZoneOffset.UTC), List.of());
    }

    private static void narrative(JdbcTemplate jdbc, String org, int task, String section, String text) {
        int rows = jdbc.update("""
                insert into submission_narrative (submission_id, task_no, section, body)
                select s.submission_id, ?, ?, ? from submission s join organisation o on o.org_id = s.org_id
                where o.code = ? and s.period_code = '2025' and s.status = 'accepted'""", task, section, text, org);
        if (rows != 1) {
            throw new IllegalStateException("no accepted 2025 submission of " + org);
        }
    }

    private static void rejectedFile(JdbcTemplate jdbc) {
        long file = jdbc.queryForObject("""
                insert into intake_file (file_name, sha256, byte_size, channel, received_at, outcome, org_code,
                                         period_code, error_count)
                values ('tinh-lai-chau-2025.xlsx', repeat('a', 64), 2048, 'xlsx', '2025-12-01T09:00:00+07', 'rejected',
                        'LAICHAU', '2025', 1) returning file_id""", Long.class);
        jdbc.update("""
                insert into validation_issue (file_id, sheet, cell_ref, line_no, indicator_code, rule, severity,
                                              message_vi, message_en)
                values (?, 'Chỉ tiêu', 'D14', 14, 'T1.SUBUNITS_DISSEMINATED', 'at_most', 'error', ?,
                        'Units disseminated (210) exceed units in scope (180)')""", file, ISSUE_MESSAGE);
    }
}
