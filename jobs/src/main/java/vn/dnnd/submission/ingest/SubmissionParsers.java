package vn.dnnd.submission.ingest;

import java.util.Locale;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.submission.parse.Channel;
import vn.dnnd.submission.parse.CsvSubmissionParser;
import vn.dnnd.submission.parse.JsonSubmissionParser;
import vn.dnnd.submission.parse.SubmissionParser;
import vn.dnnd.submission.parse.XlsxSubmissionParser;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.Location;
import vn.dnnd.system.Rule;

/** Picks the channel by the file name, then checks that the first bytes agree with it. */
final class SubmissionParsers {

    private static final SubmissionParser JSON = new JsonSubmissionParser();

    private SubmissionParsers() {
    }

    static Channel channel(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return Channel.XLSX;
        }
        if (name.endsWith(".csv")) {
            return Channel.CSV;
        }
        return name.endsWith(".json") ? Channel.JSON : null;
    }

    static SubmissionParser parser(Channel channel, byte[] content, IntakeProperties properties, Issues issues) {
        if (channel == null) {
            issues.error(Rule.UNKNOWN_FORMAT, Location.FILE, "chỉ nhận tệp .xlsx (biểu mẫu), .csv hoặc .json",
                    "only .xlsx (the template), .csv or .json files are accepted");
            return null;
        }
        if (channel == Channel.XLSX && !startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            boolean oldExcel = startsWith(content, 0xD0, 0xCF, 0x11, 0xE0);
            issues.error(Rule.UNKNOWN_FORMAT, Location.FILE,
                    oldExcel ? "đây là tệp Excel 97-2003 (.xls) hoặc tệp mã hóa; hãy lưu lại dạng Excel Workbook (.xlsx)"
                            : "tệp có đuôi .xlsx nhưng nội dung không phải bảng tính Excel (có thể là tệp khác bị đổi tên)",
                    oldExcel ? "this is an Excel 97-2003 (.xls) or encrypted file; save it as Excel Workbook (.xlsx)"
                            : "the file is named .xlsx but is not an Excel workbook (perhaps another file renamed)");
            return null;
        }
        return switch (channel) {
            case XLSX -> new XlsxSubmissionParser(properties.xlsxMaxPartBytes(), properties.xlsxMaxCells());
            case CSV -> new CsvSubmissionParser(properties.maxLines());
            case JSON -> JSON;
        };
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
