package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dnnd.access.Role;

/**
 * The load balancer's health check: /actuator/health and /actuator/info answer anyone, with the status only;
 * an administrator also sees what the status is made of (the database among it). The other actuator paths are
 * refused to everybody in PortalAuthorizationTests.
 */
class HealthEndpointTests extends PortalTestServer {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anyoneGetsUpOrDownAndNothingElse() {
        PortalClient.Response health = anonymous().get("/actuator/health").expectStatus(200);
        assertThat(health.header("Content-Type")).contains("json");
        assertThat(JSON.readTree(health.body())).isEqualTo(JSON.readTree("{\"status\":\"UP\"}"));

        PortalClient.Response reviewer = loggedIn("health-reviewer", Set.of(Role.REVIEWER)).get("/actuator/health");
        assertThat(JSON.readTree(reviewer.body())).as("a user who is not an administrator")
                .isEqualTo(JSON.readTree("{\"status\":\"UP\"}"));

        assertThat(JSON.readTree(anonymous().get("/actuator/info").expectStatus(200).body())).isEmpty();
    }

    @Test
    void anAdministratorSeesTheDatabaseInTheHealth() {
        JsonNode health = JSON.readTree(loggedIn("health-admin", Set.of(Role.ADMIN)).get("/actuator/health")
                .expectStatus(200).body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("details").path("database").asText()).isEqualTo("PostgreSQL");
        assertThat(health.path("components").has("mail")).as("a mail server down must not fail the health").isFalse();
    }
}
