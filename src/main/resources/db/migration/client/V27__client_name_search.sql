-- Name search reads candidates from an index on the name within the caller's municipality
-- instead of filtering the municipality's clients in name order with like '%…%'.
create extension if not exists btree_gin;

-- Three letters or more: trigrams of the name, together with the municipality.
create index client_name_trigram_idx on client using gin (municipality_id, search_name gin_trgm_ops);

-- One or two letters, which no trigram index can serve: every letter and every pair of
-- letters of the name, so that "contains these one or two letters" is an exact lookup.
create function client_name_grams(name text) returns text[]
    language sql immutable strict parallel safe
    return array(select distinct substr(name, i, n)
                 from generate_series(1, length(name)) as i cross join (values (1), (2)) as g (n)
                 where i + n - 1 <= length(name));

create index client_name_grams_idx on client using gin (municipality_id, client_name_grams(search_name));

-- Superseded by client_name_trigram_idx.
drop index client_search_name_idx;
