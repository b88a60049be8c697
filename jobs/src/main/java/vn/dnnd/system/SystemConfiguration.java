package vn.dnnd.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dnnd.reports.text.VietnamTime;

/** Shared infrastructure beans. */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    /** Due dates, lock dates and "late" are judged on the Hanoi calendar. */
    @Bean
    Clock clock() {
        return Clock.system(VietnamTime.ZONE);
    }
}
