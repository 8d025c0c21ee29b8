-- Cloud billing imports (FOCUS, AWS CUR, GCP, Azure) and CodeCarbon runs.
--
-- Every line of a billing export is kept as read, with what it was classified as and the IT energy estimated
-- for it, so that a usage record made from billing traces back to the file, the line number and the resource
-- id; lines that could not be estimated (category UNMAPPED) are listed with their share of spend. Bulk rows
-- written by PostgreSQL COPY (JDBC batches on H2): not audited row by row (the import job is the unit of change
-- and of rollback). Keyed by import and line; no other index or foreign key, so that a million lines go in fast
-- (the import job exists before its lines and is never deleted; a rollback deletes the lines). The usage record
-- a line went into is the one whose source line has the same usage_key in the same import.
create table billing_line (
    tenant_id      varchar(64)  not null,
    import_id      bigint       not null,
    line_number    bigint       not null,
    provider       varchar(40),
    service        varchar(200),
    region         varchar(100),
    sku            varchar(300),
    description    varchar(300), -- lines not estimated only (the SKU says the rest)
    resource_id    varchar(500),
    usage_date     date         not null,
    quantity       double precision not null,
    unit           varchar(60),
    cost           double precision not null,
    currency       varchar(10),
    instance_type  varchar(100),
    model          varchar(200),
    phase          varchar(30),
    category       varchar(12)  not null,
    ai_relevant    boolean      not null,
    energy_kwh     double precision,
    hardware       varchar(100),
    device_hours   double precision,
    usage_key      varchar(600),
    reason         varchar(300),
    constraint billing_line_key primary key (import_id, line_number),
    constraint billing_line_category_known check (category in ('COMPUTE', 'STORAGE', 'NETWORK', 'UNMAPPED', 'NOT_USAGE'))
);

-- A usage record estimated from billing keeps the range of its estimate (utilisation 0 to 100 %) and the
-- coefficients used ("id@version" of each factor).
alter table compute_usage add column energy_low_kwh double precision;
alter table compute_usage add column energy_high_kwh double precision;
alter table compute_usage add column energy_factors varchar(2000);
alter table compute_usage_aud add column energy_low_kwh double precision;
alter table compute_usage_aud add column energy_high_kwh double precision;
alter table compute_usage_aud add column energy_factors varchar(2000);


-- Emissions as the cloud providers report them (AWS Customer Carbon Footprint Tool / Data Exports, Google Cloud
-- Carbon Footprint export, Microsoft Cloud for Sustainability): kept apart from our own estimates, never added to
-- them, and shown beside them in the reconciliation. One row per source line and reported measure.
create table provider_emission (
    tenant_id      varchar(64)  not null,
    import_id      bigint       not null,
    line_number    bigint       not null,
    measure        varchar(20)  not null,
    provider       varchar(10)  not null,
    usage_month    date         not null,
    account        varchar(100),
    service        varchar(200),
    region         varchar(100),
    kg_co2e        double precision not null,
    model_version  varchar(40),
    constraint provider_emission_key primary key (tenant_id, import_id, line_number, measure),
    constraint provider_emission_job foreign key (tenant_id, import_id) references import_job (tenant_id, id),
    constraint provider_emission_measure_known check (measure in ('SCOPE1', 'SCOPE2_LOCATION', 'SCOPE2_MARKET', 'SCOPE3',
        'TOTAL_LOCATION', 'TOTAL_MARKET'))
);
create index provider_emission_month on provider_emission (tenant_id, usage_month);

-- Detected formats are named as users know them ("AWS Customer Carbon Footprint Tool export").
alter table import_job alter column detected_format set data type varchar(60);

-- Progress of a running import by bytes of the uploaded file read (percent and time left in the UI).
alter table import_job add column bytes_read bigint not null default 0;
