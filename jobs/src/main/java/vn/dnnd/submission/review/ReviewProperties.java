package vn.dnnd.submission.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the review of submissions under {@code dnnd.review.*}.
 *
 * @param required when on, an accepted file becomes a version awaiting review, counted only once a reviewer
 *                 accepts it; when off, it counts at once (as before review existed)
 */
@ConfigurationProperties("dnnd.review")
public record ReviewProperties(@DefaultValue("true") boolean required) {
}
