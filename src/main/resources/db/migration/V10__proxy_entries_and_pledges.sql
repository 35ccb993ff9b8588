-- Scores the chair typed for another evaluator (위원장 대리 입력): each such sheet version says who
-- entered it, when, and from what file, and carries origin 'PROXY' and no signature. And the chair's
-- reason for accepting a sheet workbook that carries no pledge.

ALTER TABLE sheet ADD COLUMN entered_by VARCHAR(200);
ALTER TABLE sheet ADD COLUMN entered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sheet ADD COLUMN source_file VARCHAR(1000);
ALTER TABLE sheet ADD COLUMN source_sha256 CHAR(64);

ALTER TABLE sheet_import ADD COLUMN unpledged_reason VARCHAR(4000);
