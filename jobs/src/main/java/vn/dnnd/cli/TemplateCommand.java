package vn.dnnd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.submission.template.TemplateContent;
import vn.dnnd.submission.template.TemplateService;

@Command(name = "template",
        mixinStandardHelpOptions = true,
        description = {"Tạo biểu mẫu Excel báo cáo cho một tổ chức và một kỳ, theo danh mục chỉ tiêu của loại tổ chức đó.",
                "(Generate the Excel submission template of one organisation and period.)"})
class TemplateCommand extends ApplicationCommand<TemplateCommand.Services> {

    record Services(TemplateService templates) {
    }

    @Option(names = "--org", required = true, paramLabel = "CODE", description = "Mã tổ chức (organisation code), ví dụ HN.")
    String org;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "Kỳ báo cáo (period), ví dụ 2025.")
    String period;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Tệp ghi ra (output file).")
    Path out;

    TemplateCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter writer) {
        TemplateContent content = services.templates().write(org, period, out);
        writer.println("Đã tạo biểu mẫu (template written): " + out.toAbsolutePath());
        writer.println("  " + content.reporter().nameVi() + " (" + content.reporter().code() + "), "
                + content.period().nameVi() + "; " + content.indicators().size() + " chỉ tiêu nhập (indicators to enter)");
        return 0;
    }
}
