-- Vendor criterion values may come from a CSV import (format=vendors): they point back to the import and the
-- line, so that an import can be rolled back as a whole and a value traced to its source line.
alter table vendor_criterion_value add column import_id bigint;
alter table vendor_criterion_value add column source_line bigint;
alter table vendor_criterion_value add constraint vendor_criterion_value_import foreign key (tenant_id, import_id) references import_job (tenant_id, id);
alter table vendor_criterion_value_aud add column import_id bigint;
alter table vendor_criterion_value_aud add column source_line bigint;
