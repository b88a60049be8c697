package vn.dnnd.cluster;

import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import vn.dnnd.system.DnndException;

/** Why a manager step gave up on its partitions, in words an operator can act on. */
final class PartitionFailures {

    private static final String RESTART_VI = "; công việc dừng ở trạng thái FAILED, chạy lại bằng jobs restart";
    private static final String RESTART_EN = "; the job is FAILED and can be restarted (jobs restart)";

    private PartitionFailures() {
    }

    static DnndException unreachable(ClusterProperties settings, Exception cause) {
        String why = rootMessage(cause);
        return new DnndException("Không kết nối được RabbitMQ tại " + settings.brokerForDisplay()
                + " (dnnd.cluster.broker): " + why + RESTART_VI, "cannot reach RabbitMQ at "
                + settings.brokerForDisplay() + " (dnnd.cluster.broker): " + why + RESTART_EN, cause);
    }

    static DnndException lost(ClusterProperties settings, long waiting, long seconds, Exception cause) {
        String why = rootMessage(cause);
        return new DnndException("Mất kết nối RabbitMQ tại " + settings.brokerForDisplay() + " đã " + seconds
                + " giây trong khi " + waiting + " phần việc còn chờ trong hàng đợi: " + why + RESTART_VI,
                "lost RabbitMQ at " + settings.brokerForDisplay() + " for " + seconds + " s while " + waiting
                        + " partitions still waited in its queue: " + why + RESTART_EN, cause);
    }

    static DnndException noWorker(ClusterProperties settings, long waiting, long seconds) {
        return new DnndException("Không có worker nào sống đã " + seconds + " giây trong khi " + waiting
                + " phần việc chờ trong hàng đợi " + settings.queue() + " (dnnd.cluster.worker-grace-seconds); hãy khởi "
                + "động worker" + RESTART_VI, "no worker alive for " + seconds + " s while " + waiting
                + " partitions waited in queue " + settings.queue() + " (dnnd.cluster.worker-grace-seconds); start a "
                + "worker" + RESTART_EN);
    }

    static DnndException timedOut(ClusterProperties settings, Map<Long, BatchStatus> statuses) {
        long waiting = statuses.values().stream().filter(status -> status == BatchStatus.STARTING).count();
        long running = statuses.values().stream().filter(BatchStatus::isRunning).count() - waiting;
        return new DnndException("Hết " + settings.timeoutMinutes() + " phút (dnnd.cluster.timeout-minutes) mà các "
                + "phần việc chưa xong: " + waiting + " còn chờ trong hàng đợi (không có worker nào nhận?), " + running
                + " đang chạy" + RESTART_VI, "partitions not finished after " + settings.timeoutMinutes()
                + " minutes (dnnd.cluster.timeout-minutes): " + waiting + " still waiting in the queue (no worker "
                + "taking them?), " + running + " running" + RESTART_EN);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
