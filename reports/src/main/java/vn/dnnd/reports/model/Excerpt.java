package vn.dnnd.reports.model;

import java.util.Objects;

/** A passage an organisation wrote in its narrative, quoted with its name. */
public record Excerpt(String organisationCode, String organisationName, String text) {

    public Excerpt {
        Objects.requireNonNull(organisationCode, "organisationCode");
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(text, "text");
    }
}
