-- Who reported in :previous in one scope (:kind, :code), on the restated view: the previous period put onto
-- today's units, as its figures are compared. Parameters: :previous, :kind, :code.
select submitted, expected from completeness
where period_code = :previous and scope_kind = :kind and scope_code = :code and hierarchy = 'restated'
