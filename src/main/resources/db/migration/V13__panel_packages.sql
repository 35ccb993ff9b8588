-- Panel packages (round-authoring.md §2): an application that arrives in a package carries the agency's
-- screening instead of its facts, so it has no business registration number on a committee laptop. On
-- the agency's database, every package written is kept: which panel, which file, which bundle id, so that
-- a panel's signed result can later be matched to the package it was scored from.

ALTER TABLE application ALTER COLUMN business_no SET NULL;

CREATE TABLE panel_package (
    bundle_id         VARCHAR(100)  PRIMARY KEY,
    round_id          BIGINT        NOT NULL REFERENCES round (id),
    panel_id          VARCHAR(64)   NOT NULL,
    round_bundle_id   VARCHAR(100)  NOT NULL REFERENCES bundle (bundle_id),
    manifest_sha256   CHAR(64)      NOT NULL,
    file_name         VARCHAR(1000) NOT NULL,
    file_sha256       CHAR(64)      NOT NULL,
    application_count INT           NOT NULL,
    blind             BOOLEAN       NOT NULL,
    written_by        VARCHAR(200)  NOT NULL,
    written_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX panel_package_round ON panel_package (round_id, panel_id);
