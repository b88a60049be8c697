package vn.dnnd.schedule.reminder;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.NamedQueries;

/**
 * Loads reminder contacts from a CSV file ({@code <home>/config/contacts.csv} by default), header
 * {@code code,email}: the address of each organisation, set on its version in force today; an empty
 * email clears it. Every line is checked first; one bad line rejects the file and changes nothing.
 * Reference loads never touch these addresses.
 */
@Service
public class ContactsService {

    static final String HEADER = "code,email";

    /** What a load changed. */
    public record Result(Path file, int set, int cleared) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;
    private final Clock clock;

    public ContactsService(NamedParameterJdbcTemplate jdbc, NamedQueries queries, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional
    public Result load(Path file) {
        List<String> lines = read(file);
        if (lines.isEmpty() || !lines.get(0).replace("\uFEFF", "").strip().equalsIgnoreCase(HEADER)) {
            throw new DnndException(file + ": dòng 1 phải là \"" + HEADER + "\"", file + ": line 1 must be \"" + HEADER + "\"");
        }
        LocalDate today = LocalDate.now(clock);
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int set = 0;
        int cleared = 0;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            String where = file.getFileName() + " dòng (line) " + (i + 1) + ": ";
            if (fields.length != 2) {
                problems.add(where + "cần 2 cột code,email (expected 2 columns)");
                continue;
            }
            String code = fields[0].strip().toUpperCase();
            String email = Normalizer.normalize(fields[1].strip(), Normalizer.Form.NFC);
            if (!seen.add(code)) {
                problems.add(where + "mã " + code + " lặp lại (duplicate code)");
                continue;
            }
            if (!email.isEmpty() && !valid(email)) {
                problems.add(where + "địa chỉ thư không hợp lệ \"" + email + "\" (invalid e-mail address)");
                continue;
            }
            int updated = jdbc.update(queries.get("schedule", "set-contact-email"),
                    new MapSqlParameterSource("email", email.isEmpty() ? null : email).addValue("code", code)
                            .addValue("today", today));
            if (updated == 0) {
                problems.add(where + "không có tổ chức mã " + code + " vào ngày " + today + " (no organisation " + code + " today)");
            } else if (email.isEmpty()) {
                cleared++;
            } else {
                set++;
            }
        }
        if (!problems.isEmpty()) {
            // @Transactional rolls back every update above.
            throw new DnndException("Tệp liên hệ bị từ chối, không thay đổi gì: " + String.join("; ", problems),
                    "contacts file rejected, nothing changed: " + problems.size() + " problem(s)");
        }
        return new Result(file, set, cleared);
    }

    private static boolean valid(String email) {
        try {
            new InternetAddress(email, true).validate();
            return email.contains("@");
        } catch (AddressException e) {
            return false;
        }
    }

    private static List<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DnndException("Không có tệp liên hệ " + file, "no contacts file " + file);
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new DnndException(file + " không phải UTF-8", file + " is not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
