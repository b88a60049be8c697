package vn.dnnd.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import vn.dnnd.system.DnndException;

/** What the job monitor shows of a failure: a sentence or two, never frames. */
class ExitDescriptionsTests {

    @Test
    void aStackTraceReadsAsItsExceptionAndItsDeepestCauseWithoutFrames() {
        Exception failure = new IllegalStateException("Unable to process chunk",
                new DuplicateKeyException("PreparedStatementCallback; SQL [insert into t values (?)]",
                        new SQLException("ERROR: duplicate key value violates unique constraint \"t_pkey\"\n  Detail: Key (n)=(25)")));

        assertThat(ExitDescriptions.fromDescription(stackTrace(failure))).hasValue("IllegalStateException: Unable to process "
                + "chunk — SQLException: ERROR: duplicate key value violates unique constraint \"t_pkey\"");
        assertThat(ExitDescriptions.fromFailure(failure)).isEqualTo(ExitDescriptions.fromDescription(stackTrace(failure)).orElseThrow());
        assertThat(ExitDescriptions.fromFailure(failure)).doesNotContain("\tat ", ".java:", "java.lang.", "Detail:");
    }

    @Test
    void theUsersOwnMessageWinsWhereverItIsInTheChain() {
        Exception failure = new IllegalStateException("Unable to process chunk",
                new DnndException("Tệp f07.csv: thiếu cột mã", "file f07.csv: no code column"));

        assertThat(ExitDescriptions.fromFailure(failure)).isEqualTo("Tệp f07.csv: thiếu cột mã (file f07.csv: no code column)");
    }

    @Test
    void aLongMessageIsCutAtAWordAndNothingIsShownForNoDescription() {
        String summary = ExitDescriptions.fromDescription("java.lang.IllegalStateException: " + "quá dài ".repeat(100)).orElseThrow();

        assertThat(summary).startsWith("IllegalStateException: quá dài").endsWith("dài…")
                .hasSizeLessThanOrEqualTo(ExitDescriptions.MAX_LENGTH + 1);
        assertThat(ExitDescriptions.fromDescription("")).isEmpty();
        assertThat(ExitDescriptions.fromDescription(null)).isEmpty();
        assertThat(ExitDescriptions.fromDescription("process died before execution 7 ended (nobody held its lease); marked "
                + "FAILED, restartable")).hasValue("process died before execution 7 ended (nobody held its lease); marked "
                + "FAILED, restartable");
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
