-- Published completeness of :period on the as-reported view for scopes :codes of kind :kind.
-- Parameters: :period, :kind, :codes (list).
select scope_code, expected, submitted, on_time, late, missing from completeness
where period_code = :period and scope_kind = :kind and hierarchy = 'as_reported'
  and scope_code in (:codes)
