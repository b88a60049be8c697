package vn.dnnd;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application behind every command; started on demand by the command line. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DnndApplication {
}
