package vn.dnnd.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;

/**
 * The query files and the Java code that names them, read from the source tree: a file nothing uses, or a
 * name without its file, fails here instead of at the first run of the statement.
 */
class NamedQueriesTests {

    private static final Path QUERIES = Path.of("../sql/queries");
    private static final Path SOURCES = Path.of("src/main/java");

    /** {@code get("feature", "name")}: a query named in place. */
    private static final Pattern NAMED_CALL = Pattern.compile("\\.get\\(\"([a-z]+)\", \"([a-z0-9-]+)\"\\)");

    @Test
    void everyQueryFileIsNamedInTheJavaCode() {
        String java = javaSources();
        // A few names reach NamedQueries through a list (the compute steps, the reference checks and upserts,
        // the benchmark's steps) rather than in place, so the quoted name is looked for anywhere; that only
        // tells files apart while no two features use the same name.
        assertThat(queryFiles().stream().map(NamedQueriesTests::nameOf).toList()).as("query names")
                .doesNotHaveDuplicates();
        Set<String> unused = queryFiles().stream()
                .filter(file -> !java.contains('"' + nameOf(file) + '"'))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).as("query files no Java class names").isEmpty();
    }

    @Test
    void everyQueryNamedInPlaceIsAFile() {
        Set<String> named = new TreeSet<>();
        Matcher call = NAMED_CALL.matcher(javaSources());
        while (call.find()) {
            named.add(call.group(1) + "/" + call.group(2));
        }
        assertThat(named).as("queries named in the Java code").isNotEmpty();
        assertThat(queryFiles()).containsAll(named);
    }

    @Test
    void everyQueryFileStartsWithWhatItDoes() {
        for (String file : queryFiles()) {
            assertThat(read(QUERIES.resolve(file + ".sql"))).as(file).startsWith("-- ");
        }
    }

    @Test
    void aQueryIsReadFromTheClasspathAndAMissingOneIsNamed() {
        NamedQueries queries = new NamedQueries(new DefaultResourceLoader());

        assertThat(queries.get("indicator", "start-run")).contains("insert into compute_run");
        assertThatThrownBy(() -> queries.get("indicator", "no-such-query"))
                .hasMessageContaining("sql/queries/indicator/no-such-query.sql");
    }

    /** PostgreSQL's cast right after a named parameter ({@code :ids::bigint[]}) stays a cast. */
    @Test
    void aCastAfterANamedParameterStaysACast() {
        String sql = new NamedQueries(new DefaultResourceLoader()).get("submission", "find-outliers");
        Map<String, Object> values = Map.of("ids", new Long[] {1L}, "factor", 3);

        assertThat(NamedParameterUtils.substituteNamedParameters(sql, new MapSqlParameterSource(values)))
                .contains("unnest(?::bigint[])").contains("<> all (?::bigint[])").doesNotContain(":ids::");
        assertThat(NamedParameterUtils.buildValueArray(sql, values)).containsExactly(values.get("ids"),
                values.get("ids"), 3, 3, 3);
    }

    /** Each query file as {@code feature/name}. */
    private static Set<String> queryFiles() {
        try (Stream<Path> files = Files.walk(QUERIES)) {
            return files.filter(file -> file.toString().endsWith(".sql"))
                    .map(file -> QUERIES.relativize(file).toString().replace('\\', '/').replaceFirst("\\.sql$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nameOf(String file) {
        return file.substring(file.indexOf('/') + 1);
    }

    private static String javaSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(NamedQueriesTests::read)
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
