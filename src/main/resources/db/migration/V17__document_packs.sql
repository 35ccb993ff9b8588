-- Documents of one import are appended to one encrypted pack file (packs/<pack>.pack, forced to the disk
-- once); each row says where a document's sealed bytes lie in its pack. A pack no committed row names
-- was left by an import that never committed, and is swept. Documents kept as files by earlier versions
-- (documents/) have no row here and are read as before.
CREATE TABLE document_pack_entry (
    sha256        CHAR(64)    PRIMARY KEY,
    pack          VARCHAR(64) NOT NULL,
    pack_offset   BIGINT      NOT NULL,
    stored_length BIGINT      NOT NULL
);

CREATE INDEX document_pack_entry_pack ON document_pack_entry (pack);
