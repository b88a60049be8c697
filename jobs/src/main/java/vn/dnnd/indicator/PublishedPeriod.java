package vn.dnnd.indicator;

/** A period with published results; {@code kind} is annual or review5y. */
public record PublishedPeriod(String code, String nameVi, String nameEn, String kind) {
}
