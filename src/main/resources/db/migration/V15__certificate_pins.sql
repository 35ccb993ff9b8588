-- Where the chair's pin of an evaluator's certificate came from (issue 15): the agency's roster, which
-- names the certificate in a signed bundle, or the first sheet imported (trust on first use) until the
-- chair confirms it — by phone, say — which is recorded with who and when. Pins made before this
-- migration were all made on first import.

ALTER TABLE pinned_certificate ADD COLUMN pinned_by VARCHAR(20) DEFAULT 'FIRST_IMPORT' NOT NULL;
ALTER TABLE pinned_certificate ADD COLUMN confirmed_by VARCHAR(200);
ALTER TABLE pinned_certificate ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
