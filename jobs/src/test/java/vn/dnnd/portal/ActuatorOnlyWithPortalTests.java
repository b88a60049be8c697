package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * A command (no web) has no actuator endpoint and no health indicator: the health check exists for the portal
 * only, and costs the commands nothing (the web side: HealthEndpointTests).
 */
@SpringBootTest
class ActuatorOnlyWithPortalTests {

    @Autowired
    ApplicationContext context;

    @Test
    void aCommandHasNeitherTheHealthEndpointNorAnyHealthIndicator() {
        assertThat(context.getBeanNamesForType(HealthEndpoint.class)).isEmpty();
        assertThat(context.getBeanNamesForType(HealthContributor.class)).isEmpty();
        assertThat(context.getEnvironment().getProperty("management.endpoint.health.access")).isEqualTo("none");
    }
}
