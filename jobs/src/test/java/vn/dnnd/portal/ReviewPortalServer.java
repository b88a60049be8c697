package vn.dnnd.portal;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The portal with review required, as shipped (the other portal tests run with it off): the review pages' tests
 * share this one application context over the same embedded test database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.web-application-type=servlet", "server.address=127.0.0.1",
                "dnnd.review.required=true"})
abstract class ReviewPortalServer extends PortalTestServer {

    /** The annual period open today (config/reference/periods.csv). */
    String openPeriod() {
        return jdbc.queryForObject("""
                select code from reporting_period where kind = 'annual'
                and (now() at time zone 'Asia/Ho_Chi_Minh')::date between starts_on and locks_on
                order by code desc limit 1""", String.class);
    }

    java.util.List<String> versions(String org, String period) {
        return jdbc.queryForList("""
                select 'v' || s.version || ' ' || s.status from submission s join organisation o using (org_id)
                where o.code = ? and s.period_code = ? order by s.version""", String.class, org, period);
    }
}
