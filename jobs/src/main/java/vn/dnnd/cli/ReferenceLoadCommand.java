package vn.dnnd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.referencedata.ReferenceLoadResult;

@Command(name = "load",
        mixinStandardHelpOptions = true,
        description = {"Nạp danh mục từ các tệp CSV (chạy referenceDataJob); nạp lại không làm thay đổi gì nếu tệp không đổi.",
                "(Load reference data from CSV files by running referenceDataJob; idempotent.)"})
class ReferenceLoadCommand extends ApplicationCommand<ReferenceLoadCommand.Services> {

    record Services(ReferenceDataService referenceData) {
    }

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Thư mục chứa tasks.csv, regions.csv, organisations.csv, indicators.csv, periods.csv "
                    + "(directory with the reference CSVs; default: the files built into the application).")
    Path directory;

    ReferenceLoadCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        ReferenceDataService service = services.referenceData();
        ReferenceLoadResult result = directory == null ? service.load() : service.load(directory);
        out.println("Đã nạp danh mục (reference data loaded) từ (from) " + result.location()
                + " — lần chạy (job execution) " + result.jobExecutionId());
        for (ReferenceLoadResult.TableChange change : result.changes()) {
            out.printf("  %-24s thêm mới (inserted) %4d   cập nhật (updated) %4d%n",
                    change.table(), change.inserted(), change.updated());
        }
        if (result.totalChanged() == 0) {
            out.println("Không có thay đổi (nothing changed).");
        }
        return 0;
    }
}
