-- intake: every reporting period with its dates, for one intake run. No parameters.
select code, kind, starts_on, ends_on, due_on, locks_on, name_vi, name_en
from reporting_period order by code
