package vn.dnnd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.report.Edition;
import vn.dnnd.report.RenderService;

@Command(name = "render",
        mixinStandardHelpOptions = true,
        description = {"Xuất các báo cáo của một kỳ từ kết quả tính đã công bố (chạy renderJob): lưu thành lần xuất bản mới "
                + "dưới <home>/reports/<kỳ>/edition-<n>/ và in đường dẫn từng tệp.",
                "(Render a period's reports from its published results by running renderJob: a new edition under "
                        + "<home>/reports/<period>/edition-<n>/; prints every file.)"})
class RenderCommand extends ApplicationCommand<RenderCommand.Services> {

    record Services(RenderService render) {
    }

    @Option(names = "--period", required = true, paramLabel = "KỲ",
            description = "Kỳ báo cáo: một năm, ví dụ 2025, hoặc giai đoạn sơ kết 2022-2026 (period: a year, or the five-year review).")
    String period;

    @Option(names = "--kinds", paramLabel = "KINDS",
            description = "Loại báo cáo, cách nhau bằng dấu phẩy (report kinds, comma-separated; default all).")
    String kinds;

    @Option(names = "--lang", paramLabel = "vi,en", description = "Ngôn ngữ: vi, en hoặc vi,en (languages; default vi,en).")
    String languages;

    @Option(names = "--out", paramLabel = "DIR", description = "Sao chép thêm lần xuất bản vào thư mục này (also copy the edition here).")
    Path out;

    RenderCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter writer) {
        Edition edition = services.render().render(period, kinds, languages);
        EditionPrinter.heading(writer, edition);
        EditionPrinter.files(writer, edition);
        if (out != null) {
            EditionPrinter.copy(writer, edition, out.toAbsolutePath());
        }
        writer.printf("Đã ghi (written): %d tệp (files)%n", edition.files().size());
        return 0;
    }
}
