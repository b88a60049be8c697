-- bench schema drop: whether PostgreSQL put the btree_gist extension into benchmark schema :schema
-- (1) or not (0). Parameters: :schema.
select count(*) from pg_extension e join pg_namespace n on n.oid = e.extnamespace
where e.extname = 'btree_gist' and n.nspname = :schema
