-- Published task scores of :period on the as-reported view for scopes :codes of kind :kind, by task: the
-- briefing's heat map reads the score, the analyst workbook every column.
-- Parameters: :period, :kind, :codes (list).
select task_no, scope_code, score, rank, ranked, coverage, members from task_score
where period_code = :period and scope_kind = :kind and hierarchy = 'as_reported'
  and scope_code in (:codes)
order by task_no
