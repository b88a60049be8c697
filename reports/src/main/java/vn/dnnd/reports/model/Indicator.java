package vn.dnnd.reports.model;

import java.util.Objects;

/** An indicator of the catalogue (table indicator): code such as "T3.NEW_AGREEMENTS", names and unit. */
public record Indicator(String code, int taskNo, Bilingual name, Bilingual unit, ValueType valueType) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(valueType, "valueType");
    }
}
