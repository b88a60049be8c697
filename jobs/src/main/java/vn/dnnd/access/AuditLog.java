package vn.dnnd.access;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The audit trail: who did what, when, from which address. Written in the caller's transaction when there
 * is one, so an upload that rolls back leaves no row claiming it happened.
 */
@Service
public class AuditLog {

    public static final String LOGIN_SUCCESS = "login_success";
    public static final String LOGIN_FAILURE = "login_failure";
    public static final String LOGIN_LOCKED = "login_locked";
    public static final String LOGOUT = "logout";
    public static final String PASSWORD_CHANGE = "password_change";
    public static final String UPLOAD = "upload";
    public static final String DOWNLOAD = "download";
    public static final String USER_CREATE = "user_create";
    public static final String USER_DISABLE = "user_disable";
    public static final String USER_RESET = "user_reset";
    public static final String USER_UNLOCK = "user_unlock";
    public static final String USER_CHANGE = "user_change";
    public static final String TOKEN_CREATE = "token_create";
    public static final String TOKEN_REVOKE = "token_revoke";
    public static final String TOKEN_REFUSED = "token_refused";
    public static final String REVIEW_DECISION = "review_decision";
    public static final String PERIOD_UNLOCK = "period_unlock";
    public static final String PERIOD_OPEN = "period_open";
    public static final String JOB_RESTART = "job_restart";
    public static final String JOB_STOP = "job_stop";
    public static final String JOB_RECOVER = "job_recover";
    public static final String SCHEDULE_RUN_NOW = "schedule_run_now";

    /** The actor of what was done on the server's command line. */
    public static final String COMMAND_LINE = "cli";

    private final JdbcTemplate jdbc;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String address, String action, String target, String detail) {
        jdbc.update("insert into audit_event (actor, address, action, target, detail) values (?, ?, ?, ?, ?)",
                actor, address, action, target, detail);
    }
}
