-- Whether reference load ever ran: organisations, indicators and periods all present. No parameters.
select exists (select 1 from organisation) and exists (select 1 from indicator)
   and exists (select 1 from reporting_period)
