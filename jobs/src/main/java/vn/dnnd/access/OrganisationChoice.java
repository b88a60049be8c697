package vn.dnnd.access;

/** An organisation a user or an API token may be bound to, with its names to pick it by; not current once merged away. */
public record OrganisationChoice(String code, String nameVi, String nameEn, boolean current) {
}
