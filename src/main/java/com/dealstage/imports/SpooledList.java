package com.dealstage.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * An uploaded list spooled to a temporary file (hashed and counted on the way, refused above the limit), with its
 * charset, separator and header found. Deleted on close.
 */
final class SpooledList implements AutoCloseable {

    private final Path file;
    private final String sha256;
    private Charset charset;
    private char separator;
    private List<String> header;

    private SpooledList(Path file, String sha256) {
        this.file = file;
        this.sha256 = sha256;
    }

    /** @throws ImportUpload.TooLarge above {@code limit} bytes */
    static SpooledList spool(InputStream upload, long limit) throws IOException {
        Path file = Files.createTempFile("dealstage-list-", ".csv");
        MessageDigest digest = newDigest();
        try {
            try (InputStream in = new DigestInputStream(upload, digest); OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long size = 0;
                for (int read; (read = in.read(buffer)) > 0;) {
                    size += read;
                    if (size > limit) {
                        throw new ImportUpload.TooLarge(limit);
                    }
                    out.write(buffer, 0, read);
                }
            }
            return new SpooledList(file, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(file);
            throw failed;
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Finds the charset (the given one, else detected), the separator and the header.
     * @throws IllegalArgumentException for an unknown charset, an empty file or an unreadable header
     */
    SpooledList read(String charsetName) throws IOException {
        charset = charsetName == null || charsetName.isBlank() ? ListCharset.of(this::open)
                : charset(charsetName);
        try (ListReader reader = reader(',')) {
            String headerLine = reader.peekFirstLine();
            if (headerLine == null || headerLine.isBlank()) {
                throw new IllegalArgumentException("The file is empty: a list starts with a header line.");
            }
            separator = ListReader.detectSeparator(headerLine);
        }
        try (ListReader reader = reader(separator)) {
            ListReader.Record record = reader.next();
            if (record.broken() != null) {
                throw new IllegalArgumentException("The header line cannot be read: " + record.broken());
            }
            header = record.cells();
        }
        return this;
    }

    /** A reader from the first line (the header) on. */
    ListReader records() throws IOException {
        return reader(separator);
    }

    InputStream open() {
        try {
            return Files.newInputStream(file);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    long size() throws IOException {
        return Files.size(file);
    }

    String sha256() {
        return sha256;
    }

    Charset charset() {
        return charset;
    }

    char separator() {
        return separator;
    }

    List<String> header() {
        return header;
    }

    private ListReader reader(char separatorChar) throws IOException {
        return new ListReader(open(), charset, separatorChar);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("'charset' " + name + " is not a known character set; use UTF-8 or "
                    + "windows-1251, or leave it out to have it detected.");
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
