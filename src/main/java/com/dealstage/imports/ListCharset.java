package com.dealstage.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Which charset a list is in: UTF-8 (with or without BOM) when its bytes are valid UTF-8 throughout, else
 * Windows-1251, what Russian Excel writes by default. Reads the file once, 64 KiB at a time.
 */
final class ListCharset {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private ListCharset() {
    }

    /** UTF-8 when the file says so (BOM) or is valid UTF-8 throughout, else Windows-1251. */
    static Charset of(Supplier<InputStream> file) {
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

}
