-- The organisations a user or an API token may be bound to: each code once, with the names of its latest
-- version (a code merged away in 2025 is still listed, for the submitters of its old periods).
select distinct on (code) code, name_vi, name_en, valid_to is null as current
from organisation
order by code, valid_from desc
