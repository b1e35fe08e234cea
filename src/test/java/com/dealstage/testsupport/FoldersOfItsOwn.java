package com.dealstage.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

/**
 * A copy of a project folder (rules/, processes/) in a temporary directory, and the application pointed at it: for
 * tests whose own context edits the files a process owner edits, without touching the project's.
 */
public final class FoldersOfItsOwn {

    private FoldersOfItsOwn() {
    }

    /** Copies {@code folder} of the project and sets {@code property} (e.g. dealstage.rules.path) to the copy. */
    public static Path copy(String folder, String property, DynamicPropertyRegistry registry) throws IOException {
        Path copy = Files.createTempDirectory("dealstage-" + folder);
        FileSystemUtils.copyRecursively(Path.of(folder), copy);
        registry.add(property, copy::toString);
        return copy;
    }

    public static void delete(Path... copies) throws IOException {
        for (Path copy : copies) {
            if (copy != null) {
                FileSystemUtils.deleteRecursively(copy);
            }
        }
    }
}
