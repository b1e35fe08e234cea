package com.dealstage.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a list as spreadsheets export it, one record at a time (flat memory): UTF-8 with or without BOM, or
 * Windows-1251 (what Russian Excel writes) when the bytes are not UTF-8; ';', ',' or tab as separator, taken from the
 * header line; quoted fields, also over several lines. Apache Commons CSV parses each record; the records are cut
 * here first (at line ends outside quotes), because Commons CSV cannot go on after a malformed record, and one broken
 * quoted field must cost one row, not the rest of the file.
 */
final class ListReader implements AutoCloseable {

    /** A quoted field open for this many lines is taken as a stray quote: the record is reported broken. */
    static final int MAX_LINES_PER_RECORD = 20;
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

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

    /** UTF-8 when the file says so (BOM) or is valid UTF-8 throughout, else Windows-1251. */
    static Charset detectCharset(Supplier<InputStream> file) {
        try (InputStream in = file.get()) {
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            byte[] buffer = new byte[64 * 1024];
            byte[] carry = new byte[0];
            for (int read; (read = in.read(buffer)) > 0;) {
                byte[] chunk = new byte[carry.length + read];
                System.arraycopy(carry, 0, chunk, 0, carry.length);
                System.arraycopy(buffer, 0, chunk, carry.length, read);
                int whole = wholeCharacters(chunk);
                utf8.reset().decode(ByteBuffer.wrap(chunk, 0, whole));
                carry = Arrays.copyOfRange(chunk, whole, chunk.length);
            }
            return carry.length == 0 ? StandardCharsets.UTF_8 : WINDOWS_1251;
        } catch (CharacterCodingException notUtf8) {
            return WINDOWS_1251;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
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

    private static int wholeCharacters(byte[] chunk) {
        int end = chunk.length;
        // step back over a character cut at the chunk's end (at most 3 continuation bytes)
        for (int back = 1; back <= Math.min(3, end); back++) {
            int b = chunk[end - back] & 0xFF;
            if ((b & 0xC0) == 0xC0) {
                int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return length > back ? end - back : end;
            }
            if ((b & 0x80) == 0) {
                return end;
            }
        }
        return end;
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
