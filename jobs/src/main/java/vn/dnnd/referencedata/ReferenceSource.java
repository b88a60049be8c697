package vn.dnnd.referencedata;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** The place reference files are read from: a Spring resource location such as classpath:reference/. */
record ReferenceSource(ResourceLoader loader, String location) {

    ReferenceSource {
        location = location.endsWith("/") ? location : location + "/";
    }

    Resource resource(ReferenceFile file) {
        return loader.getResource(location + file.fileName());
    }
}
