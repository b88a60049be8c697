-- The published task scores of scope :code (of kind :kind) in :period on view :view, by task.
-- Parameters: :period, :kind, :code, :view.
select s.task_no, t.short_name_vi, t.name_en, s.score, s.rank, s.ranked, s.coverage, s.members
from task_score s join task t using (task_no)
where s.period_code = :period and s.scope_kind = :kind and s.scope_code = :code
  and s.hierarchy = :view
order by s.task_no
