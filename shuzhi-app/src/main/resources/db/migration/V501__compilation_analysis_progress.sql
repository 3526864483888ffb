-- Large compilations are analysed in the background: how far the analysis got, kept in the database so that any
-- node can answer the status resource. Compilations uploaded before this are READY.
ALTER TABLE compilation
    ADD COLUMN analysis_status VARCHAR(16) NOT NULL DEFAULT 'READY',
    ADD COLUMN progress        INT         NOT NULL DEFAULT 100,
    ADD COLUMN error           TEXT,
    ADD CONSTRAINT compilation_analysis_status_ck CHECK (analysis_status IN ('PROCESSING', 'READY', 'FAILED')),
    ADD CONSTRAINT compilation_progress_ck CHECK (progress BETWEEN 0 AND 100);
