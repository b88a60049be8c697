package vn.dnnd.reports.model;

/**
 * What a figure covers (indicator_value.scope_kind). {@code CENTRAL} is not stored: it is the organisations
 * outside every region (central bodies), the national figure less the regions', printed so that a table by
 * region adds up to the country.
 */
public enum ScopeKind {
    NATIONAL, REGION, ORG_KIND, ORGANISATION, CENTRAL
}
