package vn.dnnd.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.dnnd.reports.text.VietnamTime;

/**
 * {@code --as-of}: a receipt time as a clerk would write it. A date alone is that day at 00:00 in
 * Vietnam, a date-time without offset is Vietnam time, and a full ISO date-time with offset is taken
 * as given. Anything else is refused with an example, in both languages.
 */
final class ReceiptTime implements ITypeConverter<OffsetDateTime> {

    @Override
    public OffsetDateTime convert(String value) {
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).atZone(VietnamTime.ZONE).toOffsetDateTime();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
                } catch (DateTimeParseException notADate) {
                    throw new TypeConversionException("'" + value + "' không phải ngày hoặc thời điểm; ví dụ 2025-12-10 "
                            + "hoặc 2025-12-10T09:00:00+07:00 (not a date or date-time; e.g. 2025-12-10 or "
                            + "2025-12-10T09:00:00+07:00)");
                }
            }
        }
    }

}
