package vn.dnnd.portal;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The actuator's health and info endpoints are for a load balancer in front of the portal: they exist only when
 * the application serves the web ({@code serve}, which passes {@code spring.main.web-application-type=servlet}).
 * Every other command runs without the web and gets neither the endpoints nor a single health indicator, so the
 * actuator never slows or changes a command. (Boot would otherwise create the health endpoint and its indicators
 * in any application, web or not, as the endpoints are only conditional on their exposure settings.)
 */
public class ActuatorOnlyWithPortal implements EnvironmentPostProcessor {

    static final String SOURCE = "dnnd-actuator-off-without-web";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String type = environment.getProperty("spring.main.web-application-type",
                application.getWebApplicationType().name());
        if (WebApplicationType.SERVLET.name().equalsIgnoreCase(type.strip())) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(
                "management.endpoints.access.default", "none",
                "management.endpoint.health.access", "none",
                "management.endpoint.info.access", "none",
                "management.health.defaults.enabled", "false",
                "management.endpoint.health.probes.enabled", "false")));
    }
}
