-- The published completeness of scope :code (of kind :kind) in :period on view :view. Parameters:
-- :period, :kind, :code, :view.
select expected, submitted, on_time, late, missing from completeness
where period_code = :period and scope_kind = :kind and scope_code = :code and hierarchy = :view
