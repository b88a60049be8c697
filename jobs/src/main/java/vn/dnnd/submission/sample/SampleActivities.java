package vn.dnnd.submission.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dnnd.submission.reference.Reporter;

/** Two or three typical activities a year: exchanges with neighbours, friendship events, diaspora meetings. */
final class SampleActivities {

    private record Kind(int task, String kind, String description) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(3, "Giao lưu hữu nghị", "Giao lưu hữu nghị nhân dân, thăm và làm việc, trao đổi kinh nghiệm"),
            new Kind(3, "Đón đoàn vào", "Tiếp đoàn đại biểu tổ chức nhân dân nước bạn sang thăm và làm việc"),
            new Kind(4, "Hội thảo quốc tế", "Đồng tổ chức hội thảo về hợp tác nhân dân và phát triển bền vững"),
            new Kind(4, "Tiếp nhận viện trợ", "Ký kết, tiếp nhận dự án viện trợ phi chính phủ nước ngoài"),
            new Kind(5, "Gặp mặt kiều bào", "Gặp mặt, thông tin tình hình quê hương cho bà con kiều bào"),
            new Kind(6, "Thông tin đối ngoại", "Cung cấp thông tin, trả lời phỏng vấn phóng viên báo chí nước ngoài"));
    private static final String[][] PARTNERS = {
            {"Lào", "Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Hủa Phăn"},
            {"Campuchia", "Hội Hữu nghị Campuchia - Việt Nam"},
            {"Trung Quốc", "Hội Hữu nghị đối ngoại nhân dân tỉnh Vân Nam"},
            {"Cuba", "Viện Hữu nghị với các dân tộc Cuba (ICAP)"},
            {"Nhật Bản", "Hội Hữu nghị Nhật Bản - Việt Nam"},
            {"Hàn Quốc", "Hội Hữu nghị Hàn Quốc - Việt Nam"},
            {"Liên bang Nga", "Hội Hữu nghị Nga - Việt Nam"},
            {"Pháp", "Hội Hữu nghị Pháp - Việt Nam"}};

    private SampleActivities() {
    }

    static List<SampleSubmission.Activity> of(Reporter reporter, int year) {
        List<SampleSubmission.Activity> activities = new ArrayList<>();
        int count = 2 + Hashes.pick(2, reporter.code(), year, "activities");
        for (int i = 0; i < count; i++) {
            Kind kind = KINDS.get(Hashes.pick(KINDS.size(), reporter.code(), year, i));
            String[] partner = PARTNERS[Hashes.pick(PARTNERS.length, reporter.code(), year, i, "partner")];
            LocalDate date = LocalDate.of(year, 2 + Hashes.pick(10, reporter.code(), year, i, "m"),
                    1 + Hashes.pick(27, reporter.code(), year, i, "d"));
            int participants = 15 + Hashes.pick(120, reporter.code(), year, i, "p");
            BigDecimal amount = BigDecimal.valueOf((20 + Hashes.pick(300, reporter.code(), year, i, "a")) * 1_000_000L);
            activities.add(new SampleSubmission.Activity(kind.task(), date, kind.kind(), partner[0], partner[1],
                    participants, amount, kind.description()));
        }
        return activities;
    }
}
