-- The reason of access (issue 18, part 4): a user who opens a client outside their own caseload
-- chooses a reason from a short list (reason_code, see accesslog.api.AccessReason) and may add a
-- short text (reason_text, required for OTHER); every entry for that client in that session carries
-- it. And the operation: the handler that served the request (ClientController.file,
-- ClientApiController.get), so that an entry names the screen or API operation, not only the path.
-- Added to the partitioned parent, so every partition (also the ones made later) has the columns;
-- existing rows keep null (no reason was asked then). Adding nullable columns changes no row, so the
-- append-only triggers are not involved.

alter table access_log_entry
    add column reason_code varchar(20),
    add column reason_text varchar(200),
    add column operation varchar(120);

-- The auditor's list of accesses outside the own caseload: only the entries with a reason, newest
-- first per municipality.
create index access_log_reason_idx on access_log_entry (municipality_id, occurred_at desc, id desc)
    where reason_code is not null;
