package vn.dnnd.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Assumptions;

/** The machine's RabbitMQ, which the cluster-mode tests need (.ci/run starts it). */
public final class RabbitMq {

    public static final int PORT = 5672;
    public static final String URL = "amqp://guest:guest@127.0.0.1:" + PORT;

    private RabbitMq() {
    }

    /** Skips the calling tests, saying so on the console and in the report, when RabbitMQ does not answer. */
    public static void assumeAnswers(Class<?> tests) {
        if (!answers()) {
            String why = tests.getSimpleName() + " skipped: no RabbitMQ answers on 127.0.0.1:" + PORT
                    + " (.ci/run starts one)";
            System.out.println(why);
            Assumptions.abort(why);
        }
    }

    private static boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", PORT), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
