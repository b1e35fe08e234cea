package com.dealstage.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.Enumeration;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The uploaded file, kept in the database in chunks (table import_file_chunk) so that any node can resume an
 * interrupted import, and read back one chunk at a time (flat memory whatever the file's size).
 */
@Component
class ImportFiles {

    static final int CHUNK = 256 * 1024;

    private final JdbcClient jdbc;

    ImportFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the file under the import's id; returns the number of bytes. */
    long store(String importId, InputStream file) throws IOException {
        long size = 0;
        int seq = 0;
        for (byte[] chunk; (chunk = file.readNBytes(CHUNK)).length > 0; seq++) {
            jdbc.sql("INSERT INTO import_file_chunk (import_id, seq, bytes) VALUES (?, ?, ?)")
                    .params(importId, seq, chunk).update();
            size += chunk.length;
        }
        return size;
    }

    /** The file as it was uploaded; each call reads it from the start. */
    InputStream open(String importId) {
        int chunks = jdbc.sql("SELECT COUNT(*) FROM import_file_chunk WHERE import_id = ?").param(importId)
                .query(Integer.class).single();
        return new SequenceInputStream(new Enumeration<InputStream>() {
            private int next;

            @Override
            public boolean hasMoreElements() {
                return next < chunks;
            }

            @Override
            public InputStream nextElement() {
                if (next >= chunks) {
                    throw new NoSuchElementException();
                }
                byte[] bytes = jdbc.sql("SELECT bytes FROM import_file_chunk WHERE import_id = ? AND seq = ?")
                        .params(importId, next++).query(byte[].class).single();
                return new ByteArrayInputStream(bytes);
            }
        });
    }

}
