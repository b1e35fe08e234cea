package com.dealstage.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a list as spreadsheets export it, one record at a time (flat memory), in the charset {@link ListCharset}
 * found; ';', ',' or tab as separator, taken from the header line; quoted fields, also over several lines. Apache Commons CSV parses each record; the records are cut
 * here first (at line ends outside quotes), because Commons CSV cannot go on after a malformed record, and one broken
 * quoted field must cost one row, not the rest of the file.
 */
final class ListReader implements AutoCloseable {

    /** A quoted field open for this many lines is taken as a stray quote: the record is reported broken. */
    static final int MAX_LINES_PER_RECORD = 20;

    private final BufferedReader lines;
    private final CSVFormat format;
    private final List<String> pushedBack = new ArrayList<>();
    private long lineNumber;

    ListReader(InputStream file, Charset charset, char separator) throws IOException {
        if (StandardCharsets.UTF_8.equals(charset)) {
            file = skipBom(file);
        }
        this.lines = new BufferedReader(new InputStreamReader(file, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
        this.format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setQuote('"').setTrim(false).get();
    }

    /** The separator used most often outside quotes in the header line: ';', ',' or tab (',' when none). */
    static char detectSeparator(String headerLine) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }

    /** The first line as it stands (for the separator). */
    String peekFirstLine() throws IOException {
        String first = physical();
        if (first != null) {
            pushedBack.add(0, first);
            lineNumber--;
        }
        return first;
    }

    /** The next record's cells and its first line, or null at the end; a malformed record comes back broken. */
    Record next() throws IOException {
        String first = physical();
        while (first != null && first.isBlank()) {
            first = physical();
        }
        if (first == null) {
            return null;
        }
        long line = lineNumber;
        StringBuilder text = new StringBuilder(first);
        List<String> continuation = new ArrayList<>();
        while (quotes(text) % 2 == 1 && continuation.size() < MAX_LINES_PER_RECORD) {
            String more = physical();
            if (more == null) {
                break;
            }
            continuation.add(more);
            text.append('\n').append(more);
        }
        if (quotes(text) % 2 == 1) {
            // a stray quote: give back the lines it swallowed, they are records of their own
            pushedBack.addAll(0, continuation);
            lineNumber -= continuation.size();
            return new Record(line, List.of(), "A quoted field is not closed (a quote inside a quoted field must be "
                    + "doubled: \"\"): the line cannot be read.");
        }
        return parse(line, text.toString());
    }

    private Record parse(long line, String text) {
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<CSVRecord> records = parser.getRecords();
            List<String> cells = new ArrayList<>();
            records.get(0).forEach(cells::add);
            return new Record(line, cells, null);
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            return new Record(line, List.of(), "A quoted field is broken (a quote inside a quoted field must be "
                    + "doubled: \"\", and nothing may follow the closing quote but the separator): the line cannot "
                    + "be read.");
        }
    }

    private String physical() throws IOException {
        lineNumber++;
        if (!pushedBack.isEmpty()) {
            return pushedBack.remove(0);
        }
        return lines.readLine();
    }

    private static long quotes(CharSequence text) {
        return text.chars().filter(c -> c == '"').count();
    }

    private static InputStream skipBom(InputStream file) throws IOException {
        PushbackInputStream in = new PushbackInputStream(file, 3);
        byte[] head = in.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom && head.length > 0) {
            in.unread(head);
        }
        return in;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    /** @param broken why the record cannot be read, or null */
    record Record(long line, List<String> cells, String broken) {
    }
}
