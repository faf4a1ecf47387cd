-- The work report finds each client's last held conversation and counts held conversations
-- per consultant and month, per municipality: partial indexes in client order that hold
-- only what those counts read, so that the last conversation per client is read in one
-- pass without sorting, and no count visits the table's rows (summaries, next steps).
create index appointment_held_idx on appointment (municipality_id, client_id, planned_at)
    include (consultant_id) where status = 'HELD';
create index contact_held_idx on contact (municipality_id, client_id, occurred_at)
    include (author_id) where not refused;
