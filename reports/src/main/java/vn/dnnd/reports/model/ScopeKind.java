package vn.dnnd.reports.model;

/** What a figure covers (indicator_value.scope_kind). */
public enum ScopeKind {
    NATIONAL, REGION, ORG_KIND, ORGANISATION
}
