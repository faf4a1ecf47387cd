-- The work report counts held conversations per consultant and month and finds each
-- client's last one, per municipality: partial indexes that hold only what those counts
-- read, so that they never visit the table's rows (summaries, next steps).
create index appointment_held_idx on appointment (municipality_id, planned_at)
    include (consultant_id, client_id) where status = 'HELD';
create index contact_held_idx on contact (municipality_id, occurred_at)
    include (author_id, client_id) where not refused;
