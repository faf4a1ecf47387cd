-- The uploaded file is a copy of the income administration's records about many people: it is kept
-- only while a run may still need it (a dry run to be imported, a failed run to be tried again),
-- koers.import.files-kept-for after the run finished, then cleared (ImportFileRetention). The run's
-- counts and problems stay as its report.
alter table import_run alter column content drop not null;
alter table import_run add column file_cleared_at timestamptz;
alter table import_run add constraint import_run_file_kept_or_cleared
    check ((content is null) = (file_cleared_at is not null));
