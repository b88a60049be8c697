package vn.dnnd.indicator;

import java.io.IOException;
import java.util.List;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.CompositePropertySource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertySourceFactory;

/**
 * Loads the default score weights from {@code scores.yml} (config/scores.yml in the source tree). A
 * {@code @PropertySource} ranks below application.yml, so {@code dnnd.scores.*} in
 * {@code <home>/config/application.yml} or on the command line overrides them.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource(value = "classpath:scores.yml", factory = ScoreConfiguration.YamlFactory.class)
class ScoreConfiguration {

    static final class YamlFactory implements PropertySourceFactory {

        @Override
        public org.springframework.core.env.PropertySource<?> createPropertySource(String name, EncodedResource resource)
                throws IOException {
            String sourceName = name != null ? name : resource.getResource().getDescription();
            List<org.springframework.core.env.PropertySource<?>> documents =
                    new YamlPropertySourceLoader().load(sourceName, resource.getResource());
            CompositePropertySource composite = new CompositePropertySource(sourceName);
            documents.forEach(composite::addPropertySource);
            return composite;
        }
    }
}
