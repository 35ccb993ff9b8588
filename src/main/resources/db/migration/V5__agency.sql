-- The agency's side (round-authoring.md): the certificate that signs each programme's bundles, pinned
-- on the first signed bundle, and what a version 2 bundle brings: its panels (분과), their rosters,
-- which panel scores which application, the agency's 제척, and whether the round is blind. The
-- roster is the agency's list, not the evaluators registered on this laptop: a member appears here
-- whether or not they ever use this database.

CREATE TABLE agency_pin (
    program_code           VARCHAR(80)      PRIMARY KEY,
    fingerprint            VARCHAR(100)     NOT NULL,
    certificate            VARBINARY(16384) NOT NULL,
    signer_name            VARCHAR(1000)    NOT NULL,
    bundle_id              VARCHAR(100)     NOT NULL,
    checked_against_letter BOOLEAN          NOT NULL,
    pinned_at              TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per round held from a signed bundle, replaced with each new version.
CREATE TABLE round_setup (
    round_id           BIGINT       PRIMARY KEY REFERENCES round (id),
    bundle_id          VARCHAR(100) NOT NULL REFERENCES bundle (bundle_id),
    blind              BOOLEAN      NOT NULL,
    agency_fingerprint VARCHAR(100) NOT NULL
);

CREATE TABLE panel (
    round_id BIGINT       NOT NULL REFERENCES round (id),
    panel_id VARCHAR(64)  NOT NULL,
    name     VARCHAR(400) NOT NULL,
    ordinal  INT          NOT NULL,
    PRIMARY KEY (round_id, panel_id)
);

CREATE TABLE roster_member (
    round_id                BIGINT       NOT NULL,
    panel_id                VARCHAR(64)  NOT NULL,
    evaluator_id            VARCHAR(64)  NOT NULL,
    name                    VARCHAR(200) NOT NULL,
    affiliation             VARCHAR(400) DEFAULT '' NOT NULL,
    role                    VARCHAR(10)  NOT NULL,
    certificate_fingerprint VARCHAR(100),
    ordinal                 INT          NOT NULL,
    PRIMARY KEY (round_id, evaluator_id),
    FOREIGN KEY (round_id, panel_id) REFERENCES panel (round_id, panel_id) ON DELETE CASCADE
);

CREATE TABLE panel_application (
    round_id   BIGINT      NOT NULL,
    receipt_no VARCHAR(64) NOT NULL,
    panel_id   VARCHAR(64) NOT NULL,
    PRIMARY KEY (round_id, receipt_no),
    FOREIGN KEY (round_id, receipt_no) REFERENCES application (round_id, receipt_no),
    FOREIGN KEY (round_id, panel_id) REFERENCES panel (round_id, panel_id) ON DELETE CASCADE
);

-- 제척 declared by the agency: recusals that arrive with the round and that no member can undo.
CREATE TABLE agency_conflict (
    round_id     BIGINT        NOT NULL,
    receipt_no   VARCHAR(64)   NOT NULL,
    evaluator_id VARCHAR(64)   NOT NULL,
    reason       VARCHAR(4000) NOT NULL,
    PRIMARY KEY (round_id, receipt_no, evaluator_id),
    FOREIGN KEY (round_id, receipt_no) REFERENCES application (round_id, receipt_no),
    FOREIGN KEY (round_id, evaluator_id) REFERENCES roster_member (round_id, evaluator_id) ON DELETE CASCADE
);
